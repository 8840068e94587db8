import fc from 'fast-check';
import { test, type Scratch } from '../harness';
import { Inconclusive } from '../../src/outcome';
import { checkProperty } from '../support';
import { CASE_EXPERIMENTS, commandKinds, EXAMPLES, lifecycleCommands } from './arbitrary';
import { Search, type LifecycleWorld } from './commands';
import { initialLifecycle } from '../../src/oracle';
import { TRANSITIONS, type Observed } from './judge';

/** Both stages' own views: every transition shows in one of them (the others come as commands). */
const FINAL_SEARCHES = (['ACTIVE_ONLY', 'DELETED_ONLY'] as const).map((view) => new Search(view));

/** One active and one deleted run that no command touches: they show whether a view itself works. */
async function seedControl(scratch: Scratch): Promise<LifecycleWorld['control']> {
  const bare = { experiment: 0, status: 'RUNNING' as const, metrics: [], params: {}, tags: {} };
  const seeded = await scratch.seed({
    experiments: ['control'],
    runs: [
      { ...bare, ref: 'control-active', startTime: 1_600_000_000_000, deleted: false },
      { ...bare, ref: 'control-deleted', startTime: 1_600_000_000_001, deleted: true },
    ],
  });
  const [active, deleted] = seeded.runs;
  return { experimentId: seeded.experimentIds[0]!, activeRunId: active!.runId, deletedRunId: deleted!.runId };
}

test('VIEW-RUN-RESTORE VIEW-EXPERIMENT-DELETE VIEW-EXPERIMENT-RESTORE: interleaved run and experiment deletes and restores, metric and tag writes, and searches in every view agree with the lifecycle model', async ({ client, scratch, target, budget }) => {
  const control = await seedControl(scratch);
  const observed: Observed = new Set();
  // checkProperty, not the `property` fixture: the test judges three requirements, each check names its own.
  await checkProperty(
    lifecycleCommands(),
    async (commands) => {
      // Fresh experiments per case: a failing case's server state never leaks into the next, so a
      // counterexample shrinks to the commands that show the fault.
      const { experimentIds } = await scratch.seed({ experiments: Array.from({ length: CASE_EXPERIMENTS }, (_, i) => `lc${i}`), runs: [] });
      const world: LifecycleWorld = { client, experimentIds, control, runIds: [], observed };
      const model = initialLifecycle(CASE_EXPERIMENTS);
      await fc.asyncModelRun(() => ({ model, real: world }), commands);
      // Every case ends by searching both stages' views, so a sequence of writes alone is judged too.
      for (const search of FINAL_SEARCHES) await search.run(model, world);
    },
    { client, seed: target.seed, numRuns: budget.propertyRuns, examples: EXAMPLES, shape: commandKinds },
  );
  const unseen = TRANSITIONS.filter((t) => !observed.has(t));
  if (unseen.length > 0) throw new Inconclusive(`no search judged a run after ${unseen.join(', ')}: the check would be vacuous`);
});
