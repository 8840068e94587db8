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
import { compareKeys, compareRuns, expectedSearch, parseOrderBy } from '../../src/oracle';
import { latestMetrics } from '../../src/oracle/latest-metric';
import type { SearchQuery, SeededRun } from '../../src/oracle/model';
import type { SeededData } from '../../src/seed';
import { Inconclusive } from '../../src/outcome';
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

/**
 * The seeded runs of a page that carry every order key, in the order received. Which runs come
 * back is the filter, view and scope requirements' to judge; an order check judges the order of
 * the runs it got. A page that holds fewer than two of the runs the oracle would order leaves
 * nothing to judge (INCONCLUSIVE), so an empty answer never passes.
 */
export function orderedRuns(received: readonly string[], seeded: SeededData, query: SearchQuery, orderBy: string[] = []): SeededRun[] {
  const byId = new Map(seeded.runs.map((r) => [r.runId, r]));
  const runs = received.flatMap((id) => {
    const run = byId.get(id);
    return run && hasAllKeys(run, orderBy) ? [run] : [];
  });
  const wanted = matchingRuns(seeded.runs, query).filter((r) => hasAllKeys(r, orderBy)).length;
  if (runs.length < Math.min(2, wanted)) throw new Inconclusive(`the page held ${runs.length} of the ${wanted} runs to order; which runs come back is judged elsewhere`);
  return runs;
}

/** Compares two runs on the order_by keys alone: 0 when they tie on every key. */
function keyOrder(orderBy: string[]): (a: SeededRun, b: SeededRun) => number {
  return compareKeys(parseOrderBy(orderBy));
}

/** The runs equal on every order key, each group in the order received. */
function tieGroups(runs: SeededRun[], orderBy: string[]): SeededRun[][] {
  const byKeys = keyOrder(orderBy);
  const groups: SeededRun[][] = [];
  for (const run of runs) {
    const group = groups.find((g) => byKeys(g[0]!, run) === 0);
    if (group) group.push(run);
    else groups.push([run]);
  }
  return groups;
}

/**
 * What an order check judges of the runs a page holds, so that each order requirement fails for
 * its own fault only:
 * - 'keys': the order_by keys (ORDER-BY-KEYS and its kin); how ties are broken is not theirs;
 * - 'ties': inside each group of runs equal on every key, start_time DESC then run_id
 *   (ORDER-BY-TIEBREAK), whatever the keys' own order;
 * - 'all': the whole documented order (ORDER-DEFAULT, where the tiebreak is the order).
 */
export type OrderScope = 'keys' | 'ties' | 'all';

/**
 * Fetches one page in the given order and checks the order of the runs it holds against the
 * oracle, ignoring runs that lack a key; `within` says which part of the order is judged.
 */
export async function checkOrder(
  client: SearchClient,
  seeded: SeededData,
  orderBy: string[] | undefined,
  requirement: string,
  narrowing: { experimentIds?: string[]; filter?: string } = {},
  { within = 'keys' }: { within?: OrderScope } = {},
): Promise<void> {
  const query = { ...allExperiments(seeded), runViewType: 'ALL' as const, ...narrowing };
  const response = await client.searchRuns(searchBody({ ...query, maxResults: ONE_PAGE, ...(orderBy ? { orderBy } : {}) }));
  checkOk(response, requirement, `the order_by ${JSON.stringify(orderBy ?? [])}`, { ...(narrowing.filter !== undefined ? { narrowing: narrowing.filter } : {}) });
  const runs = orderedRuns(runIdsOf(response), seeded, query, orderBy);
  const refOf = (id: string) => seeded.runs.find((r) => r.runId === id)?.ref ?? id;
  if (within === 'keys') {
    const byKeys = keyOrder(orderBy ?? []);
    const at = runs.findIndex((run, i) => i > 0 && byKeys(runs[i - 1]!, run) > 0);
    check(at < 0, requirement, `runs ordered by the keys ${JSON.stringify(orderBy ?? [])}`, {
      check: 'order of the keys',
      received: { position: at, runs: runs.map((r) => r.ref) },
      runs: at < 0 ? [] : runShower(seeded)([runs[at - 1]!.runId, runs[at]!.runId]),
    });
    return;
  }
  for (const group of within === 'ties' ? tieGroups(runs, orderBy ?? []) : [runs]) {
    const received = group.map((r) => r.runId);
    const { runIdAscending, runIdDescending } = acceptableOrders(group, orderBy);
    const same = (expected: string[]) => expected.every((id, i) => id === received[i]);
    check(same(runIdAscending) || same(runIdDescending), requirement, `runs ordered by ${JSON.stringify(orderBy ?? [])}${within === 'ties' ? ', within a tie' : ''}`, {
      check: within === 'ties' ? 'order within ties' : 'order',
      received: received.map(refOf),
      expected: runIdAscending.map(refOf),
      runs: partingRuns(received, runIdAscending, runShower(seeded)),
    });
  }
}

/** A subset of the experiments, with or without a filter: the order must hold in every slice. */
export function narrowings(seeded: SeededData): fc.Arbitrary<{ experimentIds: string[]; filter?: string }> {
  return fc
    .record({ experimentIds: fc.subarray(seeded.experimentIds, { minLength: 1 }), filter: fc.option(validFilter(seeded), { nil: undefined }) })
    .map(({ experimentIds, filter }) => ({ experimentIds, ...(filter !== undefined ? { filter } : {}) }));
}
