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
import { PROJECT_ROOT } from '../src/config';
import { CERTIFICATION_REPORTER } from './config';
import { runInlineTest } from './testing/run';

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

/** Inline tests run in the harness's outcome fixture, as the suites do, and may use the suite's checks. */
const HARNESS = `import { test } from ${JSON.stringify(join(PROJECT_ROOT, 'suites/harness/outcomes'))};
import { noteExchange } from ${JSON.stringify(join(PROJECT_ROOT, 'src/outcome'))};
import { check } from ${JSON.stringify(join(PROJECT_ROOT, 'suites/support/failure'))};`;

function project(spec: string, catalogue = CATALOGUE): Record<string, string> {
  return { 'playwright.config.ts': CONFIG, 'catalogue.yaml': catalogue, 'a.spec.ts': `${HARNESS}\n${spec}` };
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
test('ORDER-INVALID-400: order_by "metrics.a SIDEWAYS" gets 400', async () => {
  noteExchange(${JSON.stringify(EXCHANGE)});
  check(false, 'ORDER-INVALID-400', 'the order_by ["metrics.a SIDEWAYS"] must be rejected with 400', { received: 200, expected: 400, response: { status: [400] } });
});
test('ORDER-DEFAULT: holds', () => {});
test('ORDER-RUN-ID-ASC: holds', () => {});`),
      { env: ENV },
    );
    expect(result.code, result.output).toBe(1);
    const report = reportIn(result.dir);
    expect(report.verdict).toBe('NOT_CERTIFIED');
    expect(report.reasons).toEqual(['ORDER-INVALID-400: FAIL (1 failure signature(s))']);
    const [evidence] = row(report, 'ORDER-INVALID-400').evidence!;
    expect(evidence).toMatchObject({
      test: 'ORDER-INVALID-400: order_by "metrics.a SIDEWAYS" gets 400',
      seed: 42,
      caseFile: 'out/cases/ORDER-INVALID-400-1.json',
      replay: "npm run replay -- 'out/cases/ORDER-INVALID-400-1.json'",
    });
    expect(evidence!.message).toBe('ORDER-INVALID-400: the order_by ["metrics.a SIDEWAYS"] must be rejected with 400\nReceived: 200\nExpected: 400');
    expect(evidence!.signature).toBe('ORDER-INVALID-400 | the order_by […] must be rejected with N');
    expect(report.failures).toEqual([{ signature: evidence!.signature, requirement: 'ORDER-INVALID-400', verdict: 'FAIL', deciding: true, occurrences: 1, tests: [evidence!.test] }]);
    expect(evidence!.exchanges).toHaveLength(1);
    expect(evidence!.curl).toMatch(/^SUITE_SEED=42 curl -sS -i -X POST '.*runs\/search' .*--data-raw '\{"experiment_ids":\["1"\],"order_by":\["metrics.a SIDEWAYS"\]\}'$/);
    expect(evidence!.rerun).toContain(`npx playwright test 'a.spec.ts:5' -g`);

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
import { checkProperty } from ${JSON.stringify(join(PROJECT_ROOT, 'suites/support/property'))};
test('ORDER-DEFAULT: numbers stay below four', async () => {
  let sent = 0;
  const client = { replayHint: () => 'Replay: SUITE_SEED=42 curl -sS -i -X POST ${SEARCH_URL}' };
  await checkProperty(fc.integer({ min: 0, max: 1000 }), async (n) => {
    noteExchange({ requestId: 'r' + sent++, request: { method: 'POST', url: ${JSON.stringify(SEARCH_URL)}, headers: {}, body: JSON.stringify({ max_results: n }) }, response: { status: 200, headers: {}, body: '{"runs":[]}' }, durationMs: 1 });
    check(n < 4, 'ORDER-DEFAULT', 'n must stay below 4', { received: n, expected: '< 4' });
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
    expect(evidence!.message).toBe('ORDER-DEFAULT: n must stay below 4\nReceived: 4\nExpected: < 4');
    expect(evidence!.signature).toBe('ORDER-DEFAULT | n must stay below N | N');
    expect(evidence!.exchanges.map((e) => e.request.body)).toEqual(['{"max_results":4}']);
    expect(evidence!.curl).toBe(`SUITE_SEED=42 curl -sS -i -X POST '${SEARCH_URL}' --data-raw '{"max_results":4}'`);
    const kase = parseCase(readFileSync(join(result.dir, evidence!.caseFile), 'utf8'));
    expect(kase.check).toMatchObject({ kind: 'rerun', location: 'a.spec.ts:7' });
    expect(kase.counterexample).toMatchObject({ value: '4', path: evidence!.path });
  });

  /**
   * The real client against a reference server with one contract fault: the contract check fails
   * RESP-SCHEMA, and the order test goes on judging ORDER-DEFAULT with what it can read (PASS);
   * an answer it cannot read leaves ORDER-DEFAULT INCONCLUSIVE, blocked by RESP-SCHEMA, never FAIL.
   */
  const CONTRACT_IDS = ['ORDER-DEFAULT', 'RESP-SCHEMA', 'ORDER-INVALID-400'];
  const contractProject = (fault: string) =>
    project(
      `
import { loadTarget } from ${JSON.stringify(join(PROJECT_ROOT, 'src/config'))};
import { SearchClient } from ${JSON.stringify(join(PROJECT_ROOT, 'src/client'))};
import { startReference } from ${JSON.stringify(join(PROJECT_ROOT, 'reference/start'))};
import { defaultBehaviour } from ${JSON.stringify(join(PROJECT_ROOT, 'reference/behaviour'))};
import { runIdsOf } from ${JSON.stringify(join(PROJECT_ROOT, 'suites/support/runs'))};
import { checkOk, checkSameSequence } from ${JSON.stringify(join(PROJECT_ROOT, 'suites/support/failure'))};
test('ORDER-DEFAULT: runs come by start_time DESC', async ({ request }) => {
  const server = await startReference({ behaviour: { ${fault} } });
  try {
    const client = new SearchClient(request, loadTarget({ TARGET_URL: server.url, SUITE_SEED: '42' }));
    const { experiment_id } = await client.mustCall('experiments/create', { name: 'x' }) as { experiment_id: string };
    const ids: string[] = [];
    for (const start of [1, 3, 2]) ids.push(((await client.mustCall('runs/create', { experiment_id, start_time: start })) as any).run.info.run_id);
    const response = await client.searchRuns({ experiment_ids: [experiment_id] });
    checkOk(response, 'ORDER-DEFAULT', 'a plain search');
    checkSameSequence(runIdsOf(response), [ids[1]!, ids[2]!, ids[0]!], 'ORDER-DEFAULT', 'start_time DESC');
  } finally {
    await server.close();
  }
});
test('ORDER-INVALID-400: holds', () => {});
test('RESP-SCHEMA: holds', () => {});`,
      stringify({ requirements: loadCatalogue().requirements.filter((r) => CONTRACT_IDS.includes(r.id)) }),
    );

  test('a contract failure inside an order test: RESP-SCHEMA FAIL, the order still judged (PASS)', async () => {
    const lowerCaseStatus = `serializeRun(run, profile) { const json = defaultBehaviour.serializeRun(run, profile); return { ...json, info: { ...json.info, status: 'running' } }; }`;
    const result = await runInlineTest(contractProject(lowerCaseStatus), { env: ENV });
    expect(result.code, result.output).toBe(1);
    const report = reportIn(result.dir);
    expect(row(report, 'RESP-SCHEMA').verdict).toBe('FAIL');
    expect(row(report, 'ORDER-DEFAULT').verdict).toBe('PASS');
    expect(report.failures.map((f) => f.signature)).toEqual(['RESP-SCHEMA | contract | ExperimentRunCollection: /runs/*/info/status must be equal to one of the allowed values']);
    expect(row(report, 'RESP-SCHEMA').evidence![0]!.test).toBe('ORDER-DEFAULT: runs come by start_time DESC');
  });

  test('an answer the order test cannot read: RESP-SCHEMA FAIL, the order INCONCLUSIVE (blocked), never FAIL', async () => {
    const runsNotAList = `serializeCollection(profile, runs, token) { return { ...defaultBehaviour.serializeCollection(profile, runs, token), runs: {} }; }`;
    const result = await runInlineTest(contractProject(runsNotAList), { env: ENV });
    expect(result.code, result.output).toBe(1);
    const report = reportIn(result.dir);
    expect(row(report, 'RESP-SCHEMA').verdict).toBe('FAIL');
    expect(row(report, 'ORDER-DEFAULT')).toMatchObject({ verdict: 'INCONCLUSIVE', reason: expect.stringContaining('blocked by RESP-SCHEMA') });
  });

  test('a title naming an id outside the catalogue: NOT_CERTIFIED, exit 1', async () => {
    const result = await runInlineTest(project([...IDS, 'ORDER-NO-SUCH-THING'].map((id) => `test('${id}: holds', () => {});`).join('\n')), { env: ENV });
    expect(result.code, result.output).toBe(1);
    expect(reportIn(result.dir).reasons).toEqual(['test "ORDER-NO-SUCH-THING: holds" names no catalogue requirement (ORDER-NO-SUCH-THING)']);
  });

  test('a run that stops early (--max-failures) is incomplete, never certified', async () => {
    const spec = [`test('ORDER-DEFAULT: fails', () => { check(false, 'ORDER-DEFAULT', 'no'); });`, ...IDS.map((id) => `test('${id}: holds', () => {});`)];
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
