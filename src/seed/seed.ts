/**
 * Writes a generated DataSet through the MLflow write API and returns what the server assigned
 * (experiment and run ids). Always sends start_time; batches metrics, params and tags with
 * log-batch (NaN and ±Infinity as "NaN", "Infinity", "-Infinity"; -0 reaches the wire as 0, since
 * JSON.stringify writes it so); bounded parallelism so a shared target is not flooded.
 */
import type { SearchClient } from '../client';
import type { DataSet, MetricPoint, RunSpec, SeededRun } from '../oracle';
import { measureAsync } from '../meter';
import { mapLimit } from '../pool';

// Two workers seed at once; 2 × 6 in flight stays under the 15 connections (5 + 10 overflow) of
// MLflow's default SQLAlchemy pool, whose exhaustion answers a write with a 400 after 30 s.
const PARALLEL_WRITES = 6;
/** MLflow's log-batch limits: ≤1000 metrics, ≤100 params, ≤100 tags, ≤1000 items in all. */
const BATCH = { metrics: 1000, params: 100, tags: 100, total: 1000 };

/** Structurally a DataSet too, so generators built from data accept it. */
export interface SeededData extends DataSet {
  prefix: string;
  experimentIds: string[];
  runs: SeededRun[];
}

export function seedDataSet(client: SearchClient, data: DataSet, prefix: string): Promise<SeededData> {
  return measureAsync('seed', () => writeDataSet(client, data, prefix));
}

async function writeDataSet(client: SearchClient, data: DataSet, prefix: string): Promise<SeededData> {
  const experimentIds: string[] = [];
  for (const suffix of data.experiments) {
    const created = await client.mustCall('experiments/create', { name: `${prefix}-${suffix}` });
    experimentIds.push(String(created.experiment_id));
  }
  const runs = await mapLimit(data.runs, PARALLEL_WRITES, (spec) => seedRun(client, spec, experimentIds));
  return { prefix, experiments: data.experiments, experimentIds, runs };
}

async function seedRun(client: SearchClient, spec: RunSpec, experimentIds: string[]): Promise<SeededRun> {
  const experimentId = experimentIds[spec.experiment];
  if (experimentId === undefined) throw new Error(`run ${spec.ref} names experiment ${spec.experiment}, which the data set lacks`);
  const early = tagsAtCreation(spec);
  const created = await client.mustCall('runs/create', {
    experiment_id: experimentId,
    run_name: spec.ref,
    start_time: spec.startTime,
    ...(early ? { tags: Object.entries(spec.tags).map(([key, value]) => ({ key, value })) } : {}),
  });
  const info = (created.run as { info?: { run_id?: string } } | undefined)?.info;
  if (!info?.run_id) throw new Error(`runs/create answered without run.info.run_id: ${JSON.stringify(created).slice(0, 300)}`);
  const runId = info.run_id;
  for (const batch of logBatches(early ? { ...spec, tags: {} } : spec)) await client.mustCall('runs/log-batch', { run_id: runId, ...batch });
  // runs/create leaves a run RUNNING without end_time, so bare runs need no update.
  if (spec.status !== 'RUNNING' || spec.endTime !== undefined) {
    await client.mustCall('runs/update', {
      run_id: runId,
      status: spec.status,
      ...(spec.endTime !== undefined ? { end_time: spec.endTime } : {}),
    });
  }
  if (spec.deleted) await client.mustCall('runs/delete', { run_id: runId });
  return { ...spec, runId, experimentId };
}

/**
 * Whether the run's tags travel with runs/create (one request less per run; a data set of bare
 * tagged runs needs no log-batch at all). Not when there are more than one batch holds, nor for
 * mlflow.* system tags, which MLflow's create_run reads itself (mlflow.runName against run_name).
 */
export function tagsAtCreation(spec: RunSpec): boolean {
  const keys = Object.keys(spec.tags);
  return keys.length > 0 && keys.length <= BATCH.tags && !keys.some((key) => key.startsWith('mlflow.'));
}

/** A metric point as log-batch takes it: NaN and ±Infinity, which JSON numbers cannot carry, as protobuf JSON's strings. */
export interface WireMetric extends Omit<MetricPoint, 'value'> {
  value: number | 'NaN' | 'Infinity' | '-Infinity';
}

export function wireMetric(point: MetricPoint): WireMetric {
  const { value } = point;
  if (Number.isFinite(value)) return point;
  return { ...point, value: Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity' };
}

interface Batch {
  metrics: WireMetric[];
  params: { key: string; value: string }[];
  tags: { key: string; value: string }[];
}

/** Splits a run's data into log-batch requests within MLflow's limits. */
export function logBatches(spec: RunSpec): Batch[] {
  const pending = {
    metrics: [...spec.metrics],
    params: Object.entries(spec.params).map(([key, value]) => ({ key, value })),
    tags: Object.entries(spec.tags).map(([key, value]) => ({ key, value })),
  };
  const batches: Batch[] = [];
  while (pending.metrics.length + pending.params.length + pending.tags.length > 0) {
    const params = pending.params.splice(0, BATCH.params);
    const tags = pending.tags.splice(0, BATCH.tags);
    const metrics = pending.metrics.splice(0, Math.min(BATCH.metrics, BATCH.total - params.length - tags.length)).map(wireMetric);
    batches.push({ metrics, params, tags });
  }
  return batches;
}
