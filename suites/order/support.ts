/**
 * Order checks judge the runs the oracle can place whatever the readings the requirement does not
 * own (src/oracle/readings.ts): both run_id directions within a tie (ORDER-RUN-ID-ASC pins
 * ascending), only runs that have every order key (where the others go is ORDER-MISSING-LAST's),
 * only metrics whose logged points agree (which point counts is FILTER-LATEST-METRIC's), and only
 * runs the narrowing filter selects under every reading. Documented checks order param and tag
 * values that no collation disputes (the data set's collation-safe values).
 */
import type fc from 'fast-check';
import { hasAllKeys, type Narrowing } from '../../generators';
import { compareKeys, compareRuns, openReadings, parseOrderBy, settledOrder } from '../../src/oracle';
import { Inconclusive } from '../../src/outcome';
import { formatKey } from '../../src/oracle';
import type { SeededRun } from '../../src/oracle';
import type { SeededData } from '../../src/seed';
import { check, checkOk, partingRuns } from '../support';
import type { Property } from '../support';
import { allExperiments, ONE_PAGE, searchBody } from '../support';
import { runIdsOf, runShower } from '../support';

/**
 * What an order check judges of the runs a page holds, so that each order requirement fails for
 * its own fault only:
 * - 'keys': the order_by keys (ORDER-BY-KEYS and its kin); how ties are broken is not theirs;
 * - 'ties': inside each group of runs equal on every key, start_time DESC then run_id
 *   (ORDER-BY-TIEBREAK), whatever the keys' own order;
 * - 'all': the whole documented order (ORDER-DEFAULT, where the tiebreak is the order).
 */
export type OrderScope = 'keys' | 'ties' | 'all';

/** The runs equal on every order key, each group in the order received. */
function tieGroups(runs: SeededRun[], byKeys: (a: SeededRun, b: SeededRun) => number): SeededRun[][] {
  const groups: SeededRun[][] = [];
  for (const run of runs) {
    const group = groups.find((g) => byKeys(g[0]!, run) === 0);
    if (group) group.push(run);
    else groups.push([run]);
  }
  return groups;
}

/**
 * Fetches one page in the given order and checks the order of the runs it holds that the check
 * can judge, for the property's requirement (whose readings it leaves open); returns how many it
 * judged. Which runs come back is the filter, view and scope requirements' to judge, so only the
 * order of the runs received is; a page holding fewer than two of the runs to order leaves
 * nothing to judge (INCONCLUSIVE), so an empty answer never passes.
 */
export async function checkOrder(
  { client, requirement }: Pick<Property, 'client' | 'requirement'>,
  seeded: SeededData,
  orderBy: string[] | undefined,
  narrowing: Partial<Narrowing> = {},
  within: OrderScope = 'keys',
): Promise<number> {
  const query = { ...allExperiments(seeded), runViewType: 'ALL' as const, ...narrowing };
  const response = await client.searchRuns(searchBody({ ...query, maxResults: ONE_PAGE, ...(orderBy ? { orderBy } : {}) }));
  checkOk(response, `the order_by ${JSON.stringify(orderBy ?? [])}`, { ...(narrowing.filter !== undefined ? { narrowing: narrowing.filter } : {}) });
  const { judged, orders } = settledOrder(seeded.runs, { ...query, orderBy: orderBy ?? [] }, openReadings(requirement));
  const byId = new Map(seeded.runs.map((r) => [r.runId, r]));
  const runs = runIdsOf(response).flatMap((id) => (judged.has(id) ? [byId.get(id)!] : []));
  if (runs.length < Math.min(2, judged.size)) throw new Inconclusive(`the page held ${runs.length} of the ${judged.size} runs to order; which runs come back is judged elsewhere`);
  const refOf = (id: string) => byId.get(id)?.ref ?? id;
  const byKeys = compareKeys(parseOrderBy(orderBy ?? []));
  if (within === 'keys') {
    const at = runs.findIndex((run, i) => i > 0 && byKeys(runs[i - 1]!, run) > 0);
    check(at < 0, `runs ordered by the keys ${JSON.stringify(orderBy ?? [])}`, {
      check: 'order of the keys',
      received: { position: at, runs: runs.map((r) => r.ref) },
      runs: at < 0 ? [] : runShower(seeded)([runs[at - 1]!.runId, runs[at]!.runId]),
    });
    return runs.length;
  }
  for (const group of within === 'ties' ? tieGroups(runs, byKeys) : [runs]) {
    const received = group.map((r) => r.runId);
    const members = new Set(received);
    const expected = orders.map((order) => order.filter((id) => members.has(id)));
    const same = (order: string[]) => order.every((id, i) => id === received[i]);
    check(expected.some(same), `runs ordered by ${JSON.stringify(orderBy ?? [])}${within === 'ties' ? ', within a tie' : ''}`, {
      check: within === 'ties' ? 'order within ties' : 'order',
      received: received.map(refOf),
      expected: expected[0]!.map(refOf),
      runs: partingRuns(received, expected[0]!, runShower(seeded)),
    });
  }
  return runs.length;
}

export interface OrderCase {
  orderBy?: string[];
  narrowing?: Narrowing;
  /** Which part of the order the case judges (default: the keys). */
  within?: OrderScope;
}

/**
 * checkOrder over generated cases, as the test's property. An order of fewer than two runs proves
 * nothing, so some case must have judged at least two.
 */
export async function checkOrderProperty<T>(
  property: Property,
  seeded: SeededData,
  values: fc.Arbitrary<T>,
  cases: (value: T) => OrderCase[],
  examples: readonly T[] = [],
): Promise<void> {
  let judgedTwo = false;
  await property(
    values,
    async (value) => {
      for (const { orderBy, narrowing, within } of cases(value)) judgedTwo = (await checkOrder(property, seeded, orderBy, narrowing, within)) >= 2 || judgedTwo;
    },
    { examples },
  );
  // The runs come from the server: too few of them is something not observed, not a fault of the order.
  if (!judgedTwo) throw new Inconclusive('no generated case got two runs the check could order');
}

/**
 * Two keys where the second decides among runs that tie on the first, found by the oracle: over
 * the param and tag keys, a pair whose two-key order differs from the first key's order alone on
 * the runs that have both. Tried first in every tier, so a server that orders by the first key
 * only is met even in five cases.
 */
export function secondKeyDecides(seeded: SeededData): string[][] {
  const columns = (['params', 'tags'] as const).flatMap((entity) =>
    [...new Set(seeded.runs.flatMap((r) => Object.keys(r[entity])))].map((key) => `${entity}.${formatKey(key)}`),
  );
  for (const first of columns) {
    for (const second of columns) {
      if (first === second) continue;
      for (const direction of ['DESC', 'ASC']) {
        const orderBy = [`${first} ASC`, `${second} ${direction}`];
        const runs = seeded.runs.filter((run) => hasAllKeys(run, orderBy));
        const both = [...runs].sort(compareRuns(parseOrderBy(orderBy))).map((r) => r.runId);
        const firstOnly = [...runs].sort(compareRuns(parseOrderBy([`${first} ASC`]))).map((r) => r.runId);
        if (both.some((id, i) => id !== firstOnly[i])) return [orderBy];
      }
    }
  }
  return [];
}
