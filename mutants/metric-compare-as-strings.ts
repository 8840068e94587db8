import { defaultBehaviour } from '../reference';
import { orderSatisfies } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'metric-compare-as-strings',
  requirements: ['FILTER-METRIC-COMPARE'],
  description: "Metric comparisons compare the values' text ('10' < '9'), as a store that keeps metric values in a string column.",
  behaviour: {
    matchesClause(run, clause) {
      if (clause.entity !== 'metric') return defaultBehaviour.matchesClause(run, clause);
      const subject = run.latestMetrics.get(clause.key)?.value;
      if (subject === undefined) return false;
      const [a, b] = [String(subject), String(clause.value)];
      return orderSatisfies(a < b ? -1 : a > b ? 1 : 0, clause.comparator);
    },
  },
});
