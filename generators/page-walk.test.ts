/** pageSize: in range, deterministic, and biased where pagination breaks. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { pageSize } from './page-walk';

const draw = (c: Parameters<typeof pageSize>[0], seed = 9) => fc.sample(pageSize(c), { seed, numRuns: 400 });
const share = (sizes: number[], wanted: number[]) => sizes.filter((s) => wanted.includes(s)).length / sizes.length;

test('same seed, same sizes', () => {
  expect(draw({ max: 20 })).toEqual(draw({ max: 20 }));
});

test('sizes stay within 1..max', () => {
  for (const max of [1, 2, 3, 10, 1000]) {
    expect(draw({ max }).filter((size) => !(Number.isInteger(size) && size >= 1 && size <= max))).toEqual([]);
  }
});

test('1 and 2 are common, and so are sizes near max', () => {
  const sizes = draw({ max: 50 });
  expect(share(sizes, [1, 2])).toBeGreaterThan(0.25);
  expect(share(sizes, [48, 49, 50])).toBeGreaterThan(0.2);
});

test('near a known result count: one short, exact, one over, and exact divisors (a full last page)', () => {
  const sizes = new Set(draw({ max: 40, resultCount: 12 }));
  for (const wanted of [11, 12, 13, 3, 4, 6]) expect(sizes.has(wanted)).toBe(true);
});

test('a max below 1 is refused', () => {
  expect(() => pageSize({ max: 0 })).toThrow(RangeError);
});
