import { byKeys, compareKey, compareValues } from './support/order';
import type { SortValue } from '../reference';
import { mutant } from './mutant';

const numeric = (value: SortValue) => typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));

export default mutant({
  name: 'params-sorted-numerically',
  requirements: ['ORDER-STRINGS-LEXICOGRAPHIC'],
  description: "Param and tag values that look like numbers sort as numbers ('9' before '10').",
  behaviour: {
    compareRuns: byKeys((a, b, key) =>
      compareKey(a, b, key, (x, y) => (numeric(x) && numeric(y) ? Number(x) - Number(y) : compareValues(x, y))),
    ),
  },
});
