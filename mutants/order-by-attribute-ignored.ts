import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'order-by-attribute-ignored',
  requirements: ['ORDER-BY-ATTRIBUTE'],
  description: 'order_by on attributes.* is accepted and ignored: only metrics, params and tags order runs.',
  behaviour: {
    compareRuns(a, b, keys) {
      const kept = keys.flatMap((key, i) => (key.entity === 'attribute' ? [] : [i]));
      const pick = (run: typeof a) => ({ run: run.run, values: kept.map((i) => run.values[i]) });
      return defaultBehaviour.compareRuns(pick(a), pick(b), kept.map((i) => keys[i]!));
    },
  },
});
