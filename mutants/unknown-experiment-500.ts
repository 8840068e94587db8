import { errorResponse, isRunsSearch } from './support/http';
import { parseJson } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'unknown-experiment-500',
  // A 500 is a server error whatever asked for it.
  requirements: ['ERR-404-EXPERIMENT', 'ERR-NO-5XX'],
  description: 'An experiment id that names no experiment fails the lookup with 500.',
  wrap: (handler) => async (req) => {
    if (!isRunsSearch(req)) return handler(req);
    let ids: unknown;
    try {
      ids = (parseJson(await req.clone().text()) as { experiment_ids?: unknown }).experiment_ids;
    } catch {
      return handler(req);
    }
    const known = new Set(handler.store.experiments().map((e) => e.experimentId));
    const unknown = Array.isArray(ids) && ids.some((id) => typeof id === 'string' && !known.has(id));
    return unknown ? errorResponse(handler, req, 'internal', 500, 'Internal error.') : handler(req);
  },
});
