/** POST runs/search: filter, order and page the runs of the requested experiments. */
import { sortable } from '../order';
import { searchQueryKey } from '../pagination';
import type { Endpoint } from './endpoint';

export const searchRuns: Endpoint = {
  method: 'POST',
  handle({ profile, store, behaviour, limits, body }) {
    const request = behaviour.validateSearchRequest(body, limits);
    const clauses = behaviour.parseFilter(request.filter);
    const keys = behaviour.parseOrderBy(request.orderBy);
    const queryKey = searchQueryKey(request);
    const offset = request.pageToken === undefined ? 0 : behaviour.decodePageToken(request.pageToken, queryKey);

    const matching = store
      .runsOf(request.experimentIds)
      .filter((run) => behaviour.inView(run, request.viewType))
      .filter((run) => clauses.every((clause) => behaviour.matchesClause(run, clause)));
    // One sort per request, over values looked up once (latest metrics are precomputed on write).
    const sorted = matching.map((run) => sortable(run, keys)).sort((a, b) => behaviour.compareRuns(a, b, keys));

    const page = behaviour.paginate(sorted, offset, request.maxResults);
    const nextPageToken =
      page.nextOffset === undefined ? undefined : behaviour.encodePageToken(page.nextOffset, queryKey);
    const runs = page.items.map(({ run }) => behaviour.serializeRun(run, profile));
    return { body: behaviour.serializeCollection(profile, runs, nextPageToken), nextPageToken };
  },
};
