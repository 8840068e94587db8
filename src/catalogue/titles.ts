import { REQUIREMENT_ID } from './types';

/**
 * The requirement ids a test title starts with: the whitespace-separated UPPER-KEBAB tokens
 * before the first colon, as in "FILTER-AND FILTER-QUOTED-IDENTIFIER: and is case-insensitive".
 * Stops at the first token that is not an id; a title without a colon names no requirement.
 */
export function requirementIdsIn(title: string): string[] {
  const colon = title.indexOf(':');
  if (colon < 0) return [];
  const ids: string[] = [];
  for (const token of title.slice(0, colon).trim().split(/\s+/)) {
    if (!REQUIREMENT_ID.test(token)) break;
    ids.push(token);
  }
  return ids;
}
