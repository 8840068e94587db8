import { defaultBehaviour } from '../reference/behaviour';
import { mutant } from './mutant';

export default mutant({
  name: 'server-error-without-code',
  requirements: ['ERR-5XX-SCHEMA', 'ERR-NO-5XX'],
  description: 'Invalid parameters end in a 500 whose body is a bare {message}, without the code.',
  behaviour: {
    errorStatus: (kind) => (kind === 'invalid_parameter' ? 500 : defaultBehaviour.errorStatus(kind)),
    errorBody: (profile, kind, message) => (kind === 'invalid_parameter' ? { message } : defaultBehaviour.errorBody(profile, kind, message)),
  },
});
