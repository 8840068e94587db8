import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'max-results-ignored',
  requirements: ['PAGE-MAX-RESULTS'],
  description: 'max_results is validated and then ignored: every page holds up to 1000 runs.',
  behaviour: {
    paginate: (items, offset) => defaultBehaviour.paginate(items, offset, 1000),
  },
});
