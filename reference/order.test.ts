import { expect, test } from '@playwright/test';
import { createReferenceHandler } from './handler';
import type { RunRecord } from './model';
import { compareCodePoints } from './order';
import { names, search, seedRuns } from './test-support';

/**
 * Ties on start_time (r1/r2 at 10, r3/r4 at 20, r6/r7 at 5), a missing metric (r3, r7), a NaN
 * metric (r4), and param values whose code-point order differs from UTF-16 order (～ < 😀).
 */
function seeded() {
  const handler = createReferenceHandler();
  const { experimentId } = handler.store.createExperiment('order');
  const runs = seedRuns(handler, experimentId, [
    { name: 'r1', startTime: 10, metrics: { m: 2 }, params: { p: 'b' }, tags: { t: 'x' } },
    { name: 'r2', startTime: 10, metrics: { m: 1 }, params: { p: 'a' } },
    { name: 'r3', startTime: 20, params: { p: 'B' } },
    { name: 'r4', startTime: 20, metrics: { m: Number.NaN } },
    { name: 'r5', startTime: 30, metrics: { m: 2 }, params: { p: 'é' } },
    { name: 'r6', startTime: 5, metrics: { m: -1 }, params: { p: '\u{1F600}' } },
    { name: 'r7', startTime: 5, params: { p: '\uFF5E' } },
  ]);
  return { handler, experimentId, runs };
}

/** Names of runs sharing a sort position, ordered by the final tiebreak (run_id ascending). */
function byRunId(runs: RunRecord[], ...tied: string[]): string[] {
  return runs
    .filter((run) => tied.includes(run.runName))
    .sort((a, b) => compareCodePoints(a.runId, b.runId))
    .map((run) => run.runName);
}

const ORDERS: [string[], (runs: RunRecord[]) => string[]][] = [
  [[], (runs) => ['r5', ...byRunId(runs, 'r3', 'r4'), ...byRunId(runs, 'r1', 'r2'), ...byRunId(runs, 'r6', 'r7')]],
  [['metrics.m'], () => ['r6', 'r2', 'r5', 'r1', 'r4', 'r3', 'r7']],
  [['metrics.m ASC'], () => ['r6', 'r2', 'r5', 'r1', 'r4', 'r3', 'r7']],
  [['metrics.m DESC'], () => ['r5', 'r1', 'r2', 'r6', 'r4', 'r3', 'r7']],
  [['metric.m desc'], () => ['r5', 'r1', 'r2', 'r6', 'r4', 'r3', 'r7']],
  [['metrics.m', 'metrics.m'], () => ['r6', 'r2', 'r5', 'r1', 'r4', 'r3', 'r7']],
  [['params.p'], () => ['r3', 'r2', 'r1', 'r5', 'r7', 'r6', 'r4']],
  [['params.p Desc'], () => ['r6', 'r7', 'r5', 'r1', 'r2', 'r3', 'r4']],
  [['metrics.m DESC', 'params.p'], () => ['r1', 'r5', 'r2', 'r6', 'r4', 'r3', 'r7']],
  [['tags.t DESC'], (runs) => ['r1', 'r5', ...byRunId(runs, 'r3', 'r4'), 'r2', ...byRunId(runs, 'r6', 'r7')]],
  [['start_time'], (runs) => [...byRunId(runs, 'r6', 'r7'), ...byRunId(runs, 'r1', 'r2'), ...byRunId(runs, 'r3', 'r4'), 'r5']],
  [['attributes.created DESC'], (runs) => ['r5', ...byRunId(runs, 'r3', 'r4'), ...byRunId(runs, 'r1', 'r2'), ...byRunId(runs, 'r6', 'r7')]],
  [['attributes.end_time'], (runs) => ['r5', ...byRunId(runs, 'r3', 'r4'), ...byRunId(runs, 'r1', 'r2'), ...byRunId(runs, 'r6', 'r7')]],
  [['run_name DESC'], () => ['r7', 'r6', 'r5', 'r4', 'r3', 'r2', 'r1']],
  [['attribute.run_id'], (runs) => byRunId(runs, 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7')],
];

for (const [orderBy, expected] of ORDERS) {
  test(`order_by ${JSON.stringify(orderBy)}: missing keys last, then start_time DESC, then run_id`, async () => {
    const { handler, experimentId, runs } = seeded();
    const answer = await search(handler, { experiment_ids: [experimentId], order_by: orderBy });
    expect(answer.status, answer.text).toBe(200);
    expect(names(answer)).toEqual(expected(runs));
  });
}

const REJECTED = [
  'metrics.m DESCENDING',
  'metrics.m ACS',
  'metrics.m DESC extra',
  'metrics.m ',
  ' metrics.m',
  'metrics.m != 1',
  'foo.m',
  'experiment_id',
  '"run name"',
  '',
  'metrics.`m',
];

for (const clause of REJECTED) {
  test(`order_by [${JSON.stringify(clause)}] is rejected with 400`, async () => {
    const { handler, experimentId } = seeded();
    const answer = await search(handler, { experiment_ids: [experimentId], order_by: [clause] });
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('InvalidParameter');
  });
}

test('start_time beyond 2^53 orders exactly', async () => {
  const handler = createReferenceHandler();
  const { experimentId } = handler.store.createExperiment('big');
  const base = 2n ** 53n;
  seedRuns(handler, experimentId, [
    { name: 'plus1', startTime: base + 1n },
    { name: 'plus2', startTime: base + 2n },
    { name: 'exact', startTime: Number(base) },
  ]);
  const answer = await search(handler, { experiment_ids: [experimentId], order_by: ['start_time ASC'] });
  expect(names(answer)).toEqual(['exact', 'plus1', 'plus2']);
});

test('compareCodePoints orders by code point, not UTF-16 unit', () => {
  expect(compareCodePoints('\uFF5E', '\u{1F600}')).toBeLessThan(0);
  expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
  expect(compareCodePoints('B', 'a')).toBeLessThan(0);
  expect(compareCodePoints('x', 'x')).toBe(0);
});
