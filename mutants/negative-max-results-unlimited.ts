import { defaultBehaviour } from '../reference';
import { isObject } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'negative-max-results-unlimited',
  requirements: ['PAGE-MAX-RESULTS-NEGATIVE-400'],
  description: 'A negative max_results means "no limit" instead of a 400 (FastTrackML).',
  behaviour: {
    validateSearchRequest(body, limits) {
      const value = isObject(body) ? body.max_results : undefined;
      if (typeof value !== 'number' || !Number.isInteger(value) || value >= 0) return defaultBehaviour.validateSearchRequest(body, limits);
      return { ...defaultBehaviour.validateSearchRequest({ ...(body as object), max_results: undefined }, limits), maxResults: limits.maxResultsLimit };
    },
  },
});
