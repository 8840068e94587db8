import { isRunsSearch, withJsonBody } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'experiment-ids-ignored',
  // Ignoring the field also ignores what is wrong with it: unknown ids find runs, a string is accepted.
  requirements: ['RESP-EXPERIMENT-SCOPE', 'ERR-404-EXPERIMENT', 'ERR-MALFORMED-BODY-400'],
  description: 'experiment_ids is ignored: every experiment of the workspace is searched, whatever the field holds.',
  wrap: (handler) => async (req) => {
    if (!isRunsSearch(req)) return handler(req);
    const everything = handler.store.experiments().map((e) => e.experimentId);
    return handler(await withJsonBody(req, (body) => ({ ...body, experiment_ids: everything })));
  },
});
