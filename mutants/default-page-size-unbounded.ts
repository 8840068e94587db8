import { defaultBehaviour } from '../reference';
import { isObject } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'default-page-size-unbounded',
  requirements: ['PAGE-DEFAULT-1000'],
  description: 'Without max_results every matching run comes in one page (the limit defaults to the server maximum).',
  behaviour: {
    validateSearchRequest(body, limits) {
      const request = defaultBehaviour.validateSearchRequest(body, limits);
      return isObject(body) && body.max_results == null ? { ...request, maxResults: limits.maxResultsLimit } : request;
    },
  },
});
