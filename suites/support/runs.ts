/** Reading runs out of a runs/search answer, and showing seeded runs in a failure. */
import type { ApiResponse } from '../../src/client';
import { isReadable, runIdOf as wireRunId, type ReadablePage, type WireRun } from '../../src/contract';
import { blocked } from '../../src/outcome';
import { latestMetrics } from '../../src/oracle';
import type { SeededRun } from '../../src/oracle';

export type { WireRun } from '../../src/contract';

/**
 * The readable page of a 200 answer: the runs of the requested experiments and the token. A page
 * the contract check could not read stops the test as INCONCLUSIVE, blocked by the RESP-*
 * requirement it breaks. Reading a page of a non-200 answer is a mistake of the suite: every
 * valid request goes through checkOk first.
 */
export function pageOf(response: ApiResponse): ReadablePage {
  if (response.status !== 200) throw new Error(`the suite read runs out of an HTTP ${response.status} answer without checking its status`);
  if (!response.page) throw new Error('the page was read out of an answer sent with validate: false');
  if (!isReadable(response.page)) throw blocked(response.page.blockedBy, response.page.why);
  return response.page;
}

export function runsOf(response: ApiResponse): WireRun[] {
  return pageOf(response).runs;
}

/** The runs of a body as received, for the RESP-* checks that judge the raw contract themselves. */
export function rawRunsOf(response: ApiResponse): WireRun[] {
  const runs = (response.json as { runs?: unknown } | undefined)?.runs;
  return Array.isArray(runs) ? (runs as WireRun[]) : [];
}

export function runIdOf(run: WireRun): string {
  return wireRunId(run) ?? '(no run_id)';
}

export function runIdsOf(response: ApiResponse): string[] {
  return runsOf(response).map(runIdOf);
}

/**
 * A page as a page: every run it holds, and its token. Page size and tokens mean nothing once
 * runs of other experiments fill a page, so such a page blocks the check (RESP-EXPERIMENT-SCOPE,
 * recorded by the client) where the filter and order checks still judge the requested runs.
 */
function wholePageOf(response: ApiResponse): ReadablePage {
  const page = pageOf(response);
  if (page.outOfScope.length > 0) throw blocked('RESP-EXPERIMENT-SCOPE', `the page holds ${page.outOfScope.length} run(s) of experiments that were not requested`);
  return page;
}

export function pageRunIdsOf(response: ApiResponse): string[] {
  return wholePageOf(response).runs.map(runIdOf);
}

export function nextPageTokenOf(response: ApiResponse): string | null | undefined {
  return wholePageOf(response).nextPageToken;
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
      // NaN and the infinities as their wire strings: JSON would print them as null.
      const metrics = Object.fromEntries([...latestMetrics(run)].map(([key, point]) => [key, Number.isFinite(point.value) ? point.value : String(point.value)]));
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
