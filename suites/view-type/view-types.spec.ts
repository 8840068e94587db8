import { test } from '../harness';
import { invalidRunViewType, LIFECYCLE_VIEWS, lifecycleViewCase, viewSlice } from '../../generators';
import type { RunViewType } from '../../src/oracle';
import { check, checkOk, checkSameSet } from '../support';
import { checkStatus400 } from '../support';
import { allExperiments, expectedIds, ONE_PAGE, searchBody } from '../support';
import { pageRunIdsOf, runIdOf, runIdsOf, runShower, runsOf, type WireRun } from '../support';
import { Inconclusive } from '../../src/outcome';
import type { SeededData } from '../../src/seed';

const CASES: Array<{ id: string; view: RunViewType | undefined }> = [
  { id: 'VIEW-DEFAULT-ACTIVE', view: undefined },
  { id: 'VIEW-ACTIVE-ONLY', view: 'ACTIVE_ONLY' },
  { id: 'VIEW-DELETED-ONLY', view: 'DELETED_ONLY' },
  { id: 'VIEW-ALL', view: 'ALL' },
];

test.describe('run_view_type', () => {
  for (const { id, view } of CASES) {
    test(`${id}: run_view_type ${view ?? '(unspecified)'} returns exactly the runs of that view, in any experiments and filter`, async ({ client, seeded, property }) => {
      // Guard against a vacuous pass: the data must hold both active and deleted runs.
      check(seeded.runs.some((r) => r.deleted) && seeded.runs.some((r) => !r.deleted), 'the data set needs active and deleted runs');
      // Any subset of the experiments, with or without a filter. Without one, the view must return
      // exactly its runs; with one, only runs of its lifecycle (which of them the filter selects is
      // the filter requirements' to judge, so a filter fault is not a view fault).
      let expectedSome = false;
      await property(
        viewSlice(seeded),
        async ({ experimentIds, filter }) => {
          const query = { experimentIds, ...(filter !== undefined ? { filter } : {}), ...(view ? { runViewType: view } : {}) };
          const response = await client.searchRuns(searchBody({ ...query, maxResults: ONE_PAGE }));
          checkOk(response, `the search ${JSON.stringify(searchBody(query))}`, { ...(filter !== undefined ? { narrowing: filter } : {}) });
          const whole = expectedIds(seeded, { experimentIds, ...(view ? { runViewType: view } : {}) });
          if (filter === undefined) {
            expectedSome ||= whole.length > 0;
            // The whole page: runs of experiments not asked for crowd the requested ones out of it,
            // and that is RESP-EXPERIMENT-SCOPE's failure (pageRunIdsOf is blocked by it).
            checkSameSet(pageRunIdsOf(response), whole, `the runs of view ${view ?? 'ACTIVE_ONLY (default)'}`, runShower(seeded));
            return;
          }
          const inView = new Set(whole);
          const strays = runIdsOf(response).filter((runId) => !inView.has(runId));
          check(strays.length === 0, `with a filter, view ${view ?? 'ACTIVE_ONLY (default)'} still returns only its runs`, {
            check: 'runs of another view under a filter',
            received: strays,
            runs: runShower(seeded)(strays.slice(0, 3)),
          });
        },
        // Every experiment without a filter first, in every tier: the whole view is judged at least once.
        { examples: [{ experimentIds: seeded.experimentIds, filter: undefined }] },
      );
      // Not vacuous: a server returning nothing passes every case whose expected answer is empty.
      check(expectedSome, 'no generated case expected a run: the check would be vacuous');
    });
  }

  test('VIEW-ALL: ALL is exactly ACTIVE_ONLY and DELETED_ONLY together, without overlap', async ({ client, seeded }) => {
    const ids = async (view: RunViewType) => {
      const response = await client.searchRuns(searchBody({ ...allExperiments(seeded), runViewType: view, maxResults: ONE_PAGE }));
      checkOk(response, `run_view_type ${view}`);
      return pageRunIdsOf(response);
    };
    const [all, active, deleted] = [await ids('ALL'), await ids('ACTIVE_ONLY'), await ids('DELETED_ONLY')];
    // The union is ALL's to keep only when the two other views are right; their own rows judge them.
    const same = (received: string[], view: RunViewType) => {
      const expected = new Set(expectedIds(seeded, { ...allExperiments(seeded), runViewType: view }));
      return received.length === expected.size && received.every((id) => expected.has(id));
    };
    if (!same(active, 'ACTIVE_ONLY') || !same(deleted, 'DELETED_ONLY')) {
      throw new Inconclusive('ACTIVE_ONLY or DELETED_ONLY does not return its own runs, so their union says nothing of ALL');
    }
    check(active.length > 0 && deleted.length > 0, 'the data set has active and deleted runs, so both views must return some');
    checkSameSet(all, [...active, ...deleted], 'ALL must equal ACTIVE_ONLY ⊎ DELETED_ONLY', runShower(seeded));
  });

  for (const value of ['BOGUS', 'active', 2, ''] as const) {
    test(`VIEW-INVALID-400: run_view_type ${JSON.stringify(value)} is rejected with 400`, async ({ client, seeded }) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, run_view_type: value });
      checkStatus400(response, `run_view_type ${JSON.stringify(value)}, not one of the allowed values,`);
    });
  }
});

/**
 * The stage a returned run reports against the stage the suite gave it. Which runs a view returns
 * is the VIEW-* requirements' to judge; this one judges what each run says of itself.
 */
function wrongStages(runs: WireRun[], seeded: SeededData): { run: string; reported: unknown; actual: string }[] {
  const byId = new Map(seeded.runs.map((r) => [r.runId, r]));
  return runs.flatMap((wire) => {
    const run = byId.get(runIdOf(wire));
    if (!run) return [];
    const actual = run.deleted ? 'deleted' : 'active';
    return wire.info?.lifecycle_stage === actual ? [] : [{ run: run.ref, reported: wire.info?.lifecycle_stage, actual }];
  });
}

test('VIEW-LIFECYCLE-STAGE: runs of ACTIVE_ONLY and DELETED_ONLY report their own stage, active or deleted', async ({ client, seeded }) => {
  let deletedSeen = false;
  for (const view of ['ACTIVE_ONLY', 'DELETED_ONLY'] as const) {
    const response = await client.searchRuns(searchBody({ ...allExperiments(seeded), runViewType: view, maxResults: ONE_PAGE }));
    checkOk(response, `run_view_type ${view}`);
    const runs = runsOf(response);
    deletedSeen ||= runs.some((r) => seeded.runs.some((s) => s.deleted && s.runId === runIdOf(r)));
    const wrong = wrongStages(runs, seeded);
    check(wrong.length === 0, `runs of ${view} must report their own lifecycle_stage`, { received: wrong });
  }
  if (!deletedSeen) throw new Inconclusive('neither view returned a deleted run, so no deleted stage could be read');
});

test('VIEW-INVALID-400: generated run_view_type values outside the three names get 400', async ({ client, seeded, property }) => {
  await property(
    invalidRunViewType(),
    async (value) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, run_view_type: value }, { validate: false });
      checkStatus400(response, `run_view_type ${JSON.stringify(value)}, not one of the allowed values,`);
    },
  );
});

test('VIEW-LIFECYCLE-STAGE: over any experiments, every run a view returns reports its own lifecycle_stage', async ({ client, seeded, property }) => {
  const returned = new Set<string>();
  await property(
    lifecycleViewCase(seeded),
    async ({ experimentIds, view: { name: view, stage } }) => {
      const response = await client.searchRuns(searchBody({ experimentIds, runViewType: view, maxResults: ONE_PAGE }));
      checkOk(response, `run_view_type ${view}`);
      const runs = runsOf(response);
      if (runs.length > 0) returned.add(view);
      const wrong = wrongStages(runs, seeded);
      check(wrong.length === 0, `runs of ${view} must report their own lifecycle_stage ('${stage}' for every run of the view)`, { received: wrong });
    },
    // Every experiment, each view, tried first in every tier: the data set has runs of both, so both must come back.
    { examples: LIFECYCLE_VIEWS.map((view) => ({ experimentIds: seeded.experimentIds, view })) },
  );
  // Not vacuous: a view that returns no run has no stage to check (whether it should is the view's own requirement).
  if (returned.size < LIFECYCLE_VIEWS.length) throw new Inconclusive(`only ${[...returned].join(', ') || 'no view'} returned runs over every experiment, so not every stage was read`);
});
