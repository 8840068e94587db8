import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'like-on-attributes-as-equality',
  requirements: ['FILTER-LIKE'],
  description: "LIKE and ILIKE on a string attribute (run_name, status, run_id) compare as = with the pattern: only params and tags read % and _.",
  behaviour: {
    matchesClause: (run, clause) =>
      defaultBehaviour.matchesClause(run, clause.entity === 'attribute' && (clause.comparator === 'LIKE' || clause.comparator === 'ILIKE') ? { ...clause, comparator: '=' } : clause),
  },
});
