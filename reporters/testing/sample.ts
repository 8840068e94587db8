/** A report bundle written by the reporter's own code from made-up outcomes, for tests of what reads it. */
import { join } from 'node:path';
import { loadCatalogue } from '../../src/catalogue';
import { loadTarget } from '../../src/config';
import { writeBundle } from '../bundle';
import { replayCommand, rerunCommand } from '../cases/build';
import type { TestEvidence } from '../evidence';
import type { FailureOutcome } from '../../src/outcome';
import { buildReport, type CertificationReport, type RecordedFailure } from '../report';
import { runInfoOf } from '../run-info';
import type { TestCost } from '../time';
import { summarize, type TestOutcome } from '../verdict';
import { temporaryDir } from './run';

export const catalogue = loadCatalogue();
export const sampleInfo = runInfoOf(loadTarget({ SUITE_SEED: '42', TARGET_URL: 'http://127.0.0.1:9' }), catalogue.hash);

export const SAMPLE_EVIDENCE: TestEvidence = {
  message: 'ORDER-INVALID-400: the order_by ["metrics.a SIDEWAYS"] must be rejected with 400\nReceived: 200 {"runs":[]}\nExpected: 400',
  counterexample: '{"category":"unknown direction","orderBy":["metrics.a SIDEWAYS"]}',
  numShrinks: 3,
  path: '12:0:1',
  exchanges: [
    {
      requestId: 'rsc-2a-w0-7',
      request: { method: 'POST', url: 'http://127.0.0.1:9/api/2.0/mlflow/runs/search', headers: { 'content-type': 'application/json', authorization: '[REDACTED]' }, body: '{"experiment_ids":["1"],"order_by":["metrics.a SIDEWAYS"]}' },
      response: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"runs":[]}' },
      durationMs: 2,
    },
  ],
  curl: 'SUITE_SEED=42 curl -sS -i -X POST http://127.0.0.1:9/api/2.0/mlflow/runs/search',
  response: { status: [400] },
};

/** SAMPLE_EVIDENCE as the failure outcome a test recorded. */
export const SAMPLE_FAILURE: FailureOutcome = {
  kind: 'failure',
  requirement: 'ORDER-INVALID-400',
  check: 'status 400 (got 200)',
  summary: 'the order_by ["metrics.a SIDEWAYS"] must be rejected with 400',
  received: '200 {"runs":[]}',
  expected: 400,
  exchanges: SAMPLE_EVIDENCE.exchanges,
  counterexample: { value: SAMPLE_EVIDENCE.counterexample!, shape: '{category:S,orderBy:[metric]}', numShrinks: 3, seed: 42, fastCheckSeed: 7, path: '12:0:1' },
  response: { status: [400] },
  signature: 'ORDER-INVALID-400 | status 400 (got 200) | {category:S,orderBy:[metric]}',
};

/** What a test cost, with runs/search times in a few query classes (the latency chart's data). */
export function sampleCost(i: number): TestCost {
  return {
    wallMs: 100, requests: 6, bytesReceived: 3000, ms: { server: 30, parse: 2, validate: 2, oracle: 1, seed: 20 },
    latency: { plain: [1 + (i % 3), 2.5], 'filter-metric': [4, 40], 'order-by': [3 + (i % 5)], page: [2], rejected: [0.8] },
  };
}

/** Every requirement passes, or `failing` fails with SAMPLE_EVIDENCE. */
export function sampleBundle(failing?: string): { dir: string; report: CertificationReport } {
  const dir = temporaryDir('bundle');
  const outcomes: TestOutcome[] = catalogue.requirements.map((r, i) => ({
    title: `${r.id}: holds`, file: 'suites/x.spec.ts', line: i + 1, status: 'passed', durationMs: 1, requirements: [r.id], outcomes: [], cost: sampleCost(i),
  }));
  const failures: RecordedFailure[] = [];
  if (failing) {
    const failure = { ...SAMPLE_FAILURE, requirement: failing, signature: SAMPLE_FAILURE.signature.replace('ORDER-INVALID-400', failing) };
    const test: TestOutcome = { title: `${failing}: breaks`, file: 'suites/x.spec.ts', line: 999, status: 'failed', durationMs: 1, error: SAMPLE_EVIDENCE.message, requirements: [failing], outcomes: [summarize(failure)] };
    outcomes.push(test);
    failures.push({ test, failure });
  }
  const caseFile = (id: string, n: number) => join(dir, 'cases', `${id}-${n}.json`);
  const report = buildReport({
    catalogue, outcomes, info: sampleInfo, expectedTests: outcomes.length, shards: 1, problems: [], failures,
    run: { status: failing ? 'failed' : 'passed', startTime: new Date(0), duration: 1234 },
    caseFor: (id, n) => ({ caseFile: caseFile(id, n), replay: replayCommand(caseFile(id, n)) }),
    rerunFor: (o) => rerunCommand(o, sampleInfo),
  });
  writeBundle(dir, report, sampleInfo);
  return { dir, report };
}
