import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';
import { REJECTION_REQUIREMENTS } from './support/rejections';

export default mutant({
  name: 'server-error-without-code',
  // Every invalid parameter gets the 500 instead of its 400, so each *-400 requirement is broken too.
  requirements: ['ERR-5XX-SCHEMA', 'ERR-NO-5XX', ...REJECTION_REQUIREMENTS],
  description: 'Invalid parameters end in a 500 whose body is a bare {message}, without the code.',
  behaviour: {
    errorStatus: (kind) => (kind === 'invalid_parameter' ? 500 : defaultBehaviour.errorStatus(kind)),
    errorBody: (profile, kind, message) => (kind === 'invalid_parameter' ? { message } : defaultBehaviour.errorBody(profile, kind, message)),
  },
});
