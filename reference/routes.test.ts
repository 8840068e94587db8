import { expect, test } from '@playwright/test';
import { createReferenceHandler } from './handler';
import type { Profile } from './model';
import { call, endpointUrl, ORIGIN, send } from './test-support';

const PROFILES: Profile[] = ['oci', 'mlflow'];

test('GET /health answers 200 OK without auth', async () => {
  const handler = createReferenceHandler({ auth: { kind: 'bearer', token: 't' } });
  const answer = await send(handler, `${ORIGIN}/health`);
  expect(answer.status).toBe(200);
  expect(answer.text).toBe('OK');
});

for (const profile of PROFILES) {
  test(`${profile}: every endpoint answers in sequence (create, log, update, get, search, delete, restore)`, async () => {
    const handler = createReferenceHandler();
    const get = (endpoint: string, query: string) => send(handler, `${endpointUrl(handler, profile, endpoint)}?${query}`);
    const created = await call(handler, 'experiments/create', { name: 'exp' }, profile);
    expect(created.status).toBe(200);
    const experimentId: string = created.json.experiment_id;
    expect(experimentId).toBe('1');
    expect((await get('experiments/get', `experiment_id=${experimentId}`)).json.experiment.name).toBe('exp');
    expect((await get('experiments/get-by-name', 'experiment_name=exp')).json.experiment.experiment_id).toBe('1');

    const run = await call(handler, 'runs/create', { experiment_id: experimentId, start_time: 5, run_name: 'r', user_id: 'u' }, profile);
    expect(run.status).toBe(200);
    const runId: string = run.json.run.info.run_id;
    expect(runId).toMatch(/^[0-9a-f]{32}$/);
    const writes: [string, Record<string, unknown>][] = [
      ['runs/log-batch', { run_id: runId, metrics: [{ key: 'm', value: 1, timestamp: 1, step: 0 }], params: [{ key: 'p', value: 'v' }] }],
      ['runs/log-metric', { run_id: runId, key: 'm2', value: 2, timestamp: 1 }],
      ['runs/log-parameter', { run_id: runId, key: 'p2', value: 'v2' }],
      ['runs/set-tag', { run_id: runId, key: 't', value: 'x' }],
      ['runs/update', { run_id: runId, status: 'FINISHED', end_time: 9 }],
    ];
    for (const [endpoint, body] of writes) expect((await call(handler, endpoint, body, profile)).status, endpoint).toBe(200);

    const fetched = await get('runs/get', `run_id=${runId}`);
    expect(fetched.json.run.info).toMatchObject({ status: 'FINISHED', end_time: 9, start_time: 5, user_id: 'u' });
    expect(fetched.json.run.data.params).toEqual([{ key: 'p', value: 'v' }, { key: 'p2', value: 'v2' }]);

    const found = await call(handler, 'runs/search', { experiment_ids: [experimentId] }, profile);
    expect(found.json.runs.map((r: any) => r.info.run_id)).toEqual([runId]);
    expect((await call(handler, 'runs/delete', { run_id: runId }, profile)).status).toBe(200);
    expect((await call(handler, 'runs/restore', { run_id: runId }, profile)).status).toBe(200);
    expect((await call(handler, 'experiments/delete', { experiment_id: experimentId }, profile)).status).toBe(200);
    expect((await call(handler, 'experiments/restore', { experiment_id: experimentId }, profile)).status).toBe(200);
    const listed = await call(handler, 'experiments/search', { filter: "name LIKE 'ex%'" }, profile);
    expect(listed.json.experiments.map((e: any) => e.name)).toEqual(['exp']);
  });
}

const ERROR_CASES: { title: string; url: (h: ReturnType<typeof createReferenceHandler>) => string; method: string; status: number; oci: string; mlflow: string }[] = [
  { title: 'unknown endpoint', url: (h) => endpointUrl(h, 'oci', 'runs/nope'), method: 'POST', status: 404, oci: 'NotAuthorizedOrNotFound', mlflow: 'ENDPOINT_NOT_FOUND' },
  { title: 'wrong method', url: (h) => endpointUrl(h, 'oci', 'runs/search'), method: 'GET', status: 405, oci: 'MethodNotAllowed', mlflow: 'BAD_REQUEST' },
];

for (const profile of PROFILES) {
  for (const row of ERROR_CASES) {
    test(`${profile}: ${row.title} → ${row.status} with the profile's error body`, async () => {
      const handler = createReferenceHandler();
      const url = row.url(handler).replace(endpointUrl(handler, 'oci', ''), endpointUrl(handler, profile, ''));
      const answer = await send(handler, url, { method: row.method });
      expect(answer.status).toBe(row.status);
      expect(answer.headers.get('content-type')).toBe('application/json');
      const code = profile === 'oci' ? row.oci : row.mlflow;
      expect(answer.json).toEqual(profile === 'oci' ? { code, message: expect.any(String) } : { error_code: code, message: expect.any(String) });
    });
  }
}

const UNKNOWN_PATHS = [
  '/20260430/aiDataPlatforms/ocid1.aidataplatform.oc1..other/workspaces/reference-workspace/mlops/api/2.0/mlflow/runs/search',
  '/20260430/aiDataPlatforms/ocid1.aidataplatform.oc1..reference/workspaces/other/mlops/api/2.0/mlflow/runs/search',
  '/20260430/aiDataPlatforms/ocid1.aidataplatform.oc1..reference/workspaces/reference-workspace/mlops/api/2.0/mlflow/runs/search/',
  '/20260430/somewhere',
];

for (const path of UNKNOWN_PATHS) {
  test(`${path} → 404 NotAuthorizedOrNotFound with opc-request-id`, async () => {
    const answer = await send(createReferenceHandler(), `${ORIGIN}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ code: 'NotAuthorizedOrNotFound', message: expect.any(String) });
    expect(answer.headers.get('opc-request-id')).toMatch(/^[A-Za-z0-9_-]+$/);
  });
}

test('mlflow profile: unknown path → 404 ENDPOINT_NOT_FOUND, no opc-* headers', async () => {
  const answer = await send(createReferenceHandler(), `${ORIGIN}/api/2.0/other`, { method: 'POST' });
  expect(answer.status).toBe(404);
  expect(answer.json.error_code).toBe('ENDPOINT_NOT_FOUND');
  expect([...headerNames(answer.headers)].filter((name) => name.startsWith('opc-'))).toEqual([]);
});

test('oci responses carry a fresh, valid opc-request-id each time', async () => {
  const handler = createReferenceHandler();
  const ids = new Set<string>();
  for (let i = 0; i < 5; i++) {
    const answer = await call(handler, 'runs/search', { experiment_ids: [] }, 'oci', { 'opc-request-id': 'client-1' });
    const id = answer.headers.get('opc-request-id') ?? '';
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    ids.add(id);
  }
  expect(ids.size).toBe(5);
});

test('dh-user-principal is accepted and ignored', async () => {
  const handler = createReferenceHandler();
  const answer = await call(handler, 'runs/search', {}, 'oci', { 'dh-user-principal': 'someone@example.com' });
  expect(answer.status).toBe(200);
});

function headerNames(headers: Headers): string[] {
  const found: string[] = [];
  headers.forEach((_, name) => found.push(name));
  return found;
}

for (const profile of PROFILES) {
  test(`${profile}: an unexpected failure is a 500 with the profile's error body, never a bare crash`, async () => {
    const reported: unknown[] = [];
    const handler = createReferenceHandler({
      onUnexpectedError: (error) => reported.push(error),
      behaviour: {
        parseFilter: () => {
          throw new Error('deliberate failure (expected in this test)');
        },
      },
    });
    const answer = await call(handler, 'runs/search', {}, profile);
    expect(answer.status).toBe(500);
    expect(reported).toHaveLength(1);
    expect(answer.json).toEqual(
      profile === 'oci'
        ? { code: 'InternalServerError', message: expect.any(String) }
        : { error_code: 'INTERNAL_ERROR', message: expect.any(String) },
    );
  });
}
