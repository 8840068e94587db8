/** The in-memory tracking store both profiles share. Writes follow MLflow's rules (research §8). */
import { randomUUID } from 'node:crypto';
import { ApiError, invalidParameter } from './errors';
import type { Int64 } from './int64';
import type { ExperimentRecord, MetricRecord, RunRecord, RunStatus } from './model';

/** Picks the searchable value of a metric key: the current latest or the newly logged point. */
export type LatestMetric = (current: MetricRecord | undefined, logged: MetricRecord) => MetricRecord;

export interface NewRun {
  experimentId: string;
  startTime: Int64;
  runName?: string;
  userId?: string;
  tags?: Map<string, string>;
}

export interface RunUpdate {
  status?: RunStatus;
  endTime?: Int64;
  runName?: string;
}

export interface Batch {
  metrics: MetricRecord[];
  params: Map<string, string>;
  tags: Map<string, string>;
}

const RUN_NAME_TAG = 'mlflow.runName';

export class Store {
  private readonly experimentsById = new Map<string, ExperimentRecord>();
  private readonly runsById = new Map<string, RunRecord>();
  private readonly runsByExperiment = new Map<string, RunRecord[]>();
  private nextExperimentId = 1;

  constructor(private readonly latestMetric: LatestMetric) {}

  /** Forgets everything (for a test fixture that resets a shared server). */
  clear(): void {
    this.experimentsById.clear();
    this.runsById.clear();
    this.runsByExperiment.clear();
    this.nextExperimentId = 1;
  }

  createExperiment(name: string, artifactLocation?: string, tags = new Map<string, string>()): ExperimentRecord {
    if (name === '') throw invalidParameter("Experiment name must not be empty.");
    if (this.experimentByName(name)) {
      throw new ApiError('already_exists', `Experiment '${name}' already exists.`);
    }
    const experimentId = String(this.nextExperimentId++);
    const now = Date.now();
    const experiment: ExperimentRecord = {
      experimentId,
      name,
      artifactLocation: artifactLocation || `mlflow-artifacts:/${experimentId}`,
      lifecycleStage: 'active',
      creationTime: now,
      lastUpdateTime: now,
      tags,
    };
    this.experimentsById.set(experimentId, experiment);
    this.runsByExperiment.set(experimentId, []);
    return experiment;
  }

  experiment(experimentId: string): ExperimentRecord {
    const experiment = this.experimentsById.get(experimentId);
    if (!experiment) throw new ApiError('not_found', `No experiment with id '${experimentId}'.`);
    return experiment;
  }

  experimentByName(name: string): ExperimentRecord | undefined {
    for (const experiment of this.experimentsById.values()) if (experiment.name === name) return experiment;
    return undefined;
  }

  experiments(): ExperimentRecord[] {
    return [...this.experimentsById.values()];
  }

  /** Deleting an experiment deletes its active runs too (as MLflow's SQL store). */
  setExperimentStage(experimentId: string, stage: 'active' | 'deleted'): void {
    const experiment = this.experiment(experimentId);
    experiment.lifecycleStage = stage;
    experiment.lastUpdateTime = Date.now();
    for (const run of this.runsOf([experimentId])) {
      if (stage === 'deleted' && run.lifecycleStage === 'active') {
        run.lifecycleStage = 'deleted';
        run.deletedWithExperiment = true;
      } else if (stage === 'active' && run.deletedWithExperiment) {
        run.lifecycleStage = 'active';
        run.deletedWithExperiment = false;
      }
    }
  }

  createRun(spec: NewRun): RunRecord {
    const experiment = this.experiment(spec.experimentId);
    if (experiment.lifecycleStage !== 'active') {
      throw invalidParameter(`Experiment '${experiment.experimentId}' must be in the 'active' state.`);
    }
    const runId = randomUUID().replace(/-/g, '');
    const tags = new Map(spec.tags);
    const runName = spec.runName || tags.get(RUN_NAME_TAG) || `run-${runId.slice(0, 8)}`;
    tags.set(RUN_NAME_TAG, runName);
    const run: RunRecord = {
      runId,
      experimentId: experiment.experimentId,
      runName,
      userId: spec.userId ?? '',
      status: 'RUNNING',
      startTime: spec.startTime,
      endTime: undefined,
      artifactUri: `${experiment.artifactLocation}/${runId}/artifacts`,
      lifecycleStage: 'active',
      deletedWithExperiment: false,
      params: new Map(),
      tags,
      latestMetrics: new Map(),
    };
    this.runsById.set(runId, run);
    this.runsByExperiment.get(experiment.experimentId)?.push(run);
    return run;
  }

  run(runId: string): RunRecord {
    const run = this.runsById.get(runId);
    if (!run) throw new ApiError('not_found', `Run with id=${runId} not found.`);
    return run;
  }

  /** Runs of the given experiments; unknown ids contribute nothing. */
  runsOf(experimentIds: readonly string[]): RunRecord[] {
    return [...new Set(experimentIds)].flatMap((id) => this.runsByExperiment.get(id) ?? []);
  }

  updateRun(runId: string, update: RunUpdate): RunRecord {
    const run = this.activeRun(runId);
    if (update.status !== undefined) run.status = update.status;
    if (update.endTime !== undefined) run.endTime = update.endTime;
    if (update.runName) {
      run.runName = update.runName;
      run.tags.set(RUN_NAME_TAG, update.runName);
    }
    return run;
  }

  /** Idempotent both ways. */
  setRunStage(runId: string, stage: 'active' | 'deleted'): void {
    const run = this.run(runId);
    run.lifecycleStage = stage;
    run.deletedWithExperiment = false;
  }

  /** All-or-nothing: every check runs before anything is written. */
  logBatch(runId: string, batch: Batch): void {
    const run = this.activeRun(runId);
    for (const [key, value] of batch.params) {
      const logged = run.params.get(key);
      if (logged !== undefined && logged !== value) {
        throw invalidParameter(`Changing param values is not allowed. Param '${key}' was '${logged}', got '${value}'.`);
      }
    }
    for (const [key, value] of batch.params) run.params.set(key, value);
    for (const [key, value] of batch.tags) run.tags.set(key, value);
    if (batch.tags.has(RUN_NAME_TAG)) run.runName = batch.tags.get(RUN_NAME_TAG) ?? run.runName;
    for (const metric of batch.metrics) {
      run.latestMetrics.set(metric.key, this.latestMetric(run.latestMetrics.get(metric.key), metric));
    }
  }

  private activeRun(runId: string): RunRecord {
    const run = this.run(runId);
    if (run.lifecycleStage !== 'active') {
      throw invalidParameter(`The run ${runId} must be in the 'active' state. Current state is deleted.`);
    }
    return run;
  }
}
