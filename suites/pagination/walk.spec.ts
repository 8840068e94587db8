import fc from 'fast-check';
import { test } from '../harness';
import { findWalkDefects, hasEmptyTail, isEndToken, openReadings, settledOrder, walkPages } from '../../src/oracle';
import { pageSize } from '../../generators';
import type { SearchClient } from '../../src/client';
import type { SearchQuery } from '../../src/oracle';
import { check, checkOk } from '../support';
import { checkProperty } from '../support';
import { allExperiments, expectedIds, searchBody } from '../support';
import { nextPageTokenOf, pageRunIdsOf } from '../support';
import { requireSoundWalk, wholeAnswer } from './support';

function walk(client: SearchClient, query: SearchQuery, maxResults: number, maxPages: number, requirement: string) {
  return walkPages(
    async (token) => {
      const response = await client.searchRuns(searchBody({ ...query, maxResults, ...(token ? { pageToken: token } : {}) }));
      // A refused token the server issued is PAGE-EXHAUSTION's failure; other walks are blocked by it.
      const refusedToken = token && requirement !== 'PAGE-EXHAUSTION' ? { blockedBy: 'PAGE-EXHAUSTION' } : {};
      checkOk(response, requirement, token ? `the page_token the server issued (${token})` : `the first page of ${maxResults}`, refusedToken);
      return { runIds: pageRunIdsOf(response), nextPageToken: nextPageTokenOf(response) };
    },
    { maxPages },
  );
}

test.describe('pagination', () => {
  test('PAGE-MAX-RESULTS: no page holds more runs than max_results', async ({ client, seeded, target, budget }) => {
    const query = { ...allExperiments(seeded), runViewType: 'ALL' as const };
    check(expectedIds(seeded, query).length > 3, 'PAGE-MAX-RESULTS', 'the data set must be larger than the pages asked for');
    await checkProperty(
      pageSize({ max: seeded.runs.length + 2 }),
      async (maxResults) => {
        const response = await client.searchRuns(searchBody({ ...query, maxResults }));
        checkOk(response, 'PAGE-MAX-RESULTS', `max_results ${maxResults}`);
        const received = pageRunIdsOf(response).length;
        check(received <= maxResults, 'PAGE-MAX-RESULTS', `a page asked for at most ${maxResults} runs`, { received, expected: `≤ ${maxResults}` });
      },
      { client, numRuns: budget.propertyRuns, seed: target.seed },
    );
  });

  test('PAGE-EXHAUSTION: following next_page_token yields every matching run exactly once, in order, and stops', async ({ client, seeded, target, budget }) => {
    const views = fc.constantFrom<'ACTIVE_ONLY' | 'ALL' | 'DELETED_ONLY'>('ACTIVE_ONLY', 'ALL', 'DELETED_ONLY');
    await checkProperty(
      fc.record({ maxResults: pageSize({ max: seeded.runs.length + 2 }), view: views }),
      async ({ maxResults, view }) => {
        const query = { ...allExperiments(seeded), runViewType: view };
        const expected = await wholeAnswer(client, seeded, query, 'PAGE-EXHAUSTION');
        const result = await walk(client, query, maxResults, expected.length + 3, 'PAGE-EXHAUSTION');
        const defects = findWalkDefects(result, expected, maxResults);
        check(defects.length === 0, 'PAGE-EXHAUSTION', `walking pages of ${maxResults} over view ${view}`, {
          received: defects,
          expected: `the ${expected.length} runs of the one-page answer, each once, in its order`,
        });
      },
      { client, numRuns: budget.propertyRuns, seed: target.seed },
    );
  });

  test('PAGE-TOKEN-END: a page that holds the last matching run carries no next_page_token', async ({ client, seeded, target, budget }) => {
    const views = fc.constantFrom<'ACTIVE_ONLY' | 'ALL' | 'DELETED_ONLY'>('ACTIVE_ONLY', 'ALL', 'DELETED_ONLY');
    const cases = fc.record({ experimentIds: fc.subarray(seeded.experimentIds, { minLength: 1 }), view: views, slack: fc.integer({ min: 1, max: 50 }) });
    await checkProperty(
      cases,
      async ({ experimentIds, view, slack }) => {
        const query = { experimentIds, runViewType: view };
        const total = (await wholeAnswer(client, seeded, query, 'PAGE-TOKEN-END')).length;
        const response = await client.searchRuns(searchBody({ ...query, maxResults: total + slack }));
        checkOk(response, 'PAGE-TOKEN-END', `max_results ${total + slack}`);
        const token = nextPageTokenOf(response);
        check(isEndToken(token), 'PAGE-TOKEN-END', `all ${total} runs fit in a page of ${total + slack}: "An empty token means that no more runs are available"`, {
          received: token,
          expected: 'absent, null or ""',
        });
      },
      { client, numRuns: budget.propertyRuns, seed: target.seed },
    );
  });

  test('PAGE-NO-EMPTY-TAIL: when max_results divides the result count, the walk ends without an empty page', async ({ client, seeded }) => {
    const query = { ...allExperiments(seeded), runViewType: 'ALL' as const };
    const whole = await wholeAnswer(client, seeded, query, 'PAGE-NO-EMPTY-TAIL');
    const total = whole.length;
    const divisors = [1, 2, 3, 4, 5].filter((d) => total % d === 0);
    for (const pages of divisors) {
      const maxResults = total / pages;
      const result = await walk(client, query, maxResults, pages + 3, 'PAGE-NO-EMPTY-TAIL');
      requireSoundWalk(result, whole);
      check(!hasEmptyTail(result), 'PAGE-NO-EMPTY-TAIL', `${total} runs in pages of ${maxResults} must end on the last full page`, {
        received: result.pages.map((p) => p.runIds.length),
        expected: Array(pages).fill(maxResults),
      });
    }
  });
});
