/**
 * Metamorphic checks: the server against itself, on whatever data the scope holds. They need no
 * writes, so they are what a readonly run (SUITE_MODE=readonly) can certify on staging data; in
 * seed mode they run on the seeded experiments as well.
 */
import { test } from '../harness';
import { metricClausePair, uniformPageSize } from '../../generators';
import { Inconclusive, type SearchClient } from '../../src/client';
import { walkPages } from '../../src/oracle';
import { formatKey, formatPlainNumber } from '../../src/oracle';
import { check, checkOk, checkSameSequence } from '../support';
import { nextPageTokenOf, pageRunIdsOf, runIdOf, runIdsOf, runsOf, type WireRun } from '../support';

const LARGE_PAGE = 1000;

async function largePage(client: SearchClient, experimentIds: string[], extra: Record<string, unknown> = {}) {
  const response = await client.searchRuns({ experiment_ids: experimentIds, run_view_type: 'ALL', max_results: LARGE_PAGE, ...extra });
  checkOk(response, 'RESP-SCHEMA', 'a plain search');
  const runs = runsOf(response);
  if (runs.length < 3) throw new Inconclusive(`the experiments in scope hold ${runs.length} run(s); metamorphic checks need at least 3`);
  if (nextPageTokenOf(response)) throw new Inconclusive(`more than ${LARGE_PAGE} runs in scope; narrow SUITE_EXPERIMENT_IDS`);
  return runs;
}

/** Metric values as the server reports them, per key: those a filter writes plainly (no sign, no exponent). */
function metricValues(runs: WireRun[]): Map<string, number[]> {
  const values = new Map<string, number[]>();
  for (const run of runs) {
    for (const metric of (run.data?.metrics ?? []) as Array<{ key: string; value: unknown }>) {
      if (typeof metric.value === 'number' && Number.isFinite(metric.value) && formatPlainNumber(metric.value) !== undefined && !/["\\`]/.test(metric.key))
        values.set(metric.key, [...(values.get(metric.key) ?? []), metric.value]);
    }
  }
  return values;
}

/** A metric key some run reports only values >= 0 for (as plain constants can name them), if any. */
function nonNegativeKey(runs: WireRun[]): string | undefined {
  for (const run of runs) {
    const reported = new Map<string, number[]>();
    for (const { key, value } of (run.data?.metrics ?? []) as Array<{ key: string; value: unknown }>) {
      if (typeof value === 'number' && !/["\\`]/.test(key)) reported.set(key, [...(reported.get(key) ?? []), value]);
    }
    const key = [...reported].find(([, values]) => values.every((v) => Number.isFinite(v) && v >= 0))?.[0];
    if (key !== undefined) return key;
  }
  return undefined;
}

test.describe('metamorphic (no writes)', () => {
  test('PAGE-EXHAUSTION: pages of any size, concatenated, equal one large page', async ({ client, scope, property }) => {
    const all = (await largePage(client, scope.experimentIds)).map(runIdOf);
    await property(
      uniformPageSize(all.length + 1),
      async (maxResults) => {
        const walk = await walkPages(
          async (token) => {
            const response = await client.searchRuns({
              experiment_ids: scope.experimentIds,
              run_view_type: 'ALL',
              max_results: maxResults,
              ...(token ? { page_token: token } : {}),
            });
            checkOk(response, token ? `the page_token the server issued (${token})` : `the first page of ${maxResults}`);
            return { runIds: pageRunIdsOf(response), nextPageToken: nextPageTokenOf(response) };
          },
          { maxPages: all.length + 3 },
        );
        check(walk.complete, `the walk in pages of ${maxResults} must end`, { received: `${walk.pages.length} pages` });
        checkSameSequence(walk.runIds, all, `pages of ${maxResults} concatenated`);
      },
      { maxRuns: 25 },
    );
  });

  test('PAGE-MAX-RESULTS: the page for max_results=k is the first k runs of a larger page', async ({ client, scope, property }) => {
    const all = (await largePage(client, scope.experimentIds)).map(runIdOf);
    await property(
      uniformPageSize(all.length),
      async (k) => {
        const response = await client.searchRuns({ experiment_ids: scope.experimentIds, run_view_type: 'ALL', max_results: k });
        checkOk(response, `max_results ${k}`);
        checkSameSequence(pageRunIdsOf(response), all.slice(0, k), `max_results=${k} is a prefix of the full order`);
      },
    );
  });

  test('VIEW-ALL: ALL is ACTIVE_ONLY and DELETED_ONLY together, without overlap', async ({ client, scope }) => {
    const ids = async (view: string) => {
      const response = await client.searchRuns({ experiment_ids: scope.experimentIds, run_view_type: view, max_results: LARGE_PAGE });
      checkOk(response, `run_view_type ${view}`);
      return runIdsOf(response);
    };
    const [all, active, deleted] = [await ids('ALL'), await ids('ACTIVE_ONLY'), await ids('DELETED_ONLY')];
    if (all.length === 0) throw new Inconclusive('no runs in scope');
    // An overlap means ACTIVE_ONLY or DELETED_ONLY is wrong: their own requirements judge which.
    if (active.some((id) => deleted.includes(id))) throw new Inconclusive('ACTIVE_ONLY and DELETED_ONLY overlap, so their union says nothing of ALL');
    check(all.length === active.length + deleted.length && [...active, ...deleted].every((id) => all.includes(id)), 'ALL = ACTIVE_ONLY ⊎ DELETED_ONLY', {
      received: { all: all.length, active: active.length, deleted: deleted.length },
    });
  });

  test('FILTER-AND: f AND g selects a subset of what f selects', async ({ client, scope, property }) => {
    const runs = await largePage(client, scope.experimentIds);
    const metrics = [...metricValues(runs)].filter(([, values]) => values.length > 0);
    if (metrics.length === 0) throw new Inconclusive('no run in scope has a metric value a filter can write without a sign or an exponent');
    // A run reporting only values >= 0 for a key is selected by `>= 0` whichever point counts: tried first in every tier.
    const selecting = nonNegativeKey(runs);
    const examples: [string, string][] = selecting === undefined ? [] : [[`metrics.${formatKey(selecting)} >= 0`, `metrics.${formatKey(selecting)} >= 0`]];
    let selectedSome = false;
    await property(
      metricClausePair(metrics),
      async ([f, g]) => {
        const search = async (filter: string) => {
          const response = await client.searchRuns({ experiment_ids: scope.experimentIds, run_view_type: 'ALL', max_results: LARGE_PAGE, filter });
          checkOk(response, `the filter ${JSON.stringify(filter)}`);
          return runIdsOf(response);
        };
        const [onlyF, both] = [await search(f), await search(`${f} and ${g}`)];
        selectedSome ||= onlyF.length > 0;
        const stray = both.filter((id) => !onlyF.includes(id));
        check(stray.length === 0, `${f} and ${g} must select a subset of ${f}`, { received: stray });
      },
      { maxRuns: 50, examples },
    );
    // Not vacuous: the empty set is a subset of itself. When no f selects a run, AND was never
    // tried; the empty answers are FILTER-METRIC-COMPARE's to judge, which readonly data cannot.
    if (!selectedSome) {
      const tried = selecting === undefined ? 'no run reports only values >= 0 for a key' : `not even metrics.${formatKey(selecting)} >= 0, though a run reports only values >= 0 for it`;
      throw new Inconclusive(`no generated f selected a run (${tried}): f AND g ⊆ f was never put to the test`);
    }
  });

  test('ORDER-DEFAULT: without order_by, start_time never increases down the page', async ({ client, scope }) => {
    const runs = await largePage(client, scope.experimentIds);
    const times = runs.map((r) => BigInt(r.info?.start_time ?? 0));
    const rise = times.findIndex((t, i) => i > 0 && t > times[i - 1]!);
    check(rise === -1, 'start_time DESC is the default order', { received: times.map(String).slice(Math.max(0, rise - 2), rise + 2) });
  });
});
