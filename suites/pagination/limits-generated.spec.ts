import { test } from '../harness';
import { dividedWalkCase, invalidMaxResults, negativeMaxResults } from '../../generators';
import { hasEmptyTail, walkPages } from '../../src/oracle';
import { check, checkOk } from '../support';
import { checkStatus400 } from '../support';
import { searchBody } from '../support';
import { nextPageTokenOf, pageRunIdsOf } from '../support';
import { requireSoundWalk, wholeAnswer } from './support';

test.describe('page size limits, generated', () => {
  test('PAGE-MAX-RESULTS-INVALID-400: generated max_results that are no int32 (fractions, text, lists, beyond 2^31) get 400', async ({ client, seeded, property }) => {
    await property(invalidMaxResults(), async (value) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, max_results: value }, { validate: false });
      checkStatus400(response, `max_results ${JSON.stringify(value)}`);
    });
  });

  test('PAGE-MAX-RESULTS-NEGATIVE-400: generated negative max_results get 400', async ({ client, seeded, property }) => {
    await property(negativeMaxResults(), async (value) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, max_results: value }, { validate: false });
      checkStatus400(response, `max_results ${value}`);
    });
  });

  test('PAGE-NO-EMPTY-TAIL: over any experiments and view, a walk in pages that divide the count ends without an empty page', async ({ client, seeded, property }) => {
    await property(
      dividedWalkCase(seeded),
      async ({ experimentIds, view, pick }) => {
        const query = { experimentIds, runViewType: view };
        // A divisor of the count the server itself returns: which runs those are is judged elsewhere.
        const whole = await wholeAnswer(client, seeded, query);
        const total = whole.length;
        const divisors = Array.from({ length: total }, (_, i) => i + 1).filter((d) => total % d === 0);
        const maxResults = divisors.length ? divisors[pick % divisors.length]! : 1;
        const walk = await walkPages(
          async (token) => {
            const response = await client.searchRuns(searchBody({ ...query, maxResults, ...(token ? { pageToken: token } : {}) }));
            checkOk(response, token ? `the page_token the server issued (${token})` : `the first page of ${maxResults}`, token ? { blockedBy: 'PAGE-EXHAUSTION' } : {});
            return { runIds: pageRunIdsOf(response), nextPageToken: nextPageTokenOf(response) };
          },
          { maxPages: total / maxResults + 3 },
        );
        requireSoundWalk(walk, whole);
        check(!hasEmptyTail(walk), `${total} runs in pages of ${maxResults} must end on the last full page`, {
          received: walk.pages.map((p) => p.runIds.length),
        });
      },
    );
  });
});
