import { isRunsSearch, withJsonBody } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'runs-from-other-experiments',
  requirements: ['RESP-EXPERIMENT-SCOPE'],
  description:
    'experiment_ids is read as a lower bound (experiment_id >= the smallest id asked for, a comparison slip in the query): a search also returns the runs of every experiment created after it.',
  wrap: (handler) => async (req) => {
    if (!isRunsSearch(req)) return handler(req);
    return handler(
      await withJsonBody(req, (body) => {
        const asked = Array.isArray(body.experiment_ids) ? body.experiment_ids.filter((id): id is string => typeof id === 'string' && /^\d+$/.test(id)) : [];
        if (asked.length === 0) return body;
        const lowest = Math.min(...asked.map(Number));
        const later = handler.store.experiments().map((e) => e.experimentId).filter((id) => Number(id) >= lowest);
        return { ...body, experiment_ids: [...new Set([...asked, ...later])] };
      }),
    );
  },
});
