import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'nan-compares-as-zero',
  requirements: ['FILTER-METRIC-NAN'],
  description:
    "A NaN metric compares as 0 (metrics.k = 0 selects it, != 0 does not), as MLflow's SQL store, which keeps NaN as value 0 with an is_nan flag its filters ignore, and FastTrackML do.",
  behaviour: {
    matchesClause(run, clause) {
      const point = clause.entity === 'metric' ? run.latestMetrics.get(clause.key) : undefined;
      if (point === undefined || !Number.isNaN(point.value)) return defaultBehaviour.matchesClause(run, clause);
      const latestMetrics = new Map(run.latestMetrics).set(clause.key, { ...point, value: 0 });
      return defaultBehaviour.matchesClause({ ...run, latestMetrics }, clause);
    },
  },
});
