import { defaultBehaviour } from '../reference';
import { compareNumeric } from '../reference';
import { compareCodePoints } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'default-order-start-time-ascending',
  requirements: ['ORDER-DEFAULT'],
  description: 'Without order_by, runs come oldest first (start_time ASC).',
  behaviour: {
    compareRuns(a, b, keys) {
      if (keys.length > 0) return defaultBehaviour.compareRuns(a, b, keys);
      return compareNumeric(a.run.startTime, b.run.startTime) || compareCodePoints(a.run.runId, b.run.runId);
    },
  },
});
