import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'like-case-insensitive',
  requirements: ['FILTER-LIKE'],
  description: "LIKE ignores letter case, as ILIKE does (a database whose default collation is case-insensitive).",
  behaviour: {
    matchesClause: (run, clause) =>
      defaultBehaviour.matchesClause(run, clause.comparator === 'LIKE' ? { ...clause, comparator: 'ILIKE' } : clause),
  },
});
