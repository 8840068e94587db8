/**
 * The lifecycle property's commands, one small class each (fast-check model-based testing): the
 * MLflow writes that create, change, delete and restore runs and experiments, and the search that
 * judges every view against the model (src/oracle/lifecycle.ts). A command runs only when its
 * precondition holds in the model (`check`), so every write is one MLflow accepts; `toString`
 * reads as a replay step, naming runs by their suite-local name.
 */
import type fc from 'fast-check';
import type { SearchClient } from '../../src/client';
import {
  canCreateRun,
  canDeleteExperiment,
  canDeleteRun,
  canRestoreExperiment,
  canRestoreRun,
  canWriteRun,
  createRun,
  deleteExperiment,
  deleteRun,
  restoreExperiment,
  restoreRun,
  type LifecycleState,
  type RunViewType,
} from '../../src/oracle';
import { checkOk, ONE_PAGE, runIdsOf, searchBody } from '../support';
import { judgeView, type Transition } from './judge';

/** The server side of one case: its own experiments, the shared control runs, the runs it created. */
export interface LifecycleWorld {
  client: SearchClient;
  /** The case's experiments by model index, created on first use: one a case never touches costs nothing. */
  experimentIds: (string | undefined)[];
  /** Creates an experiment under the run's seed prefix (deleted when the test ends). */
  createExperiment: () => Promise<string>;
  /** The control experiment: one active and one deleted run no command touches. */
  control: { experimentId: string; activeRunId: string; deletedRunId: string };
  /** Run ids by model index. */
  runIds: string[];
  /** The transition the test judges; a wrong run of another is blocked by that one's requirement. */
  judges: Transition;
  /** Shared by the cases: gets `judges` once a search has judged a run of it (not vacuous). */
  observed: Set<Transition>;
}

export type LifecycleCommand = fc.AsyncCommand<LifecycleState, LifecycleWorld>;

/** A base far from now, so start times never meet a wall-clock default. */
const START_TIME_BASE = 1_600_000_000_000;

const runName = (index: number) => `lc${index}`;

async function experimentId(world: LifecycleWorld, index: number): Promise<string> {
  return (world.experimentIds[index] ??= await world.createExperiment());
}

/** The `pick`-th run (modulo) among those the predicate allows; undefined when none does. */
function pickRun(model: LifecycleState, pick: number, allowed: (s: LifecycleState, run: number) => boolean): number | undefined {
  const eligible = model.runs.map((_, index) => index).filter((index) => allowed(model, index));
  return eligible.length === 0 ? undefined : eligible[pick % eligible.length];
}

/** Resolves its run when it runs, so the replay step names the run it touched. */
abstract class RunCommand implements LifecycleCommand {
  protected ran: number | undefined;
  constructor(
    readonly pick: number,
    private readonly allowed: (s: LifecycleState, run: number) => boolean,
  ) {}
  check(model: Readonly<LifecycleState>): boolean {
    return pickRun(model as LifecycleState, this.pick, this.allowed) !== undefined;
  }
  async run(model: LifecycleState, world: LifecycleWorld): Promise<void> {
    const run = pickRun(model, this.pick, this.allowed)!;
    this.ran = run;
    await this.apply(model, world, run, world.runIds[run]!);
  }
  protected abstract apply(model: LifecycleState, world: LifecycleWorld, run: number, runId: string): Promise<void>;
  protected get target(): string {
    return this.ran === undefined ? `#${this.pick}` : runName(this.ran);
  }
}

export class CreateRun implements LifecycleCommand {
  constructor(
    readonly experiment: number,
    readonly startOffset: number,
  ) {}
  check(model: Readonly<LifecycleState>): boolean {
    return canCreateRun(model as LifecycleState, this.experiment);
  }
  async run(model: LifecycleState, world: LifecycleWorld): Promise<void> {
    const index = model.runs.length;
    const created = await world.client.mustCall('runs/create', {
      experiment_id: await experimentId(world, this.experiment),
      run_name: runName(index),
      start_time: START_TIME_BASE + this.startOffset,
    });
    const runId = (created.run as { info?: { run_id?: string } } | undefined)?.info?.run_id;
    if (!runId) throw new Error(`runs/create answered without run.info.run_id: ${JSON.stringify(created).slice(0, 300)}`);
    world.runIds.push(runId);
    createRun(model, this.experiment);
  }
  toString(): string {
    return `createRun(e${this.experiment}, start_time +${this.startOffset})`;
  }
}

export class LogMetrics extends RunCommand {
  constructor(
    pick: number,
    readonly key: string,
    readonly points: readonly { value: number; step: number }[],
  ) {
    super(pick, canWriteRun);
  }
  protected override async apply(_model: LifecycleState, world: LifecycleWorld, _run: number, runId: string): Promise<void> {
    const metrics = this.points.map(({ value, step }, i) => ({ key: this.key, value, step, timestamp: START_TIME_BASE + i }));
    await world.client.mustCall('runs/log-batch', { run_id: runId, metrics, params: [], tags: [] });
  }
  override toString(): string {
    return `logMetrics(${this.target}, ${this.key}: ${this.points.map((p) => `${p.value}@${p.step}`).join(' ')})`;
  }
}

export class SetTag extends RunCommand {
  constructor(
    pick: number,
    readonly key: string,
    readonly value: string,
  ) {
    super(pick, canWriteRun);
  }
  protected override async apply(_model: LifecycleState, world: LifecycleWorld, _run: number, runId: string): Promise<void> {
    await world.client.mustCall('runs/set-tag', { run_id: runId, key: this.key, value: this.value });
  }
  override toString(): string {
    return `setTag(${this.target}, ${this.key}=${this.value})`;
  }
}

export class DeleteRun extends RunCommand {
  constructor(pick: number) {
    super(pick, canDeleteRun);
  }
  protected override async apply(model: LifecycleState, world: LifecycleWorld, run: number, runId: string): Promise<void> {
    await world.client.mustCall('runs/delete', { run_id: runId });
    deleteRun(model, run);
  }
  override toString(): string {
    return `deleteRun(${this.target})`;
  }
}

export class RestoreRun extends RunCommand {
  constructor(pick: number) {
    super(pick, canRestoreRun);
  }
  protected override async apply(model: LifecycleState, world: LifecycleWorld, run: number, runId: string): Promise<void> {
    await world.client.mustCall('runs/restore', { run_id: runId });
    restoreRun(model, run);
  }
  override toString(): string {
    return `restoreRun(${this.target})`;
  }
}

export class DeleteExperiment implements LifecycleCommand {
  constructor(readonly experiment: number) {}
  check(model: Readonly<LifecycleState>): boolean {
    return canDeleteExperiment(model as LifecycleState, this.experiment);
  }
  async run(model: LifecycleState, world: LifecycleWorld): Promise<void> {
    await world.client.mustCall('experiments/delete', { experiment_id: await experimentId(world, this.experiment) });
    deleteExperiment(model, this.experiment);
  }
  toString(): string {
    return `deleteExperiment(e${this.experiment})`;
  }
}

export class RestoreExperiment implements LifecycleCommand {
  constructor(readonly experiment: number) {}
  check(model: Readonly<LifecycleState>): boolean {
    return canRestoreExperiment(model as LifecycleState, this.experiment);
  }
  async run(model: LifecycleState, world: LifecycleWorld): Promise<void> {
    await world.client.mustCall('experiments/restore', { experiment_id: await experimentId(world, this.experiment) });
    restoreExperiment(model, this.experiment);
  }
  toString(): string {
    return `restoreExperiment(e${this.experiment})`;
  }
}

/** Every experiment of the case (that exists yet) and the control experiment, in one view; judged run by run. */
export class Search implements LifecycleCommand {
  constructor(readonly view: RunViewType | undefined) {}
  check(): boolean {
    return true;
  }
  async run(model: LifecycleState, world: LifecycleWorld): Promise<void> {
    const query = {
      experimentIds: [...world.experimentIds.filter((id): id is string => id !== undefined), world.control.experimentId],
      ...(this.view ? { runViewType: this.view } : {}),
    };
    const response = await world.client.searchRuns(searchBody({ ...query, maxResults: ONE_PAGE }));
    // Auxiliary: a refused search is no transition's failure (the view's own, or another's).
    checkOk(response, `the search ${JSON.stringify(searchBody(query))}`, { auxiliary: true });
    judgeView(runIdsOf(response), this.view, model, world);
  }
  toString(): string {
    return `search(${this.view ?? 'no run_view_type'})`;
  }
}
