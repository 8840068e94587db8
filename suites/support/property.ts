/**
 * Runs a fast-check property with the run's seed and the tier's numRuns. Check failures during
 * the trials and shrinks are not recorded; on failure the runner replays the shrunk
 * counterexample once more, so the recorded failure carries the smallest case, its own exchanges
 * and the counterexample's shape (its signature), and throws one message for people with the
 * counterexample, seed, path and replay.
 */
import fc from 'fast-check';
import { test } from '@playwright/test';
import type { SearchClient } from '../../src/client';
import { evidenceOf } from '../../src/client';
import {
  attachCounterexample,
  CheckFailed,
  duringTrials,
  Inconclusive,
  recentExchanges,
  recordedCount,
  recordFailure,
  recordInconclusive,
  shapeOf,
} from '../../src/outcome';

export interface PropertyContext<T = unknown> {
  client: SearchClient;
  numRuns: number;
  seed: number;
  /**
   * Values tried first, in every tier: faults seen in real servers, so a five-case smoke run
   * still meets them (fast-check's `examples`).
   */
  examples?: readonly T[];
  /** The counterexample's shape for its failure signature; default: shapeOf the value. */
  shape?: (value: T) => string;
}

/** What a property of a certification test is bound to: the harness's `property` fixture. */
export interface PropertyBinding {
  client: SearchClient;
  seed: number;
  /** The tier's budget of generated cases. */
  numRuns: number;
  /** The test's requirement: what its checks judge unless they name another. */
  requirement: string;
}

export interface PropertyOptions<T> {
  /** Values tried first, in every tier (fast-check's `examples`). */
  examples?: readonly T[];
  /** At most this many cases, whatever the tier's budget (a check whose every case is costly). */
  maxRuns?: number;
  /** The counterexample's shape for its failure signature (a command sequence: the kinds of command that ran). */
  shape?: (value: T) => string;
}

/** checkProperty with the client, seed, budget and requirement bound: `property(arbitrary, predicate)`. */
export type Property = (<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, options?: PropertyOptions<T>) => Promise<void>) &
  Readonly<PropertyBinding>;

export function boundProperty(binding: PropertyBinding): Property {
  const { client, seed, numRuns } = binding;
  const run = <T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, { examples = [], maxRuns, shape }: PropertyOptions<T> = {}) =>
    checkProperty(arbitrary, predicate, { client, seed, numRuns: maxRuns === undefined ? numRuns : Math.min(numRuns, maxRuns), examples, ...(shape ? { shape } : {}) });
  return Object.assign(run, { ...binding });
}

export async function checkProperty<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
  { client, numRuns, seed, examples = [], shape = shapeOf }: PropertyContext<T>,
): Promise<void> {
  const details = await duringTrials(() =>
    fc.check(fc.asyncProperty(arbitrary, predicate), {
      seed,
      numRuns,
      endOnFailure: false,
      examples: examples.map((example): [T] => [example]),
    }),
  );
  test.info().annotations.push({ type: 'cases', description: String(details.numRuns) });
  if (!details.failed) return;
  const [counterexample] = details.counterexample ?? [];
  const mark = recordedCount();
  const before = recentExchanges().at(-1)?.requestId;
  let error: unknown = details.errorInstance;
  let reproduced = false;
  try {
    await predicate(counterexample as T);
  } catch (replayed) {
    error = replayed;
    reproduced = true;
  }
  if (!reproduced) recordUnreproduced(error);
  const exchanges = recentExchanges();
  const own = exchanges.slice(exchanges.findIndex((e) => e.requestId === before) + 1);
  attachCounterexample(
    mark,
    {
      value: fc.stringify(counterexample),
      shape: shape(counterexample as T),
      numShrinks: details.numShrinks,
      seed,
      fastCheckSeed: details.seed,
      path: details.counterexamplePath ?? '',
    },
    evidenceOf(own),
  );
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Inconclusive) throw error;
  throw new Error(
    [
      message,
      `Counterexample: ${fc.stringify(counterexample)}`,
      `Shrunk ${details.numShrinks} time(s); fast-check seed ${details.seed}, path "${details.counterexamplePath}"`,
      client.replayHint(),
      `Re-run this test: SUITE_SEED=${seed} npx playwright test -g "${test.info().title.replace(/"/g, '\\"')}"`,
    ].join('\n'),
  );
}

/** The replay passed where a trial failed (a flaky server): the trial's outcome still stands. */
function recordUnreproduced(error: unknown): void {
  if (error instanceof CheckFailed) recordFailure(error.outcome);
  else if (error instanceof Inconclusive) recordInconclusive(error.reason, error.extra);
}
