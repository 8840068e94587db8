import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'invalid-filter-ignored',
  requirements: ['FILTER-INVALID-400', 'FILTER-MISTYPED-400'],
  description: 'A filter the parser cannot read is silently dropped: 200 with every run instead of 400.',
  behaviour: {
    parseFilter(filter) {
      try {
        return defaultBehaviour.parseFilter(filter);
      } catch {
        return [];
      }
    },
  },
});
