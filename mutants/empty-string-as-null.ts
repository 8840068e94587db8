import { isRunsSearch } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'empty-string-as-null',
  requirements: ['FILTER-EMPTY-STRING'],
  description:
    "An empty param or tag value is kept as NULL, as Oracle Database stores '': the run lacks the key, so = '' selects nothing, != 'v' passes it over and order_by puts it with the runs lacking the key.",
  wrap: (handler) => async (req) => {
    if (isRunsSearch(req)) {
      const { store } = handler;
      for (const run of store.runsOf(store.experiments().map((e) => e.experimentId))) {
        for (const values of [run.params, run.tags]) for (const [key, value] of values) if (value === '') values.delete(key);
      }
    }
    return handler(req);
  },
});
