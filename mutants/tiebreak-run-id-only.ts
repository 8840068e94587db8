import { defaultBehaviour } from '../reference';
import { compareCodePoints } from '../reference';
import { byKeys, compareKey } from './support/order';
import { mutant } from './mutant';

export default mutant({
  name: 'tiebreak-run-id-only',
  requirements: ['ORDER-BY-TIEBREAK'],
  description: 'With order_by keys, ties are broken by run_id alone, skipping start_time DESC (the default order stays right).',
  behaviour: {
    compareRuns: (a, b, keys) =>
      keys.length === 0 ? defaultBehaviour.compareRuns(a, b, keys) : byKeys(compareKey, (x, y) => compareCodePoints(x.run.runId, y.run.runId))(a, b, keys),
  },
});
