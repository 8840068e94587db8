import { defaultBehaviour } from '../reference/behaviour';
import { mutant } from './mutant';

export default mutant({
  name: 'attribute-filter-ignored',
  requirements: ['FILTER-ATTRIBUTE'],
  description: 'Comparisons on attributes.* are parsed and then ignored: every run satisfies them.',
  behaviour: {
    matchesClause: (run, clause) => clause.entity === 'attribute' || defaultBehaviour.matchesClause(run, clause),
  },
});
