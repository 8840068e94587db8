import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'page-one-extra-run',
  // Every page, the default one too (1001 runs), and the extra run is seen twice in a walk.
  requirements: ['PAGE-MAX-RESULTS', 'PAGE-DEFAULT-1000', 'PAGE-EXHAUSTION'],
  description: 'A page holds max_results + 1 runs (the LIMIT n+1 used to detect a next page is returned whole); the extra run comes again on the next page.',
  behaviour: {
    paginate(items, offset, maxResults) {
      const page = defaultBehaviour.paginate(items, offset, maxResults);
      return { ...page, items: items.slice(offset, offset + maxResults + 1) };
    },
  },
});
