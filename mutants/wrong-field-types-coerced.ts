import { defaultBehaviour } from '../reference';
import { isObject } from '../reference';
import { mutant } from './mutant';

/** What a lenient decoder makes of a scalar where it wanted a string or a list of strings. */
const asString = (value: unknown) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value);
const asList = (value: unknown) => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.map(asString) : value);

export default mutant({
  name: 'wrong-field-types-coerced',
  requirements: ['ERR-MALFORMED-BODY-400'],
  description: 'Fields of the wrong JSON type are coerced (filter 42 → "42", order_by "x" → ["x"]) instead of rejected.',
  behaviour: {
    validateSearchRequest(body, limits) {
      if (!isObject(body)) return defaultBehaviour.validateSearchRequest(body, limits);
      const coerced = { ...body };
      for (const field of ['filter', 'page_token'] as const) if (field in coerced) coerced[field] = asString(coerced[field]);
      for (const field of ['experiment_ids', 'order_by'] as const) if (field in coerced) coerced[field] = asList(coerced[field]);
      return defaultBehaviour.validateSearchRequest(coerced, limits);
    },
  },
});
