/** searchBody, expectedIds, allExperiments: from the oracle's view of a query to the wire and back. */
import { expect, test } from '@playwright/test';
import { seedLocally, type RunSpec } from '../../src/oracle';
import type { SeededData } from '../../src/seed';
import { allExperiments, expectedIds, ONE_PAGE, searchBody } from './query';

const run = (ref: string, experiment: number, startTime: number, extra: Partial<RunSpec> = {}): RunSpec => ({
  ref,
  experiment,
  startTime,
  status: 'FINISHED',
  deleted: false,
  metrics: [],
  params: {},
  tags: {},
  ...extra,
});
const data = {
  experiments: ['a', 'b'],
  runs: [run('r1', 0, 10, { params: { p: 'x' } }), run('r2', 0, 30), run('r3', 1, 20, { params: { p: 'y' } }), run('r4', 0, 40, { deleted: true })],
};
const runs = seedLocally(data);
/** As seedDataSet leaves it, with the ids seedLocally gives (experiments 100, 101). */
const seeded: SeededData = { ...data, prefix: 'local', experimentIds: ['100', '101'], runs };
const idOf = (ref: string) => runs.find((r) => r.ref === ref)!.runId;

test('searchBody writes every field by its wire name, in the documented shape', () => {
  expect(searchBody({ experimentIds: ['1', '2'], filter: "params.p = 'x'", orderBy: ['metrics.m DESC'], runViewType: 'ALL', maxResults: 7, pageToken: 't0' })).toEqual({
    experiment_ids: ['1', '2'],
    filter: "params.p = 'x'",
    order_by: ['metrics.m DESC'],
    run_view_type: 'ALL',
    max_results: 7,
    page_token: 't0',
  });
});

test('searchBody leaves absent fields out (a server default applies), but keeps empty ones the query set', () => {
  expect(searchBody({ experimentIds: ['1'] })).toEqual({ experiment_ids: ['1'] });
  expect(Object.keys(searchBody({ experimentIds: ['1'], filter: undefined, maxResults: undefined }))).toEqual(['experiment_ids']);
  expect(searchBody({ experimentIds: [], filter: '', orderBy: [], maxResults: 0, pageToken: '' })).toEqual({ experiment_ids: [], filter: '', order_by: [], max_results: 0, page_token: '' });
});

test('expectedIds: the runs the oracle selects, in its order (start_time DESC by default), within the experiments and view', () => {
  expect(expectedIds(seeded, { experimentIds: ['100', '101'] })).toEqual([idOf('r2'), idOf('r3'), idOf('r1')]);
  expect(expectedIds(seeded, { experimentIds: ['100'], runViewType: 'ALL' })).toEqual([idOf('r4'), idOf('r2'), idOf('r1')]);
  expect(expectedIds(seeded, { experimentIds: ['100', '101'], filter: "params.p = 'y'" })).toEqual([idOf('r3')]);
  expect(expectedIds(seeded, { experimentIds: ['100', '101'], orderBy: ['attributes.start_time ASC'] })).toEqual([idOf('r1'), idOf('r3'), idOf('r2')]);
});

test('allExperiments names every experiment of the data set, so a query sees all its runs', () => {
  expect(allExperiments(seeded)).toEqual({ experimentIds: ['100', '101'] });
  expect(expectedIds(seeded, { ...allExperiments(seeded), runViewType: 'ALL' })).toHaveLength(4);
  // A whole data set of the largest tier fits one page.
  expect(ONE_PAGE).toBeGreaterThanOrEqual(120);
});
