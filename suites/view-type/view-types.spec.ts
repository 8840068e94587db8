import fc from 'fast-check';
import { test } from '../../src/harness/fixtures';
import { narrowing } from '../../generators/narrowing';
import { judgedIds, openReadings, settledSearch } from '../../src/oracle';
import type { RunViewType } from '../../src/oracle/model';
import { check, checkOk, checkSameSet } from '../support/failure';
import { checkProperty } from '../support/property';
import { allExperiments, ONE_PAGE, searchBody } from '../support/query';
import { runIdsOf, runShower, runsOf } from '../support/runs';

const CASES: Array<{ id: string; view: RunViewType | undefined }> = [
  { id: 'VIEW-DEFAULT-ACTIVE', view: undefined },
  { id: 'VIEW-ACTIVE-ONLY', view: 'ACTIVE_ONLY' },
  { id: 'VIEW-DELETED-ONLY', view: 'DELETED_ONLY' },
  { id: 'VIEW-ALL', view: 'ALL' },
];

test.describe('run_view_type', () => {
  for (const { id, view } of CASES) {
    test(`${id}: run_view_type ${view ?? '(unspecified)'} returns exactly the runs of that view, in any experiments and filter`, async ({
      client,
      seeded,
      target,
      budget,
    }) => {
      // Guard against a vacuous pass: the data must hold both active and deleted runs.
      check(seeded.runs.some((r) => r.deleted) && seeded.runs.some((r) => !r.deleted), id, 'the data set needs active and deleted runs');
      // Any subset of the experiments, with or without a filter: the view must hold in each.
      let expectedSome = false;
      await checkProperty(
        narrowing(seeded),
        async ({ experimentIds, filter }) => {
          const query = { experimentIds, ...(filter !== undefined ? { filter } : {}), ...(view ? { runViewType: view } : {}) };
          const response = await client.searchRuns(searchBody({ ...query, maxResults: ONE_PAGE }));
          checkOk(response, id, `the search ${JSON.stringify(searchBody(query))}`);
          // Runs the filter selects under one reading only are the filter requirements' to judge.
          const answer = settledSearch(seeded.runs, query, openReadings(id));
          const expected = answer.runs.map((run) => run.runId);
          expectedSome ||= expected.length > 0;
          checkSameSet(judgedIds(runIdsOf(response.json), answer), expected, id, `the runs of view ${view ?? 'ACTIVE_ONLY (default)'}`, runShower(seeded));
        },
        // Every experiment, no filter, tried first in every tier: the whole view, never empty.
        { client, numRuns: budget.propertyRuns, seed: target.seed, examples: [{ experimentIds: seeded.experimentIds }] },
      );
      // Not vacuous: a server returning nothing passes every case whose expected answer is empty.
      check(expectedSome, id, 'no generated case expected a run: the check would be vacuous');
    });
  }

  test('VIEW-ALL: ALL is exactly ACTIVE_ONLY and DELETED_ONLY together, without overlap', async ({ client, seeded }) => {
    const ids = async (view: RunViewType) => {
      const response = await client.searchRuns(searchBody({ ...allExperiments(seeded), runViewType: view, maxResults: ONE_PAGE }));
      checkOk(response, 'VIEW-ALL', `run_view_type ${view}`);
      return runIdsOf(response.json);
    };
    const [all, active, deleted] = [await ids('ALL'), await ids('ACTIVE_ONLY'), await ids('DELETED_ONLY')];
    // Not vacuous: [] = [] ⊎ [] holds for a server that finds nothing, and the data set has runs of both views.
    check(active.length > 0 && deleted.length > 0, 'VIEW-ALL', 'the data set has active and deleted runs, so both views must return some', {
      received: { all: all.length, active: active.length, deleted: deleted.length },
    });
    const overlap = active.filter((id) => deleted.includes(id));
    check(overlap.length === 0, 'VIEW-ALL', 'a run cannot be both active and deleted', { received: overlap });
    checkSameSet(all, [...active, ...deleted], 'VIEW-ALL', 'ALL must equal ACTIVE_ONLY ⊎ DELETED_ONLY', runShower(seeded));
  });

  for (const value of ['BOGUS', 'active', 2, ''] as const) {
    test(`VIEW-INVALID-400: run_view_type ${JSON.stringify(value)} is rejected with 400`, async ({ client, seeded }) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, run_view_type: value });
      check(response.status === 400, 'VIEW-INVALID-400', `run_view_type ${JSON.stringify(value)} is not one of the allowed values`, {
        received: response.status,
        expected: 400,
      });
    });
  }
});

test('VIEW-LIFECYCLE-STAGE: ACTIVE_ONLY returns runs in stage active, DELETED_ONLY runs in stage deleted', async ({ client, seeded }) => {
  for (const [view, stage] of [['ACTIVE_ONLY', 'active'], ['DELETED_ONLY', 'deleted']] as const) {
    const response = await client.searchRuns(searchBody({ ...allExperiments(seeded), runViewType: view, maxResults: ONE_PAGE }));
    checkOk(response, 'VIEW-LIFECYCLE-STAGE', `run_view_type ${view}`);
    const runs = runsOf(response.json);
    check(runs.length > 0, 'VIEW-LIFECYCLE-STAGE', `the data set has ${stage} runs, so ${view} must return some`);
    const wrong = runs.filter((r) => r.info?.lifecycle_stage !== stage).map((r) => r.info?.lifecycle_stage);
    check(wrong.length === 0, 'VIEW-LIFECYCLE-STAGE', `runs of ${view} must have lifecycle_stage '${stage}'`, { received: wrong });
  }
});

test('VIEW-INVALID-400: generated run_view_type values outside the three names get 400', async ({ client, seeded, target, budget }) => {
  const allowed = new Set(['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL']);
  const invalid = fc.oneof(
    fc.string({ maxLength: 12 }).filter((v) => !allowed.has(v)),
    fc.constantFrom('active_only', 'Deleted_Only', 'all', 'ACTIVE', 'DELETED'),
    fc.integer({ min: -3, max: 10 }),
  );
  await checkProperty(
    invalid,
    async (value) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, run_view_type: value }, { validate: false });
      check(response.status === 400, 'VIEW-INVALID-400', `run_view_type ${JSON.stringify(value)} is not one of the allowed values`, {
        received: response.status,
        expected: 400,
      });
    },
    { client, numRuns: budget.propertyRuns, seed: target.seed },
  );
});

test('VIEW-LIFECYCLE-STAGE: over any experiments, every run a view returns carries that view\'s lifecycle_stage', async ({ client, seeded, target, budget }) => {
  const views = [{ name: 'ACTIVE_ONLY', stage: 'active' }, { name: 'DELETED_ONLY', stage: 'deleted' }] as const;
  const cases = fc.record({ experimentIds: fc.subarray(seeded.experimentIds, { minLength: 1 }), view: fc.constantFrom(...views) });
  const returned = new Set<string>();
  await checkProperty(
    cases,
    async ({ experimentIds, view: { name: view, stage } }) => {
      const response = await client.searchRuns(searchBody({ experimentIds, runViewType: view, maxResults: ONE_PAGE }));
      checkOk(response, 'VIEW-LIFECYCLE-STAGE', `run_view_type ${view}`);
      const runs = runsOf(response.json);
      if (runs.length > 0) returned.add(view);
      const wrong = runs.filter((r) => r.info?.lifecycle_stage !== stage).map((r) => r.info?.lifecycle_stage);
      check(wrong.length === 0, 'VIEW-LIFECYCLE-STAGE', `runs of ${view} must have lifecycle_stage '${stage}'`, { received: wrong });
    },
    // Every experiment, each view, tried first in every tier: the data set has runs of both, so both must come back.
    { client, numRuns: budget.propertyRuns, seed: target.seed, examples: views.map((view) => ({ experimentIds: seeded.experimentIds, view })) },
  );
  // Not vacuous: a view that returns no run passes the check on each of its runs.
  check(returned.size === views.length, 'VIEW-LIFECYCLE-STAGE', 'each view must return runs over every experiment, else no stage was checked', {
    received: [...returned],
  });
});
