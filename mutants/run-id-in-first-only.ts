import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'run-id-in-first-only',
  requirements: ['FILTER-RUN-ID-IN'],
  description: "attributes.run_id IN ('a', 'b') reads only the first id of the list.",
  behaviour: {
    matchesClause: (run, clause) =>
      defaultBehaviour.matchesClause(run, Array.isArray(clause.value) ? { ...clause, value: clause.value.slice(0, 1) } : clause),
  },
});
