/** searchRequestBody over a seeded data set: mostly valid fields of that data, sometimes absent or odd, never undefined. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { parseFilter, parseOrderBy, seedLocally } from '../src/oracle';
import { dataSet } from './dataset';
import { seededRequestBody } from './search-request-body';

const [data] = fc.sample(dataSet({ minRuns: 12, maxRuns: 32 }), { seed: 51, numRuns: 1 });
const seeded = { experimentIds: data!.experiments.map((_, i) => String(100 + i)), runs: seedLocally(data!) };
const parses = (read: () => unknown) => {
  try {
    read();
    return true;
  } catch {
    return false;
  }
};

test('same seed, same bodies', () => {
  expect(fc.sample(seededRequestBody(seeded), { seed: 1, numRuns: 20 })).toEqual(fc.sample(seededRequestBody(seeded), { seed: 1, numRuns: 20 }));
});

test("mostly the data's own experiments, filters and order_by lists; sometimes absent or another JSON value", () => {
  const bodies = fc.sample(seededRequestBody(seeded), { seed: 52, numRuns: 400 });
  expect(bodies.filter((b) => Object.values(b).some((v) => v === undefined))).toEqual([]);
  const ownExperiments = bodies.filter((b) => Array.isArray(b.experiment_ids) && b.experiment_ids.length > 0 && b.experiment_ids.every((id) => seeded.experimentIds.includes(id as string)));
  const validFilters = bodies.filter((b) => typeof b.filter === 'string' && parses(() => parseFilter(b.filter as string)) && /^(metrics|params|tags)\./.test(b.filter as string));
  const validOrders = bodies.filter((b) => Array.isArray(b.order_by) && parses(() => parseOrderBy(b.order_by as string[])));
  for (const share of [ownExperiments, validFilters, validOrders].map((kept) => kept.length / bodies.length)) {
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.9);
  }
  expect(bodies.some((b) => !('experiment_ids' in b))).toBe(true);
});
