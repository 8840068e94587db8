/**
 * Order checks judge the runs the oracle can place whatever the readings the requirement does not
 * own (src/oracle/readings.ts): both run_id directions within a tie (ORDER-RUN-ID-ASC pins
 * ascending), only runs that have every order key (where the others go is ORDER-MISSING-LAST's),
 * only metrics whose logged points agree (which point counts is FILTER-LATEST-METRIC's), and only
 * runs the narrowing filter selects under every reading. Documented checks order param and tag
 * values that no collation disputes (the data set's collation-safe values).
 */
import type fc from 'fast-check';
import type { SearchClient } from '../../src/client';
import type { Narrowing } from '../../generators/narrowing';
import type { TierBudget } from '../../src/harness/tiers';
import type { Target } from '../../src/config';
import { openReadings, parseOrderBy, settledOrder } from '../../src/oracle';
import { latestMetrics } from '../../src/oracle/latest-metric';
import type { SeededRun } from '../../src/oracle/model';
import type { SeededData } from '../../src/seed';
import { check, checkOk, partingRuns } from '../support/failure';
import { checkProperty } from '../support/property';
import { allExperiments, ONE_PAGE, searchBody } from '../support/query';
import { runIdsOf, runShower } from '../support/runs';

/** Whether the run has a value for every key of the order_by list. */
export function hasAllKeys(run: SeededRun, orderBy: string[]): boolean {
  return parseOrderBy(orderBy).every(({ entity, key }) => {
    if (entity === 'metric') return latestMetrics(run).has(key);
    if (entity === 'param') return Object.hasOwn(run.params, key);
    if (entity === 'tag') return Object.hasOwn(run.tags, key);
    return true;
  });
}

/** Fetches one page in the given order and checks the runs it can judge; returns how many it judged. */
export async function checkOrder(
  client: SearchClient,
  seeded: SeededData,
  orderBy: string[] | undefined,
  requirement: string,
  narrowing: Partial<Narrowing> = {},
): Promise<number> {
  const query = { ...allExperiments(seeded), runViewType: 'ALL' as const, ...narrowing };
  const response = await client.searchRuns(searchBody({ ...query, maxResults: ONE_PAGE, ...(orderBy ? { orderBy } : {}) }));
  checkOk(response, requirement, `the order_by ${JSON.stringify(orderBy ?? [])}`);
  const { judged, orders } = settledOrder(seeded.runs, { ...query, orderBy: orderBy ?? [] }, openReadings(requirement));
  const received = runIdsOf(response.json).filter((id) => judged.has(id));
  const same = (expected: string[]) => expected.length === received.length && expected.every((id, i) => id === received[i]);
  const refOf = (id: string) => seeded.runs.find((r) => r.runId === id)?.ref ?? id;
  check(orders.some(same), requirement, `runs ordered by ${JSON.stringify(orderBy ?? [])}`, {
    received: received.map(refOf),
    expected: orders[0]!.map(refOf),
    runs: partingRuns(received, orders[0]!, runShower(seeded)),
  });
  return judged.size;
}

export interface OrderCase {
  orderBy?: string[];
  narrowing?: Narrowing;
}

/**
 * checkOrder over generated cases. An order of fewer than two runs proves nothing, so some case
 * must have judged at least two.
 */
export async function checkOrderProperty<T>(
  requirement: string,
  values: fc.Arbitrary<T>,
  cases: (value: T) => OrderCase[],
  { client, seeded, target, budget }: { client: SearchClient; seeded: SeededData; target: Target; budget: TierBudget },
  examples: readonly T[] = [],
): Promise<void> {
  let judgedTwo = false;
  await checkProperty(
    values,
    async (value) => {
      for (const { orderBy, narrowing } of cases(value)) judgedTwo = (await checkOrder(client, seeded, orderBy, requirement, narrowing)) >= 2 || judgedTwo;
    },
    { client, numRuns: budget.propertyRuns, seed: target.seed, examples },
  );
  check(judgedTwo, requirement, 'no generated case ordered two runs the check could judge: it would be vacuous');
}
