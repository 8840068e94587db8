import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'max-results-ignored',
  requirements: ['PAGE-MAX-RESULTS', 'PAGE-50000-SUPPORTED'],
  description:
    'max_results is validated and then ignored: every page holds up to 1000 runs, so a larger max_results does not fill its page either ' +
    '("All servers are guaranteed to support a max_results threshold of at least 50,000": PAGE-50000-SUPPORTED).',
  behaviour: {
    paginate: (items, offset) => defaultBehaviour.paginate(items, offset, 1000),
  },
});
