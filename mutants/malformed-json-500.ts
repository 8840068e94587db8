import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'malformed-json-500',
  requirements: ['ERR-MALFORMED-BODY-400'],
  description: 'A body that is not JSON fails with 500 (the parse error is not mapped to 400).',
  behaviour: {
    errorStatus: (kind) => (kind === 'malformed_body' ? 500 : defaultBehaviour.errorStatus(kind)),
  },
});
