/**
 * Walking next_page_token and judging the walk.
 *
 * Spec: "An empty token means that no more runs are available for retrieval"; DESIGN reads an
 * absent, null or "" token alike as the end. A page shorter than max_results that still carries a
 * token is allowed ("a partial list might have been returned"), as long as the whole walk is
 * complete. A trailing empty page is legal here; hasEmptyTail reports it for PAGE-NO-EMPTY-TAIL.
 */
import { compareCodePoints } from './code-point-order';

export interface Page {
  runIds: string[];
  nextPageToken: unknown;
}

/** runIds is the concatenation of the pages' runIds; complete means the last page ended the walk. */
export interface Walk {
  pages: Page[];
  runIds: string[];
  complete: boolean;
}

export function isEndToken(token: unknown): boolean {
  return token === undefined || token === null || token === '';
}

/**
 * Fetches pages until an end token, at most maxPages. Also stops, incomplete, on a token that is
 * not a string (it cannot be sent back) and on a token already followed once: a stateless server
 * answers it with the same page again, so the walk would never end.
 */
export async function walkPages(
  fetchPage: (token: string | undefined) => Promise<Page>,
  opts: { maxPages: number },
): Promise<Walk> {
  const pages: Page[] = [];
  const followed = new Set<string>();
  let token: string | undefined;
  let complete = false;
  while (pages.length < opts.maxPages) {
    const page = await fetchPage(token);
    pages.push(page);
    const next = page.nextPageToken;
    if (isEndToken(next)) {
      complete = true;
      break;
    }
    if (typeof next !== 'string' || followed.has(next)) break;
    followed.add(next);
    token = next;
  }
  return { pages, runIds: pages.flatMap((p) => p.runIds), complete };
}

/** Everything wrong with a walk against the expected ordered run ids; [] means correct. */
export function findWalkDefects(walk: Walk, expectedRunIds: string[], maxResults: number): string[] {
  const received = walk.pages.flatMap((p) => p.runIds);
  return [
    ...oversizePages(walk.pages, maxResults),
    ...duplicates(walk.pages),
    ...membership(received, expectedRunIds),
    ...outOfOrder(received, expectedRunIds),
    ...unfinished(walk),
  ];
}

/** The walk ended with an empty page after at least one other page (legal, upstream-discouraged). */
export function hasEmptyTail(walk: Walk): boolean {
  const last = walk.pages.at(-1);
  return walk.pages.length > 1 && last !== undefined && last.runIds.length === 0;
}

function oversizePages(pages: Page[], maxResults: number): string[] {
  return pages.flatMap((page, i) =>
    page.runIds.length > maxResults
      ? [`page ${i + 1} holds ${page.runIds.length} runs, more than max_results=${maxResults}`]
      : [],
  );
}

function duplicates(pages: Page[]): string[] {
  const seenOn = new Map<string, number[]>();
  pages.forEach((page, i) => {
    for (const id of page.runIds) seenOn.set(id, [...(seenOn.get(id) ?? []), i + 1]);
  });
  return [...seenOn]
    .filter(([, on]) => on.length > 1)
    .map(([id, on]) => `run ${id} received ${on.length} times (pages ${on.join(', ')})`);
}

function membership(received: string[], expected: string[]): string[] {
  const got = new Set(received);
  const want = new Set(expected);
  const missing = expected.filter((id) => !got.has(id));
  const extra = [...got].filter((id) => !want.has(id));
  return [
    ...(missing.length ? [`${missing.length} expected run(s) never received: ${sample(missing)}`] : []),
    ...(extra.length ? [`${extra.length} run(s) received but not expected: ${sample(extra)}`] : []),
  ];
}

/** Compares the first occurrences of the runs both sides share, so missing runs are not counted twice. */
function outOfOrder(received: string[], expected: string[]): string[] {
  const want = new Set(expected);
  const got = new Set(received);
  const receivedOrder = [...new Set(received)].filter((id) => want.has(id));
  const expectedOrder = expected.filter((id) => got.has(id));
  const at = receivedOrder.findIndex((id, i) => id !== expectedOrder[i]);
  if (at < 0) return [];
  return [
    `out of order at shared position ${at + 1}: received ${receivedOrder[at]}, expected ${expectedOrder[at]}` +
      ` (received …${window(receivedOrder, at)}; expected …${window(expectedOrder, at)})`,
  ];
}

function unfinished(walk: Walk): string[] {
  if (walk.complete) return [];
  const tokens = walk.pages.map((p) => p.nextPageToken);
  const last = tokens.at(-1);
  if (last !== undefined && !isEndToken(last) && typeof last !== 'string') {
    return [`page ${tokens.length} carries next_page_token ${JSON.stringify(last)}, neither a string nor an end token`];
  }
  const repeated = typeof last === 'string' && tokens.slice(0, -1).includes(last);
  return [
    `the walk did not end: after ${walk.pages.length} page(s) next_page_token is still ${JSON.stringify(last)}` +
      (repeated ? ' (a token already followed: the pages loop)' : ''),
  ];
}

function sample(ids: string[]): string {
  const shown = [...ids].sort(compareCodePoints).slice(0, 5).join(', ');
  return ids.length > 5 ? `${shown}, …` : shown;
}

function window(ids: string[], at: number): string {
  return ids.slice(Math.max(0, at - 1), at + 2).join(', ');
}
