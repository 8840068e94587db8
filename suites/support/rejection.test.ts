/** checkStatus400 and checkErrorBody on real answers of the in-process reference server. */
import { expect, test } from '@playwright/test';
import { SearchClient, type ApiResponse } from '../../src/client';
import { loadTarget } from '../../src/config';
import { beginRecording, CheckFailed, endRecording, type FailureOutcome } from '../../src/outcome';
import { createReferenceHandler, createReferenceServer, listen, type Listening } from '../../reference';
import { checkErrorBody, checkStatus400 } from './rejection';

let server: Listening;
test.beforeAll(async () => {
  server = await listen(createReferenceServer(createReferenceHandler({})));
});
test.afterAll(async () => server.close());

/** The failure a check records in a test of `declared` (undefined: it passed). */
function failureOf(declared: string, fn: () => void): FailureOutcome | undefined {
  beginRecording([declared]);
  try {
    fn();
  } catch (error) {
    if (!(error instanceof CheckFailed)) throw error;
  }
  const [outcome, ...more] = endRecording();
  expect(more).toEqual([]);
  return outcome?.kind === 'failure' ? outcome : undefined;
}

test.describe('rejections, against the reference server', () => {
  let bad: ApiResponse;
  let good: ApiResponse;
  test.beforeAll(async ({ playwright }) => {
    const request = await playwright.request.newContext();
    const client = new SearchClient(request, loadTarget({ TARGET_URL: server.url, SUITE_SEED: '1' }));
    bad = await client.searchRuns({ experiment_ids: ['0'], filter: 'metrics.a >' }, { validate: false });
    good = await client.searchRuns({ experiment_ids: ['0'], max_results: 1 }, { validate: false });
    await request.dispose();
  });

  test('checkStatus400: a 400 passes; a 200 fails the test requirement, with the answer it had to be for replay', () => {
    expect(bad.status).toBe(400);
    expect(failureOf('FILTER-INVALID-400', () => checkStatus400(bad, 'the filter "metrics.a >"'))).toBeUndefined();
    const failure = failureOf('FILTER-INVALID-400', () => checkStatus400(good, 'the filter "metrics.a >"'));
    expect(failure).toMatchObject({
      requirement: 'FILTER-INVALID-400',
      check: 'status 400 (got 200)',
      signature: 'FILTER-INVALID-400 | status 400 (got 200)',
      summary: 'the filter "metrics.a >" must be rejected with 400',
      expected: 400,
      response: { status: [400] },
    });
    expect(String(failure!.received)).toMatch(/^200 \{/);
    expect(failureOf('ERR-400-SCHEMA', () => checkStatus400(good, 'ORDER-INVALID-400', 'x'))?.requirement).toBe('ORDER-INVALID-400');
  });

  test("checkErrorBody: the reference's 400 carries the oci error body, not the mlflow one", () => {
    expect(failureOf('ERR-400-SCHEMA', () => checkErrorBody(bad, 'oci', 'an unparseable filter'))).toBeUndefined();
    const failure = failureOf('ERR-400-SCHEMA', () => checkErrorBody(bad, 'mlflow', 'an unparseable filter'));
    expect(failure).toMatchObject({
      requirement: 'ERR-400-SCHEMA',
      check: 'error body',
      signature: 'ERR-400-SCHEMA | error body',
      summary: 'the HTTP 400 for an unparseable filter must carry the mlflow error body',
      response: { status: [400], errorBody: true },
    });
    expect((failure!.received as string[]).at(-1)).toBe(bad.text.slice(0, 300));
  });

  test('checkErrorBody: a body that is not JSON fails, named or not', () => {
    const html: ApiResponse = { ...bad, status: 500, text: '<html>oops</html>', json: undefined };
    const failure = failureOf('ERR-5XX-SCHEMA', () => checkErrorBody(html, 'oci', 'a 500'));
    expect(failure).toMatchObject({ requirement: 'ERR-5XX-SCHEMA', check: 'error body', response: { status: [500], errorBody: true } });
    expect((failure!.received as string[])[0]).toContain('the body is not JSON');
    expect(failureOf('ERR-NO-5XX', () => checkErrorBody(html, 'oci', 'ERR-5XX-SCHEMA', 'a 500'))?.requirement).toBe('ERR-5XX-SCHEMA');
  });
});
