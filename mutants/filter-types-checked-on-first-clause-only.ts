import { defaultBehaviour } from '../reference';
import type { Clause } from '../reference';
import { mutant } from './mutant';

/** The reference's refusals of a comparison that parses but does not fit its entity (reference/filter.ts, identifier.ts). */
const MISFIT = /comparator '[^']*' is not one of|expected a numeric value|expected a quoted string value|invalid attribute key/;

export default mutant({
  name: 'filter-types-checked-on-first-clause-only',
  requirements: ['FILTER-MISTYPED-400'],
  description:
    "Only the first comparison's comparator and value type are checked against its entity; a later misfit (metrics.a > 0 AND params.k > 'x') is dropped and the rest applied, 200.",
  behaviour: {
    parseFilter(filter) {
      try {
        return defaultBehaviour.parseFilter(filter);
      } catch (error) {
        const [first, ...later] = filter.split(/\s+and\s+/i);
        if (later.length === 0 || !(error instanceof Error) || !MISFIT.test(error.message)) throw error;
        const clauses: Clause[] = [...defaultBehaviour.parseFilter(first!)];
        for (const comparison of later) {
          try {
            clauses.push(...defaultBehaviour.parseFilter(comparison));
          } catch (misfit) {
            if (!(misfit instanceof Error) || !MISFIT.test(misfit.message)) throw error;
          }
        }
        return clauses;
      }
    },
  },
});
