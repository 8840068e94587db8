/** pageSize: in range, deterministic, and biased where pagination breaks; the walks the pagination checks try. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { expectedSearch, seedLocally, type RunSpec } from '../src/oracle';
import { dataSet } from './dataset';
import { dividedWalkCase, lastPageCase, pageSize, uniformPageSize, walkCase } from './page-walk';

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

/** Seeded data sets as the worker seeds them, run ids and experiment ids made up locally. */
const seededSets = fc.sample(dataSet({ minRuns: 12, maxRuns: 32 }), { seed: 21, numRuns: 8 }).map((data) => ({
  experimentIds: data.experiments.map((_, i) => String(100 + i)),
  runs: seedLocally(data),
}));

test('uniformPageSize: every size of 1..max, evenly', () => {
  const sizes = fc.sample(uniformPageSize(4), { seed: 9, numRuns: 400 });
  expect([...new Set(sizes)].sort()).toEqual([1, 2, 3, 4]);
  expect(sizes.filter((s) => s === 1).length).toBeLessThan(sizes.length / 2);
});

test('walkCase and lastPageCase: a page size up to the run count + 2, every view, experiments of the data, slack 1..50', () => {
  const views = new Set<string>();
  for (const seeded of seededSets) {
    for (const { maxResults, view } of fc.sample(walkCase(seeded), { seed: 10, numRuns: 60 })) {
      expect(maxResults).toBeGreaterThanOrEqual(1);
      expect(maxResults).toBeLessThanOrEqual(seeded.runs.length + 2);
      views.add(view);
    }
    for (const { experimentIds, view, slack } of fc.sample(lastPageCase(seeded), { seed: 11, numRuns: 60 })) {
      expect(experimentIds.length).toBeGreaterThan(0);
      expect(experimentIds.every((id) => seeded.experimentIds.includes(id))).toBe(true);
      expect(slack >= 1 && slack <= 50).toBe(true);
      views.add(view);
    }
  }
  expect([...views].sort()).toEqual(['ACTIVE_ONLY', 'ALL', 'DELETED_ONLY']);
});

test('dividedWalkCase: only experiments and views the oracle expects runs in, over every view', () => {
  const views = new Set<string>();
  for (const seeded of seededSets) {
    for (const { experimentIds, view, pick } of fc.sample(dividedWalkCase(seeded), { seed: 12, numRuns: 60 })) {
      expect(expectedSearch(seeded.runs, { experimentIds, runViewType: view }).length, `${view} of ${experimentIds}`).toBeGreaterThan(0);
      expect(Number.isInteger(pick) && pick >= 0).toBe(true);
      views.add(view);
    }
  }
  expect([...views].sort()).toEqual(['ACTIVE_ONLY', 'ALL', 'DELETED_ONLY']);
});

test('dividedWalkCase: an experiment without deleted runs never comes alone with DELETED_ONLY', () => {
  const run = (ref: string, experiment: number, deleted: boolean): RunSpec => ({ ref, experiment, startTime: 1, status: 'FINISHED', deleted, metrics: [], params: {}, tags: {} });
  const data = { experiments: ['active', 'mixed'], runs: [run('a', 0, false), run('b', 1, false), run('c', 1, true)] };
  const seeded = { experimentIds: ['100', '101'], runs: seedLocally(data) };
  const cases = fc.sample(dividedWalkCase(seeded), { seed: 13, numRuns: 200 }).map(({ experimentIds, view }) => `${experimentIds.join('+')} ${view}`);
  expect(cases).not.toContain('100 DELETED_ONLY');
  expect(new Set(cases)).toEqual(new Set(['100 ACTIVE_ONLY', '100 ALL', '101 ACTIVE_ONLY', '101 ALL', '101 DELETED_ONLY', '100+101 ACTIVE_ONLY', '100+101 ALL', '100+101 DELETED_ONLY']));
});
