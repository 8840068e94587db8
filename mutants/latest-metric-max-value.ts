import { mutant } from './mutant';

export default mutant({
  name: 'latest-metric-max-value',
  requirements: ['FILTER-LATEST-METRIC'],
  description: 'The searchable value of a metric is its largest logged value (MAX(value) instead of the latest point).',
  behaviour: {
    latestMetric: (current, logged) => (current === undefined || logged.value > current.value ? logged : current),
  },
});
