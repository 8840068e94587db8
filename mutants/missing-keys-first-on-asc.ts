import { byKeys, compareKey } from './support/order';
import { mutant } from './mutant';

export default mutant({
  name: 'missing-keys-first-on-asc',
  requirements: ['ORDER-MISSING-LAST'],
  description: 'Runs lacking an order_by key come first for ASC and last for DESC, as NULLs sort in SQLite and MySQL.',
  behaviour: {
    compareRuns: byKeys((a, b, key) => {
      if (a !== undefined && b !== undefined) return compareKey(a, b, key);
      const nullsLow = a === b ? 0 : a === undefined ? -1 : 1;
      return key.ascending ? nullsLow : -nullsLow;
    }),
  },
});
