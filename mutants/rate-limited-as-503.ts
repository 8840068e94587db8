import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'rate-limited-as-503',
  requirements: ['ERR-429'],
  description: 'Requests over the rate limit get 503 (load shedding) instead of 429.',
  behaviour: {
    errorStatus: (kind) => (kind === 'rate_limited' ? 503 : defaultBehaviour.errorStatus(kind)),
  },
});
