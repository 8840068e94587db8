import { notApplicableIf, test } from '../harness';
import { unissuedPageToken } from '../../generators';
import { isEndToken } from '../../src/oracle';
import type { DataSet, RunSpec } from '../../src/oracle';
import { check, checkOk } from '../support';
import { checkStatus400 } from '../support';
import { nextPageTokenOf, pageRunIdsOf } from '../support';
import { searchBody } from '../support';

/** n runs with nothing but a start time; several share one, so the order needs the tiebreak. */
function bareRuns(n: number): DataSet {
  const runs: RunSpec[] = Array.from({ length: n }, (_, i) => ({
    ref: `b${String(i).padStart(5, '0')}`,
    experiment: 0,
    startTime: 1_700_000_000_000 + Math.floor(i / 3) * 1000,
    status: 'RUNNING',
    deleted: false,
    metrics: [],
    params: {},
    tags: {},
  }));
  return { experiments: ['bare'], runs };
}

test.describe('page size limits', () => {
  test('PAGE-50000-SUPPORTED: 50 000 matching runs come back in one page of max_results 50000 (full tier)', async ({ client, scratch, budget }) => {
    notApplicableIf(budget.largePageRuns === 0, 'seeding 50 000 runs belongs to SUITE_TIER=full');
    test.setTimeout(budget.testTimeoutMs);
    const seeded = await scratch.seed(bareRuns(budget.largePageRuns));
    const response = await client.searchRuns(searchBody({ experimentIds: seeded.experimentIds, maxResults: 50_000 }));
    checkOk(response, 'max_results 50000');
    check(pageRunIdsOf(response).length === budget.largePageRuns, 'all 50 000 runs in one page', {
      received: pageRunIdsOf(response).length,
      expected: budget.largePageRuns,
    });
  });

  for (const value of [1.5, 'abc', [10], { n: 10 }, 2 ** 31]) {
    test(`PAGE-MAX-RESULTS-INVALID-400: max_results ${JSON.stringify(value)} gets 400`, async ({ client, seeded }) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, max_results: value }, { validate: false });
      checkStatus400(response, `max_results ${JSON.stringify(value)}`);
    });
  }

  for (const value of [-1, -1000]) {
    test(`PAGE-MAX-RESULTS-NEGATIVE-400: max_results ${value} gets 400`, async ({ client, seeded }) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, max_results: value }, { validate: false });
      checkStatus400(response, `max_results ${value}`);
    });
  }

  for (const token of ['not-a-token', '%%%', 'AAAAAAAAAAAAAAAAAAAA', 'eyJub3QiOiAidGhpcyJ9']) {
    test(`PAGE-TOKEN-INVALID-400: page_token ${JSON.stringify(token)} that the server never issued gets 400`, async ({ client, seeded }) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, page_token: token }, { validate: false });
      checkStatus400(response, `page_token ${JSON.stringify(token)}`);
    });
  }

  test('PAGE-TOKEN-INVALID-400: generated page_tokens the server never issued get 400', async ({ client, seeded, property }) => {
    // Printable text, base64 of random bytes, or a real token cut short: never one the server issued.
    const first = await client.searchRuns({ experiment_ids: seeded.experimentIds, run_view_type: 'ALL', max_results: 1 });
    // Without a 200 there is no issued token, and the cut-short tokens would silently drop out.
    checkOk(first, 'a first page of 1');
    await property(unissuedPageToken(nextPageTokenOf(first)), async (token) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, page_token: token }, { validate: false });
      checkStatus400(response, `page_token ${JSON.stringify(token)}`);
    });
  });
});
