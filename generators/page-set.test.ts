/** pageSet / pageSetQuery: the shares the page-size checks rely on, and queries the oracle reads. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { expectedSearch, parseFilter, parseOrderBy } from '../src/oracle';
import type { SeededRun } from '../src/oracle';
import { pageSet, pageSetQuery } from './page-set';

const [data] = fc.sample(pageSet(1100), { seed: 3, numRuns: 1 });
const runs: SeededRun[] = data!.runs.map((r, i) => ({ ...r, runId: `id${i}`, experimentId: '1' }));
const count = (filter?: string) => expectedSearch(runs, { experimentIds: ['1'], ...(filter ? { filter } : {}) }).length;

test('same seed, same page set and queries', () => {
  expect(fc.sample(pageSet(50), { seed: 4, numRuns: 1 })).toEqual(fc.sample(pageSet(50), { seed: 4, numRuns: 1 }));
  expect(fc.sample(pageSetQuery(), { seed: 4, numRuns: 20 })).toEqual(fc.sample(pageSetQuery(), { seed: 4, numRuns: 20 }));
});

test('1100 runs, three per start time, every run tagged with a band and a label', () => {
  expect(runs).toHaveLength(1100);
  expect(new Set(runs.map((r) => r.startTime)).size).toBe(Math.ceil(1100 / 3));
  expect(runs.every((r) => /^[a-e]$/.test(r.tags.band!) && /^[a-z0-9]{2,4}$/.test(r.tags.label!))).toBe(true);
  expect(new Set(runs.map((r) => r.tags.label)).size).toBeGreaterThan(1);
});

test('the band filters select more and fewer runs than a default page, as the doc comment says', () => {
  expect([undefined, "tags.band != 'a'", "tags.band != 'b'", "tags.band != 'c'", "tags.band != 'a' and tags.band != 'b'"].map(count)).toEqual([
    1100, 1072, 1044, 1016, 1016,
  ]);
  expect(["tags.band != 'a' and tags.band != 'c'", "tags.band != 'd'", "tags.band = 'e'"].map(count)).toEqual([988, 820, 652]);
});

test('generated queries parse; most select more than 1000 runs, some fewer', () => {
  const queries = fc.sample(pageSetQuery(), { seed: 5, numRuns: 300 });
  for (const q of queries) {
    if (q.filter !== undefined) parseFilter(q.filter);
    parseOrderBy(q.orderBy);
  }
  const counts = queries.map((q) => count(q.filter));
  expect(counts.filter((n) => n > 1000).length).toBeGreaterThan(100);
  expect(counts.filter((n) => n <= 1000).length).toBeGreaterThan(30);
  expect(new Set(queries.map((q) => q.orderBy.length))).toEqual(new Set([0, 1, 2]));
});
