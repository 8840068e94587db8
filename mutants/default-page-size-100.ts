import { defaultBehaviour } from '../reference';
import { isObject } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'default-page-size-100',
  requirements: ['PAGE-DEFAULT-1000'],
  description: 'Without max_results a page holds at most 100 runs, with a token to the rest. Equivalent: see equivalent.yaml.',
  behaviour: {
    validateSearchRequest(body, limits) {
      const request = defaultBehaviour.validateSearchRequest(body, limits);
      return isObject(body) && body.max_results == null ? { ...request, maxResults: 100 } : request;
    },
  },
});
