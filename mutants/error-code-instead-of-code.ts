import { defaultBehaviour } from '../reference/behaviour';
import { mutant } from './mutant';

export default mutant({
  name: 'error-code-instead-of-code',
  requirements: ['ERR-400-SCHEMA'],
  description: "Errors carry MLflow's {error_code, message} instead of the documented {code, message}.",
  behaviour: {
    errorBody: (_profile, kind, message) => defaultBehaviour.errorBody('mlflow', kind, message),
  },
});
