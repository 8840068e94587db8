/** expectedSearch: scope, view, filter and order together (spec request fields experiment_ids, filter, order_by, run_view_type). */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { dataSet } from './dataset';
import { validFilter } from './filter';
import { runFixture, seedLocally } from '../src/oracle';
import { expectedSearch } from '../src/oracle';

const RUNS = [
  runFixture('a', { experimentId: '1', startTime: 10, metrics: [['m', 1, 0, 1]] }),
  runFixture('b', { experimentId: '1', startTime: 30, metrics: [['m', 5, 0, 1]] }),
  runFixture('c', { experimentId: '2', startTime: 20, metrics: [['m', 3, 0, 1]], deleted: true }),
  runFixture('d', { experimentId: '3', startTime: 40, metrics: [['m', 4, 0, 1]] }),
];

const ROWS: { title: string; query: Parameters<typeof expectedSearch>[1]; expected: string[] }[] = [
  { title: 'only the requested experiments, active by default, start_time DESC', query: { experimentIds: ['1', '2'] }, expected: ['b', 'a'] },
  { title: 'ALL adds deleted runs', query: { experimentIds: ['1', '2'], runViewType: 'ALL' }, expected: ['b', 'c', 'a'] },
  { title: 'DELETED_ONLY', query: { experimentIds: ['1', '2'], runViewType: 'DELETED_ONLY' }, expected: ['c'] },
  { title: 'filter then order_by', query: { experimentIds: ['1', '2', '3'], filter: 'metrics.m > 1', orderBy: ['metrics.m'] }, expected: ['d', 'b'] },
  { title: 'an unknown experiment has no runs', query: { experimentIds: ['9'] }, expected: [] },
];

for (const row of ROWS) {
  test(`expectedSearch: ${row.title}`, () => {
    expect(expectedSearch(RUNS, row.query).map((r) => r.ref)).toEqual(row.expected);
  });
}

test('VIEW-ALL: ALL is exactly ACTIVE_ONLY ⊎ DELETED_ONLY, for any filter — spec run_view_type', () => {
  const cases = dataSet().chain((data) => fc.record({ runs: fc.constant(seedLocally(data)), filter: validFilter(data) }));
  fc.assert(
    fc.property(cases, ({ runs, filter }) => {
      const experimentIds = [...new Set(runs.map((r) => r.experimentId))];
      const ids = (runViewType: 'ALL' | 'ACTIVE_ONLY' | 'DELETED_ONLY') =>
        expectedSearch(runs, { experimentIds, filter, runViewType }).map((r) => r.runId);
      const union = new Set([...ids('ACTIVE_ONLY'), ...ids('DELETED_ONLY')]);
      expect(union.size).toBe(ids('ACTIVE_ONLY').length + ids('DELETED_ONLY').length);
      expect([...union].sort()).toEqual([...ids('ALL')].sort());
    }),
    { numRuns: 100 }, // the standard tier's minimum for a generated property
  );
});
