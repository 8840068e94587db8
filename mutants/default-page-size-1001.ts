import { defaultBehaviour } from '../reference';
import { isObject } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'default-page-size-1001',
  requirements: ['PAGE-DEFAULT-1000'],
  description: 'Without max_results a page holds up to 1001 runs (an off-by-one default).',
  behaviour: {
    validateSearchRequest(body, limits) {
      const request = defaultBehaviour.validateSearchRequest(body, limits);
      return isObject(body) && body.max_results == null ? { ...request, maxResults: 1001 } : request;
    },
  },
});
