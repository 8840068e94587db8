/**
 * The property runner: the run's seed and the tier's budget decide the cases; a failure is
 * recorded once, for the shrunk counterexample, with its shape in the signature.
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import type { SearchClient } from '../../src/client';
import { beginRecording, endRecording, Inconclusive, noteExchange, type FailureOutcome } from '../../src/outcome';
import { check } from './failure';
import { boundProperty, checkProperty } from './property';

/** Only replayHint is read of the client, and only when a property fails. */
const client = { replayHint: () => 'Replay: (the last request)' } as unknown as SearchClient;
const bound = (numRuns: number, seed = 7) => boundProperty({ client, seed, numRuns, requirement: 'PAGE-MAX-RESULTS' });
const casesAnnotation = () => test.info().annotations.filter((a) => a.type === 'cases').at(-1)?.description;

test('the bound property carries what it was bound to, and runs the tier budget of cases', async () => {
  const property = bound(37);
  expect([property.requirement, property.seed, property.numRuns, property.client]).toEqual(['PAGE-MAX-RESULTS', 7, 37, client]);
  let cases = 0;
  await property(fc.nat(), async () => {
    cases += 1;
  });
  expect(cases).toBe(37);
  expect(casesAnnotation()).toBe('37');
});

test('maxRuns caps the budget, never raises it', async () => {
  const count = async (numRuns: number, maxRuns: number) => {
    let cases = 0;
    await bound(numRuns)(fc.nat(), async () => void (cases += 1), { maxRuns });
    return cases;
  };
  expect(await count(100, 25)).toBe(25);
  expect(await count(5, 25)).toBe(5);
});

test('the seed decides the cases: the same seed draws the same values, another seed others; examples come first', async () => {
  const draw = async (seed: number, examples: number[] = []) => {
    const values: number[] = [];
    await bound(20, seed)(fc.integer({ min: 0, max: 1e9 }), async (n) => void values.push(n), { examples });
    return values;
  };
  const first = await draw(3);
  expect(await draw(3)).toEqual(first);
  expect(await draw(4)).not.toEqual(first);
  const withExamples = await draw(3, [-1, -2]);
  expect(withExamples.slice(0, 2)).toEqual([-1, -2]);
  expect(withExamples).toHaveLength(20);
});

test("a failing property records one failure: the test's requirement, the shrunk counterexample, its shape in the signature", async () => {
  beginRecording(['PAGE-MAX-RESULTS']);
  let sent = 0;
  const error = await bound(100)(fc.integer({ min: 0, max: 1000 }), async (n) => {
    noteExchange({ requestId: `r${sent++}`, request: { method: 'POST', url: 'u', headers: {}, body: String(n) }, durationMs: 1 });
    check(n < 4, 'n must stay below 4', { received: n });
  }).catch((thrown: unknown) => thrown);
  const outcomes = endRecording();
  expect(outcomes).toHaveLength(1);
  const failure = outcomes[0] as FailureOutcome;
  expect(failure).toMatchObject({ requirement: 'PAGE-MAX-RESULTS', check: 'n must stay below N', signature: 'PAGE-MAX-RESULTS | n must stay below N | N', received: 4 });
  expect(failure.counterexample).toMatchObject({ value: '4', shape: 'N', seed: 7 });
  expect(failure.counterexample!.numShrinks).toBeGreaterThan(0);
  // Only the replay's own request is its evidence, not the trials'.
  expect(failure.exchanges.map((e) => e.request.body)).toEqual(['4']);
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message).toContain('PAGE-MAX-RESULTS: n must stay below 4');
  expect(message).toContain('Counterexample: 4');
  expect(message).toContain('Replay: (the last request)');
  expect(message).toMatch(/Re-run this test: SUITE_SEED=7 npx playwright test -g "/);
});

test('an Inconclusive replay stays INCONCLUSIVE: rethrown as it is, never wrapped as a failure', async () => {
  beginRecording(['PAGE-MAX-RESULTS']);
  const error = await checkProperty(
    fc.nat(),
    async (n) => {
      if (n > 10) throw new Inconclusive('the server was busy');
    },
    { client, numRuns: 100, seed: 7 },
  ).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(Inconclusive);
  expect(endRecording().map((o) => o.kind)).toEqual(['inconclusive']);
});
