/**
 * max_results values for walking pages.
 *
 *   pageSize := 1 | 2                                      the most pages, the most tokens
 *             | max - 2 .. max                             near the result count when max is it + a little
 *             | resultCount - 1 .. resultCount + 1         one page short, exact, one over
 *             | a divisor of resultCount                   an exactly full last page (empty-tail risk)
 *             | any of 1..max
 * All clamped to 1..max.
 */
import fc from 'fast-check';

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
