/**
 * The certification report as data: built once from the test outcomes and the run info, then
 * written as JSON, Markdown and HTML. `verify-report` re-derives its verdicts from its own rows.
 */
import type { Catalogue } from '../src/catalogue';
import type { FailureOutcome } from '../src/outcome';
import { failureEvidence, type TestEvidence } from './evidence';
import type { Expectations } from '../src/expectations';
import { computeGate, type GateResult } from './gate';
import type { RunInfo } from './run-info';
import { computeVerdicts, VERDICTS, type RequirementResult, type TestOutcome, type Verdict } from './verdict';
import { latencyByClass, withoutSamples, type LatencyByClass } from './latency';
import { timeBreakdown, type TimeBreakdown } from './time';

export const REPORT_FORMAT = 'runs-search-conformance/certification@2';

/** The evidence of one failure signature in a FAIL row: its first occurrence, and where else it showed. */
export interface FailureEvidence extends TestEvidence {
  /** Stable across seeds for the same fault (src/outcome/signature.ts). */
  signature: string;
  /** How many tests recorded this signature, and their titles. */
  occurrences: number;
  tests: string[];
  /** The test of the first occurrence, whose exchanges and replay these are. */
  test: string;
  file: string;
  line: number;
  seed: number;
  /** Re-runs the test itself: `SUITE_SEED=… npx playwright test <file>:<line> -g …`. */
  rerun: string;
  /** `npm run replay -- <caseFile>`: re-checks the case on this or another target. */
  replay: string;
  caseFile: string;
}

export type ReportedTest = TestOutcome;

export interface RequirementRow extends RequirementResult {
  /** One per failure signature (and per test that failed without a typed outcome). */
  evidence?: FailureEvidence[];
  /** The expectation entries that name this requirement (with a gate only). */
  expectations?: Expectations['entries'];
}

export type VerdictCounts = Record<Verdict, number>;

export interface CertificationReport {
  format: typeof REPORT_FORMAT;
  verdict: 'CERTIFIED' | 'NOT_CERTIFIED';
  reasons: string[];
  suiteVersion: string;
  catalogueHash: string;
  seed: number | undefined;
  target: RunInfo['target'];
  profile: RunInfo['profile'];
  tier: RunInfo['tier'];
  mode: RunInfo['mode'];
  strict: boolean;
  capabilities: RunInfo['capabilities'];
  /** How many shards were merged into this report (1: unsharded). */
  shards: number;
  startedAt: string;
  durationMs: number;
  /** Playwright's overall status of the run. */
  runStatus: string;
  /** Why the run as a whole cannot certify: interrupted, incomplete, shards missing or mismatched. */
  runProblems: string[];
  tests: { expected: number; executed: number; skipped: number; passed: number; failed: number };
  counts: VerdictCounts;
  countsByArea: Record<string, VerdictCounts>;
  unknownIds: { test: string; id: string }[];
  /** Every failure signature of the run, grouped: the identity two runs compare by. */
  failures: { signature: string; requirement: string; verdict: Verdict; deciding: boolean; occurrences: number; tests: string[] }[];
  /** Where the time went: requests, bytes, server wait and the suite's own work (each test's in `tests`). */
  time: TimeBreakdown;
  /** Server response time per query class of the runs/search requests sent (./latency.ts). */
  latency: LatencyByClass;
  requirements: RequirementRow[];
  /** With SUITE_EXPECTATIONS only: the FAIL rows compared with the expected failures (./gate.ts). */
  gate?: GateResult;
}

/** A failure a test recorded, with the test that recorded it. */
export interface RecordedFailure {
  test: TestOutcome;
  failure: FailureOutcome;
}

export interface ReportInput {
  catalogue: Catalogue;
  outcomes: TestOutcome[];
  info: RunInfo;
  expectedTests: number;
  shards: number;
  run: { status: string; startTime: Date; duration: number };
  /** Problems found before the verdicts: shard mismatches. */
  problems: string[];
  /** Every failure the tests recorded, in the order they ended. */
  failures: RecordedFailure[];
  /** SUITE_EXPECTATIONS, loaded, and SUITE_EXPECTATIONS_STRICT; absent: no gate. */
  expectations?: { expectations: Expectations; strict: boolean };
  /** The case file and replay command of a failed test in a FAIL row; written by the caller. */
  caseFor: (requirement: string, n: number) => { caseFile: string; replay: string };
  rerunFor: (outcome: TestOutcome) => string;
}

export function countVerdicts(rows: readonly { verdict: Verdict }[]): VerdictCounts {
  return Object.fromEntries(VERDICTS.map((v) => [v, rows.filter((r) => r.verdict === v).length])) as VerdictCounts;
}

export function countByArea(rows: readonly { area: string; verdict: Verdict }[]): Record<string, VerdictCounts> {
  const areas = [...new Set(rows.map((r) => r.area))];
  return Object.fromEntries(areas.map((area) => [area, countVerdicts(rows.filter((r) => r.area === area))]));
}

/** Problems of the run as a whole, in the order a reader should see them. */
export function runProblemsOf(status: string, ran: number, expected: number, problems: readonly string[]): string[] {
  const out = [...problems];
  if (ran < expected) out.push(`only ${ran} of ${expected} expected tests ran`);
  if (status === 'interrupted' || status === 'timedout') out.push(`the run was ${status}`);
  return out;
}

export function buildReport(input: ReportInput): CertificationReport {
  const { catalogue, info } = input;
  const costs = input.outcomes.flatMap((o) => (o.cost ? [o.cost] : []));
  // The raw latency samples are pooled into `latency` below; the rows carry each test's cost without them.
  const outcomes = input.outcomes.map(withoutSamples);
  const context = { profile: info.profile, capabilities: new Set(info.capabilities), strict: info.strict };
  const verdicts = computeVerdicts(catalogue, outcomes, context);
  const runProblems = runProblemsOf(input.run.status, outcomes.length, input.expectedTests, input.problems);
  const reasons = [...runProblems, ...verdicts.reasons];
  const requirements = verdicts.requirements.map((r) => rowOf(r, input));
  const failures = requirements.flatMap((row) =>
    (row.evidence ?? []).map((e) => ({ signature: e.signature, requirement: row.id, verdict: row.verdict, deciding: row.deciding, occurrences: e.occurrences, tests: e.tests })),
  );
  const gate = input.expectations && gateOf({ requirements, runProblems, unknownIds: verdicts.unknownIds }, input.expectations);
  return {
    format: REPORT_FORMAT,
    verdict: reasons.length === 0 ? 'CERTIFIED' : 'NOT_CERTIFIED',
    reasons,
    suiteVersion: info.suiteVersion,
    catalogueHash: info.catalogueHash,
    seed: info.seed,
    target: info.target,
    profile: info.profile,
    tier: info.tier,
    mode: info.mode,
    strict: info.strict,
    capabilities: info.capabilities,
    shards: input.shards,
    startedAt: input.run.startTime.toISOString(),
    durationMs: Math.round(input.run.duration),
    runStatus: input.run.status,
    runProblems,
    tests: {
      expected: input.expectedTests,
      executed: outcomes.filter((o) => o.status !== 'skipped').length,
      skipped: outcomes.filter((o) => o.status === 'skipped').length,
      passed: outcomes.filter((o) => o.status === 'passed').length,
      failed: outcomes.filter((o) => o.status === 'failed' || o.status === 'timedOut').length,
    },
    counts: countVerdicts(requirements),
    countsByArea: countByArea(requirements),
    unknownIds: verdicts.unknownIds,
    failures,
    time: timeBreakdown(costs, input.run.duration),
    latency: latencyByClass(costs),
    requirements,
    ...(gate ? { gate } : {}),
  };
}

/** The gate of a report's rows and run problems; verify-report derives it again the same way. */
export function gateOf(
  report: Pick<CertificationReport, 'requirements' | 'runProblems' | 'unknownIds'>,
  given: { expectations: Expectations; strict: boolean },
): GateResult {
  return computeGate({
    rows: report.requirements.map((row) => ({ ...row, failureSignatures: (row.evidence ?? []).map((e) => e.signature) })),
    expectations: given.expectations,
    strict: given.strict,
    runProblems: [...report.runProblems, ...report.unknownIds.map((u) => `test "${u.test}" names no catalogue requirement (${u.id})`)],
  });
}

function rowOf(r: RequirementResult, input: ReportInput): RequirementRow {
  const expected = input.expectations?.expectations.entries.filter((e) => e.requirement === r.id) ?? [];
  const row: RequirementRow = { ...r, ...(expected.length > 0 ? { expectations: expected } : {}) };
  if (r.verdict !== 'FAIL') return row;
  const run = { seed: input.info.seed, auth: input.info.auth };
  const bySignature = new Map<string, RecordedFailure[]>();
  for (const recorded of input.failures.filter((f) => f.failure.requirement === r.id)) {
    bySignature.set(recorded.failure.signature, [...(bySignature.get(recorded.failure.signature) ?? []), recorded]);
  }
  const groups = [...bySignature].map(([signature, all]) => ({ signature, test: all[0]!.test, evidence: failureEvidence(all[0]!.failure, run), tests: all.map((f) => f.test.title) }));
  // A test that failed with no typed outcome at all (outside the harness): its error, as it is.
  for (const t of r.tests.filter((t) => t.requirements.includes(r.id) && (t.status === 'failed' || t.status === 'timedOut') && t.outcomes.length === 0)) {
    groups.push({ signature: `${r.id} | ${t.status === 'timedOut' ? 'timed out' : 'unexpected error'}`, test: t, evidence: { message: t.error ?? t.status, exchanges: [] }, tests: [t.title] });
  }
  row.evidence = groups.map((g, i) => ({
    signature: g.signature,
    occurrences: g.tests.length,
    tests: [...new Set(g.tests)],
    test: g.test.title,
    file: g.test.file,
    line: g.test.line,
    seed: input.info.seed ?? 0,
    ...g.evidence,
    rerun: input.rerunFor(g.test),
    ...input.caseFor(r.id, i + 1),
  }));
  return row;
}
