import { test } from '../harness';
import { findWalkDefects, hasEmptyTail, isEndToken, openReadings, settledOrder, walkPages } from '../../src/oracle';
import { lastPageCase, pageSize, walkCase } from '../../generators';
import type { SearchClient } from '../../src/client';
import type { SearchQuery } from '../../src/oracle';
import { check, checkOk } from '../support';
import { allExperiments, expectedIds, searchBody } from '../support';
import { nextPageTokenOf, pageRunIdsOf } from '../support';
import { requireSoundWalk, wholeAnswer } from './support';

/**
 * A refused token the server issued is PAGE-EXHAUSTION's failure: its own walk fails on it, other
 * walks pass `{ blockedBy: 'PAGE-EXHAUSTION' }` and are blocked by it.
 */
function walk(client: SearchClient, query: SearchQuery, maxResults: number, maxPages: number, refusedToken: { blockedBy?: string } = {}) {
  return walkPages(
    async (token) => {
      const response = await client.searchRuns(searchBody({ ...query, maxResults, ...(token ? { pageToken: token } : {}) }));
      checkOk(response, token ? `the page_token the server issued (${token})` : `the first page of ${maxResults}`, token ? refusedToken : {});
      return { runIds: pageRunIdsOf(response), nextPageToken: nextPageTokenOf(response) };
    },
    { maxPages },
  );
}

test.describe('pagination', () => {
  test('PAGE-MAX-RESULTS: no page holds more runs than max_results', async ({ client, seeded, property }) => {
    const query = { ...allExperiments(seeded), runViewType: 'ALL' as const };
    check(expectedIds(seeded, query).length > 3, 'the data set must be larger than the pages asked for');
    await property(
      pageSize({ max: seeded.runs.length + 2 }),
      async (maxResults) => {
        const response = await client.searchRuns(searchBody({ ...query, maxResults }));
        checkOk(response, `max_results ${maxResults}`);
        const received = pageRunIdsOf(response).length;
        check(received <= maxResults, `a page asked for at most ${maxResults} runs`, { received, expected: `≤ ${maxResults}` });
      },
    );
  });

  test('PAGE-EXHAUSTION: following next_page_token yields every matching run exactly once, in order, and stops', async ({ client, seeded, property }) => {
    await property(
      walkCase(seeded),
      async ({ maxResults, view }) => {
        const query = { ...allExperiments(seeded), runViewType: view };
        const expected = await wholeAnswer(client, seeded, query);
        const result = await walk(client, query, maxResults, expected.length + 3);
        // How many runs one page holds is PAGE-MAX-RESULTS' to judge; this walk judges what the pages add up to.
        const defects = findWalkDefects(result, expected, Number.POSITIVE_INFINITY);
        check(defects.length === 0, `walking pages of ${maxResults} over view ${view}`, {
          received: defects,
          expected: `the ${expected.length} runs of the one-page answer, each once, in its order`,
        });
      },
    );
  });

  test('PAGE-TOKEN-END: a page that holds the last matching run carries no next_page_token', async ({ client, seeded, property }) => {
    await property(
      lastPageCase(seeded),
      async ({ experimentIds, view, slack }) => {
        const query = { experimentIds, runViewType: view };
        const total = (await wholeAnswer(client, seeded, query)).length;
        const response = await client.searchRuns(searchBody({ ...query, maxResults: total + slack }));
        checkOk(response, `max_results ${total + slack}`);
        const token = nextPageTokenOf(response);
        check(isEndToken(token), `all ${total} runs fit in a page of ${total + slack}: "An empty token means that no more runs are available"`, {
          received: token,
          expected: 'absent, null or ""',
        });
      },
    );
  });

  test('PAGE-NO-EMPTY-TAIL: when max_results divides the result count, the walk ends without an empty page', async ({ client, seeded }) => {
    const query = { ...allExperiments(seeded), runViewType: 'ALL' as const };
    const whole = await wholeAnswer(client, seeded, query);
    const total = whole.length;
    const divisors = [1, 2, 3, 4, 5].filter((d) => total % d === 0);
    for (const pages of divisors) {
      const maxResults = total / pages;
      const result = await walk(client, query, maxResults, pages + 3, { blockedBy: 'PAGE-EXHAUSTION' });
      requireSoundWalk(result, whole);
      check(!hasEmptyTail(result), `${total} runs in pages of ${maxResults} must end on the last full page`, {
        received: result.pages.map((p) => p.runIds.length),
        expected: Array(pages).fill(maxResults),
      });
    }
  });
});
