import { defaultBehaviour } from '../reference';
import type { OrderKey } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'invalid-order-by-ignored',
  requirements: ['ORDER-INVALID-400', 'ORDER-ATTRIBUTE-UNKNOWN-400'],
  description: 'An order_by entry the parser cannot read is silently skipped: 200 instead of 400.',
  behaviour: {
    parseOrderBy: (orderBy) =>
      orderBy.flatMap((entry): OrderKey[] => {
        try {
          return defaultBehaviour.parseOrderBy([entry]);
        } catch {
          return [];
        }
      }),
  },
});
