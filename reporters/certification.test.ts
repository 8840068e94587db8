/**
 * The certification reporter on tiny inline projects: a config using the reporter, a few tests
 * whose titles name catalogue ids, the real CLI; then the exit code and the bundle it wrote.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadCatalogue } from '../src/catalogue';
import { parseCase } from './cases/format';
import type { CertificationReport } from './report';
import { CERTIFICATION_REPORTER, ROOT, runInlineTest } from './testing/run';

const IDS = ['ORDER-INVALID-400', 'ORDER-DEFAULT', 'ORDER-RUN-ID-ASC'];
const CATALOGUE = stringify({ requirements: loadCatalogue().requirements.filter((r) => IDS.includes(r.id)) });
const CONFIG = `
import { defineConfig } from '@playwright/test';
export default defineConfig({
  workers: 1,
  reporter: [[${JSON.stringify(CERTIFICATION_REPORTER)}, { outputDir: 'out', catalogue: 'catalogue.yaml' }]],
});
`;
const SEARCH_URL = 'http://127.0.0.1:9/20260430/aiDataPlatforms/ocid1.aidataplatform.oc1..reference/workspaces/reference-workspace/mlops/api/2.0/mlflow/runs/search';
const EXCHANGE = {
  requestId: 'rsc-2a-w0-1',
  request: { method: 'POST', url: SEARCH_URL, headers: { 'opc-request-id': 'rsc-2a-w0-1', 'content-type': 'application/json', authorization: '[REDACTED]' }, body: '{"experiment_ids":["1"],"order_by":["metrics.a SIDEWAYS"]}' },
  response: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"runs":[]}' },
  durationMs: 3,
};

function project(spec: string): Record<string, string> {
  return { 'playwright.config.ts': CONFIG, 'catalogue.yaml': CATALOGUE, 'a.spec.ts': `import { test } from '@playwright/test';\n${spec}` };
}

const reportIn = (dir: string) => JSON.parse(readFileSync(join(dir, 'out', 'certification.json'), 'utf8')) as CertificationReport;
const row = (report: CertificationReport, id: string) => report.requirements.find((r) => r.id === id)!;
const ENV = { SUITE_SEED: '42' };

test.describe('certification reporter on inline projects', () => {
  test('every requirement passes: CERTIFIED, exit 0, and the three pages', async () => {
    const result = await runInlineTest(
      project(IDS.map((id) => `test('${id}: holds', () => {});`).join('\n')),
      { env: ENV },
    );
    expect(result.code, result.output).toBe(0);
    const report = reportIn(result.dir);
    expect(report).toMatchObject({ verdict: 'CERTIFIED', reasons: [], seed: 42, shards: 1, counts: { PASS: 3, FAIL: 0 } });
    expect(report.tests).toEqual({ expected: 3, executed: 3, skipped: 0, passed: 3, failed: 0 });
    expect(readFileSync(join(result.dir, 'out', 'certification.md'), 'utf8')).toContain('# Certification: CERTIFIED');
    expect(readFileSync(join(result.dir, 'out', 'certification.html'), 'utf8')).toContain('<header class="verdict CERTIFIED"');
    expect(result.output).toContain('CERTIFIED — 3 PASS');
  });

  test('a failed rejection: FAIL row with evidence, a response case file, exit 1', async () => {
    const result = await runInlineTest(
      project(`
test('ORDER-INVALID-400: order_by "metrics.a SIDEWAYS" gets 400', async ({}, testInfo) => {
  await testInfo.attach('exchanges (redacted)', { contentType: 'application/json', body: ${JSON.stringify(JSON.stringify([EXCHANGE]))} });
  throw new Error('ORDER-INVALID-400: the order_by ["metrics.a SIDEWAYS"] must be rejected with 400\\nReceived: 200\\nExpected: 400');
});
test('ORDER-DEFAULT: holds', () => {});
test('ORDER-RUN-ID-ASC: holds', () => {});`),
      { env: ENV },
    );
    expect(result.code, result.output).toBe(1);
    const report = reportIn(result.dir);
    expect(report.verdict).toBe('NOT_CERTIFIED');
    expect(report.reasons).toEqual(['ORDER-INVALID-400: FAIL (1 of 1 test(s) failed)']);
    const [evidence] = row(report, 'ORDER-INVALID-400').evidence!;
    expect(evidence).toMatchObject({
      test: 'ORDER-INVALID-400: order_by "metrics.a SIDEWAYS" gets 400',
      seed: 42,
      caseFile: 'out/cases/ORDER-INVALID-400-1.json',
      replay: "npm run replay -- 'out/cases/ORDER-INVALID-400-1.json'",
    });
    expect(evidence!.message).toBe('Error: ORDER-INVALID-400: the order_by ["metrics.a SIDEWAYS"] must be rejected with 400\nReceived: 200\nExpected: 400');
    expect(evidence!.exchanges).toHaveLength(1);
    expect(evidence!.curl).toMatch(/^SUITE_SEED=42 curl -sS -i -X POST '.*runs\/search' .*--data-raw '\{"experiment_ids":\["1"\],"order_by":\["metrics.a SIDEWAYS"\]\}'$/);
    expect(evidence!.rerun).toContain(`npx playwright test 'a.spec.ts:3' -g`);

    const kase = parseCase(readFileSync(join(result.dir, evidence!.caseFile), 'utf8'));
    expect(kase.check).toEqual({ kind: 'response', request: 0, expect: { status: [400] } });
    expect(kase.requests[0]).toMatchObject({ endpoint: 'runs/search', method: 'POST', headers: { 'content-type': 'application/json' }, recorded: { status: 200 } });
    expect(kase.requests[0]!.headers).not.toHaveProperty('authorization');

    const md = readFileSync(join(result.dir, 'out', 'certification.md'), 'utf8');
    expect(md).toContain('### ORDER-INVALID-400 — FAIL');
    expect(md).toContain("Replay: `npm run replay -- 'out/cases/ORDER-INVALID-400-1.json'`");
    const html = readFileSync(join(result.dir, 'out', 'certification.html'), 'utf8');
    expect(html).toContain('<details open class="req FAIL" id="req-ORDER-INVALID-400"');
    expect(result.output).toContain("replay ORDER-INVALID-400: npm run replay -- 'out/cases/ORDER-INVALID-400-1.json'");
  });

  test('a failed property: the shrunk counterexample, its path and only its own exchanges', async () => {
    const result = await runInlineTest(
      project(`
import fc from 'fast-check';
import { checkProperty } from ${JSON.stringify(join(ROOT, 'suites/support/property'))};
import { ConformanceFailure } from ${JSON.stringify(join(ROOT, 'suites/support/failure'))};
test('ORDER-DEFAULT: numbers stay below four', async () => {
  const exchanges: any[] = [];
  const client = { exchanges, replayHint: () => 'Replay: SUITE_SEED=42 curl -sS -i -X POST ' + exchanges.at(-1).request.url };
  await checkProperty(fc.integer({ min: 0, max: 1000 }), async (n) => {
    exchanges.push({ requestId: 'r' + exchanges.length, request: { method: 'POST', url: ${JSON.stringify(SEARCH_URL)}, headers: {}, body: JSON.stringify({ max_results: n }) }, response: { status: 200, headers: {}, body: '{"runs":[]}' }, durationMs: 1 });
    if (n >= 4) throw new ConformanceFailure('ORDER-DEFAULT', 'n must stay below 4', { received: n, expected: '< 4' });
  }, { client: client as any, numRuns: 100, seed: 42 });
});
test('ORDER-INVALID-400: holds', () => {});
test('ORDER-RUN-ID-ASC: holds', () => {});`),
      { env: ENV },
    );
    expect(result.code, result.output).toBe(1);
    const [evidence] = row(reportIn(result.dir), 'ORDER-DEFAULT').evidence!;
    expect(evidence).toMatchObject({ counterexample: '4', seed: 42 });
    expect(evidence!.path).toMatch(/^\d+(:\d+)*$/);
    expect(evidence!.numShrinks).toBeGreaterThan(0);
    expect(evidence!.message).toMatch(/^Error: ORDER-DEFAULT: n must stay below 4\nReceived: 4\nExpected: < 4$/);
    expect(evidence!.exchanges.map((e) => e.request.body)).toEqual(['{"max_results":4}']);
    expect(evidence!.curl).toBe(`SUITE_SEED=42 curl -sS -i -X POST ${SEARCH_URL}`);
    const kase = parseCase(readFileSync(join(result.dir, evidence!.caseFile), 'utf8'));
    expect(kase.check).toMatchObject({ kind: 'rerun', location: 'a.spec.ts:6' });
    expect(kase.counterexample).toMatchObject({ value: '4', path: evidence!.path });
  });

  test('a title naming an id outside the catalogue: NOT_CERTIFIED, exit 1', async () => {
    const result = await runInlineTest(project([...IDS, 'ORDER-NO-SUCH-THING'].map((id) => `test('${id}: holds', () => {});`).join('\n')), { env: ENV });
    expect(result.code, result.output).toBe(1);
    expect(reportIn(result.dir).reasons).toEqual(['test "ORDER-NO-SUCH-THING: holds" names no catalogue requirement (ORDER-NO-SUCH-THING)']);
  });

  test('a run that stops early (--max-failures) is incomplete, never certified', async () => {
    const spec = [`test('ORDER-DEFAULT: fails', () => { throw new Error('ORDER-DEFAULT: no'); });`, ...IDS.map((id) => `test('${id}: holds', () => {});`)];
    const result = await runInlineTest(project(spec.join('\n')), { env: ENV, args: ['--max-failures=1'] });
    expect(result.code, result.output).toBe(1);
    expect(reportIn(result.dir).reasons[0]).toBe('only 1 of 4 expected tests ran');
  });

  test('a shard decides nothing and writes no certification: the merge does', async () => {
    const result = await runInlineTest(project(IDS.map((id) => `test('${id}: holds', () => {});`).join('\n')), { env: ENV, args: ['--shard=1/2'] });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("shard 1/2: 3 test(s) ran; the verdict is decided when the shards' blobs are merged");
    expect(existsSync(join(result.dir, 'out', 'certification.json'))).toBe(false);
  });
});
