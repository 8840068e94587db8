/**
 * Reading a 200 runs/search answer the way the checks need it: the run ids (in the order
 * received) of the requested experiments, and the token. A body that cannot be read this way
 * blocks the check that needed it; the contract failure that explains why is recorded by the
 * client, so the check is INCONCLUSIVE ("blocked by …"), never a FAIL of its own requirement.
 */
import type { Profile } from '../config';

export interface WireRun {
  info?: { run_id?: string; run_uuid?: string; experiment_id?: string; lifecycle_stage?: string; start_time?: number | bigint };
  data?: { metrics?: unknown[]; params?: unknown[]; tags?: unknown[] };
}

export interface ReadablePage {
  /** The runs of the requested experiments, as received. */
  runs: WireRun[];
  nextPageToken: string | null | undefined;
  /** Runs of experiments that were not requested (RESP-EXPERIMENT-SCOPE), left out of `runs`. */
  outOfScope: { run_id: string; experiment_id: unknown }[];
}

export interface UnreadablePage {
  blockedBy: string;
  why: string;
}

export type Page = ReadablePage | UnreadablePage;

export function isReadable(page: Page): page is ReadablePage {
  return 'runs' in page;
}

export function runIdOf(run: WireRun): string | undefined {
  const id = run.info?.run_id ?? run.info?.run_uuid;
  return typeof id === 'string' ? id : undefined;
}

export function readPage(profile: Profile, json: unknown, requestedExperiments?: readonly string[]): Page {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { blockedBy: 'RESP-SCHEMA', why: json === undefined ? 'the body is not JSON' : 'the body is not a JSON object' };
  }
  const body = json as { runs?: unknown; next_page_token?: unknown };
  if (body.runs === undefined && profile === 'oci') return { blockedBy: 'RESP-RUNS-REQUIRED', why: 'the body has no runs' };
  if (body.runs !== undefined && !Array.isArray(body.runs)) return { blockedBy: 'RESP-SCHEMA', why: 'runs is not a list' };
  const token = body.next_page_token;
  if (token !== undefined && token !== null && typeof token !== 'string') return { blockedBy: 'RESP-SCHEMA', why: 'next_page_token is not a string' };
  const all = (body.runs ?? []) as WireRun[];
  if (all.some((run) => run === null || typeof run !== 'object' || runIdOf(run) === undefined)) {
    return { blockedBy: 'RESP-SCHEMA', why: 'a run has no run_id' };
  }
  const scope = requestedExperiments ? new Set(requestedExperiments) : undefined;
  const inScope = (run: WireRun) => !scope || typeof run.info?.experiment_id !== 'string' || scope.has(run.info.experiment_id);
  return {
    runs: all.filter(inScope),
    nextPageToken: token as string | null | undefined,
    outOfScope: all.filter((run) => !inScope(run)).map((run) => ({ run_id: runIdOf(run)!, experiment_id: run.info?.experiment_id })),
  };
}
