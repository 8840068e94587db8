import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'and-keeps-first-clause',
  requirements: ['FILTER-AND'],
  description: 'Only the first comparison of an AND chain is applied; the rest are parsed and dropped.',
  behaviour: {
    parseFilter: (filter) => defaultBehaviour.parseFilter(filter).slice(0, 1),
  },
});
