import fc from 'fast-check';
import { test } from '../harness';
import { hasEmptyTail, walkPages } from '../../src/oracle';
import { check, checkOk } from '../support';
import { checkStatus400 } from '../support';
import { expectedIds, searchBody } from '../support';
import { nextPageTokenOf, pageRunIdsOf } from '../support';
import { requireSoundWalk, wholeAnswer } from './support';

test.describe('page size limits, generated', () => {
  test('PAGE-MAX-RESULTS-INVALID-400: generated max_results that are no int32 (fractions, text, lists, beyond 2^31) get 400', async ({ client, seeded, property }) => {
    const invalid = fc.oneof(
      fc.double({ min: 0.01, max: 1e6, noNaN: true }).filter((n) => !Number.isInteger(n)),
      fc.string({ minLength: 1, maxLength: 8 }).filter((t) => !/^\s*-?\d+(\.0*)?\s*$/.test(t)),
      fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 2 }),
      fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
    );
    await property(
      invalid,
      async (value) => {
        const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, max_results: value }, { validate: false });
        checkStatus400(response, `max_results ${JSON.stringify(value)}`);
      },
    );
  });

  test('PAGE-MAX-RESULTS-NEGATIVE-400: generated negative max_results get 400', async ({ client, seeded, property }) => {
    await property(
      fc.integer({ min: -(2 ** 31), max: -1 }),
      async (value) => {
        const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, max_results: value }, { validate: false });
        checkStatus400(response, `max_results ${value}`);
      },
    );
  });

  test('PAGE-NO-EMPTY-TAIL: over any experiments and view, a walk in pages that divide the count ends without an empty page', async ({ client, seeded, property }) => {
    const views = fc.constantFrom<'ACTIVE_ONLY' | 'ALL' | 'DELETED_ONLY'>('ACTIVE_ONLY', 'ALL', 'DELETED_ONLY');
    const cases = fc
      .record({ experimentIds: fc.subarray(seeded.experimentIds, { minLength: 1 }), view: views, pick: fc.nat() })
      .filter(({ experimentIds, view }) => expectedIds(seeded, { experimentIds, runViewType: view }).length > 0);
    await property(
      cases,
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
