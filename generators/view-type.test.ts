/** viewSlice, lifecycleViewCase, invalidRunViewType. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { seedLocally } from '../src/oracle';
import { dataSet } from './dataset';
import { invalidRunViewType, LIFECYCLE_VIEWS, lifecycleViewCase, viewSlice } from './view-type';

const [data] = fc.sample(dataSet({ minRuns: 12, maxRuns: 32 }), { seed: 41, numRuns: 1 });
const seeded = { experimentIds: data!.experiments.map((_, i) => String(100 + i)), runs: seedLocally(data!) };

test('same seed, same cases', () => {
  expect(fc.sample(viewSlice(seeded), { seed: 1, numRuns: 30 })).toEqual(fc.sample(viewSlice(seeded), { seed: 1, numRuns: 30 }));
  expect(fc.sample(invalidRunViewType(), { seed: 1, numRuns: 30 })).toEqual(fc.sample(invalidRunViewType(), { seed: 1, numRuns: 30 }));
});

test('viewSlice: non-empty subsets of the experiments, every one of them, and (fc.option freq 1) never a filter', () => {
  const slices = fc.sample(viewSlice(seeded), { seed: 42, numRuns: 400 });
  expect(slices.filter(({ experimentIds }) => experimentIds.length === 0 || experimentIds.some((id) => !seeded.experimentIds.includes(id)))).toEqual([]);
  expect(new Set(slices.flatMap(({ experimentIds }) => experimentIds))).toEqual(new Set(seeded.experimentIds));
  // Pinned, not endorsed: drawing filters here changes the VIEW-* cases (see viewSlice).
  expect(slices.filter(({ filter }) => filter !== undefined)).toEqual([]);
});

test('lifecycleViewCase: ACTIVE_ONLY with active, DELETED_ONLY with deleted, over non-empty subsets', () => {
  const cases = fc.sample(lifecycleViewCase(seeded), { seed: 43, numRuns: 100 });
  expect(new Set(cases.map(({ view }) => `${view.name}=${view.stage}`))).toEqual(new Set(['ACTIVE_ONLY=active', 'DELETED_ONLY=deleted']));
  expect(cases.every(({ experimentIds }) => experimentIds.length > 0)).toBe(true);
  expect(LIFECYCLE_VIEWS.map((v) => v.name)).toEqual(['ACTIVE_ONLY', 'DELETED_ONLY']);
});

test('invalidRunViewType: never one of the three names; text, near misses and numbers all appear', () => {
  const values = fc.sample(invalidRunViewType(), { seed: 44, numRuns: 400 });
  expect(values.filter((v) => v === 'ACTIVE_ONLY' || v === 'DELETED_ONLY' || v === 'ALL')).toEqual([]);
  expect(values.some((v) => typeof v === 'number')).toBe(true);
  expect(values.some((v) => v === 'active_only' || v === 'Deleted_Only' || v === 'all')).toBe(true);
  expect(values.some((v) => v === '')).toBe(true);
});
