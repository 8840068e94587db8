/**
 * The data the suite knows: what it generated and wrote to the target. Oracles compute expected
 * answers from these values only, never from a server's response.
 */

export const RUN_STATUSES = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const RUN_VIEW_TYPES = ['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL'] as const;
export type RunViewType = (typeof RUN_VIEW_TYPES)[number];

/** One logged metric value. A run may log several per key (a history over steps). */
export interface MetricPoint {
  key: string;
  value: number;
  /** Unix ms. */
  timestamp: number;
  step: number;
}

/** A run as the generator describes it, before any server has seen it. */
export interface RunSpec {
  /** Suite-local name, stable across seeding (e.g. "r07"); also sent as run_name. */
  ref: string;
  /** Index into DataSet.experiments. */
  experiment: number;
  /** Unix ms; always sent, several runs may share one. */
  startTime: number;
  endTime?: number;
  status: RunStatus;
  /** Deleted after creation (runs/delete); restored runs are simply not deleted. */
  deleted: boolean;
  /** Full history; the searchable value of a key is the latest point (see oracle/latest-metric). */
  metrics: MetricPoint[];
  params: Record<string, string>;
  tags: Record<string, string>;
}

export interface DataSet {
  /** Experiment name suffixes; the seeder prefixes them with the run's unique prefix. */
  experiments: string[];
  runs: RunSpec[];
}

/** A run after seeding: the generator's description plus the identities the server assigned. */
export interface SeededRun extends RunSpec {
  runId: string;
  experimentId: string;
}

/** The semantic part of a runs/search request, as the oracle reads it. */
export interface SearchQuery {
  experimentIds: string[];
  filter?: string;
  orderBy?: string[];
  runViewType?: RunViewType;
}
