import { defaultBehaviour } from '../reference';
import type { Clause } from '../reference';
import { mutant } from './mutant';

/** A clause no run satisfies: an empty run_id list. */
const NOTHING: Clause = { entity: 'attribute', key: 'run_id', comparator: 'IN', value: [] };

export default mutant({
  name: 'filter-comparator-not-checked',
  requirements: ['FILTER-MISTYPED-400'],
  description: "A comparator the entity does not take (params.k > 'x', metrics.k LIKE '1%', tags.k IN (…)) is not refused: the comparison matches no run, 200.",
  behaviour: {
    parseFilter(filter) {
      try {
        return defaultBehaviour.parseFilter(filter);
      } catch (error) {
        if (error instanceof Error && /comparator '[^']*' is not one of/.test(error.message)) return [NOTHING];
        throw error;
      }
    },
  },
});
