import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'tag-filter-reads-params',
  // tags.k LIKE '…' reads the params too.
  requirements: ['FILTER-TAG-EQUALITY', 'FILTER-LIKE'],
  description: 'tags.k is looked up among the params (the wrong table is joined).',
  behaviour: {
    matchesClause: (run, clause) =>
      defaultBehaviour.matchesClause(run, clause.entity === 'tag' ? { ...clause, entity: 'param' } : clause),
  },
});
