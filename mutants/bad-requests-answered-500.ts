import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';
import { REJECTION_REQUIREMENTS } from './support/rejections';

export default mutant({
  name: 'bad-requests-answered-500',
  // Every requirement that asks for a 400, and the one that forbids a 5xx. ERR-400-SCHEMA (the body
  // of a 400) and ERR-5XX-SCHEMA (the body of a 5xx) still hold: there is no 400, and the body is valid.
  requirements: [...REJECTION_REQUIREMENTS, 'ERR-NO-5XX'],
  description: 'Every request the reference answers 400 is answered 500, with the same valid error body of the profile: validation errors escape as internal errors.',
  behaviour: {
    errorStatus: (kind) => {
      const status = defaultBehaviour.errorStatus(kind);
      return status === 400 ? 500 : status;
    },
  },
});
