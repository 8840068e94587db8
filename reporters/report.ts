/**
 * The certification report as data: built once from the test outcomes and the run info, then
 * written as JSON, Markdown and HTML. `verify-report` re-derives its verdicts from its own rows.
 */
import type { Catalogue } from '../src/catalogue';
import type { TestEvidence } from './evidence';
import type { KnownDeviation } from './known-deviations';
import type { RunInfo } from './run-info';
import { computeVerdicts, VERDICTS, type RequirementResult, type TestOutcome, type Verdict } from './verdict';

export const REPORT_FORMAT = 'runs-search-conformance/certification@1';

/** The evidence of one failed test in a FAIL row. */
export interface FailureEvidence extends TestEvidence {
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

export type ReportedTest = Omit<TestOutcome, 'evidence'>;

export interface RequirementRow extends Omit<RequirementResult, 'tests'> {
  tests: ReportedTest[];
  evidence?: FailureEvidence[];
  knownDeviation?: KnownDeviation & { implementation: string };
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
  requirements: RequirementRow[];
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
  deviations: KnownDeviation[];
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
  const { catalogue, outcomes, info } = input;
  const context = { profile: info.profile, capabilities: new Set(info.capabilities), strict: info.strict };
  const verdicts = computeVerdicts(catalogue, outcomes, context);
  const runProblems = runProblemsOf(input.run.status, outcomes.length, input.expectedTests, input.problems);
  const reasons = [...runProblems, ...verdicts.reasons];
  const requirements = verdicts.requirements.map((r) => rowOf(r, input));
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
    requirements,
  };
}

function rowOf(r: RequirementResult, input: ReportInput): RequirementRow {
  const tests = r.tests.map(({ evidence: _evidence, ...t }) => t);
  const row: RequirementRow = { ...r, tests };
  if (r.verdict !== 'FAIL') return row;
  const failed = r.tests.filter((t) => (t.status === 'failed' || t.status === 'timedOut') && t.evidence);
  row.evidence = failed.map((t, i) => ({
    test: t.title,
    file: t.file,
    line: t.line,
    seed: input.info.seed ?? 0,
    ...t.evidence!,
    rerun: input.rerunFor(t),
    ...input.caseFor(r.id, i + 1),
  }));
  const deviation = input.deviations.find((d) => d.requirement === r.id);
  if (deviation && input.info.implementation) row.knownDeviation = { implementation: input.info.implementation, ...deviation };
  return row;
}
