import { compareNumeric } from '../reference';
import { compareCodePoints } from '../reference';
import { byKeys, compareKey } from './support/order';
import { mutant } from './mutant';

export default mutant({
  name: 'tiebreak-start-time-ascending',
  // The tiebreak is the whole default order, so that comes start_time ASC too.
  requirements: ['ORDER-BY-TIEBREAK', 'ORDER-DEFAULT'],
  description: 'Runs equal on every order_by key follow start_time ASC instead of DESC.',
  behaviour: {
    compareRuns: byKeys(compareKey, (a, b) => compareNumeric(a.run.startTime, b.run.startTime) || compareCodePoints(a.run.runId, b.run.runId)),
  },
});
