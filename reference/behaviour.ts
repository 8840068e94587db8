/**
 * The semantic decisions the handler delegates, one named function each. `defaultBehaviour` is
 * the correct server; a mutant is `createReferenceHandler({ behaviour: { compareRuns: broken } })`.
 */
import { randomUUID } from 'node:crypto';
import { ERROR_CODES, ERROR_STATUS, type ErrorKind } from './errors';
import { compareNumeric } from './int64';
import { parseFilter } from './filter';
import { matchesClause } from './match';
import type { Clause, MetricRecord, OrderKey, Profile, RunRecord, SearchRequest, ViewType } from './model';
import { compareRuns, parseOrderBy, type SortableRun } from './order';
import { decodePageToken, encodePageToken, paginate, type Page } from './pagination';
import { validateSearchRequest, type SearchLimits } from './search-request';
import { serializeCollection, serializeRun } from './serialize';

export interface Behaviour {
  validateSearchRequest(body: unknown, limits: SearchLimits): SearchRequest;
  parseFilter(filter: string): Clause[];
  matchesClause(run: RunRecord, clause: Clause): boolean;
  parseOrderBy(orderBy: readonly string[]): OrderKey[];
  /** Runs arrive with their order_by values already looked up (see SortableRun). */
  compareRuns(a: SortableRun, b: SortableRun, keys: readonly OrderKey[]): number;
  /** Called by the store on every logged metric point; the result is what search sees. */
  latestMetric(current: MetricRecord | undefined, logged: MetricRecord): MetricRecord;
  inView(run: RunRecord, viewType: ViewType): boolean;
  paginate<T>(items: readonly T[], offset: number, maxResults: number): Page<T>;
  encodePageToken(offset: number, queryKey: string): string;
  decodePageToken(token: string, queryKey: string): number;
  serializeRun(run: RunRecord, profile: Profile): Record<string, unknown>;
  serializeCollection(
    profile: Profile,
    runs: readonly Record<string, unknown>[],
    nextPageToken: string | undefined,
  ): Record<string, unknown>;
  errorStatus(kind: ErrorKind): number;
  errorBody(profile: Profile, kind: ErrorKind, message: string): Record<string, unknown>;
  responseHeaders(profile: Profile, context: HeaderContext): Record<string, string>;
  /** A fresh id per response (oci profile's opc-request-id). */
  requestId(): string;
}

export interface HeaderContext {
  requestId: string;
  /** Set on a runs/search page that has a next page. */
  nextPageToken?: string | undefined;
}

/** The highest (step, timestamp, value) wins; a NaN value never displaces a logged point. */
export function latestMetric(current: MetricRecord | undefined, logged: MetricRecord): MetricRecord {
  if (current === undefined) return logged;
  const order =
    compareNumeric(logged.step, current.step) ||
    compareNumeric(logged.timestamp, current.timestamp) ||
    (logged.value > current.value ? 1 : 0);
  return order === 1 ? logged : current;
}

export function inView(run: RunRecord, viewType: ViewType): boolean {
  if (viewType === 'ALL') return true;
  return run.lifecycleStage === (viewType === 'ACTIVE_ONLY' ? 'active' : 'deleted');
}

export function errorBody(profile: Profile, kind: ErrorKind, message: string): Record<string, unknown> {
  const code = ERROR_CODES[profile][kind];
  return profile === 'oci' ? { code, message } : { error_code: code, message };
}

export function responseHeaders(profile: Profile, context: HeaderContext): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (profile === 'oci') {
    headers['opc-request-id'] = context.requestId;
    if (context.nextPageToken) headers['opc-next-page'] = context.nextPageToken;
  }
  return headers;
}

/** 32 upper-case hex characters: within the spec's letters, digits, `_` and `-`. */
export function requestId(): string {
  return randomUUID().replace(/-/g, '').toUpperCase();
}

export const defaultBehaviour: Behaviour = {
  validateSearchRequest,
  parseFilter,
  matchesClause,
  parseOrderBy,
  compareRuns,
  latestMetric,
  inView,
  paginate,
  encodePageToken,
  decodePageToken,
  serializeRun,
  serializeCollection,
  errorStatus: (kind) => ERROR_STATUS[kind],
  errorBody,
  responseHeaders,
  requestId,
};
