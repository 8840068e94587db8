/** Reading runs out of a (contract-checked) runs/search body. */

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
