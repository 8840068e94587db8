/**
 * Where a running test's outcomes are collected. One test runs at a time in a worker, so the
 * recorder is module state: the harness begins it before the test and attaches what it holds
 * after. A property runner marks its trials: a check that fails during a trial is not recorded
 * (fast-check shrinks it and the runner records the replay of the smallest case), while what the
 * contract check finds is recorded in any case, since no shrinking judges it again.
 */
import { signatureOf } from './signature';
import type { Counterexample, Exchange, FailureOutcome, Outcome } from './types';

/** The check name of what the client's contract check records: its signature keeps the violation's shape. */
export const CONTRACT_CHECK = 'contract';

/** How many of the test's latest exchanges a failure carries as evidence. */
const KEPT_EXCHANGES = 12;
/** A contract fault repeats on every page; a few failures of one signature are enough. */
const MAX_FAILURES = 50;

interface Recording {
  outcomes: Outcome[];
  exchanges: Exchange[];
  trials: number;
  /** The requirement ids the test declares (its title's prefix). */
  declared: readonly string[];
}

let current: Recording | undefined;

/** `declared`: the requirements the test judges, so a check of its own need not name one. */
export function beginRecording(declared: readonly string[] = []): void {
  current = { outcomes: [], exchanges: [], trials: 0, declared: [...declared] };
}

/**
 * The one requirement the running test declares: what a check judges unless it names another.
 * A check that names none outside a test, or in a test of several requirements, is a mistake of
 * the suite, never a verdict.
 */
export function testRequirement(): string {
  if (!current) throw new Error('a check named no requirement outside a test: name the requirement it judges');
  const [only, ...more] = current.declared;
  if (only === undefined || more.length > 0) {
    throw new Error(`a check named no requirement, and the test declares ${current.declared.length === 0 ? 'none' : current.declared.join(', ')}: name the one it judges`);
  }
  return only;
}

/** The outcomes of the test that ends, and a fresh start. */
export function endRecording(): Outcome[] {
  const outcomes = current?.outcomes ?? [];
  current = undefined;
  return outcomes;
}

/** Fed by the HTTP client: the evidence of the test's next failure. */
export function noteExchange(exchange: Exchange): void {
  if (!current) return;
  current.exchanges.push(exchange);
  if (current.exchanges.length > KEPT_EXCHANGES) current.exchanges.shift();
}

export function recentExchanges(): Exchange[] {
  return [...(current?.exchanges ?? [])];
}

export function inTrial(): boolean {
  return (current?.trials ?? 0) > 0;
}

/** Runs fn with check failures unrecorded: fast-check's trials and shrinks. */
export async function duringTrials<T>(fn: () => Promise<T>): Promise<T> {
  if (current) current.trials += 1;
  const recording = current;
  try {
    return await fn();
  } finally {
    if (recording) recording.trials -= 1;
  }
}

/** A failure as a check states it; the recorder adds the evidence and the signature. */
export type FailureInput = Omit<FailureOutcome, 'kind' | 'exchanges' | 'counterexample' | 'signature'> & {
  /** The signature's shape (default: none, a property's counterexample gives it). */
  shape?: string;
  exchanges?: Exchange[];
};

export function failureOutcome(input: FailureInput): FailureOutcome {
  const { shape, exchanges, ...rest } = input;
  return { kind: 'failure', ...rest, exchanges: exchanges ?? recentExchanges(), signature: signatureOf(input.requirement, input.check, shape ?? '') };
}

/**
 * Records a failure. `always`: also during a property's trials (what the contract check finds).
 * One failure per signature and test: the first, which is the one a reader replays.
 */
export function recordFailure(failure: FailureOutcome, { always = false } = {}): void {
  if (!current || (current.trials > 0 && !always)) return;
  if (current.outcomes.some((o) => o.kind === 'failure' && o.signature === failure.signature)) return;
  if (current.outcomes.filter((o) => o.kind === 'failure').length >= MAX_FAILURES) return;
  current.outcomes.push(failure);
}

export function recordInconclusive(reason: string, extra: { requirement?: string; blockedBy?: string } = {}): void {
  if (!current || current.trials > 0) return;
  current.outcomes.push({ kind: 'inconclusive', reason, ...extra });
}

export function recordNotApplicable(reason: string): void {
  current?.outcomes.push({ kind: 'not-applicable', reason });
}

/** Gives the property's shrunk counterexample to the failures and inconclusives its replay recorded. */
export function attachCounterexample(since: number, counterexample: Counterexample, exchanges: Exchange[]): void {
  if (!current) return;
  for (const outcome of current.outcomes.slice(since)) {
    if (outcome.kind !== 'failure') continue;
    outcome.counterexample = counterexample;
    outcome.exchanges = exchanges;
    if (outcome.check === CONTRACT_CHECK) continue;
    outcome.signature = signatureOf(outcome.requirement, outcome.check, counterexample.shape);
  }
}

/** What the running test has recorded so far. */
export function recordedOutcomes(): readonly Outcome[] {
  return current?.outcomes ?? [];
}

/** How many outcomes are recorded so far (a mark for attachCounterexample). */
export function recordedCount(): number {
  return current?.outcomes.length ?? 0;
}
