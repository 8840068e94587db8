/**
 * The default page size and the 50 000 threshold, as properties over the page set: 1100 runs
 * seeded once per worker, searched with generated filters (selecting more or fewer runs than a
 * default page) and orders. Both tests run in one worker so the page set is written once.
 */
import fc from 'fast-check';
import { pageSetQuery, type PageSetQuery } from '../../generators/page-set';
import type { SearchClient } from '../../src/client';
import { test } from '../../src/harness/fixtures';
import { isEndToken, openReadings, settledOrder } from '../../src/oracle';
import type { SeededData } from '../../src/seed';
import { check, checkOk, partingRuns } from '../support/failure';
import { checkProperty } from '../support/property';
import { searchBody } from '../support/query';
import { collectionOf, runIdsOf, runShower } from '../support/runs';

test.describe.configure({ mode: 'default' });

const DEFAULT_PAGE = 1000;
const GUARANTEED_THRESHOLD = 50_000;

interface ExpectedOrders {
  count: number;
  /** run_id ascending, then descending, within each tie (acceptableOrders). */
  orders: string[][];
  refOf: (id: string) => string;
}

/**
 * The page set's runs that match, in the documented order (either run_id direction in a tie).
 * Every run has both tags and no metric, so no reading leaves a run out.
 */
function expectedOrders(pageSet: SeededData, query: PageSetQuery, requirement: string): ExpectedOrders {
  const { judged, orders } = settledOrder(pageSet.runs, { experimentIds: pageSet.experimentIds, ...query }, openReadings(requirement));
  const refs = new Map(pageSet.runs.map((r) => [r.runId, r.ref]));
  return { count: judged.size, orders, refOf: (id) => refs.get(id) ?? id };
}

/** Where a page first departs from an expected order, by run ref; undefined when it is a prefix. */
function departure(page: string[], expected: string[], refOf: (id: string) => string): { at: number; received: string; expected: string } | undefined {
  const at = page.findIndex((id, i) => id !== expected[i]);
  if (at < 0) return undefined;
  return { at, received: refOf(page[at]!), expected: expected[at] === undefined ? '(no more runs)' : refOf(expected[at]!) };
}

/** The page starts the oracle's order (either run_id direction in a tie); else it shows where it departs. */
function checkStartsOrder(pageSet: SeededData, { orders, refOf }: ExpectedOrders, page: string[], requirement: string, summary: string): void {
  const departures = orders.map((order) => departure(page, order, refOf));
  check(departures.some((d) => d === undefined), requirement, summary, {
    received: departures[0],
    runs: partingRuns(page, orders[0]!, runShower(pageSet)),
  });
}

async function searchPage(client: SearchClient, pageSet: SeededData, query: PageSetQuery, maxResults: number | undefined, requirement: string) {
  const response = await client.searchRuns(searchBody({ experimentIds: pageSet.experimentIds, ...query, ...(maxResults !== undefined ? { maxResults } : {}) }));
  checkOk(response, requirement, `a search${maxResults !== undefined ? ` with max_results ${maxResults}` : ' without max_results'}`);
  return { ids: runIdsOf(response.json), token: collectionOf(response.json).next_page_token };
}

test.describe('page sizes over 1100 runs', () => {
  test('PAGE-DEFAULT-1000: without max_results a page holds at most 1000 runs, starts the order and points to the rest', async ({ client, pageSet, target, budget }) => {
    test.setTimeout(Math.max(budget.testTimeoutMs, 300_000));
    await checkProperty(
      pageSetQuery(),
      async (query) => {
        const { ids, token } = await searchPage(client, pageSet, query, undefined, 'PAGE-DEFAULT-1000');
        const expected = expectedOrders(pageSet, query, 'PAGE-DEFAULT-1000');
        const { count } = expected;
        check(ids.length <= DEFAULT_PAGE, 'PAGE-DEFAULT-1000', `max_results "If unspecified, defaults to 1000"; ${count} runs match`, {
          received: ids.length,
          expected: `≤ ${DEFAULT_PAGE}`,
        });
        if (ids.length < count) {
          check(!isEndToken(token), 'PAGE-DEFAULT-1000', `${count} runs match and the default page holds ${ids.length}, so it must carry a next_page_token`, {
            received: token,
          });
        }
        checkStartsOrder(pageSet, expected, ids, 'PAGE-DEFAULT-1000', `the default page is the start of the order ${JSON.stringify(query.orderBy)}`);
      },
      { client, numRuns: budget.propertyRuns, seed: target.seed },
    );
  });

  test('PAGE-50000-SUPPORTED: max_results up to 50000 is accepted and fills one page with every matching run', async ({ client, pageSet, target, budget }) => {
    test.setTimeout(Math.max(budget.testTimeoutMs, 300_000));
    // Thresholds above the page set's size, most of them above the limits servers like to pick (10 000).
    const maxResults = fc.oneof(
      fc.constant(GUARANTEED_THRESHOLD),
      fc.integer({ min: 10_001, max: GUARANTEED_THRESHOLD }),
      fc.integer({ min: budget.pageSetRuns, max: GUARANTEED_THRESHOLD }),
    );
    await checkProperty(
      fc.tuple(maxResults, pageSetQuery()),
      async ([max, query]) => {
        const { ids } = await searchPage(client, pageSet, query, max, 'PAGE-50000-SUPPORTED');
        const expected = expectedOrders(pageSet, query, 'PAGE-50000-SUPPORTED');
        const { count } = expected;
        check(ids.length === count, 'PAGE-50000-SUPPORTED', `"All servers are guaranteed to support a max_results threshold of at least 50,000": all ${count} matching runs fit one page of ${max}`, {
          received: ids.length,
          expected: count,
        });
        checkStartsOrder(pageSet, expected, ids, 'PAGE-50000-SUPPORTED', `the page holds the matching runs in the order ${JSON.stringify(query.orderBy)}`);
      },
      { client, numRuns: budget.propertyRuns, seed: target.seed },
    );
  });
});
