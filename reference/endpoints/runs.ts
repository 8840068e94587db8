/** MLflow's run endpoints: create, update, delete/restore, log, get. */
import { invalidParameter } from '../errors';
import { RUN_STATUSES, type MetricRecord, type RunStatus } from '../model';
import { isObject, optional } from '../search-request';
import { serializeRun, serializeRunInfo } from '../serialize';
import type { Batch } from '../store';
import { stageChange, type Endpoint } from './endpoint';
import { keyValues, optionalInt64, optionalString, requiredString, runIdOf, type Body } from './fields';

/** MLflow's log-batch limits, so a seeder that exceeds them fails here as it would upstream. */
const MAX_METRICS = 1000;
const MAX_PARAMS = 100;
const MAX_TAGS = 100;
const MAX_ENTRIES = 1000;

const createRun: Endpoint = {
  method: 'POST',
  handle({ profile, store, body }) {
    const run = store.createRun({
      experimentId: requiredString(body, 'experiment_id'),
      // MLflow would store 0 for a missing start_time; the current time keeps ordering sensible.
      startTime: optionalInt64(body, 'start_time') ?? Date.now(),
      runName: optionalString(body, 'run_name'),
      userId: optionalString(body, 'user_id'),
      tags: keyValues(body, 'tags', MAX_TAGS),
    });
    return { body: { run: serializeRun(run, profile) } };
  },
};

const updateRun: Endpoint = {
  method: 'POST',
  handle({ store, body }) {
    const status = optional(body, 'status', isRunStatus, `one of ${RUN_STATUSES.join(', ')}`);
    const run = store.updateRun(runIdOf(body), {
      status,
      endTime: optionalInt64(body, 'end_time'),
      runName: optionalString(body, 'run_name'),
    });
    return { body: { run_info: serializeRunInfo(run) } };
  },
};

function logging(readBatch: (body: Body) => Batch): Endpoint {
  return {
    method: 'POST',
    handle({ store, body }) {
      store.logBatch(runIdOf(body), readBatch(body));
      return { body: {} };
    },
  };
}

function readBatch(body: Body): Batch {
  const entries = optional(body, 'metrics', Array.isArray, 'an array of metrics') ?? [];
  if (entries.length > MAX_METRICS) throw invalidParameter(`At most ${MAX_METRICS} metrics per batch.`);
  const batch = {
    metrics: entries.map(readMetric),
    params: keyValues(body, 'params', MAX_PARAMS),
    tags: keyValues(body, 'tags', MAX_TAGS),
  };
  if (batch.metrics.length + batch.params.size + batch.tags.size > MAX_ENTRIES) {
    throw invalidParameter(`At most ${MAX_ENTRIES} metrics, params and tags in total per batch.`);
  }
  return batch;
}

function readMetric(entry: unknown): MetricRecord {
  if (!isObject(entry)) throw invalidParameter('Each metric must be an object.');
  const timestamp = optionalInt64(entry, 'timestamp');
  if (timestamp === undefined) throw invalidParameter("Missing value for required parameter 'timestamp'.");
  return {
    key: requiredString(entry, 'key'),
    value: metricValue(entry['value']),
    timestamp,
    step: optionalInt64(entry, 'step') ?? 0,
  };
}

/** A double, or protobuf JSON's "NaN", "Infinity", "-Infinity". */
function metricValue(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value === 'NaN') return Number.NaN;
  if (value === 'Infinity') return Number.POSITIVE_INFINITY;
  if (value === '-Infinity') return Number.NEGATIVE_INFINITY;
  throw invalidParameter("Invalid value for parameter 'value': expected a number.");
}

/** log-parameter and set-tag carry one `key`/`value` pair at the top level. */
function pairOf(body: Body): Map<string, string> {
  return new Map([[requiredString(body, 'key'), optionalString(body, 'value') ?? '']]);
}

const getRun: Endpoint = {
  method: 'GET',
  handle({ profile, store, body }) {
    return { body: { run: serializeRun(store.run(runIdOf(body)), profile) } };
  },
};

function isRunStatus(value: unknown): value is RunStatus {
  return (RUN_STATUSES as readonly unknown[]).includes(value);
}

export const runEndpoints: Record<string, Endpoint> = {
  'runs/create': createRun,
  'runs/update': updateRun,
  'runs/delete': stageChange('run_id', 'deleted'),
  'runs/restore': stageChange('run_id', 'active'),
  'runs/log-batch': logging(readBatch),
  'runs/log-metric': logging((body) => ({ metrics: [readMetric(body)], params: new Map(), tags: new Map() })),
  'runs/log-parameter': logging((body) => ({ metrics: [], params: pairOf(body), tags: new Map() })),
  'runs/set-tag': logging((body) => ({ metrics: [], params: new Map(), tags: pairOf(body) })),
  'runs/get': getRun,
};
