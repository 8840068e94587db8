import { expect, test } from '@playwright/test';
import type { AuthConfig } from './auth';
import { createReferenceHandler } from './handler';
import type { Profile } from './model';
import { call, ORIGIN, send } from './test-support';

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

const AUTH_CASES: [AuthConfig, string, string[]][] = [
  [{ kind: 'bearer', token: 's3cret' }, 'Bearer s3cret', ['', 'Bearer wrong', 'Bearer s3cret2', 'Basic s3cret', 'bearer']],
  [{ kind: 'basic', username: 'u', password: 'p' }, basic('u', 'p'), ['', basic('u', 'x'), basic('x', 'p'), 'Bearer p']],
];

for (const profile of ['oci', 'mlflow'] as Profile[]) {
  for (const [config, good, bad] of AUTH_CASES) {
    test(`${profile}, ${config.kind} auth: missing or wrong credentials → 401 with the profile's body; right ones → 200`, async () => {
      const handler = createReferenceHandler({ auth: config });
      expect((await call(handler, 'runs/search', {}, profile, { authorization: good })).status).toBe(200);
      for (const authorization of bad) {
        const answer = await call(handler, 'runs/search', {}, profile, authorization ? { authorization } : {});
        expect(answer.status, authorization).toBe(401);
        expect(answer.json).toEqual(
          profile === 'oci'
            ? { code: 'NotAuthenticated', message: expect.any(String) }
            : { error_code: 'UNAUTHENTICATED', message: expect.any(String) },
        );
        expect(answer.headers.get('www-authenticate')).toBeTruthy();
      }
    });
  }
}

test('auth is checked before the workspace, so an unknown workspace without credentials is 401', async () => {
  const handler = createReferenceHandler({ auth: { kind: 'bearer', token: 't' } });
  const answer = await send(handler, `${ORIGIN}/20260430/aiDataPlatforms/x/workspaces/y/mlops/api/2.0/mlflow/runs/search`, { method: 'POST' });
  expect(answer.status).toBe(401);
});

test('rate limit: requests beyond the window are 429 with the body and Retry-After; the next window admits again', async () => {
  let now = 1_000_000;
  const handler = createReferenceHandler({ rateLimit: { requests: 3, perMs: 10_000 }, now: () => now });
  for (let i = 0; i < 3; i++) expect((await call(handler, 'runs/search', {})).status).toBe(200);
  now += 2_500;
  const limited = await call(handler, 'runs/search', {});
  expect(limited.status).toBe(429);
  expect(limited.json).toEqual({ code: 'TooManyRequests', message: expect.any(String) });
  expect(limited.headers.get('retry-after')).toBe('8');
  expect(limited.headers.get('opc-request-id')).toBeTruthy();
  const mlflow = await call(handler, 'runs/search', {}, 'mlflow');
  expect([mlflow.status, mlflow.json.error_code]).toEqual([429, 'REQUEST_LIMIT_EXCEEDED']);
  expect((await send(handler, `${ORIGIN}/health`)).status).toBe(200);
  now += 7_500;
  expect((await call(handler, 'runs/search', {})).status).toBe(200);
});

test('without auth or rate limit configured, nothing is refused', async () => {
  const handler = createReferenceHandler();
  for (let i = 0; i < 50; i++) expect((await call(handler, 'runs/search', {})).status).toBe(200);
});
