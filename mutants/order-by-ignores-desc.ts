import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'order-by-ignores-desc',
  requirements: ['ORDER-BY-KEYS', 'ORDER-BY-DEFAULT-ASC'],
  description: 'DESC is parsed and ignored: every order_by key sorts ascending.',
  behaviour: {
    compareRuns: (a, b, keys) => defaultBehaviour.compareRuns(a, b, keys.map((k) => ({ ...k, ascending: true }))),
  },
});
