import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'error-code-instead-of-code',
  // Every error body: the 400s' and the 404 for an unknown platform or workspace alike.
  requirements: ['ERR-400-SCHEMA', 'ERR-404'],
  description: "Errors carry MLflow's {error_code, message} instead of the documented {code, message}.",
  behaviour: {
    errorBody: (_profile, kind, message) => defaultBehaviour.errorBody('mlflow', kind, message),
  },
});
