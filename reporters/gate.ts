/**
 * The gate result: the run's FAIL rows compared with the expected failures of an expectation file
 * (SUITE_EXPECTATIONS), beside the certification verdict, which it never changes. Computed from
 * the report's rows, whose failure signatures come from the typed outcomes, never from messages.
 *
 * - Every failure signature of every FAIL row (deciding or not: a regression is one either way)
 *   is expected when an entry names its requirement with no signature, or names that signature;
 *   any other one is an unexpected failure and fails the gate.
 * - An entry whose failure did not happen while its requirement was observed (PASS, or FAIL with
 *   other signatures only) is an unexpected pass: reported, and a gate failure when strict.
 *   An entry whose requirement was not observed (INCONCLUSIVE, NOT_APPLICABLE) is neither: it is
 *   listed as not observed (a smaller tier may not meet it).
 * - A deciding INCONCLUSIVE row fails the gate (it could hide a regression), unless each of its
 *   tests that could not observe was blocked by a requirement with an expected failure, or none of
 *   its tests ran at all (a --grep or a shard left it out: the run's completeness is judged below).
 * - The run's own problems (interrupted, tests missing, shards missing, unknown ids) fail it too.
 */
import type { Expectation, Expectations } from '../src/expectations';
import type { RequirementResult } from './verdict';

export interface GateRow extends Pick<RequirementResult, 'id' | 'verdict' | 'deciding' | 'reason' | 'tests'> {
  /** Every failure signature of a FAIL row, those of tests that failed without a typed outcome included. */
  failureSignatures: string[];
}

export interface GateFailure {
  requirement: string;
  signature: string;
}

export interface GateResult {
  result: 'PASSED' | 'FAILED';
  /** The expectation file, as SUITE_EXPECTATIONS named it (from the project root). */
  file: string;
  strict: boolean;
  /** Every entry that applied (the file's and its includes'), so the result can be derived again. */
  expectations: Expectations['entries'];
  expectedFailures: GateFailure[];
  unexpectedFailures: GateFailure[];
  unexpectedPasses: { requirement: string; signature?: string; verdict: string }[];
  /** Expected failures whose requirement this run could not observe: for the reader, never a gate failure. */
  notObserved: { requirement: string; signature?: string; verdict: string }[];
  /** Deciding requirements left INCONCLUSIVE without an expected failure blocking them. */
  unobserved: { requirement: string; reason: string }[];
  /** Deciding requirements left INCONCLUSIVE because an expected failure blocked them: accepted, as data. */
  blocked: { requirement: string; reason: string }[];
  /** The run's own problems (interrupted, incomplete, unknown ids): the gate cannot pass such a run. */
  runProblems: string[];
  /** Why the gate failed, one line each; empty exactly when it passed. */
  reasons: string[];
}

export interface GateInput {
  rows: readonly GateRow[];
  expectations: Expectations;
  strict: boolean;
  /** The run's problems and unknown ids, already as lines. */
  runProblems: readonly string[];
}

export function matches(entry: Pick<Expectation, 'requirement' | 'signature'>, failure: GateFailure): boolean {
  return entry.requirement === failure.requirement && (entry.signature === undefined || entry.signature === failure.signature);
}

export function computeGate({ rows, expectations, strict, runProblems }: GateInput): GateResult {
  const entries = expectations.entries;
  const failures = rows.flatMap((row) => (row.verdict === 'FAIL' ? row.failureSignatures.map((signature) => ({ requirement: row.id, signature })) : []));
  const isExpected = (f: GateFailure) => entries.some((e) => matches(e, f));
  const expectedFailures = failures.filter(isExpected);
  const unexpectedFailures = failures.filter((f) => !isExpected(f));

  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = entries.flatMap((e) => {
    const row = byId.get(e.requirement);
    if (failures.some((f) => matches(e, f))) return [];
    return [{ requirement: e.requirement, ...(e.signature ? { signature: e.signature } : {}), verdict: row?.verdict ?? 'absent' }];
  });
  const observed = (m: { verdict: string }) => m.verdict === 'PASS' || m.verdict === 'FAIL';
  const unexpectedPasses = missing.filter(observed);
  const notObserved = missing.filter((m) => !observed(m));

  const expectedRequirements = new Set(entries.map((e) => e.requirement));
  const inconclusive = rows.filter((row) => row.deciding && row.verdict === 'INCONCLUSIVE' && ranAny(row));
  const blocked = inconclusive.filter((row) => blockedByExpected(row, expectedRequirements)).map((row) => ({ requirement: row.id, reason: row.reason }));
  const unobserved = inconclusive.filter((row) => !blockedByExpected(row, expectedRequirements)).map((row) => ({ requirement: row.id, reason: row.reason }));

  const reasons = [
    ...runProblems,
    ...unexpectedFailures.map((f) => `unexpected failure ${f.signature}`),
    ...unobserved.map((u) => `${u.requirement} is INCONCLUSIVE (${u.reason}), not blocked by an expected failure`),
    ...(strict ? unexpectedPasses.map((p) => `unexpected pass: ${describePass(p)}`) : []),
  ];
  return {
    result: reasons.length === 0 ? 'PASSED' : 'FAILED',
    file: expectations.file,
    strict,
    expectations: entries,
    expectedFailures,
    unexpectedFailures,
    unexpectedPasses,
    notObserved,
    unobserved,
    blocked,
    runProblems: [...runProblems],
    reasons,
  };
}

export function describePass(p: GateResult['unexpectedPasses'][number]): string {
  return p.signature ? `${p.signature} did not happen (${p.requirement} ${p.verdict})` : `${p.requirement} ${p.verdict}, expected to FAIL`;
}

/** Some test of the requirement ran (was not left out of the run). */
function ranAny(row: GateRow): boolean {
  return row.tests.some((t) => t.requirements.includes(row.id));
}

/** Every test of it that could not observe says, as data, that an expected failure blocked it. */
function blockedByExpected(row: GateRow, expected: ReadonlySet<string>): boolean {
  const unobserved = row.tests.filter((t) => t.requirements.includes(row.id) && t.status !== 'passed' && t.status !== 'skipped');
  return (
    unobserved.length > 0 &&
    unobserved.every((t) => t.outcomes.some((o) => o.kind === 'inconclusive' && (o.requirement ?? row.id) === row.id && o.blockedBy !== undefined && expected.has(o.blockedBy)))
  );
}

