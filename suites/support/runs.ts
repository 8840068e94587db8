/** Reading runs out of a (contract-checked) runs/search body, and showing seeded runs in a failure. */
import { latestMetrics } from '../../src/oracle/latest-metric';
import type { SeededRun } from '../../src/oracle/model';

export interface WireRun {
  info?: { run_id?: string; run_uuid?: string; experiment_id?: string; lifecycle_stage?: string; start_time?: number | bigint };
  data?: { metrics?: unknown[]; params?: unknown[]; tags?: unknown[] };
}

export interface WireCollection {
  runs?: WireRun[];
  next_page_token?: string | null;
}

export function collectionOf(json: unknown): WireCollection {
  return (json ?? {}) as WireCollection;
}

/** The runs of a page; MLflow's wire format omits an empty list (RESP-RUNS-REQUIRED checks oci). */
export function runsOf(json: unknown): WireRun[] {
  return collectionOf(json).runs ?? [];
}

export function runIdOf(run: WireRun): string {
  return run.info?.run_id ?? run.info?.run_uuid ?? '(no run_id)';
}

export function runIdsOf(json: unknown): string[] {
  return runsOf(json).map(runIdOf);
}

/** Shows runs in a failure by what the suite seeded for them: the smallest data set that shows it. */
export type RunShower = (ids: readonly string[]) => unknown[];

/** Each id as its seeded run (ref, experiment, start time, lifecycle, latest metrics, params, tags); an unknown id as itself. */
export function runShower(seeded: { runs: readonly SeededRun[] }): RunShower {
  const byId = new Map(seeded.runs.map((run) => [run.runId, run]));
  return (ids) =>
    [...new Set(ids)].map((id) => {
      const run = byId.get(id);
      if (!run) return id;
      const metrics = Object.fromEntries([...latestMetrics(run)].map(([key, point]) => [key, point.value]));
      return {
        ref: run.ref,
        experiment: run.experimentId,
        start_time: run.startTime,
        ...(run.deleted ? { deleted: true } : {}),
        ...(Object.keys(metrics).length ? { metrics } : {}),
        ...(Object.keys(run.params).length ? { params: run.params } : {}),
        ...(Object.keys(run.tags).length ? { tags: run.tags } : {}),
      };
    });
}
