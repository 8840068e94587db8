import { defaultBehaviour } from '../reference/behaviour';
import { mutant } from './mutant';

export default mutant({
  name: 'page-one-extra-run',
  requirements: ['PAGE-MAX-RESULTS'],
  description: 'A page holds max_results + 1 runs (the LIMIT n+1 used to detect a next page is returned whole); the extra run comes again on the next page.',
  behaviour: {
    paginate(items, offset, maxResults) {
      const page = defaultBehaviour.paginate(items, offset, maxResults);
      return { ...page, items: items.slice(offset, offset + maxResults + 1) };
    },
  },
});
