/**
 * The outcome protocol: what a test found, as data. A test attaches its outcomes as one JSON
 * attachment (OUTCOMES_ATTACHMENT); the reporter, the case files and replay read only that, never
 * a message or a title. Three kinds besides a plain pass:
 *
 * - failure: a check of one requirement failed. It names the requirement it judges, which need
 *   not be the test's own (a contract violation seen by an order test fails RESP-SCHEMA, not the
 *   order requirement), and carries a signature that is the same in two runs with different
 *   seeds when the server has the same fault.
 * - inconclusive: the test tried and could not observe what it needed (setup refused, every retry
 *   throttled, a page it could not read because of a contract failure: `blockedBy`).
 * - not-applicable: the configuration declares the capability the test needs absent.
 */

/** One request and its answer (or transport error), redacted: the evidence a failure carries. */
export interface Exchange {
  /** The opc-request-id the suite sent. */
  requestId: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response?: { status: number; headers: Record<string, string>; body: string };
  error?: string;
  durationMs: number;
}

/** What a single answer must be: one of these statuses, and the profile's error body if asked. */
export interface ResponseExpectation {
  status: number[];
  errorBody?: boolean;
}

/** The shrunk counterexample of a failed property. */
export interface Counterexample {
  /** fc.stringify of the value. */
  value: string;
  /** The value with its seed-dependent parts (keys, numbers, ids) abstracted: part of the signature. */
  shape: string;
  numShrinks: number;
  /** The run's seed, which generated the data set and the cases. */
  seed: number;
  /** fast-check's own seed and replay path for this property. */
  fastCheckSeed: number;
  path: string;
}

export interface FailureOutcome {
  kind: 'failure';
  /** The catalogue id whose check failed. */
  requirement: string;
  /** A stable name of the check within the requirement (e.g. "status", "same-runs", "contract"). */
  check: string;
  /** One line for people. */
  summary: string;
  expected?: unknown;
  received?: unknown;
  /** The seeded runs the server and the oracle disagree on, as the suite wrote them. */
  runs?: unknown[];
  /** The exchanges that show it: the shrunk counterexample's, else the test's last ones. */
  exchanges: Exchange[];
  counterexample?: Counterexample;
  /**
   * For a check one answer decides (a rejection, an error body): what the last exchange's answer
   * had to be, so replay can re-send that request and judge the new answer alone.
   */
  response?: ResponseExpectation;
  /** requirement / check / shape: equal across seeds for the same fault. */
  signature: string;
}

export interface InconclusiveOutcome {
  kind: 'inconclusive';
  /** The requirement that could not be judged; absent: every requirement the test declares. */
  requirement?: string;
  reason: string;
  /** The RESP-* requirement whose failure made the answer unreadable. */
  blockedBy?: string;
}

export interface NotApplicableOutcome {
  kind: 'not-applicable';
  reason: string;
}

export type Outcome = FailureOutcome | InconclusiveOutcome | NotApplicableOutcome;

/** The attachment (application/json, Outcome[]) every test with an outcome carries. */
export const OUTCOMES_ATTACHMENT = 'outcomes';
/** The annotation type that declares the requirement(s) a test judges, one per id. */
export const REQUIREMENT_ANNOTATION = 'requirement';
/** The annotation type of a test skipped as NOT_APPLICABLE; its description is the reason. */
export const NOT_APPLICABLE_ANNOTATION = 'not-applicable';

/** JSON text for outcomes: bigints as integers in strings ("123n"), long values cut. */
export function outcomesJson(outcomes: readonly Outcome[]): string {
  return JSON.stringify(outcomes, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value), 2);
}

/** Parses an outcomes attachment strictly enough that a malformed one is an error, not a pass. */
export function parseOutcomes(text: string): Outcome[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) throw new Error('the outcomes attachment is not a list');
  return parsed.map((item, i) => {
    const o = item as Partial<Outcome> | null;
    const ok =
      (o?.kind === 'failure' && typeof o.requirement === 'string' && typeof o.signature === 'string' && Array.isArray(o.exchanges)) ||
      (o?.kind === 'inconclusive' && typeof o.reason === 'string') ||
      (o?.kind === 'not-applicable' && typeof o.reason === 'string');
    if (!ok) throw new Error(`outcome ${i} is malformed: ${JSON.stringify(item).slice(0, 200)}`);
    return o as Outcome;
  });
}
