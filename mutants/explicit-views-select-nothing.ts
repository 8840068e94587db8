import { defaultBehaviour } from '../reference';
import { isObject } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'explicit-views-select-nothing',
  requirements: ['VIEW-ACTIVE-ONLY', 'VIEW-DELETED-ONLY', 'VIEW-ALL'],
  description:
    "A run_view_type given by name selects no run (the name, not the stage it stands for, is compared with lifecycle_stage: 'ALL' is never 'active'); without one the active runs come back. " +
    'Three empty pages satisfy ALL = ACTIVE_ONLY ⊎ DELETED_ONLY, and a view with no runs has none in the wrong stage.',
  behaviour: {
    validateSearchRequest(body, limits) {
      const request = defaultBehaviour.validateSearchRequest(body, limits);
      return isObject(body) && 'run_view_type' in body ? { ...request, experimentIds: [] } : request;
    },
  },
});
