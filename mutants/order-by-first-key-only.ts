import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'order-by-first-key-only',
  requirements: ['ORDER-BY-KEYS'],
  description: 'Only the first order_by key is used; the later ones are ignored and the tiebreak follows at once.',
  behaviour: {
    compareRuns: (a, b, keys) => defaultBehaviour.compareRuns(a, b, keys.slice(0, 1)),
  },
});
