/**
 * What a check throws to stop its test. The outcome is recorded where it is raised (see
 * recorder.ts); the error only ends the test and tells a person what happened.
 */
import { recordFailure, recordInconclusive } from './recorder';
import type { FailureOutcome } from './types';

const SHOWN = 1500;

/** A check of one requirement failed; its outcome is recorded already. */
export class CheckFailed extends Error {
  override name = 'ConformanceFailure';
  constructor(readonly outcome: FailureOutcome) {
    super(describeFailure(outcome));
  }
}

/** Records the failure (outside a property's trials) and returns the error that ends the test. */
export function failed(outcome: FailureOutcome): CheckFailed {
  recordFailure(outcome);
  return new CheckFailed(outcome);
}

/** The check was tried and could not observe what it needed; never a pass, never a FAIL. */
export class Inconclusive extends Error {
  override name = 'Inconclusive';
  constructor(
    readonly reason: string,
    readonly extra: { requirement?: string; blockedBy?: string } = {},
  ) {
    super(`INCONCLUSIVE: ${reason}`);
    recordInconclusive(reason, extra);
  }
}

/** An answer the test cannot read because it breaks the contract: INCONCLUSIVE, blamed on `blockedBy`. */
export function blocked(blockedBy: string, what: string): Inconclusive {
  return new Inconclusive(`blocked by ${blockedBy}: ${what}`, { blockedBy });
}

/** A failure as people read it: requirement and summary, then received, expected, the runs. */
export function describeFailure(f: Pick<FailureOutcome, 'requirement' | 'summary' | 'received' | 'expected' | 'runs'>): string {
  const lines = [`${f.requirement}: ${f.summary}`];
  if (f.received !== undefined) lines.push(`Received: ${show(f.received)}`);
  if (f.expected !== undefined) lines.push(`Expected: ${show(f.expected)}`);
  if (f.runs?.length) lines.push(`Runs that show it: ${show(f.runs)}`);
  return lines.join('\n');
}

export function show(value: unknown): string {
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
  return text === undefined ? String(value) : text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}
