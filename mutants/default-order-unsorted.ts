import { defaultBehaviour } from '../reference/behaviour';
import { mutant } from './mutant';

export default mutant({
  name: 'default-order-unsorted',
  requirements: ['ORDER-DEFAULT'],
  description: 'Without order_by, runs come in storage order (no ORDER BY clause at all).',
  behaviour: {
    compareRuns: (a, b, keys) => (keys.length > 0 ? defaultBehaviour.compareRuns(a, b, keys) : 0),
  },
});
