import { compareNumeric } from '../reference';
import { compareCodePoints } from '../reference';
import { byKeys, compareKey } from './support/order';
import { mutant } from './mutant';

export default mutant({
  name: 'run-id-tiebreak-descending',
  requirements: ['ORDER-RUN-ID-ASC'],
  description: 'The final run_id tiebreak is descending.',
  behaviour: {
    compareRuns: byKeys(compareKey, (a, b) => compareNumeric(b.run.startTime, a.run.startTime) || compareCodePoints(b.run.runId, a.run.runId)),
  },
});
