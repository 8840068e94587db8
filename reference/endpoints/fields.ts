/** Reading typed fields out of a write request's JSON body or query string. */
import { invalidParameter } from '../errors';
import { toInt64, type Int64 } from '../int64';
import { isObject, isString, optional } from '../search-request';

export type Body = Record<string, unknown>;

export function optionalString(body: Body, field: string): string | undefined {
  return optional(body, field, isString, 'a string');
}

export function requiredString(body: Body, field: string): string {
  const value = optionalString(body, field);
  if (value === undefined || value === '') throw invalidParameter(`Missing value for required parameter '${field}'.`);
  return value;
}

export function optionalInt64(body: Body, field: string): Int64 | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  const int64 = toInt64(value);
  if (int64 === undefined) throw invalidParameter(`Invalid value for parameter '${field}': expected an int64 integer.`);
  return int64;
}

/** `[{key, value}]` as a Map; a key repeated with another value is a 400 (as MLflow). */
export function keyValues(body: Body, field: string, limit: number): Map<string, string> {
  const entries = optional(body, field, Array.isArray, 'an array of {key, value}') ?? [];
  if (entries.length > limit) throw invalidParameter(`'${field}' holds ${entries.length} entries; at most ${limit}.`);
  const map = new Map<string, string>();
  for (const entry of entries) {
    if (!isObject(entry)) throw invalidParameter(`Each entry of '${field}' must be an object.`);
    const key = requiredString(entry, 'key');
    const value = optionalString(entry, 'value') ?? '';
    const earlier = map.get(key);
    if (earlier !== undefined && earlier !== value) {
      throw invalidParameter(`Duplicate key '${key}' with different values in '${field}'.`);
    }
    map.set(key, value);
  }
  return map;
}

/** The run id of a run-scoped request, under either of MLflow's names. */
export function runIdOf(body: Body): string {
  return optionalString(body, 'run_id') || requiredString(body, 'run_uuid');
}

/** The query string of a GET as a body of string fields. */
export function queryBody(url: URL): Body {
  return Object.fromEntries(url.searchParams);
}
