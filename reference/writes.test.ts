import { expect, test } from '@playwright/test';
import { createReferenceHandler } from './handler';
import type { Profile } from './model';
import { call, endpointUrl, send } from './test-support';

async function withRun(profile: Profile = 'oci') {
  const handler = createReferenceHandler();
  const experimentId: string = (await call(handler, 'experiments/create', { name: 'w' }, profile)).json.experiment_id;
  const runId: string = (await call(handler, 'runs/create', { experiment_id: experimentId, start_time: 1 }, profile)).json.run.info.run_id;
  return { handler, experimentId, runId };
}

test('experiments/create: ids are increasing integer strings; a duplicate name is 400 in both profiles', async () => {
  const handler = createReferenceHandler();
  expect((await call(handler, 'experiments/create', { name: 'a' })).json).toEqual({ experiment_id: '1' });
  expect((await call(handler, 'experiments/create', { name: 'b' })).json).toEqual({ experiment_id: '2' });
  const oci = await call(handler, 'experiments/create', { name: 'a' });
  expect([oci.status, oci.json.code]).toEqual([400, 'InvalidParameter']);
  const mlflow = await call(handler, 'experiments/create', { name: 'a' }, 'mlflow');
  expect([mlflow.status, mlflow.json.error_code]).toEqual([400, 'RESOURCE_ALREADY_EXISTS']);
  expect((await call(handler, 'experiments/create', {})).status).toBe(400);
});

test('experiments/search sweeps by name prefix, pages, and honours view_type', async () => {
  const handler = createReferenceHandler();
  for (const name of ['rsc-1', 'rsc-2', 'rsc-3', 'other']) await call(handler, 'experiments/create', { name });
  await call(handler, 'experiments/delete', { experiment_id: '3' });
  const first = await call(handler, 'experiments/search', { filter: "name LIKE 'rsc-%'", max_results: 1 });
  expect(first.json.experiments.map((e: any) => e.name)).toEqual(['rsc-1']);
  const second = await call(handler, 'experiments/search', { filter: "name LIKE 'rsc-%'", max_results: 1, page_token: first.json.next_page_token });
  expect(second.json.experiments.map((e: any) => e.name)).toEqual(['rsc-2']);
  expect(second.json.next_page_token).toBeUndefined();
  const deleted = await call(handler, 'experiments/search', { filter: "name = 'rsc-3'", view_type: 'DELETED_ONLY' });
  expect(deleted.json.experiments).toEqual([expect.objectContaining({ experiment_id: '3', lifecycle_stage: 'deleted' })]);
  expect((await call(handler, 'experiments/search', { filter: "name = 'none'" }, 'mlflow')).text).toBe('{}');
  expect((await call(handler, 'experiments/search', { filter: 'name OR 1' })).status).toBe(400);
});

test('experiments/get-by-name: unknown name is 404', async () => {
  const handler = createReferenceHandler();
  const answer = await send(handler, `${endpointUrl(handler, 'mlflow', 'experiments/get-by-name')}?experiment_name=nope`);
  expect([answer.status, answer.json.error_code]).toEqual([404, 'RESOURCE_DOES_NOT_EXIST']);
});

test('runs/create returns {run:{info,data}} with MLflow defaults; unknown experiment is 404', async () => {
  const { handler, experimentId } = await withRun();
  const created = await call(handler, 'runs/create', {
    experiment_id: experimentId,
    start_time: 7,
    run_name: 'named',
    user_id: 'me',
    tags: [{ key: 'k', value: 'v' }],
  });
  expect(created.json.run.info).toMatchObject({
    run_name: 'named',
    experiment_id: experimentId,
    user_id: 'me',
    status: 'RUNNING',
    start_time: 7,
    lifecycle_stage: 'active',
  });
  expect(created.json.run.info.run_uuid).toBe(created.json.run.info.run_id);
  expect(created.json.run.data.tags).toEqual([{ key: 'k', value: 'v' }, { key: 'mlflow.runName', value: 'named' }]);
  expect((await call(handler, 'runs/create', { experiment_id: '99', start_time: 1 })).status).toBe(404);
});

test('runs/update returns {run_info}; a bad status is 400; an unknown run is 404', async () => {
  const { handler, runId } = await withRun();
  const updated = await call(handler, 'runs/update', { run_id: runId, status: 'KILLED', end_time: 3, run_name: 'renamed' });
  expect(updated.json.run_info).toMatchObject({ run_id: runId, status: 'KILLED', end_time: 3, run_name: 'renamed' });
  expect((await call(handler, 'runs/update', { run_id: runId, status: 'DONE' })).status).toBe(400);
  expect((await call(handler, 'runs/update', { run_id: 'a'.repeat(32), status: 'KILLED' })).status).toBe(404);
});

const LOG_BATCH_REJECTIONS: [string, Record<string, unknown>][] = [
  ['a metric without timestamp', { metrics: [{ key: 'm', value: 1 }] }],
  ['a metric with a string value', { metrics: [{ key: 'm', value: 'one', timestamp: 1 }] }],
  ['a param without key', { params: [{ value: 'v' }] }],
  ['the same param twice with different values', { params: [{ key: 'p', value: 'a' }, { key: 'p', value: 'b' }] }],
  ['101 params', { params: Array.from({ length: 101 }, (_, i) => ({ key: `p${i}`, value: 'v' })) }],
  ['1001 metrics', { metrics: Array.from({ length: 1001 }, () => ({ key: 'm', value: 1, timestamp: 1 })) }],
];

for (const [title, batch] of LOG_BATCH_REJECTIONS) {
  test(`runs/log-batch rejects ${title} with 400`, async () => {
    const { handler, runId } = await withRun();
    expect((await call(handler, 'runs/log-batch', { run_id: runId, ...batch })).status).toBe(400);
  });
}

test('runs/log-batch: re-logging a param with another value is 400, the same value is fine', async () => {
  const { handler, runId } = await withRun();
  const log = (value: string) => call(handler, 'runs/log-batch', { run_id: runId, params: [{ key: 'p', value }] });
  expect((await log('a')).status).toBe(200);
  expect((await log('a')).status).toBe(200);
  expect((await log('b')).status).toBe(400);
});

test('runs/log-batch: writes to a deleted run are 400', async () => {
  const { handler, runId } = await withRun();
  await call(handler, 'runs/delete', { run_id: runId });
  const answer = await call(handler, 'runs/log-batch', { run_id: runId, tags: [{ key: 't', value: 'v' }] });
  expect([answer.status, answer.json.code]).toEqual([400, 'InvalidParameter']);
});

test('runs/log-batch accepts NaN and infinities as protobuf JSON strings and returns them so', async () => {
  const { handler, runId } = await withRun('mlflow');
  const metrics = ['NaN', 'Infinity', '-Infinity'].map((value, i) => ({ key: `m${i}`, value, timestamp: 1 }));
  expect((await call(handler, 'runs/log-batch', { run_id: runId, metrics }, 'mlflow')).status).toBe(200);
  const run = await send(handler, `${endpointUrl(handler, 'mlflow', 'runs/get')}?run_id=${runId}`);
  expect(run.json.run.data.metrics.map((m: any) => m.value)).toEqual(['NaN', 'Infinity', '-Infinity']);
});

test('runs/get: unknown run is 404; the mlflow profile omits empty repeated fields', async () => {
  const { handler, runId } = await withRun('mlflow');
  const url = endpointUrl(handler, 'mlflow', 'runs/get');
  const run = await send(handler, `${url}?run_id=${runId}`);
  expect(run.json.run.data).toEqual({ tags: [{ key: 'mlflow.runName', value: expect.any(String) }] });
  expect(run.json.run.inputs).toEqual({});
  expect((await send(handler, `${url}?run_id=nope`)).status).toBe(404);
});
