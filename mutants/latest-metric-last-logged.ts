import { mutant } from './mutant';

export default mutant({
  name: 'latest-metric-last-logged',
  requirements: ['FILTER-LATEST-METRIC'],
  description: 'The searchable value of a metric is the point logged last, whatever its step and timestamp.',
  behaviour: {
    latestMetric: (_current, logged) => logged,
  },
});
