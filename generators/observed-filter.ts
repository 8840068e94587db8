/**
 * Filters over what a server reports (readonly data, where nothing was seeded): comparisons of a
 * reported metric with one of its reported values.
 *
 *   metricClausePair := clause × clause
 *   clause           := 'metrics.' key ' ' op ' ' value      op ∈ > >= < <= = !=
 * with key and value taken from `metrics` (key → values a filter can write plainly).
 */
import fc from 'fast-check';
import { formatKey, formatNumber } from '../src/oracle';

/** Two comparisons (f, g) of reported metrics; `metrics` must not be empty, nor any key's values. */
export function metricClausePair(metrics: readonly (readonly [string, readonly number[]])[]): fc.Arbitrary<[string, string]> {
  const clause = fc
    .tuple(fc.constantFrom(...metrics), fc.constantFrom('>', '>=', '<', '<=', '=', '!='), fc.nat())
    .map(([[key, values], op, i]) => `metrics.${formatKey(key)} ${op} ${formatNumber(values[i % values.length]!)}`);
  return fc.tuple(clause, clause);
}
