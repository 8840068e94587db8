/**
 * Judges one view's answer against the lifecycle model, run by run. Each lifecycle transition is
 * its own requirement (runs/restore → VIEW-RUN-RESTORE, experiments/delete →
 * VIEW-EXPERIMENT-DELETE, experiments/restore → VIEW-EXPERIMENT-RESTORE), judged by its own test;
 * a wrong run is blamed on the transition that last set its stage:
 * - the test's own transition: its FAIL;
 * - another transition: blocked by that transition's requirement (its own test judges it);
 * - a run only created, or deleted on its own (as the seeder does, and the control runs are): the
 *   view's own requirement (suites/view-type) is wrong, and nothing can be judged from its answer.
 * Disputed runs (src/oracle/lifecycle.ts) and runs the model does not know (another experiment's:
 * RESP-EXPERIMENT-SCOPE) are not judged.
 */
import { blocked } from '../../src/outcome';
import { stageInView, type LifecycleState, type RunViewType, type StageCause } from '../../src/oracle';
import { check, VIEW_REQUIREMENT } from '../support';
import type { LifecycleWorld } from './commands';

/** The requirement each transition's outcome rests on. */
export const TRANSITION_REQUIREMENT = {
  'run-restored': 'VIEW-RUN-RESTORE',
  'experiment-deleted': 'VIEW-EXPERIMENT-DELETE',
  'experiment-restored': 'VIEW-EXPERIMENT-RESTORE',
} as const satisfies Partial<Record<StageCause, string>>;

export type Transition = keyof typeof TRANSITION_REQUIREMENT;

interface KnownRun {
  runId: string;
  name: string;
  stage: 'active' | 'deleted';
  cause: StageCause;
}

export function judgeView(received: readonly string[], view: RunViewType | undefined, model: LifecycleState, world: LifecycleWorld): void {
  const got = new Set(received);
  const known = knownRuns(model, world);
  const wrong = known.filter((run) => inView(run.stage, view) !== got.has(run.runId));
  const viewName = view ?? 'no run_view_type (ACTIVE_ONLY)';
  const controls = wrong.filter((run) => !isTransition(run.cause));
  if (controls.length > 0) {
    throw blocked(view ? VIEW_REQUIREMENT[view] : 'VIEW-DEFAULT-ACTIVE', `${viewName} is wrong about runs no lifecycle transition touched: ${describe(controls)}`);
  }
  const others = wrong.filter((run) => run.cause !== world.judges);
  if (others.length > 0) {
    const cause = others[0]!.cause as Transition;
    throw blocked(TRANSITION_REQUIREMENT[cause], `after ${words(cause)}, ${viewName} is wrong about ${describe(others.filter((r) => r.cause === cause))}`);
  }
  const bad = wrong;
  const returned = bad.filter((r) => got.has(r.runId));
  const missing = bad.filter((r) => !got.has(r.runId));
  check(bad.length === 0, TRANSITION_REQUIREMENT[world.judges], `after ${words(world.judges)}, ${viewName} must ${missing.length > 0 ? 'return' : 'not return'} the runs it made ${bad[0]?.stage ?? ''}`, {
    check: `${world.judges}${returned.length > 0 ? ' extra' : ''}${missing.length > 0 ? ' missing' : ''}`,
    received: { returned: returned.map((r) => r.name), missing: missing.map((r) => r.name) },
    expected: bad.map((r) => ({ run: r.name, stage: r.stage, [view ?? 'default view']: inView(r.stage, view) ? 'returned' : 'not returned' })),
  });
  if (known.some((run) => run.cause === world.judges)) world.observed.add(world.judges);
}

function knownRuns(model: LifecycleState, world: LifecycleWorld): KnownRun[] {
  const { activeRunId, deletedRunId } = world.control;
  const controls: KnownRun[] = [
    { runId: activeRunId, name: 'control-active', stage: 'active', cause: 'created' },
    { runId: deletedRunId, name: 'control-deleted', stage: 'deleted', cause: 'run-deleted' },
  ];
  const runs = model.runs.flatMap((run, index): KnownRun[] =>
    run.stage === 'disputed' ? [] : [{ runId: world.runIds[index]!, name: `lc${index}`, stage: run.stage, cause: run.cause }],
  );
  return [...controls, ...runs];
}

function inView(stage: 'active' | 'deleted', view: RunViewType | undefined): boolean {
  return stageInView(stage === 'deleted', view);
}

function isTransition(cause: StageCause): cause is Transition {
  return cause in TRANSITION_REQUIREMENT;
}

function words(transition: Transition): string {
  return transition.replace('-', ' ');
}

function describe(runs: readonly KnownRun[]): string {
  return runs.map((r) => `${r.name} (${r.stage})`).join(', ');
}
