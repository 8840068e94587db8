import { byKeys, compareKey } from './support/order';
import { mutant } from './mutant';

export default mutant({
  name: 'end-time-null-first-on-asc',
  requirements: ['ORDER-MISSING-LAST'],
  description: 'A run that has not ended (end_time null) sorts as the smallest end_time: first for ASC, last for DESC, as a NULL column does in SQLite; missing metrics, params and tags stay last.',
  behaviour: {
    compareRuns: byKeys((a, b, key) => {
      if (key.entity !== 'attribute' || key.key !== 'end_time' || (a !== undefined && b !== undefined)) return compareKey(a, b, key);
      const nullsLow = a === b ? 0 : a === undefined ? -1 : 1;
      return key.ascending ? nullsLow : -nullsLow;
    }),
  },
});
