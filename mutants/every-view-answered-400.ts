import { defaultBehaviour } from '../reference';
import { invalidParameter } from '../reference';
import { isObject } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'every-view-answered-400',
  requirements: ['VIEW-ACTIVE-ONLY', 'VIEW-DELETED-ONLY', 'VIEW-ALL'],
  description:
    'run_view_type is an unknown field: any request naming a view is answered 400, so only the default view works (a server with strict fields and no view types). ' +
    'Three 400s read as empty pages satisfy ALL = ACTIVE_ONLY ⊎ DELETED_ONLY.',
  behaviour: {
    validateSearchRequest(body, limits) {
      if (isObject(body) && 'run_view_type' in body) throw invalidParameter("Unknown field 'run_view_type'.");
      return defaultBehaviour.validateSearchRequest(body, limits);
    },
  },
});
