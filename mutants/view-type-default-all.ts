import { defaultBehaviour } from '../reference';
import { isObject } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'view-type-default-all',
  requirements: ['VIEW-DEFAULT-ACTIVE'],
  description: 'Without run_view_type, deleted runs are returned too: the default is ALL (mlflow-go).',
  behaviour: {
    validateSearchRequest(body, limits) {
      const request = defaultBehaviour.validateSearchRequest(body, limits);
      return isObject(body) && body.run_view_type == null ? { ...request, viewType: 'ALL' } : request;
    },
  },
});
