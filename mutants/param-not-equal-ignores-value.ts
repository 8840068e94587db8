import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'param-not-equal-ignores-value',
  requirements: ['FILTER-PARAM-EQUALITY'],
  description: "params.k != 'v' selects every run that has the param, whatever its value (the comparison is dropped from the query).",
  behaviour: {
    matchesClause(run, clause) {
      if (clause.entity === 'param' && clause.comparator === '!=') return run.params.has(clause.key);
      return defaultBehaviour.matchesClause(run, clause);
    },
  },
});
