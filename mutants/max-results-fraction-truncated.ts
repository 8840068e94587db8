import { defaultBehaviour } from '../reference';
import { isObject } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'max-results-fraction-truncated',
  requirements: ['PAGE-MAX-RESULTS-INVALID-400'],
  description: 'A fractional max_results (1.5) is truncated to an integer instead of rejected.',
  behaviour: {
    validateSearchRequest(body, limits) {
      const value = isObject(body) ? body.max_results : undefined;
      const truncated = typeof value === 'number' && !Number.isInteger(value) ? { ...(body as object), max_results: Math.trunc(value) } : body;
      return defaultBehaviour.validateSearchRequest(truncated, limits);
    },
  },
});
