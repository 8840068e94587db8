import { defaultBehaviour } from '../reference/behaviour';
import { mutant } from './mutant';

export default mutant({
  name: 'server-error-without-code',
  // Every invalid parameter gets the 500 instead of its 400, so each *-400 requirement is broken too.
  requirements: [
    'ERR-5XX-SCHEMA',
    'ERR-NO-5XX',
    'FILTER-INVALID-400',
    'ORDER-INVALID-400',
    'PAGE-TOKEN-INVALID-400',
    'PAGE-MAX-RESULTS-INVALID-400',
    'PAGE-MAX-RESULTS-NEGATIVE-400',
    'VIEW-INVALID-400',
    'ERR-MALFORMED-BODY-400',
  ],
  description: 'Invalid parameters end in a 500 whose body is a bare {message}, without the code.',
  behaviour: {
    errorStatus: (kind) => (kind === 'invalid_parameter' ? 500 : defaultBehaviour.errorStatus(kind)),
    errorBody: (profile, kind, message) => (kind === 'invalid_parameter' ? { message } : defaultBehaviour.errorBody(profile, kind, message)),
  },
});
