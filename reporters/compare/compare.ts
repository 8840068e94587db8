/**
 * Two certification reports compared (issue #12, a release gate): what a candidate run changed
 * against a base run. Pure: reports in, a comparison out (./render.ts writes it, scripts/compare.ts
 * is the command).
 *
 * A regression (exit 1): a requirement verdict that got worse (PASS → INCONCLUSIVE → FAIL), a
 * requirement no longer run (absent, or NOT_APPLICABLE where it applied), a failure signature the
 * base did not have, the run no longer CERTIFIED; with `latencyGate`, a query class whose p95 grew
 * past both thresholds. What varies between honest runs — seeds, durations, how many generated
 * cases ran, latency without the gate — is reported as information, never as a regression, so two
 * runs of one correct server with different seeds compare UNCHANGED.
 */
import { QUERY_CLASSES, type QueryClass } from '../../src/meter';
import type { LatencyStats } from '../latency';
import type { CertificationReport } from '../report';
import type { Verdict } from '../verdict';

export const COMPARE_FORMAT = 'runs-search-conformance/compare@1';

export interface CompareOptions {
  /** A class is flagged when its candidate p95 is more than this many times the base's … */
  latencyFactor: number;
  /** … and at least this many milliseconds more. */
  latencyMinMs: number;
  /**
   * … and both runs timed at least this many requests of the class: below it a p95 is the run's
   * slowest request or close to it, one GC pause or one cold connection, not the server's latency.
   */
  latencyMinCount: number;
  /** Whether a flagged class is a regression (otherwise information). */
  latencyGate: boolean;
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { latencyFactor: 2, latencyMinMs: 50, latencyMinCount: 20, latencyGate: false };

export interface RunSummary {
  /** Where the report was read from. */
  source: string;
  verdict: CertificationReport['verdict'];
  seed: number | undefined;
  tier: string;
  profile: string;
  strict: boolean;
  target: string;
  suiteVersion: string;
  catalogueHash: string;
  startedAt: string;
  durationMs: number;
}

export type ChangeKind = 'worse' | 'better' | 'other';

export interface VerdictChange {
  id: string;
  /** null: the requirement is not in that report. */
  base: Verdict | null;
  candidate: Verdict | null;
  change: ChangeKind;
  /** Why it counts as it does, for a reader. */
  note: string;
}

export type FailureEntry = Pick<CertificationReport['failures'][number], 'signature' | 'requirement' | 'verdict' | 'deciding' | 'occurrences'>;

export interface TestsRun {
  expected: number;
  executed: number;
  skipped: number;
  passed: number;
  failed: number;
  /** Generated cases the property tests tried, summed over distinct tests. */
  generatedCases: number;
}

export interface LatencyChange {
  class: QueryClass;
  base?: LatencyStats;
  candidate?: LatencyStats;
  /** candidate p95 / base p95, when both ran and the base's is above 0. */
  ratio?: number;
  flagged: boolean;
}

export interface Comparison {
  format: typeof COMPARE_FORMAT;
  /**
   * REGRESSED: exit 1. IMPROVED: only better. CHANGED: other differences of results or suite.
   * UNCHANGED: none (what `notes` say — seeds, latency without the gate — decides nothing).
   */
  status: 'REGRESSED' | 'IMPROVED' | 'CHANGED' | 'UNCHANGED';
  exitCode: 0 | 1;
  options: CompareOptions;
  base: RunSummary;
  candidate: RunSummary;
  /** One line per regression: the reasons for exit 1. */
  regressions: string[];
  /** What differs between the runs and decides nothing (seeds, tier, target, latency without the gate). */
  notes: string[];
  verdicts: VerdictChange[];
  failures: { new: FailureEntry[]; fixed: FailureEntry[] };
  suite: { versionChanged: boolean; catalogueChanged: boolean };
  tests: { base: TestsRun; candidate: TestsRun; onlyInBase: string[]; onlyInCandidate: string[] };
  latency: LatencyChange[];
}

const RANK: Partial<Record<Verdict, number>> = { PASS: 0, INCONCLUSIVE: 1, FAIL: 2 };

export function verdictChange(id: string, base: Verdict | null, candidate: Verdict | null): VerdictChange | undefined {
  if (base === candidate) return undefined;
  const ran = (v: Verdict | null) => v !== null && v !== 'NOT_APPLICABLE';
  if (ran(base) && !ran(candidate)) return { id, base, candidate, change: 'worse', note: candidate === null ? 'no longer in the report' : 'no longer run' };
  if (!ran(base)) return { id, base, candidate, change: 'other', note: base === null ? 'new requirement' : 'now applies' };
  const worse = RANK[candidate!]! > RANK[base!]!;
  return { id, base, candidate, change: worse ? 'worse' : 'better', note: worse ? 'got worse' : 'got better' };
}

function summaryOf(report: CertificationReport, source: string): RunSummary {
  return {
    source,
    verdict: report.verdict,
    seed: report.seed,
    tier: report.tier,
    profile: report.profile,
    strict: report.strict,
    target: String(report.target?.url ?? ''),
    suiteVersion: report.suiteVersion,
    catalogueHash: report.catalogueHash,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
  };
}

/** Distinct tests by title (line numbers move with edits), across the rows that list them. */
function testsOf(report: CertificationReport): Map<string, { generatedCases?: number }> {
  return new Map(report.requirements.flatMap((r) => r.tests.map((t) => [t.title, t] as const)));
}

function testsRun(report: CertificationReport): TestsRun {
  const generatedCases = [...testsOf(report).values()].reduce((sum, t) => sum + (t.generatedCases ?? 0), 0);
  return { ...report.tests, generatedCases };
}

function failureEntry(f: CertificationReport['failures'][number]): FailureEntry {
  return { signature: f.signature, requirement: f.requirement, verdict: f.verdict, deciding: f.deciding, occurrences: f.occurrences };
}

export function latencyChanges(base: CertificationReport, candidate: CertificationReport, options: CompareOptions): LatencyChange[] {
  const b = base.latency ?? {};
  const c = candidate.latency ?? {};
  return QUERY_CLASSES.flatMap((cls): LatencyChange[] => {
    const before = b[cls];
    const after = c[cls];
    if (!before && !after) return [];
    const ratio = before && after && before.p95 > 0 ? after.p95 / before.p95 : undefined;
    const flagged =
      !!before && !!after &&
      Math.min(before.count, after.count) >= options.latencyMinCount &&
      after.p95 > options.latencyFactor * before.p95 &&
      after.p95 - before.p95 >= options.latencyMinMs;
    return [{ class: cls, ...(before ? { base: before } : {}), ...(after ? { candidate: after } : {}), ...(ratio !== undefined ? { ratio } : {}), flagged }];
  });
}

/** "p95 12 → 80 ms (6.7×)" */
export function latencyGrowth(l: LatencyChange): string {
  const ratio = l.ratio === undefined ? '' : ` (${l.ratio.toFixed(1)}×)`;
  return `${l.class}: p95 ${l.base?.p95 ?? '—'} → ${l.candidate?.p95 ?? '—'} ms${ratio}`;
}

/** Differences of configuration: context for the reader, never a regression. */
function configurationNotes(base: RunSummary, candidate: RunSummary): string[] {
  const notes: string[] = [];
  const fields: [keyof RunSummary, string][] = [['seed', 'seed'], ['tier', 'tier'], ['profile', 'profile'], ['strict', 'strict'], ['target', 'target']];
  for (const [field, label] of fields) {
    if (base[field] !== candidate[field]) notes.push(`${label}: ${String(base[field])} → ${String(candidate[field])}`);
  }
  return notes;
}

export function compareReports(
  base: CertificationReport,
  candidate: CertificationReport,
  options: CompareOptions = DEFAULT_COMPARE_OPTIONS,
  sources: { base: string; candidate: string } = { base: 'base', candidate: 'candidate' },
): Comparison {
  const baseRows = new Map(base.requirements.map((r) => [r.id, r.verdict]));
  const candidateRows = new Map(candidate.requirements.map((r) => [r.id, r.verdict]));
  const ids = [...new Set([...baseRows.keys(), ...candidateRows.keys()])];
  const verdicts = ids.flatMap((id) => verdictChange(id, baseRows.get(id) ?? null, candidateRows.get(id) ?? null) ?? []);

  const baseSignatures = new Set(base.failures.map((f) => f.signature));
  const candidateSignatures = new Set(candidate.failures.map((f) => f.signature));
  const failures = {
    new: candidate.failures.filter((f) => !baseSignatures.has(f.signature)).map(failureEntry),
    fixed: base.failures.filter((f) => !candidateSignatures.has(f.signature)).map(failureEntry),
  };

  const baseTests = testsOf(base);
  const candidateTests = testsOf(candidate);
  const tests = {
    base: testsRun(base),
    candidate: testsRun(candidate),
    onlyInBase: [...baseTests.keys()].filter((t) => !candidateTests.has(t)).sort(),
    onlyInCandidate: [...candidateTests.keys()].filter((t) => !baseTests.has(t)).sort(),
  };
  const suite = { versionChanged: base.suiteVersion !== candidate.suiteVersion, catalogueChanged: base.catalogueHash !== candidate.catalogueHash };
  const latency = latencyChanges(base, candidate, options);

  const regressions = [
    ...(base.verdict === 'CERTIFIED' && candidate.verdict !== 'CERTIFIED' ? ['the run is no longer CERTIFIED'] : []),
    ...verdicts.filter((v) => v.change === 'worse').map((v) => `${v.id}: ${v.base} → ${v.candidate ?? 'absent'} (${v.note})`),
    ...failures.new.map((f) => `new failure of ${f.requirement}: ${f.signature}`),
    ...(options.latencyGate ? latency.filter((l) => l.flagged).map((l) => `latency ${latencyGrowth(l)}`) : []),
  ];
  const baseSummary = summaryOf(base, sources.base);
  const candidateSummary = summaryOf(candidate, sources.candidate);
  const notes = configurationNotes(baseSummary, candidateSummary);
  if (!options.latencyGate) notes.push(...latency.filter((l) => l.flagged).map((l) => `latency grew (information; --latency-gate makes it a regression): ${latencyGrowth(l)}`));

  const improved = verdicts.some((v) => v.change === 'better') || failures.fixed.length > 0 || (base.verdict !== 'CERTIFIED' && candidate.verdict === 'CERTIFIED');
  const otherwise =
    verdicts.some((v) => v.change === 'other') ||
    suite.versionChanged ||
    suite.catalogueChanged ||
    tests.onlyInBase.length > 0 ||
    tests.onlyInCandidate.length > 0;
  const status = regressions.length > 0 ? 'REGRESSED' : otherwise ? 'CHANGED' : improved ? 'IMPROVED' : 'UNCHANGED';
  return {
    format: COMPARE_FORMAT,
    status,
    exitCode: regressions.length > 0 ? 1 : 0,
    options,
    base: baseSummary,
    candidate: candidateSummary,
    regressions,
    notes,
    verdicts,
    failures,
    suite,
    tests,
    latency,
  };
}
