/**
 * Judges one view's answer against the lifecycle model, run by run, and blames each wrong run on
 * the transition that last set its stage:
 * - runs/restore → VIEW-RUN-RESTORE; experiments/delete → VIEW-EXPERIMENT-DELETE;
 *   experiments/restore → VIEW-EXPERIMENT-RESTORE;
 * - a run only created, or deleted on its own (as the seeder does, and the control runs are), is
 *   the view's own requirement to judge (suites/view-type): when the view is wrong about one of
 *   them, the view itself is broken and no transition can be judged from its answer (blocked).
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
type Transition = keyof typeof TRANSITION_REQUIREMENT;
const TRANSITIONS = Object.keys(TRANSITION_REQUIREMENT) as Transition[];

/** Transitions whose runs a search judged (each must be: not vacuous). */
export type Observed = Set<Transition>;
export { TRANSITIONS };

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
  const controls = wrong.filter((run) => !isTransition(run.cause));
  const viewName = view ?? 'no run_view_type (ACTIVE_ONLY)';
  if (controls.length > 0) {
    throw blocked(view ? VIEW_REQUIREMENT[view] : 'VIEW-DEFAULT-ACTIVE', `${viewName} is wrong about runs no lifecycle transition touched: ${describe(controls)}`);
  }
  for (const transition of TRANSITIONS) {
    const judged = known.filter((run) => run.cause === transition);
    const bad = wrong.filter((run) => run.cause === transition);
    check(bad.length === 0, TRANSITION_REQUIREMENT[transition], `after ${transition.replace('-', ' ')}, ${viewName} must ${bad[0] && got.has(bad[0].runId) ? 'not return' : 'return'} the runs it made ${bad[0]?.stage ?? ''}`, {
      check: `${transition} ${bad.some((r) => got.has(r.runId)) ? 'extra' : ''}${bad.some((r) => !got.has(r.runId)) ? ' missing' : ''}`.trim(),
      received: { returned: bad.filter((r) => got.has(r.runId)).map((r) => r.name), missing: bad.filter((r) => !got.has(r.runId)).map((r) => r.name) },
      expected: bad.map((r) => ({ run: r.name, stage: r.stage, [view ?? 'default view']: inView(r.stage, view) ? 'returned' : 'not returned' })),
    });
    if (judged.length > 0) world.observed.add(transition);
  }
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

function describe(runs: readonly KnownRun[]): string {
  return runs.map((r) => `${r.name} (${r.stage})`).join(', ');
}
