import { compareNumeric } from '../reference/int64';
import { compareCodePoints } from '../reference/order';
import { byKeys, compareKey } from './support/order';
import { mutant } from './mutant';

export default mutant({
  name: 'tiebreak-start-time-ascending',
  requirements: ['ORDER-BY-TIEBREAK'],
  description: 'Runs equal on every order_by key follow start_time ASC instead of DESC.',
  behaviour: {
    compareRuns: byKeys(compareKey, (a, b) => compareNumeric(a.run.startTime, b.run.startTime) || compareCodePoints(a.run.runId, b.run.runId)),
  },
});
