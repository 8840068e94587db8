import { expect, test } from '@playwright/test';
import type { Exchange } from '../../src/client';
import { loadTarget } from '../../src/config';
import type { TestEvidence } from '../evidence';
import { runInfoOf } from '../run-info';
import { buildCase, grepFor } from './build';
import { differences } from './expectation';
import { CASE_FORMAT, parseCase } from './format';
import { replayEnvironment } from './replay-environment';

const info = runInfoOf(loadTarget({ SUITE_SEED: '7', SUITE_TIER: 'smoke', TARGET_URL: 'http://staging.example.test/prefix' }), 'h');
const BASE = 'http://staging.example.test/prefix/20260430/aiDataPlatforms/ocid1.aidataplatform.oc1..reference/workspaces/reference-workspace/mlops/api/2.0/mlflow';
const ERROR_BODY = '{"code":"InvalidParameter","message":"bad"}';

function exchange(url: string, status: number, body: string): Exchange {
  return {
    requestId: 'rsc-7-w0-1',
    request: { method: 'POST', url, headers: { 'opc-request-id': 'rsc-7-w0-1', authorization: '[REDACTED]', 'content-type': 'application/json' }, body: '{"experiment_ids":["1"],"order_by":["a SIDEWAYS"]}' },
    response: { status, headers: { 'content-type': 'application/json' }, body },
    durationMs: 1,
  };
}

const evidence = (message: string, ...exchanges: Exchange[]): TestEvidence => ({ message, exchanges });
/** Evidence of a check that said one answer decides it (as checkStatus400 and checkErrorBody do). */
const decidedBy = (response: TestEvidence['response'], message: string, ...exchanges: Exchange[]): TestEvidence => ({ message, exchanges, ...(response ? { response } : {}) });
const TEST = { title: 'ORDER-INVALID-400: a bad order_by gets 400', file: 'suites/order/documented.spec.ts', line: 44 };

test.describe('case files', () => {
  test('a rejection that was not rejected replays as a response check, without credentials or request id', () => {
    const kase = buildCase('ORDER-INVALID-400', TEST, decidedBy({ status: [400] }, 'ORDER-INVALID-400: must be 400', exchange(`${BASE}/runs/search`, 200, '{"runs":[]}')), info);
    expect(kase.check).toEqual({ kind: 'response', request: 0, expect: { status: [400] } });
    expect(kase.requests[0]).toEqual({
      endpoint: 'runs/search',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"experiment_ids":["1"],"order_by":["a SIDEWAYS"]}',
      recorded: { status: 200, body: '{"runs":[]}' },
    });
    expect(kase.recorded).toMatchObject({ seed: 7, tier: 'smoke', targetUrl: 'http://staging.example.test/prefix', profile: 'oci' });
    expect(parseCase(JSON.stringify(kase))).toEqual(kase);
  });

  test('a recorded answer that meets the expectation was not the failure: the case re-runs the test', () => {
    const kase = buildCase('ORDER-INVALID-400', TEST, decidedBy({ status: [400] }, 'ORDER-INVALID-400: timed out', exchange(`${BASE}/runs/search`, 400, ERROR_BODY)), info);
    expect(kase.check).toEqual({ kind: 'rerun', location: 'suites/order/documented.spec.ts:44', grep: grepFor(TEST.title) });
  });

  test('a check that carries no response expectation re-runs the test, whatever its id says', () => {
    const semantic = buildCase('ORDER-DEFAULT', { ...TEST, title: 'ORDER-DEFAULT: x' }, evidence('ORDER-DEFAULT: wrong order', exchange(`${BASE}/runs/search`, 200, '{"runs":[]}')), info);
    expect(semantic.check.kind).toBe('rerun');
    expect(semantic.rerun).toBe("SUITE_SEED=7 SUITE_TIER=smoke SUITE_MODE=seed TARGET_PROFILE=oci npx playwright test 'suites/order/documented.spec.ts:44' -g '(^| )ORDER-DEFAULT: x$'");
    const contract = buildCase('ORDER-INVALID-400', TEST, evidence('Error: RESP-SCHEMA: the response breaks the contract', exchange(`${BASE}/runs/search`, 200, '{}')), info);
    expect(contract.check.kind).toBe('rerun');
  });

  test('ERR-404 on an unknown platform keeps the path, and checks the error body too', () => {
    const url = BASE.replace('ocid1.aidataplatform.oc1..reference', 'ocid1.aidataplatform.oc1..nosuch') + '/runs/search';
    const kase = buildCase('ERR-404', { ...TEST, title: 'ERR-404: x' }, decidedBy({ status: [404], errorBody: true }, 'ERR-404: must get 404', exchange(url, 404, 'not json')), info);
    expect(kase.check).toEqual({ kind: 'response', request: 0, expect: { status: [404], errorBody: true } });
    expect(kase.requests[0]!.path).toBe(new URL(url).pathname.slice('/prefix'.length));
  });

  const MALFORMED: Array<[string, (k: Record<string, any>) => void, string]> = [
    ['another format', (k) => (k.format = 'x'), '/format must be "runs-search-conformance/case@1"'],
    ['an unknown field', (k) => (k.extra = 1), '/extra is an unknown field'],
    ['a request index out of range', (k) => (k.check.request = 3), '/check/request points at request 3; the case has 1'],
    ['a request with both endpoint and path', (k) => (k.requests[0].path = '/x'), '/requests/0 needs exactly one of endpoint and path'],
    ['a response check without statuses', (k) => (k.check.expect.status = []), '/check/expect/status must NOT have fewer than 1 items'],
    ['a seed that is not an integer', (k) => (k.recorded.seed = '7'), '/recorded/seed must be integer'],
  ];
  for (const [what, edit, message] of MALFORMED) {
    test(`parseCase rejects ${what}`, () => {
      const kase = JSON.parse(JSON.stringify(buildCase('ORDER-INVALID-400', TEST, decidedBy({ status: [400] }, 'ORDER-INVALID-400: x', exchange(`${BASE}/runs/search`, 200, '{}')), info)));
      expect(kase.format).toBe(CASE_FORMAT);
      edit(kase);
      // One line: the name parseCase was given, the entry, what is wrong.
      expect(() => parseCase(JSON.stringify(kase))).toThrow(`case.json: ${message}`);
    });
  }

  test('grepFor matches the full title at the end of Playwright\'s title path, nothing longer', () => {
    const grep = new RegExp(grepFor('VIEW-INVALID-400: run_view_type "BOGUS" (x) is rejected with 400'));
    expect(grep.test('chromium view-types.spec.ts run_view_type VIEW-INVALID-400: run_view_type "BOGUS" (x) is rejected with 400')).toBe(true);
    expect(grep.test('VIEW-INVALID-400: run_view_type "BOGUS" (x) is rejected with 400')).toBe(true);
    expect(grep.test('run_view_type VIEW-INVALID-400: run_view_type "BOGUS" (x) is rejected with 4000')).toBe(false);
    expect(grep.test('run_view_type XVIEW-INVALID-400: run_view_type "BOGUS" (x) is rejected with 400')).toBe(false);
  });
});

test.describe('judging an answer', () => {
  const ok = { status: 400, headers: { 'content-type': 'application/json' }, text: ERROR_BODY };
  test('meets the expectation', () => {
    expect(differences({ status: [400], errorBody: true }, ok, 'oci')).toEqual([]);
  });
  test('another status', () => {
    expect(differences({ status: [400] }, { ...ok, status: 200, text: '{"runs":[]}' }, 'oci')).toEqual(['status: expected 400, received 200 {"runs":[]}']);
  });
  test('the right status without the error body', () => {
    expect(differences({ status: [400], errorBody: true }, { ...ok, text: '{"error_code":"X","message":"m"}' }, 'oci')[0]).toMatch(/^error body: HTTP 400 Error: /);
  });
});

test.describe('the replay environment', () => {
  const kase = buildCase('ORDER-INVALID-400', TEST, evidence('ORDER-INVALID-400: x', exchange(`${BASE}/runs/search`, 200, '{}')), info);
  test('without TARGET_URL: the recorded target, and the recorded seed, tier and mode', () => {
    expect(replayEnvironment(kase, { SUITE_SEED: '1', SUITE_TIER: 'full' })).toMatchObject({
      TARGET_URL: 'http://staging.example.test/prefix', TARGET_PROFILE: 'oci', TARGET_AUTH: 'none', SUITE_SEED: '7', SUITE_TIER: 'smoke', SUITE_MODE: 'seed',
    });
  });
  test('TARGET_* of the environment choose another target and its credentials', () => {
    const env = replayEnvironment(kase, { TARGET_URL: 'http://other.example.test', TARGET_AUTH: 'bearer', TARGET_TOKEN: 't0ken', TARGET_PROFILE: 'mlflow' });
    expect(env).toMatchObject({ TARGET_URL: 'http://other.example.test', TARGET_AUTH: 'bearer', TARGET_TOKEN: 't0ken', TARGET_PROFILE: 'mlflow', SUITE_SEED: '7' });
  });
  test('a case of the embedded reference server replays on a fresh one, never on an old embedded URL', () => {
    const embedded = { ...kase, recorded: { ...kase.recorded, targetUrl: null } };
    const env = replayEnvironment(embedded, { SUITE_INTERNAL_EMBEDDED_URL: 'http://127.0.0.1:1' });
    expect(env.TARGET_URL).toBeUndefined();
    expect(env.SUITE_INTERNAL_EMBEDDED_URL).toBeUndefined();
  });
});
