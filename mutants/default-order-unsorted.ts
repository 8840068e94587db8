import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'default-order-unsorted',
  // No order at all: start_time DESC is gone, and so is run_id ascending inside start_time ties.
  requirements: ['ORDER-DEFAULT', 'ORDER-RUN-ID-ASC'],
  description: 'Without order_by, runs come in storage order (no ORDER BY clause at all).',
  behaviour: {
    compareRuns: (a, b, keys) => (keys.length > 0 ? defaultBehaviour.compareRuns(a, b, keys) : 0),
  },
});
