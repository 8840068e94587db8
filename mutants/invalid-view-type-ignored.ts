import { defaultBehaviour } from '../reference';
import { isObject, isViewType } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'invalid-view-type-ignored',
  // Any run_view_type it does not know, of any JSON type (['ALL'] too), so a malformed body is accepted.
  requirements: ['VIEW-INVALID-400', 'ERR-MALFORMED-BODY-400'],
  description: "An unknown run_view_type ('BOGUS', 2) silently means ACTIVE_ONLY instead of a 400 (MLflow's protobuf parsing).",
  behaviour: {
    validateSearchRequest(body, limits) {
      if (!isObject(body) || body.run_view_type == null || isViewType(body.run_view_type)) return defaultBehaviour.validateSearchRequest(body, limits);
      return defaultBehaviour.validateSearchRequest({ ...body, run_view_type: undefined }, limits);
    },
  },
});
