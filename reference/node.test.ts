import { expect, test } from '@playwright/test';
import { createReferenceHandler } from './handler';
import { createReferenceServer, listen } from './node';
import { ociBasePath } from './routes';
import { startReference } from './start';

test('the node adapter serves the handler over loopback: bytes, status, headers, int64 exactness', async () => {
  const handler = createReferenceHandler();
  const server = await listen(createReferenceServer(handler));
  try {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const base = `${server.url}${ociBasePath(handler.platformId, handler.workspaceKey)}/api/2.0/mlflow`;
    const post = (endpoint: string, body: string) =>
      fetch(`${base}/${endpoint}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const experimentId = ((await (await post('experiments/create', '{"name":"n"}')).json()) as any).experiment_id;
    const created = await post('runs/create', `{"experiment_id":"${experimentId}","start_time":9007199254740993}`);
    expect(created.status).toBe(200);
    const found = await post('runs/search', `{"experiment_ids":["${experimentId}"]}`);
    expect(found.headers.get('opc-request-id')).toBeTruthy();
    expect(found.headers.get('content-type')).toBe('application/json');
    expect(await found.text()).toContain('"start_time":9007199254740993');
    const health = await fetch(`${server.url}/health`);
    expect([health.status, await health.text()]).toEqual([200, 'OK']);
    const wrong = await fetch(`${server.url}//api/2.0/mlflow/runs/search`, { method: 'POST' });
    expect(wrong.status).toBe(404);
  } finally {
    await server.close();
  }
});

test('createReferenceServer builds from options, and listen/close can repeat on free ports', async () => {
  for (let i = 0; i < 2; i++) {
    const server = await listen(createReferenceServer({ auth: { kind: 'bearer', token: 't' } }), { port: 0 });
    const denied = await fetch(`${server.url}/api/2.0/mlflow/runs/search`, { method: 'POST', body: '{}' });
    expect(denied.status).toBe(401);
    await server.close();
  }
});

test('startReference serves options or a given handler on a free loopback port, and hands the handler back', async () => {
  const fromOptions = await startReference({ auth: { kind: 'bearer', token: 't' } });
  const handler = createReferenceHandler();
  const fromHandler = await startReference(handler, { host: '127.0.0.1' });
  try {
    expect(fromOptions.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${fromOptions.url}/api/2.0/mlflow/runs/search`, { method: 'POST', body: '{}' })).status).toBe(401);
    expect(fromHandler.handler).toBe(handler);
    handler.store.createExperiment('seen-over-http');
    const found = await fetch(`${fromHandler.url}/api/2.0/mlflow/experiments/get-by-name?experiment_name=seen-over-http`);
    expect(found.status).toBe(200);
  } finally {
    await fromOptions.close();
    await fromHandler.close();
  }
});

test('TRACE, which a WHATWG Request cannot carry, gets 405 with the error body, not 500', async () => {
  const { request } = await import('node:http');
  const started = await listen(createReferenceServer({}), { port: 0, host: '127.0.0.1' });
  try {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${started.url}/api/2.0/mlflow/runs/search`, { method: 'TRACE' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(405);
  } finally {
    await started.close();
  }
});
