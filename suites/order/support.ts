/**
 * Expected orders for documented checks. The spec says ties go "by start_time DESC followed by
 * run_id" without a direction for run_id, so a documented check accepts run_id ascending (the
 * oracle's order) or descending within each tie; ORDER-RUN-ID-ASC (inferred) pins ascending.
 * Runs lacking an order key are left out of documented comparisons: where they go is MLflow's
 * choice (ORDER-MISSING-LAST, upstream), not the spec's.
 */
import fc from 'fast-check';
import { validFilter } from '../../generators/filter';
import { orderByList } from '../../generators/order-by';
import type { SearchClient } from '../../src/client';
import { compareRuns, expectedSearch, parseOrderBy } from '../../src/oracle';
import { latestMetrics } from '../../src/oracle/latest-metric';
import type { SearchQuery, SeededRun } from '../../src/oracle/model';
import type { SeededData } from '../../src/seed';
import { check, checkOk, partingRuns } from '../support/failure';
import { allExperiments, ONE_PAGE, searchBody } from '../support/query';
import { runIdsOf, runShower } from '../support/runs';

/** Runs equal on every key and on start_time: only run_id tells them apart. */
function tied(order: (a: SeededRun, b: SeededRun) => number, a: SeededRun, b: SeededRun): boolean {
  return order(a, { ...b, runId: a.runId }) === 0;
}

/** The oracle's order, and the same order with every tie group's run_ids reversed. */
export function acceptableOrders(runs: SeededRun[], orderBy: string[] = []): { runIdAscending: string[]; runIdDescending: string[] } {
  const order = compareRuns(parseOrderBy(orderBy));
  const ascending = [...runs].sort(order);
  const descending: SeededRun[] = [];
  let group: SeededRun[] = [];
  for (const run of ascending) {
    if (group.length > 0 && !tied(order, group[0]!, run)) {
      descending.push(...group.reverse());
      group = [];
    }
    group.push(run);
  }
  descending.push(...group.reverse());
  return { runIdAscending: ascending.map((r) => r.runId), runIdDescending: descending.map((r) => r.runId) };
}

/** Whether the run has a value for every key of the order_by list. */
export function hasAllKeys(run: SeededRun, orderBy: string[]): boolean {
  return parseOrderBy(orderBy).every(({ entity, key }) => {
    if (entity === 'metric') return latestMetrics(run).has(key);
    if (entity === 'param') return Object.hasOwn(run.params, key);
    if (entity === 'tag') return Object.hasOwn(run.tags, key);
    return true;
  });
}

/** The runs a query returns, per the oracle (scope, view, filter), in no particular order. */
export function matchingRuns(seededRuns: SeededRun[], query: SearchQuery): SeededRun[] {
  return expectedSearch(seededRuns, { ...query, orderBy: [] });
}

/** order_by lists over metrics, params and tags only: the documented columns with a documented syntax. */
export function documentedOrderBy(seeded: SeededData): fc.Arbitrary<string[]> {
  return orderByList(seeded).map((list) => list.filter((column) => !column.startsWith('attributes.')));
}

/** Fetches one page in the given order and checks it against the oracle, ignoring runs that lack a key. */
export async function checkOrder(
  client: SearchClient,
  seeded: SeededData,
  orderBy: string[] | undefined,
  requirement: string,
  narrowing: { experimentIds?: string[]; filter?: string } = {},
): Promise<void> {
  const query = { ...allExperiments(seeded), runViewType: 'ALL' as const, ...narrowing };
  const response = await client.searchRuns(searchBody({ ...query, maxResults: ONE_PAGE, ...(orderBy ? { orderBy } : {}) }));
  checkOk(response, requirement, `the order_by ${JSON.stringify(orderBy ?? [])}`);
  const keyed = new Set(matchingRuns(seeded.runs, query).filter((r) => hasAllKeys(r, orderBy ?? [])).map((r) => r.runId));
  const received = runIdsOf(response).filter((id) => keyed.has(id));
  const { runIdAscending, runIdDescending } = acceptableOrders(seeded.runs.filter((r) => keyed.has(r.runId)), orderBy);
  const same = (expected: string[]) => expected.length === received.length && expected.every((id, i) => id === received[i]);
  check(same(runIdAscending) || same(runIdDescending), requirement, `runs ordered by ${JSON.stringify(orderBy ?? [])}`, {
    received: received.map((id) => seeded.runs.find((r) => r.runId === id)?.ref ?? id),
    expected: runIdAscending.map((id) => seeded.runs.find((r) => r.runId === id)?.ref ?? id),
    runs: partingRuns(received, runIdAscending, runShower(seeded)),
  });
}

/** A subset of the experiments, with or without a filter: the order must hold in every slice. */
export function narrowings(seeded: SeededData): fc.Arbitrary<{ experimentIds: string[]; filter?: string }> {
  return fc
    .record({ experimentIds: fc.subarray(seeded.experimentIds, { minLength: 1 }), filter: fc.option(validFilter(seeded), { nil: undefined }) })
    .map(({ experimentIds, filter }) => ({ experimentIds, ...(filter !== undefined ? { filter } : {}) }));
}
