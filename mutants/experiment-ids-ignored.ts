import { isRunsSearch, withJsonBody } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'experiment-ids-ignored',
  requirements: ['RESP-EXPERIMENT-SCOPE'],
  description: 'experiment_ids is ignored: every experiment of the workspace is searched.',
  wrap: (handler) => async (req) => {
    if (!isRunsSearch(req)) return handler(req);
    const everything = handler.store.experiments().map((e) => e.experimentId);
    return handler(await withJsonBody(req, (body) => ({ ...body, experiment_ids: everything })));
  },
});
