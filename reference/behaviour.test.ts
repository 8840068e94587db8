import { expect, test } from '@playwright/test';
import { defaultBehaviour, type Behaviour } from './behaviour';
import { createReferenceHandler } from './handler';
import { names, search, seedRuns } from './test-support';

/** Each row is a mutant as the mutants/ folder writes them: one overridden seam. */
const MUTANTS: [string, Partial<Behaviour>, (answer: Awaited<ReturnType<typeof search>>) => void][] = [
  [
    'compareRuns ignoring DESC',
    { compareRuns: (a, b, keys) => defaultBehaviour.compareRuns(a, b, keys.map((key) => ({ ...key, ascending: true }))) },
    (answer) => expect(names(answer)).toEqual(['low', 'high']),
  ],
  [
    'latestMetric keeping the first logged point',
    { latestMetric: (current, logged) => current ?? logged },
    (answer) => {
      const low = answer.json.runs.find((run: any) => run.info.run_name === 'low');
      expect(low.data.metrics[0].value).toBe(0);
    },
  ],
  [
    'responseHeaders without opc-request-id',
    { responseHeaders: () => ({ 'content-type': 'application/json' }) },
    (answer) => expect(answer.headers.get('opc-request-id')).toBeNull(),
  ],
  [
    'inView treating ACTIVE_ONLY as ALL',
    { inView: () => true },
    (answer) => expect(names(answer)).toContain('gone'),
  ],
];

for (const [title, behaviour, observe] of MUTANTS) {
  test(`the ${title} seam changes what the server answers, and only for that handler`, async () => {
    for (const [override, mutated] of [[behaviour, true], [{}, false]] as const) {
      const handler = createReferenceHandler({ behaviour: override });
      const { experimentId } = handler.store.createExperiment('seams');
      seedRuns(handler, experimentId, [
        { name: 'low', metrics: { m: [{ value: 0, step: 0 }, { value: 1, step: 1 }] } },
        { name: 'high', metrics: { m: 5 } },
        { name: 'gone', deleted: true },
      ]);
      const answer = await search(handler, { experiment_ids: [experimentId], order_by: ['metrics.m DESC'] });
      if (mutated) observe(answer);
      else expect(() => observe(answer)).toThrow();
    }
  });
}
