/**
 * The default page size and the 50 000 threshold, as properties over the page set: 1100 runs
 * seeded once per run, searched with generated filters (selecting more or fewer runs than a
 * default page) and orders. The page set is written once for the run and shared by the workers
 * (suites/harness/shared-data.ts), so the two tests may run side by side. A page is compared with
 * the server's own whole answer only when it disagrees with the oracle's.
 */
import { GUARANTEED_PAGE_SIZE, pageSetQuery, thresholdPageSetSearch, type PageSetQuery } from '../../generators';
import type { SearchClient } from '../../src/client';
import { test } from '../harness';
import { isEndToken } from '../../src/oracle';
import type { SeededData } from '../../src/seed';
import { check, checkOk, partingRuns } from '../support';
import { searchBody } from '../support';
import { nextPageTokenOf, pageRunIdsOf, runShower } from '../support';
import { oracleWholeAnswers, wholeAnswer } from './support';

const DEFAULT_PAGE = 1000;

/** Where a page first departs from the server's own whole answer, by run ref; undefined when it is a prefix. */
function departure(page: string[], whole: string[], refOf: (id: string) => string): { at: number; received: string; expected: string } | undefined {
  const at = page.findIndex((id, i) => id !== whole[i]);
  if (at < 0) return undefined;
  return { at, received: refOf(page[at]!), expected: whole[at] === undefined ? '(no more runs)' : refOf(whole[at]!) };
}

/**
 * The page starts the server's own answer to the same query in one page of every run (which
 * runs, in which order, is the filter and order requirements' to judge).
 */
function checkStartsWhole(pageSet: SeededData, whole: string[], page: string[], summary: string): void {
  const refs = new Map(pageSet.runs.map((r) => [r.runId, r.ref]));
  const departs = departure(page, whole, (id) => refs.get(id) ?? id);
  check(departs === undefined, summary, { check: 'prefix of the whole answer', received: departs, runs: partingRuns(page, whole, runShower(pageSet)) });
}

async function searchPage(client: SearchClient, pageSet: SeededData, query: PageSetQuery, maxResults: number | undefined) {
  const response = await client.searchRuns(searchBody({ experimentIds: pageSet.experimentIds, ...query, ...(maxResults !== undefined ? { maxResults } : {}) }));
  checkOk(response, `a search${maxResults !== undefined ? ` with max_results ${maxResults}` : ' without max_results'}`, { ...(query.filter !== undefined ? { narrowing: query.filter } : {}) });
  return { ids: pageRunIdsOf(response), token: nextPageTokenOf(response) };
}

test.describe('page sizes over 1100 runs', () => {
  test('PAGE-DEFAULT-1000: without max_results a page holds at most 1000 runs, starts the order and points to the rest', async ({ client, pageSet, budget, property }) => {
    test.setTimeout(Math.max(budget.testTimeoutMs, 300_000));
    await property(
      pageSetQuery(),
      async (query) => {
        const { ids, token } = await searchPage(client, pageSet, query, undefined);
        const full = { experimentIds: pageSet.experimentIds, ...query };
        // A page that passes against the oracle's answer needs no second page of 1000 runs; any
        // other is judged against the server's own whole answer (support.ts: oracleWholeAnswers).
        const passes = (whole: string[]) => ids.length <= DEFAULT_PAGE && whole.slice(0, ids.length).every((id, i) => id === ids[i]) && (ids.length >= whole.length || !isEndToken(token));
        if (oracleWholeAnswers(pageSet, full).some(passes)) return;
        const whole = await wholeAnswer(client, pageSet, full, budget.pageSetRuns + 1);
        const count = whole.length;
        check(ids.length <= DEFAULT_PAGE, `max_results "If unspecified, defaults to 1000"; ${count} runs match`, {
          received: ids.length,
          expected: `≤ ${DEFAULT_PAGE}`,
        });
        if (ids.length < count) {
          check(!isEndToken(token), `${count} runs match and the default page holds ${ids.length}, so it must carry a next_page_token`, {
            received: token,
          });
        }
        checkStartsWhole(pageSet, whole, ids, `the default page is the start of the answer in order ${JSON.stringify(query.orderBy)}`);
      },
    );
  });

  test('PAGE-50000-SUPPORTED: max_results up to 50000 is accepted and fills one page with every matching run', async ({ client, pageSet, budget, property }) => {
    test.setTimeout(Math.max(budget.testTimeoutMs, 300_000));
    // Thresholds above the page set's size, most of them above the limits servers like to pick (10 000).
    await property(
      thresholdPageSetSearch(budget.pageSetRuns),
      async ([max, query]) => {
        const { ids } = await searchPage(client, pageSet, query, max);
        if (query.filter === undefined) {
          // Without a filter the count is the page set's, whatever the filter semantics.
          const count = pageSet.runs.length;
          check(new Set(ids).size === count && ids.length === count, `"All servers are guaranteed to support a max_results threshold of at least 50,000": all ${count} runs fit one page of ${max}`, {
            check: 'every run in one page',
            received: ids.length,
            expected: count,
          });
        }
        const full = { experimentIds: pageSet.experimentIds, ...query };
        // The page holds the oracle's whole answer: nothing to ask the server again (support.ts).
        if (oracleWholeAnswers(pageSet, full).some((whole) => whole.length === ids.length && whole.every((id, i) => id === ids[i]))) return;
        const whole = await wholeAnswer(client, pageSet, full, budget.pageSetRuns + 1);
        check(ids.length === whole.length, `a page of ${max} holds the ${whole.length} runs a page of ${budget.pageSetRuns + 1} holds`, { received: ids.length, expected: whole.length });
        checkStartsWhole(pageSet, whole, ids, `the page of ${max} holds the answer in order ${JSON.stringify(query.orderBy)}`);
      },
      // Tried first in every tier: the guaranteed threshold itself, on every run of the page set.
      { examples: [[GUARANTEED_PAGE_SIZE, { orderBy: [] }]] },
    );
  });
});
