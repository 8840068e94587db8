import { byKeys, compareKey, compareValues } from './support/order';
import { mutant } from './mutant';

export default mutant({
  name: 'strings-sorted-case-insensitively',
  requirements: ['ORDER-STRINGS-LEXICOGRAPHIC'],
  description: "Param and tag values sort ignoring letter case ('a' before 'B'), as the default collations of MySQL and PostgreSQL (en_US) do.",
  behaviour: {
    compareRuns: byKeys((a, b, key) =>
      compareKey(a, b, key, (x, y) =>
        typeof x === 'string' && typeof y === 'string' ? compareValues(x.toLowerCase(), y.toLowerCase()) || compareValues(x, y) : compareValues(x, y),
      ),
    ),
  },
});
