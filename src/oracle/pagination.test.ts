/**
 * Pagination judged on hand-made walks. Spec: next_page_token "An empty token means that no more
 * runs are available for retrieval"; opc-next-page "a partial list might have been returned";
 * max_results "Maximum number of runs desired". DESIGN: absent, null and "" all end a walk.
 */
import { expect, test } from '@playwright/test';
import { findWalkDefects, hasEmptyTail, isEndToken, walkPages, type Page, type Walk } from './pagination';

const END_TOKENS: { token: unknown; end: boolean }[] = [
  { token: undefined, end: true },
  { token: null, end: true },
  { token: '', end: true },
  { token: 'eyJvZmZzZXQiOiAyfQ==', end: false },
  { token: ' ', end: false },
  { token: 0, end: false },
  { token: false, end: false },
];

for (const row of END_TOKENS) {
  test(`isEndToken(${JSON.stringify(row.token) ?? 'undefined'}) is ${row.end} — DESIGN: end of pages`, () => {
    expect(isEndToken(row.token)).toBe(row.end);
  });
}

function walk(pages: [string[], unknown][], complete = true): Walk {
  const built: Page[] = pages.map(([runIds, nextPageToken]) => ({ runIds, nextPageToken }));
  return { pages: built, runIds: built.flatMap((p) => p.runIds), complete };
}

const EXPECTED = ['a', 'b', 'c'];

const WALKS: { title: string; walk: Walk; maxResults: number; defects: string[]; emptyTail: boolean }[] = [
  { title: 'correct, ending on an absent token', walk: walk([[['a', 'b'], 't1'], [['c'], undefined]]), maxResults: 2, defects: [], emptyTail: false },
  { title: 'correct, ending on null', walk: walk([[['a', 'b', 'c'], null]]), maxResults: 3, defects: [], emptyTail: false },
  { title: 'a short page with a token is allowed', walk: walk([[['a'], 't1'], [['b', 'c'], '']]), maxResults: 2, defects: [], emptyTail: false },
  { title: 'a trailing empty page is legal here (PAGE-NO-EMPTY-TAIL judges it)', walk: walk([[['a', 'b'], 't1'], [['c'], 't2'], [[], '']]), maxResults: 2, defects: [], emptyTail: true },
  { title: 'duplicate across pages', walk: walk([[['a', 'b'], 't1'], [['b', 'c'], '']]), maxResults: 2, defects: ['run b received 2 times (pages 1, 2)'], emptyTail: false },
  { title: 'missing run', walk: walk([[['a'], 't1'], [['c'], '']]), maxResults: 2, defects: ['1 expected run(s) never received: b'], emptyTail: false },
  { title: 'extra run', walk: walk([[['a', 'b'], 't1'], [['c', 'x'], '']]), maxResults: 2, defects: ['1 run(s) received but not expected: x'], emptyTail: false },
  { title: 'oversize page', walk: walk([[['a', 'b', 'c'], '']]), maxResults: 2, defects: ['page 1 holds 3 runs, more than max_results=2'], emptyTail: false },
  { title: 'out of order', walk: walk([[['b', 'a'], 't1'], [['c'], '']]), maxResults: 2, defects: ['out of order at shared position 1: received b, expected a'], emptyTail: false },
  { title: 'never ending', walk: walk([[['a', 'b'], 't1'], [['c'], 't2']], false), maxResults: 2, defects: ['the walk did not end: after 2 page(s) next_page_token is still "t2"'], emptyTail: false },
  { title: 'looping token', walk: walk([[['a', 'b'], 't1'], [['c'], 't1']], false), maxResults: 2, defects: ['(a token already followed: the pages loop)'], emptyTail: false },
  { title: 'a token that is not a string', walk: walk([[['a', 'b', 'c'], 42]], false), maxResults: 3, defects: ['neither a string nor an end token'], emptyTail: false },
  { title: 'an empty result in one empty page', walk: walk([[[], '']]), maxResults: 2, defects: ['3 expected run(s) never received: a, b, c'], emptyTail: false },
];

test.describe('findWalkDefects', () => {
  for (const row of WALKS) {
    test(`${row.title}`, () => {
      const defects = findWalkDefects(row.walk, EXPECTED, row.maxResults);
      expect(defects).toHaveLength(row.defects.length);
      row.defects.forEach((fragment, i) => expect(defects[i]).toContain(fragment));
      expect(hasEmptyTail(row.walk)).toBe(row.emptyTail);
    });
  }

  test('an empty expected result walked as one empty page is correct and has no empty tail', () => {
    const empty = walk([[[], undefined]]);
    expect(findWalkDefects(empty, [], 5)).toEqual([]);
    expect(hasEmptyTail(empty)).toBe(false);
  });
});

/** A server over ['a'..'e'] with offset tokens; `tokenAfter` decides what each page carries. */
function server(pageSize: number, tokenAfter: (offset: number, next: number) => unknown) {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const calls: (string | undefined)[] = [];
  const fetchPage = async (token: string | undefined): Promise<Page> => {
    calls.push(token);
    const offset = token === undefined ? 0 : Number(token);
    const next = offset + pageSize;
    return { runIds: ids.slice(offset, next), nextPageToken: tokenAfter(offset, next) };
  };
  return { fetchPage, calls };
}

test.describe('walkPages', () => {
  test('follows tokens to the end and concatenates the pages', async () => {
    const { fetchPage, calls } = server(2, (_, next) => (next < 5 ? String(next) : undefined));
    const result = await walkPages(fetchPage, { maxPages: 10 });
    expect(result).toMatchObject({ runIds: ['a', 'b', 'c', 'd', 'e'], complete: true });
    expect(calls).toEqual([undefined, '2', '4']);
  });

  test('stops at maxPages when tokens never end', async () => {
    const { fetchPage } = server(2, (_, next) => String(next));
    const result = await walkPages(fetchPage, { maxPages: 5 });
    expect(result.pages).toHaveLength(5);
    expect(result.complete).toBe(false);
    expect(findWalkDefects(result, ['a', 'b', 'c', 'd', 'e'], 2)).toEqual([expect.stringContaining('did not end')]);
  });

  test('stops at once on a token it already followed', async () => {
    const { fetchPage, calls } = server(2, () => '2');
    const result = await walkPages(fetchPage, { maxPages: 50 });
    expect(calls).toEqual([undefined, '2']);
    expect(result.complete).toBe(false);
  });

  test('stops on a token that is not a string', async () => {
    const { fetchPage, calls } = server(2, () => 7);
    const result = await walkPages(fetchPage, { maxPages: 50 });
    expect(calls).toEqual([undefined]);
    expect(result.complete).toBe(false);
  });

  test('an exactly full last page followed by an empty page is complete, with an empty tail', async () => {
    const { fetchPage } = server(5, (offset) => (offset === 0 ? '5' : ''));
    const result = await walkPages(fetchPage, { maxPages: 10 });
    expect(result.complete).toBe(true);
    expect(findWalkDefects(result, ['a', 'b', 'c', 'd', 'e'], 5)).toEqual([]);
    expect(hasEmptyTail(result)).toBe(true);
  });
});
