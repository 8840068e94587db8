/**
 * A check's failure says what was required, what was received and what was expected, in that
 * order, so a reader needs nothing else to judge it. It is recorded as a typed outcome of the
 * requirement it judges (src/outcome) before the error ends the test.
 *
 * A check judges the running test's requirement (the id its title declares) unless it names
 * another before its summary: `check(ok, 'runs …')` is the test's own, `check(ok, 'RESP-SCHEMA',
 * 'the 200 body …')` another's. A test thus names its requirement once, in its title.
 */
import fc from 'fast-check';
import { abstractText, blocked, failed, failureOutcome, inTrial, Inconclusive, recordFailure, testRequirement, type ResponseExpectation } from '../../src/outcome';
import type { RunViewType } from '../../src/oracle';
import type { RunShower } from './runs';

/**
 * The requirement a check judges and its remaining arguments: a leading string followed by
 * another string (the summary) names the requirement; otherwise it is the running test's.
 */
export function judgedRequirement<Rest extends unknown[]>(args: readonly [string, string, ...unknown[]] | readonly [string, ...unknown[]]): [string, Rest] {
  return typeof args[1] === 'string' ? [args[0], args.slice(1) as Rest] : [testRequirement(), [...args] as Rest];
}

export interface FailureDetails {
  received?: unknown;
  expected?: unknown;
  /** The seeded runs the server and the oracle disagree on, as the suite wrote them. */
  runs?: unknown[];
  /** A stable name for the check; default: the summary without its values. */
  check?: string;
  /** The check is decided by the last answer alone: what it had to be (replayed as such). */
  response?: ResponseExpectation;
}

export function check(condition: boolean, summary: string, details?: FailureDetails): asserts condition;
export function check(condition: boolean, requirement: string, summary: string, details?: FailureDetails): asserts condition;
export function check(condition: boolean, ...args: [string, FailureDetails?] | [string, string, FailureDetails?]): asserts condition {
  const [requirement, [summary, details = {}]] = judgedRequirement<[string, FailureDetails?]>(args);
  if (condition) return;
  const { check: name, ...rest } = details;
  throw failed(failureOutcome({ requirement, check: name ?? abstractText(summary), summary, ...rest }));
}

/** Same elements, same order; a failure shows the two runs where the sequences first part. */
export function checkSameSequence(received: readonly string[], expected: readonly string[], summary: string, showRuns?: RunShower): void;
export function checkSameSequence(received: readonly string[], expected: readonly string[], requirement: string, summary: string, showRuns?: RunShower): void;
export function checkSameSequence(received: readonly string[], expected: readonly string[], ...args: [string, RunShower?] | [string, string, RunShower?]): void {
  const [requirement, [summary, showRuns]] = judgedRequirement<[string, RunShower?]>(args);
  const same = received.length === expected.length && received.every((id, i) => id === expected[i]);
  if (same) return;
  const at = firstDifference(received, expected);
  check(false, requirement, `${summary} (first difference at position ${at})`, {
    check: 'sequence',
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

export function checkSameSet(received: readonly string[], expected: readonly string[], summary: string, showRuns?: RunShower): void;
export function checkSameSet(received: readonly string[], expected: readonly string[], requirement: string, summary: string, showRuns?: RunShower): void;
export function checkSameSet(received: readonly string[], expected: readonly string[], ...args: [string, RunShower?] | [string, string, RunShower?]): void {
  const [requirement, [summary, showRuns]] = judgedRequirement<[string, RunShower?]>(args);
  const want = new Set(expected);
  const got = new Set(received);
  const missing = expected.filter((id) => !got.has(id));
  const extra = [...got].filter((id) => !want.has(id));
  const duplicated = received.length !== got.size;
  check(missing.length === 0 && extra.length === 0 && !duplicated, requirement, summary, {
    check: `same-runs${missing.length ? ' missing' : ''}${extra.length ? ' extra' : ''}${duplicated ? ' duplicated' : ''}`,
    received: { runs: received.length, missing, extra, duplicated },
    expected: { runs: expected.length },
    // A few runs are enough to judge; the ids above list them all.
    ...(showRuns ? { runs: showRuns([...missing, ...extra].slice(0, SHOWN_RUNS)) } : {}),
  });
}

/**
 * A valid request must get 200 before its page means anything: without this, an error answer
 * would be read as an empty page and reported as missing runs. Only a refusal the test's own
 * requirement decides is its FAIL:
 * - a 5xx is a server error, ERR-NO-5XX's failure; the test is blocked by it (INCONCLUSIVE);
 * - a 400 for a request that carries a `narrowing` filter (one that only selects the runs the
 *   check looks at) may be the filter's fault, which the filter requirements judge: the case is
 *   skipped inside a property, INCONCLUSIVE elsewhere;
 * - a 400 for a request naming a run_view_type the server refuses on its own (the client's
 *   `refusedView`): the view requirement's failure, so any other check is blocked by it;
 * - any refusal of an `auxiliary` request (one that sets the stage, a plain search whose answer
 *   other requirements judge): INCONCLUSIVE, blocked by `blockedBy` when the request is one that
 *   requirement promises to work (a page_token the server issued, for PAGE-EXHAUSTION).
 */
export interface OkOptions {
  narrowing?: string;
  auxiliary?: boolean;
  blockedBy?: string;
}

/** The requirement each valid run_view_type rests on: a server refusing the view fails it. */
export const VIEW_REQUIREMENT: Readonly<Record<RunViewType, string>> = {
  ACTIVE_ONLY: 'VIEW-ACTIVE-ONLY',
  DELETED_ONLY: 'VIEW-DELETED-ONLY',
  ALL: 'VIEW-ALL',
};

type Answer = { status: number; text: string; refusedView?: RunViewType };

export function checkOk(response: Answer, request: string, options?: OkOptions): void;
export function checkOk(response: Answer, requirement: string, request: string, options?: OkOptions): void;
export function checkOk(response: Answer, ...args: [string, OkOptions?] | [string, string, OkOptions?]): void {
  const [requirement, [request, { narrowing, auxiliary = false, blockedBy } = {}]] = judgedRequirement<[string, OkOptions?]>(args);
  if (response.status === 200) return;
  const received = `${response.status} ${response.text.slice(0, 300)}`;
  if (response.status >= 500) {
    recordFailure(failureOutcome({ requirement: 'ERR-NO-5XX', check: 'a valid request got a 5xx', summary: `${request} is valid and got HTTP ${response.status}`, received }));
    throw blocked('ERR-NO-5XX', `${request} got HTTP ${response.status}`);
  }
  const view = response.status === 400 && response.refusedView !== undefined ? VIEW_REQUIREMENT[response.refusedView] : undefined;
  if (view !== undefined && view !== requirement) {
    throw blocked(view, `${request} was answered ${received}, as is run_view_type ${response.refusedView} alone`);
  }
  if (narrowing !== undefined && response.status === 400) {
    // Inside a property the case is skipped (fast-check's precondition): other slices still judge.
    if (inTrial()) fc.pre(false);
    throw new Inconclusive(`the narrowing filter ${JSON.stringify(narrowing)} was refused with 400 (${response.text.slice(0, 200)}); the filter requirements judge it`);
  }
  if (blockedBy !== undefined) throw blocked(blockedBy, `${request} was answered ${received}`);
  if (auxiliary) throw new Inconclusive(`${request} was answered ${received}; what it should be is another requirement's to judge`);
  check(false, requirement, `${request} is valid and must be answered with 200`, { check: `status 200 (got ${response.status})`, received });
}
