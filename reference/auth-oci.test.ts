import { expect, test } from '@playwright/test';
import { createHash, sign } from 'node:crypto';
import * as common from 'oci-common';
import { generateRsaKeyPair, ociFingerprint } from './auth-credentials';
import { createReferenceHandler, type ReferenceHandler } from './handler';
import type { Profile } from './model';
import { parseSignatureHeader } from './oci-signature';
import { endpointUrl, send, type Answer } from './test-support';

const KEYS = generateRsaKeyPair();
const OTHER_KEYS = generateRsaKeyPair();
const TENANCY = 'ocid1.tenancy.oc1..rsctest';
const USER = 'ocid1.user.oc1..rsctest';
const KEY_ID = `${TENANCY}/${USER}/${ociFingerprint(KEYS.publicKeyPem)}`;
const BODY = JSON.stringify({ experiment_ids: ['1'], max_results: 5 });

function handlerWithKey(now?: () => number): ReferenceHandler {
  return createReferenceHandler({ auth: { kind: 'oci', keys: { [KEY_ID]: KEYS.publicKeyPem } }, ...(now ? { now } : {}) });
}

/** Signs as the OCI TypeScript SDK does (the signer every OCI client uses). */
async function sdkSigned(
  url: string,
  { method = 'POST', body = BODY, headers = {}, privateKeyPem = KEYS.privateKeyPem }: { method?: string; body?: string; headers?: Record<string, string>; privateKeyPem?: string } = {},
): Promise<Record<string, string>> {
  const provider = new common.SimpleAuthenticationDetailsProvider(TENANCY, USER, ociFingerprint(KEYS.publicKeyPem), privateKeyPem, null);
  const request: common.HttpRequest = {
    method: method as common.Method,
    uri: url,
    headers: new Headers({ 'content-type': 'application/json', ...headers }),
    ...(method === 'POST' ? { body } : {}),
  };
  await new common.DefaultRequestSigner(provider).signHttpRequest(request);
  const signed: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    signed[name] = value;
  });
  return signed;
}

/** An independent signer with full control over what is signed, for the cases the SDK never produces. */
function manuallySigned(url: string, names: string[], headers: Record<string, string>, extra: Record<string, string> = {}): Record<string, string> {
  const target = new URL(url);
  const lines = names.map((name) => (name === '(request-target)' ? `(request-target): post ${target.pathname}${target.search}` : `${name}: ${headers[name]}`));
  const signature = sign('sha256', Buffer.from(lines.join('\n')), KEYS.privateKeyPem).toString('base64');
  const params = { version: '1', keyId: KEY_ID, algorithm: 'rsa-sha256', headers: names.join(' '), signature, ...extra };
  const authorization = `Signature ${Object.entries(params).map(([k, v]) => `${k}="${v}"`).join(',')}`;
  return { ...headers, authorization };
}

function bodyHeaders(url: string, body = BODY, date = new Date()): Record<string, string> {
  return {
    host: new URL(url).host,
    'x-date': date.toUTCString(),
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    'x-content-sha256': createHash('sha256').update(body).digest('base64'),
  };
}

const post = (handler: ReferenceHandler, url: string, headers: Record<string, string>, body = BODY): Promise<Answer> =>
  send(handler, url, { method: 'POST', headers, body });

function expect401(answer: Answer, profile: Profile, reason: RegExp): void {
  expect(answer.status, answer.text).toBe(401);
  expect(answer.json).toEqual(
    profile === 'oci'
      ? { code: 'NotAuthenticated', message: expect.stringMatching(reason) }
      : { error_code: 'UNAUTHENTICATED', message: expect.stringMatching(reason) },
  );
  expect(answer.headers.get('www-authenticate')).toMatch(/^Signature /);
}

const tamper = (authorization: string) =>
  authorization.replace(/signature="(.)/, (_m, first: string) => `signature="${first === 'A' ? 'B' : 'A'}`);

for (const profile of ['oci', 'mlflow'] as Profile[]) {
  test.describe(`${profile} profile, OCI request signatures`, () => {
    const handler = handlerWithKey();
    const url = endpointUrl(handler, profile, 'runs/search');

    test('a POST signed by oci-common is admitted; so is a signed GET', async () => {
      expect((await post(handler, url, await sdkSigned(url))).status).toBe(200);
      const get = endpointUrl(handler, profile, 'experiments/get?experiment_id=1');
      const answer = await send(handler, get, { headers: await sdkSigned(get, { method: 'GET' }) });
      expect(answer.status, answer.text).toBe(404);
    });

    test('no Authorization header, or another scheme: 401', async () => {
      expect401(await post(handler, url, { 'content-type': 'application/json' }), profile, /not an OCI signature/);
      expect401(await post(handler, url, { 'content-type': 'application/json', authorization: 'Bearer x' }), profile, /not an OCI signature/);
    });

    test('a tampered signature: 401', async () => {
      const headers = await sdkSigned(url);
      expect401(await post(handler, url, { ...headers, authorization: tamper(headers.authorization!) }), profile, /does not verify/);
    });

    test('a body other than the one signed (same length): 401 for x-content-sha256', async () => {
      const other = BODY.replace('"1"', '"2"');
      expect(other.length).toBe(BODY.length);
      expect401(await post(handler, url, await sdkSigned(url), other), profile, /x-content-sha256 does not match/);
    });

    test('a body and x-content-sha256 both changed after signing: 401 for the signature', async () => {
      const other = BODY.replace('"1"', '"2"');
      const headers = { ...(await sdkSigned(url)), 'x-content-sha256': createHash('sha256').update(other).digest('base64') };
      expect401(await post(handler, url, headers, other), profile, /does not verify/);
    });

    test('an x-date ten minutes old or ahead: 401', async () => {
      for (const offset of [-10 * 60_000, 10 * 60_000]) {
        const headers = await sdkSigned(url, { headers: { 'x-date': new Date(Date.now() + offset).toUTCString() } });
        expect401(await post(handler, url, headers), profile, /from the server's clock/);
      }
    });

    test('a key the server does not hold under that keyId, or an unknown keyId: 401', async () => {
      expect401(await post(handler, url, await sdkSigned(url, { privateKeyPem: OTHER_KEYS.privateKeyPem })), profile, /does not verify/);
      const headers = await sdkSigned(url);
      const unknown = headers.authorization!.replace(/keyId="[^"]*"/, `keyId="${TENANCY}/${USER}/00:11"`);
      expect401(await post(handler, url, { ...headers, authorization: unknown }), profile, /keyId is not known/);
    });

    test('a signature made for another path or another host: 401', async () => {
      const elsewhere = endpointUrl(handler, profile, 'runs/create');
      expect401(await post(handler, url, await sdkSigned(elsewhere)), profile, /does not verify/);
      const headers = await sdkSigned(url);
      expect401(await post(handler, url, { ...headers, host: 'other.example.test' }), profile, /does not verify/);
    });
  });
}

test.describe('what a signature must cover', () => {
  const handler = handlerWithKey();
  const url = endpointUrl(handler, 'oci', 'runs/search');
  const all = ['(request-target)', 'host', 'x-date', 'content-type', 'content-length', 'x-content-sha256'];

  test('the independent signer is accepted, with x-date or with date (the Python SDK signs date)', async () => {
    expect((await post(handler, url, manuallySigned(url, all, bodyHeaders(url)))).status).toBe(200);
    const { 'x-date': date, ...rest } = bodyHeaders(url);
    const withDate = { ...rest, date: date! };
    expect((await post(handler, url, manuallySigned(url, all.map((n) => (n === 'x-date' ? 'date' : n)), withDate))).status).toBe(200);
  });

  for (const left of all) {
    test(`a POST whose signature leaves out ${left}: 401`, async () => {
      const answer = await post(handler, url, manuallySigned(url, all.filter((n) => n !== left), bodyHeaders(url)));
      expect(answer.status).toBe(401);
    });
  }

  test('version other than "1", another algorithm, a malformed header: 401', async () => {
    expect((await post(handler, url, manuallySigned(url, all, bodyHeaders(url), { version: '2' }))).status).toBe(401);
    expect((await post(handler, url, manuallySigned(url, all, bodyHeaders(url), { algorithm: 'hmac-sha256' }))).status).toBe(401);
    const good = manuallySigned(url, all, bodyHeaders(url));
    expect((await post(handler, url, { ...good, authorization: `${good.authorization} trailing` })).status).toBe(401);
  });

  test('a content-length that is not the body length: 401', async () => {
    const headers = { ...bodyHeaders(url), 'content-length': String(BODY.length + 1) };
    expect((await post(handler, url, manuallySigned(url, all, headers))).status).toBe(401);
  });

  test('the five-minute window: 4 min old is admitted, 6 min old is not (injected clock)', async () => {
    const signedAt = Date.parse(new Date().toUTCString());
    let now = signedAt + 4 * 60_000;
    const clocked = handlerWithKey(() => now);
    const clockedUrl = endpointUrl(clocked, 'oci', 'runs/search');
    const headers = manuallySigned(clockedUrl, all, bodyHeaders(clockedUrl, BODY, new Date(signedAt)));
    expect((await post(clocked, clockedUrl, headers)).status).toBe(200);
    now = signedAt + 6 * 60_000;
    expect((await post(clocked, clockedUrl, headers)).status).toBe(401);
  });
});

test('parseSignatureHeader reads the parameters and refuses repeats and garbage', () => {
  expect(parseSignatureHeader('Signature version="1",keyId="a/b/c",headers="x-date host"')).toEqual({ version: '1', keyId: 'a/b/c', headers: 'x-date host' });
  expect(parseSignatureHeader('Signature a="1",a="2"')).toMatch(/repeated/);
  expect(parseSignatureHeader('Signature a="1" b="2"')).toMatch(/malformed/);
  expect(parseSignatureHeader('Signature constructor="1"')).toEqual({ constructor: '1' });
  expect(parseSignatureHeader('Basic abc')).toMatch(/not an OCI signature/);
});
