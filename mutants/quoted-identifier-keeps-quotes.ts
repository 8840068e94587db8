import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'quoted-identifier-keeps-quotes',
  requirements: ['FILTER-QUOTED-IDENTIFIER'],
  description: 'A double-quoted key keeps its quotes (metrics."a b" looks up the key `"a b"`), so it never matches.',
  behaviour: {
    // Backticks around the quoted key make the reference read the quotes as part of it.
    parseFilter: (filter) => defaultBehaviour.parseFilter(filter.replace(/\.("[^"]*")/g, '.`$1`')),
  },
});
