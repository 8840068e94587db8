import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'nan-compares-as-zero',
  requirements: ['FILTER-METRIC-NAN'],
  description:
    "A NaN metric compares as 0 (metrics.k = 0 selects it, != 0 does not), as a SQL store that keeps NaN as 0 and filters on the stored value (MLflow's stores NaN as 0 with an is_nan flag and consults it).",
  behaviour: {
    matchesClause(run, clause) {
      const point = clause.entity === 'metric' ? run.latestMetrics.get(clause.key) : undefined;
      if (point === undefined || !Number.isNaN(point.value)) return defaultBehaviour.matchesClause(run, clause);
      const latestMetrics = new Map(run.latestMetrics).set(clause.key, { ...point, value: 0 });
      return defaultBehaviour.matchesClause({ ...run, latestMetrics }, clause);
    },
  },
});
