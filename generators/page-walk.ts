/**
 * max_results values for walking pages, and the walks the pagination checks try.
 *
 *   pageSize := 1 | 2                                      the most pages, the most tokens
 *             | max - 2 .. max                             near the result count when max is it + a little
 *             | resultCount - 1 .. resultCount + 1         one page short, exact, one over
 *             | a divisor of resultCount                   an exactly full last page (empty-tail risk)
 *             | any of 1..max
 * All clamped to 1..max.
 *
 *   walkCase         := pageSize (up to the run count + 2) × view
 *   lastPageCase     := experiments (a non-empty subset) × view × slack 1..50
 *   dividedWalkCase  := experiments × view × pick, where the oracle expects some run
 */
import fc from 'fast-check';
import { expectedSearch, type SeededRun } from '../src/oracle';

export interface PageSizeConstraints {
  /** Largest size; default 10. */
  max?: number;
  /** How many runs the walk should return, when known. */
  resultCount?: number;
}

export function pageSize(c: PageSizeConstraints = {}): fc.Arbitrary<number> {
  const max = c.max ?? 10;
  if (!(Number.isInteger(max) && max >= 1)) throw new RangeError(`pageSize: need an integer max ≥ 1, got ${max}`);
  const n = c.resultCount;
  const near = [max - 2, max - 1, max, ...(n === undefined ? [] : [n - 1, n, n + 1, ...divisors(n)])];
  const inRange = (sizes: number[]) => [...new Set(sizes.filter((s) => s >= 1 && s <= max))];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...inRange([1, 2])), weight: 3 },
    { arbitrary: fc.constantFrom(...inRange(near)), weight: 3 },
    { arbitrary: fc.integer({ min: 1, max }), weight: 2 },
  );
}

function divisors(n: number): number[] {
  return Array.from({ length: Math.max(0, Math.min(n, 1000)) }, (_, i) => i + 1).filter((d) => n % d === 0);
}

/** Any of 1..max, evenly: the metamorphic checks, which know only the count the server returns. */
export function uniformPageSize(max: number): fc.Arbitrary<number> {
  return fc.integer({ min: 1, max });
}

export type ViewName = 'ACTIVE_ONLY' | 'ALL' | 'DELETED_ONLY';

/** One of the three run_view_type names. */
export function runViewType(): fc.Arbitrary<ViewName> {
  return fc.constantFrom<ViewName>('ACTIVE_ONLY', 'ALL', 'DELETED_ONLY');
}

interface Seeded {
  experimentIds: string[];
  runs: SeededRun[];
}

/** A walk over every experiment of the data: a page size (pageSize, up to the run count + 2) and a view. */
export function walkCase(data: Seeded): fc.Arbitrary<{ maxResults: number; view: ViewName }> {
  return fc.record({ maxResults: pageSize({ max: data.runs.length + 2 }), view: runViewType() });
}

/** Some experiments, a view, and how much larger than their whole answer the one page is (1..50). */
export function lastPageCase(data: Seeded): fc.Arbitrary<{ experimentIds: string[]; view: ViewName; slack: number }> {
  return fc.record({ experimentIds: fc.subarray(data.experimentIds, { minLength: 1 }), view: runViewType(), slack: fc.integer({ min: 1, max: 50 }) });
}

/**
 * Some experiments and a view the oracle expects runs in (an empty answer has no page to end),
 * and `pick`, which chooses among the divisors of the count the server returns.
 */
export function dividedWalkCase(data: Seeded): fc.Arbitrary<{ experimentIds: string[]; view: ViewName; pick: number }> {
  return fc
    .record({ experimentIds: fc.subarray(data.experimentIds, { minLength: 1 }), view: runViewType(), pick: fc.nat() })
    .filter(({ experimentIds, view }) => expectedSearch(data.runs, { experimentIds, runViewType: view }).length > 0);
}
