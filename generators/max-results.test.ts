/** invalidMaxResults, negativeMaxResults, thresholdPageSize: every value is what its check needs it to be. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { GUARANTEED_PAGE_SIZE, invalidMaxResults, negativeMaxResults, thresholdPageSize } from './max-results';
import { thresholdPageSetSearch } from './page-set';

const INT32_MAX = 2 ** 31 - 1;
/** What a lenient server could read as a page size: an int32, or text spelling one. */
const readableAsInt32 = (v: unknown) =>
  (typeof v === 'number' && Number.isInteger(v) && v <= INT32_MAX) || (typeof v === 'string' && /^\s*-?\d+(\.0*)?\s*$/.test(v));
const kindOf = (v: unknown) => (Array.isArray(v) ? 'list' : typeof v === 'number' ? (Number.isInteger(v) ? 'huge' : 'fraction') : typeof v);

test('same seed, same values', () => {
  expect(fc.sample(invalidMaxResults(), { seed: 2, numRuns: 50 })).toEqual(fc.sample(invalidMaxResults(), { seed: 2, numRuns: 50 }));
  expect(fc.sample(thresholdPageSize(1100), { seed: 2, numRuns: 50 })).toEqual(fc.sample(thresholdPageSize(1100), { seed: 2, numRuns: 50 }));
});

test('invalidMaxResults: never an int32 nor text spelling one; fractions, text, lists and integers beyond 2^31 all appear', () => {
  const values = fc.sample(invalidMaxResults(), { seed: 5, numRuns: 500 });
  expect(values.filter(readableAsInt32)).toEqual([]);
  expect(values.filter((v) => typeof v === 'number' && Number.isInteger(v) && v < 2 ** 31)).toEqual([]);
  expect([...new Set(values.map(kindOf))].sort()).toEqual(['fraction', 'huge', 'list', 'string']);
});

test('negativeMaxResults: -2^31 .. -1', () => {
  const values = fc.sample(negativeMaxResults(), { seed: 5, numRuns: 300 });
  expect(values.filter((v) => !(Number.isInteger(v) && v >= -(2 ** 31) && v <= -1))).toEqual([]);
  expect(Math.min(...values)).toBeLessThan(-1000);
});

test('thresholdPageSize: between the page set and 50 000, the threshold itself often, mostly above 10 000', () => {
  const sizes = fc.sample(thresholdPageSize(1100), { seed: 6, numRuns: 600 });
  expect(sizes.filter((s) => !(Number.isInteger(s) && s >= 1100 && s <= GUARANTEED_PAGE_SIZE))).toEqual([]);
  expect(sizes.filter((s) => s === GUARANTEED_PAGE_SIZE).length).toBeGreaterThan(sizes.length / 6);
  expect(sizes.filter((s) => s > 10_000).length).toBeGreaterThan(sizes.length / 2);
  expect(sizes.some((s) => s < 10_000)).toBe(true);
});

test('thresholdPageSetSearch: a threshold size with a query of the page set (filter and order over its tags)', () => {
  for (const [size, query] of fc.sample(thresholdPageSetSearch(1100), { seed: 7, numRuns: 100 })) {
    expect(size).toBeGreaterThanOrEqual(1100);
    expect(query.orderBy.every((c) => /^tags\.(band|label)( ASC| DESC)?$/.test(c))).toBe(true);
    if (query.filter !== undefined) expect(query.filter).toMatch(/^tags\.band !?= '[a-e]'/);
  }
});
