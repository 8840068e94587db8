/**
 * The contract every runs/search response must meet, by status code: a 200 carries an
 * ExperimentRunCollection, every other status the profile's Error body. Values are validated
 * after a lossless parse (bigints as numbers), so int64 range checks still apply.
 */
import { withPlainNumbers } from '../client/json';
import type { Profile } from '../config/target';
import { formatErrors, validatorFor } from './validators';

export { formatErrors, validatorFor } from './validators';

export interface ResponseLike {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: unknown;
}

/** The schema a response with this status must match: 200 the collection, anything else Error. */
export function schemaForStatus(status: number): 'ExperimentRunCollection' | 'Error' {
  return status === 200 ? 'ExperimentRunCollection' : 'Error';
}

/** Problems with the body of a runs/search response; an empty list means it meets the contract. */
export function checkSearchResponse(profile: Profile, response: ResponseLike): string[] {
  const schema = schemaForStatus(response.status);
  if (response.json === undefined) {
    return [`HTTP ${response.status}: the body is not JSON (expected ${schema}): ${JSON.stringify(response.text.slice(0, 200))}`];
  }
  const validate = validatorFor(profile, schema);
  if (validate(withPlainNumbers(response.json))) return [];
  return formatErrors(validate.errors).map((e) => `HTTP ${response.status} ${schema}: ${e}`);
}

/** True when the media type is application/json (parameters such as charset allowed). */
export function isJsonContentType(value: string | undefined): boolean {
  return !!value && /^application\/json\s*(;|$)/i.test(value.trim());
}
