import { defaultBehaviour } from '../reference';
import type { OrderKey } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'order-by-unknown-attribute-ignored',
  requirements: ['ORDER-ATTRIBUTE-UNKNOWN-400'],
  description: 'An order_by column naming no attribute (attributes.lifecycle_stage, Status) is skipped: 200 instead of 400.',
  behaviour: {
    parseOrderBy: (orderBy) =>
      orderBy.flatMap((entry): OrderKey[] => {
        try {
          return defaultBehaviour.parseOrderBy([entry]);
        } catch (error) {
          if (error instanceof Error && /invalid attribute key/.test(error.message)) return [];
          throw error;
        }
      }),
  },
});
