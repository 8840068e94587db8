/**
 * The lifecycle of runs and experiments, as the MLflow write endpoints move it: runs/delete and
 * runs/restore move one run; experiments/delete moves the experiment's active runs to deleted
 * (MLflow's SQL store, `delete_experiment` → `_mark_run_deleted`); experiments/restore brings
 * back the runs it deleted. Each run remembers the transition that last set its stage (its
 * `cause`), so a wrong view of it is blamed on that transition and no other.
 *
 * Where readings part, the run is `disputed` and no check judges it: a run deleted on its own
 * before its experiment was deleted comes back with the experiment in MLflow's SQL store (restore
 * marks every run of the experiment active) and stays deleted in a store that undoes only what the
 * experiment's deletion did.
 */
export type LifecycleStage = 'active' | 'deleted' | 'disputed';

/** What last set a run's stage. */
export type StageCause = 'created' | 'run-deleted' | 'run-restored' | 'experiment-deleted' | 'experiment-restored';

export interface LifecycleRun {
  /** Index of its experiment in LifecycleState.experiments. */
  experiment: number;
  stage: LifecycleStage;
  cause: StageCause;
}

export interface LifecycleState {
  experiments: ('active' | 'deleted')[];
  runs: LifecycleRun[];
}

export function initialLifecycle(experiments: number): LifecycleState {
  return { experiments: Array.from({ length: experiments }, () => 'active' as const), runs: [] };
}

/** The writes whose preconditions hold (what MLflow accepts without dispute). */
export const canCreateRun = (s: LifecycleState, experiment: number) => s.experiments[experiment] === 'active';
export const canWriteRun = (s: LifecycleState, run: number) => stageOf(s, run) === 'active' && experimentActive(s, run);
export const canDeleteRun = canWriteRun;
export const canRestoreRun = (s: LifecycleState, run: number) => stageOf(s, run) === 'deleted' && experimentActive(s, run);
export const canDeleteExperiment = (s: LifecycleState, experiment: number) => s.experiments[experiment] === 'active';
export const canRestoreExperiment = (s: LifecycleState, experiment: number) => s.experiments[experiment] === 'deleted';

export function createRun(s: LifecycleState, experiment: number): number {
  s.runs.push({ experiment, stage: 'active', cause: 'created' });
  return s.runs.length - 1;
}

export function deleteRun(s: LifecycleState, run: number): void {
  setRun(s, run, 'deleted', 'run-deleted');
}

export function restoreRun(s: LifecycleState, run: number): void {
  setRun(s, run, 'active', 'run-restored');
}

export function deleteExperiment(s: LifecycleState, experiment: number): void {
  s.experiments[experiment] = 'deleted';
  for (const run of s.runs) {
    if (run.experiment === experiment && run.stage === 'active') Object.assign(run, { stage: 'deleted', cause: 'experiment-deleted' });
  }
}

export function restoreExperiment(s: LifecycleState, experiment: number): void {
  s.experiments[experiment] = 'active';
  for (const run of s.runs) {
    if (run.experiment !== experiment || run.stage !== 'deleted') continue;
    if (run.cause === 'experiment-deleted') Object.assign(run, { stage: 'active', cause: 'experiment-restored' });
    else run.stage = 'disputed';
  }
}

function stageOf(s: LifecycleState, run: number): LifecycleStage | undefined {
  return s.runs[run]?.stage;
}

function experimentActive(s: LifecycleState, run: number): boolean {
  const experiment = s.runs[run]?.experiment;
  return experiment !== undefined && s.experiments[experiment] === 'active';
}

function setRun(s: LifecycleState, run: number, stage: 'active' | 'deleted', cause: StageCause): void {
  const record = s.runs[run];
  if (!record) throw new Error(`no run ${run} in the lifecycle state`);
  Object.assign(record, { stage, cause });
}
