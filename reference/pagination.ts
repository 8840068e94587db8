/**
 * Offset pagination with opaque tokens bound to their query: a token carries the offset and a
 * digest of (query, offset), so a token from another query, or one edited by hand, is a 400
 * instead of silently paging through the wrong result. max_results may change between pages.
 */
import { createHash } from 'node:crypto';
import { invalidParameter } from './errors';
import type { SearchRequest } from './model';

export interface Page<T> {
  items: T[];
  /** Offset of the next page; undefined on the last page (never a trailing empty page). */
  nextOffset: number | undefined;
}

export function paginate<T>(items: readonly T[], offset: number, maxResults: number): Page<T> {
  const end = offset + maxResults;
  return { items: items.slice(offset, end), nextOffset: end < items.length ? end : undefined };
}

/** What a token is bound to: everything that decides the result set and its order. */
export function searchQueryKey(request: SearchRequest): string {
  const { experimentIds, filter, orderBy, viewType } = request;
  return JSON.stringify(['runs/search', experimentIds, filter, orderBy, viewType]);
}

export function encodePageToken(offset: number, queryKey: string): string {
  return Buffer.from(`${offset}:${digest(offset, queryKey)}`).toString('base64url');
}

/** The offset a token stands for; throws a 400 when it is malformed or minted for another query. */
export function decodePageToken(token: string, queryKey: string): number {
  const decoded = Buffer.from(token, 'base64url').toString();
  // Re-encoding catches characters and padding bits the lenient base64 decoder would ignore.
  const canonical = Buffer.from(decoded).toString('base64url') === token;
  const [, offsetText, mac] = /^([1-9][0-9]{0,14}):([A-Za-z0-9_-]{22})$/.exec(decoded) ?? [];
  const offset = Number(offsetText);
  if (!canonical || offsetText === undefined || mac !== digest(offset, queryKey)) {
    throw invalidParameter(`Invalid page_token '${token}': malformed, or issued for a different query.`);
  }
  return offset;
}

function digest(offset: number, queryKey: string): string {
  return createHash('sha256').update(`${queryKey}\n${offset}`).digest('base64url').slice(0, 22);
}
