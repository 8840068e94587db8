import { expect, test } from '@playwright/test';
import { createReferenceHandler } from './handler';
import { call, names, search, seedRuns } from './test-support';

function seeded() {
  const handler = createReferenceHandler();
  const { experimentId } = handler.store.createExperiment('views');
  const runs = seedRuns(handler, experimentId, [
    { name: 'live', startTime: 3 },
    { name: 'gone', startTime: 2, deleted: true },
    { name: 'back', startTime: 1 },
  ]);
  const view = async (runViewType?: string) =>
    names(await search(handler, { experiment_ids: [experimentId], ...(runViewType ? { run_view_type: runViewType } : {}) }));
  return { handler, experimentId, runs, view };
}

test('view types after runs/delete: default and ACTIVE_ONLY hide it, DELETED_ONLY shows only it, ALL shows both', async () => {
  const { view } = seeded();
  expect(await view()).toEqual(['live', 'back']);
  expect(await view('ACTIVE_ONLY')).toEqual(['live', 'back']);
  expect(await view('DELETED_ONLY')).toEqual(['gone']);
  expect(await view('ALL')).toEqual(['live', 'gone', 'back']);
});

test('runs/delete and runs/restore are idempotent and move a run between views', async () => {
  const { handler, runs, view } = seeded();
  const back = runs[2]!.runId;
  for (let i = 0; i < 2; i++) expect((await call(handler, 'runs/delete', { run_id: back })).status).toBe(200);
  expect(await view('DELETED_ONLY')).toEqual(['gone', 'back']);
  for (let i = 0; i < 2; i++) expect((await call(handler, 'runs/restore', { run_id: back })).status).toBe(200);
  expect(await view()).toEqual(['live', 'back']);
  const run = await call(handler, 'runs/search', { experiment_ids: [runs[0]!.experimentId], run_view_type: 'ALL' });
  expect(run.json.runs.map((r: any) => r.info.lifecycle_stage)).toEqual(['active', 'deleted', 'active']);
});

test('experiments/delete deletes its active runs; experiments/restore brings back only those', async () => {
  const { handler, experimentId, view } = seeded();
  expect((await call(handler, 'experiments/delete', { experiment_id: experimentId })).status).toBe(200);
  expect(await view()).toEqual([]);
  expect(await view('DELETED_ONLY')).toEqual(['live', 'gone', 'back']);
  expect((await call(handler, 'experiments/restore', { experiment_id: experimentId })).status).toBe(200);
  expect(await view()).toEqual(['live', 'back']);
  expect(await view('DELETED_ONLY')).toEqual(['gone']);
});

test('unknown run or experiment ids in delete/restore answer 404 with the profile body', async () => {
  const handler = createReferenceHandler();
  const oci = await call(handler, 'runs/delete', { run_id: 'f'.repeat(32) });
  expect(oci.status).toBe(404);
  expect(oci.json.code).toBe('NotAuthorizedOrNotFound');
  const mlflow = await call(handler, 'experiments/restore', { experiment_id: '42' }, 'mlflow');
  expect(mlflow.status).toBe(404);
  expect(mlflow.json.error_code).toBe('RESOURCE_DOES_NOT_EXIST');
});
