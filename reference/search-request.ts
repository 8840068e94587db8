/**
 * Validates a runs/search body. Types are strict (a wrong JSON type is a 400, also where MLflow's
 * protobuf parser would coerce); unknown fields are ignored and `null` means "not sent", as in
 * protobuf JSON.
 */
import { invalidParameter } from './errors';
import { VIEW_TYPES, type SearchRequest, type ViewType } from './model';

export const DEFAULT_MAX_RESULTS = 1000;

export interface SearchLimits {
  maxResultsLimit: number;
}

export function validateSearchRequest(body: unknown, limits: SearchLimits): SearchRequest {
  if (!isObject(body)) throw invalidParameter('The request body must be a JSON object.');
  const pageToken = optional(body, 'page_token', isString, 'a string');
  return {
    experimentIds: optional(body, 'experiment_ids', isStringArray, 'an array of strings') ?? [],
    filter: optional(body, 'filter', isString, 'a string') ?? '',
    maxResults: maxResults(body, limits),
    orderBy: optional(body, 'order_by', isStringArray, 'an array of strings') ?? [],
    pageToken: pageToken === '' ? undefined : pageToken,
    viewType: optional(body, 'run_view_type', isViewType, `one of ${VIEW_TYPES.join(', ')}`) ?? 'ACTIVE_ONLY',
  };
}

function maxResults(body: Record<string, unknown>, limits: SearchLimits): number {
  const value = optional(body, 'max_results', (v): v is number => Number.isInteger(v), 'an integer');
  if (value === undefined) return Math.min(DEFAULT_MAX_RESULTS, limits.maxResultsLimit);
  if (value < 1 || value > limits.maxResultsLimit) {
    throw invalidParameter(
      `Invalid value ${value} for parameter 'max_results': it must be between 1 and ${limits.maxResultsLimit}.`,
    );
  }
  return value;
}

export function optional<T>(
  body: Record<string, unknown>,
  field: string,
  guard: (value: unknown) => value is T,
  expected: string,
): T | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!guard(value)) throw invalidParameter(`Invalid value for parameter '${field}': expected ${expected}.`);
  return value;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}

export function isViewType(value: unknown): value is ViewType {
  return (VIEW_TYPES as readonly unknown[]).includes(value);
}
