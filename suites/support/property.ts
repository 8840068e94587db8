/**
 * Runs a fast-check property with the run's seed and the tier's numRuns. On failure it replays
 * the shrunk counterexample once more, so the evidence and the curl command are those of the
 * smallest failing case, and throws one message with the counterexample, seed, path and replay.
 */
import fc from 'fast-check';
import { test } from '@playwright/test';
import type { SearchClient } from '../../src/client';
import { COUNTEREXAMPLE_ATTACHMENT, evidenceOf, isInconclusiveMessage, type CounterexampleRecord } from '../../src/client';

export interface PropertyContext<T = unknown> {
  client: SearchClient;
  numRuns: number;
  seed: number;
  /**
   * Values tried first, in every tier: faults seen in real servers, so a five-case smoke run
   * still meets them (fast-check's `examples`).
   */
  examples?: readonly T[];
}

export async function checkProperty<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
  { client, numRuns, seed, examples = [] }: PropertyContext<T>,
): Promise<void> {
  const details = await fc.check(fc.asyncProperty(arbitrary, predicate), {
    seed,
    numRuns,
    endOnFailure: false,
    examples: examples.map((example): [T] => [example]),
  });
  test.info().annotations.push({ type: 'cases', description: String(details.numRuns) });
  if (!details.failed) return;
  const [counterexample] = details.counterexample ?? [];
  let error: unknown = details.errorInstance;
  const before = client.exchanges.at(-1)?.requestId;
  try {
    await predicate(counterexample as T);
  } catch (replayed) {
    error = replayed;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (isInconclusiveMessage(message)) throw new Error(message);
  const record: CounterexampleRecord = {
    value: fc.stringify(counterexample),
    numShrinks: details.numShrinks,
    fastCheckSeed: details.seed,
    path: details.counterexamplePath ?? '',
    exchanges: evidenceOf(client.exchanges.slice(client.exchanges.findIndex((e) => e.requestId === before) + 1)),
  };
  await test.info().attach(COUNTEREXAMPLE_ATTACHMENT, { body: JSON.stringify(record, null, 2), contentType: 'application/json' });
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
