/** From the oracle's view of a query to the wire body, and to the run ids the oracle expects. */
import { expectedSearch } from '../../src/oracle';
import type { SearchQuery } from '../../src/oracle';
import type { SeededData } from '../../src/seed';
import type { ApiResponse, SearchClient } from '../../src/client';
import { checkOk } from './failure';

export interface WireQuery extends SearchQuery {
  maxResults?: number;
  pageToken?: string;
}

export function searchBody(q: WireQuery): Record<string, unknown> {
  return {
    experiment_ids: q.experimentIds,
    ...(q.filter !== undefined ? { filter: q.filter } : {}),
    ...(q.orderBy !== undefined ? { order_by: q.orderBy } : {}),
    ...(q.runViewType !== undefined ? { run_view_type: q.runViewType } : {}),
    ...(q.maxResults !== undefined ? { max_results: q.maxResults } : {}),
    ...(q.pageToken !== undefined ? { page_token: q.pageToken } : {}),
  };
}

export function expectedIds(seeded: SeededData, q: SearchQuery): string[] {
  return expectedSearch(seeded.runs, q).map((run) => run.runId);
}

/** Every experiment the data set has, so a query sees all seeded runs. */
export function allExperiments(seeded: SeededData): Pick<SearchQuery, 'experimentIds'> {
  return { experimentIds: seeded.experimentIds };
}

/** Large enough that the small seeded data set fits in one page. */
export const ONE_PAGE = 1000;

/**
 * One narrowing slice (experiments and a filter) searched in the ALL view, one page, and checked
 * 200: a 400 the slice's filter draws is the filter requirements' to judge (checkOk's narrowing).
 */
export async function searchSlice(client: SearchClient, seeded: SeededData, slice: SearchQuery): Promise<{ query: SearchQuery; response: ApiResponse }> {
  const query = { ...allExperiments(seeded), runViewType: 'ALL' as const, ...slice };
  const response = await client.searchRuns(searchBody({ ...query, maxResults: ONE_PAGE }));
  checkOk(response, `the search ${JSON.stringify(slice)}`, { ...(slice.filter !== undefined ? { narrowing: slice.filter } : {}) });
  return { query, response };
}
