import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'tag-filter-reads-params',
  requirements: ['FILTER-TAG-EQUALITY'],
  description: 'tags.k is looked up among the params (the wrong table is joined).',
  behaviour: {
    matchesClause: (run, clause) =>
      defaultBehaviour.matchesClause(run, clause.entity === 'tag' ? { ...clause, entity: 'param' } : clause),
  },
});
