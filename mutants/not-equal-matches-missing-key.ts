import { defaultBehaviour } from '../reference';
import { clauseSubject } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'not-equal-matches-missing-key',
  requirements: ['FILTER-MISSING-KEY'],
  description: "params.k != 'v' also selects runs without k (a LEFT JOIN whose NULL is treated as 'not v').",
  behaviour: {
    matchesClause(run, clause) {
      if (clause.comparator === '!=' && clauseSubject(run, clause) === undefined) return true;
      return defaultBehaviour.matchesClause(run, clause);
    },
  },
});
