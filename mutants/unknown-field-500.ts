import { defaultBehaviour } from '../reference';
import { isObject } from '../reference';
import { mutant } from './mutant';

const KNOWN = new Set(['experiment_ids', 'filter', 'max_results', 'order_by', 'page_token', 'run_view_type']);

export default mutant({
  name: 'unknown-field-500',
  requirements: ['ERR-NO-5XX'],
  description: 'A body with a field the server does not know fails with 500 (a strict decoder whose error is not mapped to 400).',
  behaviour: {
    validateSearchRequest(body, limits) {
      const unknown = isObject(body) ? Object.keys(body).find((field) => !KNOWN.has(field)) : undefined;
      if (unknown !== undefined) throw new Error(`decoder: unknown field '${unknown}'`);
      return defaultBehaviour.validateSearchRequest(body, limits);
    },
  },
});
