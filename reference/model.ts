/** The reference server's records and the parsed forms of a runs/search request. */
import type { Int64 } from './int64';

/** The suite's own is src/config's (reference/ imports nothing of src/); suites/harness/reference-types.test.ts proves them one type. */
export type Profile = 'oci' | 'mlflow';

export const RUN_STATUSES = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const VIEW_TYPES = ['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL'] as const;
export type ViewType = (typeof VIEW_TYPES)[number];

export type LifecycleStage = 'active' | 'deleted';

export interface ExperimentRecord {
  experimentId: string;
  name: string;
  artifactLocation: string;
  lifecycleStage: LifecycleStage;
  creationTime: number;
  lastUpdateTime: number;
  tags: Map<string, string>;
}

/** NaN and ±Infinity are legal metric values (sent as "NaN", "Infinity", "-Infinity"). */
export interface MetricRecord {
  key: string;
  value: number;
  timestamp: Int64;
  step: Int64;
}

export interface RunRecord {
  runId: string;
  experimentId: string;
  runName: string;
  userId: string;
  status: RunStatus;
  startTime: Int64;
  endTime: Int64 | undefined;
  artifactUri: string;
  lifecycleStage: LifecycleStage;
  /** Set when experiments/delete deleted the run, so experiments/restore brings back only those. */
  deletedWithExperiment: boolean;
  params: Map<string, string>;
  tags: Map<string, string>;
  /** Only the latest point per key is searchable, so it is kept up to date on every write. */
  latestMetrics: Map<string, MetricRecord>;
}

export type Entity = 'metric' | 'param' | 'tag' | 'attribute';

export const NUMERIC_ATTRIBUTES = ['start_time', 'end_time'] as const;
export const STRING_ATTRIBUTES = ['run_id', 'run_name', 'status', 'user_id', 'artifact_uri'] as const;
export type AttributeKey = (typeof NUMERIC_ATTRIBUTES)[number] | (typeof STRING_ATTRIBUTES)[number];

export type Comparator = '=' | '!=' | '>' | '>=' | '<' | '<=' | 'LIKE' | 'ILIKE' | 'IN' | 'NOT IN';

/** One comparison of a filter; `value` is a number for numeric keys, a list only for IN. */
export interface Clause {
  entity: Entity;
  /** For attributes, the canonical key (aliases such as `created` resolved). */
  key: string;
  comparator: Comparator;
  value: number | bigint | string | string[];
}

export interface OrderKey {
  entity: Entity;
  key: string;
  ascending: boolean;
}

/** A validated runs/search body; optional fields are absent when the client sent none. */
export interface SearchRequest {
  experimentIds: string[];
  filter: string;
  maxResults: number;
  orderBy: string[];
  pageToken: string | undefined;
  viewType: ViewType;
}
