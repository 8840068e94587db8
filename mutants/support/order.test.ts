/**
 * The order mutants' building blocks keep every decision but the one a mutant changes: a value
 * comparison swapped in must not also move NaN metrics or missing values (a second fault would
 * FAIL ORDER-NAN-AFTER-NUMBERS or ORDER-MISSING-LAST beside the mutant's own requirement).
 */
import { test, expect } from '@playwright/test';
import type { OrderKey, SortValue } from '../../reference';
import { compareKey } from './order';

const key = (ascending: boolean): OrderKey => ({ entity: 'metric', key: 'm', ascending }) as OrderKey;

function sortedBy(values: SortValue[], ascending: boolean, compare?: (a: SortValue, b: SortValue) => number): SortValue[] {
  return [...values].sort((a, b) => compareKey(a, b, key(ascending), compare));
}

test('compareKey places NaN after every number and before missing values, ASC and DESC', () => {
  const values: SortValue[] = [undefined, Number.NaN, 3, Number.NEGATIVE_INFINITY, Number.NaN, 1, Number.POSITIVE_INFINITY];
  expect(sortedBy(values, true)).toEqual([Number.NEGATIVE_INFINITY, 1, 3, Number.POSITIVE_INFINITY, Number.NaN, Number.NaN, undefined]);
  expect(sortedBy(values, false)).toEqual([Number.POSITIVE_INFINITY, 3, 1, Number.NEGATIVE_INFINITY, Number.NaN, Number.NaN, undefined]);
});

test('a value comparison swapped in (text order here) never sees NaN or a missing value', () => {
  const seen: SortValue[] = [];
  const asText = (a: SortValue, b: SortValue) => {
    seen.push(a, b);
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  };
  expect(sortedBy([10, Number.NaN, 9, undefined], true, asText)).toEqual([10, 9, Number.NaN, undefined]);
  expect(seen.some((v) => v === undefined || Number.isNaN(v))).toBe(false);
});
