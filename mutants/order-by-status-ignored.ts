import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'order-by-status-ignored',
  requirements: ['ORDER-BY-ATTRIBUTE'],
  description: 'order_by attributes.status is accepted and ignored; the other attributes order runs.',
  behaviour: {
    compareRuns(a, b, keys) {
      const kept = keys.flatMap((key, i) => (key.entity === 'attribute' && key.key === 'status' ? [] : [i]));
      const pick = (run: typeof a) => ({ run: run.run, values: kept.map((i) => run.values[i]) });
      return defaultBehaviour.compareRuns(pick(a), pick(b), kept.map((i) => keys[i]!));
    },
  },
});
