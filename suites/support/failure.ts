/**
 * A check's failure says what was required, what was received and what was expected, in that
 * order, so a reader needs nothing else to judge it (the replay is appended by the property runner).
 */
import type { RunShower } from './runs';

export interface FailureDetails {
  received?: unknown;
  expected?: unknown;
  /** The seeded runs the server and the oracle disagree on, as the suite wrote them. */
  runs?: unknown[];
}

export class ConformanceFailure extends Error {
  override name = 'ConformanceFailure';
  constructor(requirement: string, summary: string, details: FailureDetails = {}) {
    const lines = [`${requirement}: ${summary}`];
    if ('received' in details) lines.push(`Received: ${show(details.received)}`);
    if ('expected' in details) lines.push(`Expected: ${show(details.expected)}`);
    if (details.runs?.length) lines.push(`Runs that show it: ${show(details.runs)}`);
    super(lines.join('\n'));
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
  return text === undefined ? String(value) : text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
}

export function check(condition: boolean, requirement: string, summary: string, details?: FailureDetails): asserts condition {
  if (!condition) throw new ConformanceFailure(requirement, summary, details);
}

/** Same elements, same order; a failure shows the two runs where the sequences first part. */
export function checkSameSequence(
  received: readonly string[],
  expected: readonly string[],
  requirement: string,
  summary: string,
  showRuns?: RunShower,
): void {
  const same = received.length === expected.length && received.every((id, i) => id === expected[i]);
  if (same) return;
  const at = firstDifference(received, expected);
  check(false, requirement, `${summary} (first difference at position ${at})`, {
    received,
    expected,
    ...(showRuns ? { runs: partingRuns(received, expected, showRuns) } : {}),
  });
}

/** The two runs (received, expected) at the first position where the sequences part, as seeded. */
export function partingRuns(received: readonly string[], expected: readonly string[], showRuns: RunShower): unknown[] {
  const at = firstDifference(received, expected);
  return showRuns([received[at], expected[at]].filter((id): id is string => id !== undefined));
}

export function firstDifference(a: readonly string[], b: readonly string[]): number {
  const at = a.findIndex((id, i) => id !== b[i]);
  return at >= 0 ? at : Math.min(a.length, b.length);
}

/** Same elements, any order, no duplicates. */
const SHOWN_RUNS = 3;

export function checkSameSet(received: readonly string[], expected: readonly string[], requirement: string, summary: string, showRuns?: RunShower): void {
  const want = new Set(expected);
  const got = new Set(received);
  const missing = expected.filter((id) => !got.has(id));
  const extra = [...got].filter((id) => !want.has(id));
  const duplicated = received.length !== got.size;
  check(missing.length === 0 && extra.length === 0 && !duplicated, requirement, summary, {
    received: { runs: received.length, missing, extra, duplicated },
    expected: { runs: expected.length },
    // A few runs are enough to judge; the ids above list them all.
    ...(showRuns ? { runs: showRuns([...missing, ...extra].slice(0, SHOWN_RUNS)) } : {}),
  });
}

/**
 * A valid request must get 200 before its page means anything: without this, an error answer
 * would be read as an empty page and reported as missing runs.
 */
export function checkOk(response: { status: number; text: string }, requirement: string, request: string): void {
  check(response.status === 200, requirement, `${request} is valid and must be answered with 200`, {
    received: `${response.status} ${response.text.slice(0, 300)}`,
  });
}
