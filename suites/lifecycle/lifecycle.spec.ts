import fc from 'fast-check';
import { test, type Scratch } from '../harness';
import { initialLifecycle } from '../../src/oracle';
import { Inconclusive } from '../../src/outcome';
import { commandKinds, EXAMPLES, lifecycleCommands, type LifecycleConstraints } from './arbitrary';
import { Search, type LifecycleWorld } from './commands';
import type { Transition } from './judge';

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

/**
 * One property per transition, each drawing only the lifecycle writes its story needs: a fault of
 * one transition then leaves the others' properties free to judge theirs (a wrong run of another
 * transition met on the way blocks, naming that transition's requirement).
 */
const PROPERTIES: { title: string; judges: Transition; constraints: LifecycleConstraints }[] = [
  {
    title: 'VIEW-RUN-RESTORE: runs deleted and restored among metric and tag writes are where the model says, in every view',
    judges: 'run-restored',
    constraints: { experiments: 1, lifecycle: ['deleteRun', 'restoreRun'] },
  },
  {
    title: "VIEW-EXPERIMENT-DELETE: deleting an experiment moves its active runs to the deleted views, its other runs and the other experiment's stay",
    judges: 'experiment-deleted',
    constraints: { experiments: 2, lifecycle: ['deleteRun', 'restoreRun', 'deleteExperiment'] },
  },
  {
    title: 'VIEW-EXPERIMENT-RESTORE: restoring an experiment brings back the runs its deletion deleted, among run deletes, restores and writes',
    judges: 'experiment-restored',
    constraints: { experiments: 2, lifecycle: ['deleteRun', 'restoreRun', 'deleteExperiment', 'restoreExperiment'] },
  },
];

for (const { title, judges, constraints } of PROPERTIES) {
  test(title, async ({ client, scratch, property }) => {
    const control = await seedControl(scratch);
    const observed = new Set<Transition>();
    await property(
      lifecycleCommands(constraints),
      async (commands) => {
        // Fresh experiments per case: a failing case's server state never leaks into the next, so a
        // counterexample shrinks to the commands that show the fault.
        const createExperiment = async () => (await scratch.seed({ experiments: ['lc'], runs: [] })).experimentIds[0]!;
        const world: LifecycleWorld = { client, experimentIds: [], createExperiment, control, runIds: [], judges, observed };
        const model = initialLifecycle(constraints.experiments);
        await fc.asyncModelRun(() => ({ model, real: world }), commands);
        // Every case ends by searching both stages' views, so a sequence of writes alone is judged too.
        for (const search of FINAL_SEARCHES) await search.run(model, world);
      },
      { examples: EXAMPLES[judges], shape: commandKinds },
    );
    if (!observed.has(judges)) throw new Inconclusive(`no search judged a run after ${judges.replace('-', ' ')}: the check would be vacuous`);
  });
}
