import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'infinity-clamped',
  requirements: ['RESP-METRIC-NON-FINITE'],
  description:
    "Metrics logged as ±Infinity come back as ±1.7976931348623157e308, the largest double, as MLflow's SQL store keeps them (sanitize_metric_value) and FastTrackML too.",
  behaviour: {
    serializeRun(run, profile) {
      const clamp = (value: number) => (Number.isFinite(value) || Number.isNaN(value) ? value : Math.sign(value) * Number.MAX_VALUE);
      const latestMetrics = new Map([...run.latestMetrics].map(([key, point]) => [key, { ...point, value: clamp(point.value) }]));
      return defaultBehaviour.serializeRun({ ...run, latestMetrics }, profile);
    },
  },
});
