/**
 * The shape of every filter semantics check: for each generated filter, the runs the server
 * returns are exactly the runs the oracle selects from the seeded data (as a set; order has its
 * own requirements). The oracle judges only runs whose selection no reading the requirement does
 * not own could change (src/oracle/readings.ts): a run lacking the key of a `!=` is left to
 * FILTER-MISSING-KEY, a metric whose logged points disagree to FILTER-LATEST-METRIC. Across the
 * property, some filter must select judged runs and some must exclude them, so a server that
 * returns everything or nothing cannot pass.
 */
import type fc from 'fast-check';
import type { SearchClient } from '../../src/client';
import type { TierBudget } from '../../src/harness/tiers';
import type { Target } from '../../src/config';
import { judgedIds, openReadings, settledSearch } from '../../src/oracle';
import type { SeededData } from '../../src/seed';
import { check, checkOk, checkSameSet } from '../support/failure';
import { checkProperty } from '../support/property';
import { allExperiments, ONE_PAGE, searchBody } from '../support/query';
import { runIdsOf, runShower } from '../support/runs';

export interface FilterCheckContext {
  client: SearchClient;
  seeded: SeededData;
  target: Target;
  budget: TierBudget;
}

export async function checkFilterSelectsLikeOracle(
  requirement: string,
  filters: fc.Arbitrary<string>,
  { client, seeded, target, budget }: FilterCheckContext,
  { requireSelection = true } = {},
): Promise<void> {
  const open = openReadings(requirement);
  let selectedSome = false;
  let excludedSome = false;
  await checkProperty(
    filters,
    async (filter) => {
      const query = { ...allExperiments(seeded), runViewType: 'ALL' as const, filter };
      const answer = settledSearch(seeded.runs, query, open);
      const expected = answer.runs.map((run) => run.runId);
      selectedSome ||= expected.length > 0;
      excludedSome ||= expected.length + answer.unsettled.size < seeded.runs.length;
      const response = await client.searchRuns(searchBody({ ...query, maxResults: ONE_PAGE }));
      checkOk(response, requirement, `the filter ${JSON.stringify(filter)}`);
      checkSameSet(judgedIds(runIdsOf(response.json), answer), expected, requirement, `the runs selected by filter ${JSON.stringify(filter)}`, runShower(seeded));
    },
    { client, numRuns: budget.propertyRuns, seed: target.seed },
  );
  if (requireSelection) check(selectedSome, requirement, 'no generated filter selected a run: the check would be vacuous');
  check(excludedSome, requirement, 'no generated filter excluded a run: the check would be vacuous');
}
