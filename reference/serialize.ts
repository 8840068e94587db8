/**
 * Wire shapes (snake_case, MLflow's protobuf JSON). The oci profile always carries repeated
 * fields (the spec requires `runs`); the mlflow profile omits empty ones, as protobuf JSON does.
 */
import type { ExperimentRecord, MetricRecord, Profile, RunRecord } from './model';

type Json = Record<string, unknown>;

/** An empty list vanishes in the mlflow profile. */
function repeated(profile: Profile, items: readonly unknown[]): unknown[] | undefined {
  return profile === 'mlflow' && items.length === 0 ? undefined : [...items];
}

function pairs(map: ReadonlyMap<string, string>): Json[] {
  return [...map].map(([key, value]) => ({ key, value }));
}

/** NaN and infinities are not JSON numbers; protobuf JSON spells them as strings. */
function metricValue(value: number): number | string {
  if (Number.isFinite(value)) return value;
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : '-Infinity';
}

function serializeMetric(metric: MetricRecord): Json {
  return { key: metric.key, value: metricValue(metric.value), timestamp: metric.timestamp, step: metric.step };
}

export function serializeRunInfo(run: RunRecord): Json {
  return {
    run_id: run.runId,
    run_uuid: run.runId,
    run_name: run.runName,
    experiment_id: run.experimentId,
    user_id: run.userId,
    status: run.status,
    start_time: run.startTime,
    end_time: run.endTime,
    artifact_uri: run.artifactUri,
    lifecycle_stage: run.lifecycleStage,
  };
}

export function serializeRun(run: RunRecord, profile: Profile): Json {
  return {
    info: serializeRunInfo(run),
    data: {
      metrics: repeated(profile, [...run.latestMetrics.values()].map(serializeMetric)),
      params: repeated(profile, pairs(run.params)),
      tags: repeated(profile, pairs(run.tags)),
    },
    inputs: { dataset_inputs: repeated(profile, []) },
    outputs: { model_outputs: repeated(profile, []) },
  };
}

export function serializeCollection(profile: Profile, runs: readonly Json[], nextPageToken: string | undefined): Json {
  return { runs: repeated(profile, runs), next_page_token: nextPageToken };
}

export function serializeExperiment(experiment: ExperimentRecord, profile: Profile): Json {
  return {
    experiment_id: experiment.experimentId,
    name: experiment.name,
    artifact_location: experiment.artifactLocation,
    lifecycle_stage: experiment.lifecycleStage,
    creation_time: experiment.creationTime,
    last_update_time: experiment.lastUpdateTime,
    tags: repeated(profile, pairs(experiment.tags)),
  };
}
