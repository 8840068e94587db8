import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'attribute-filter-ignored',
  // attributes.run_id IN (…) and attributes.run_name LIKE '…' are attribute comparisons too.
  requirements: ['FILTER-ATTRIBUTE', 'FILTER-RUN-ID-IN', 'FILTER-LIKE'],
  description: 'Comparisons on attributes.* are parsed and then ignored: every run satisfies them.',
  behaviour: {
    matchesClause: (run, clause) => clause.entity === 'attribute' || defaultBehaviour.matchesClause(run, clause),
  },
});
