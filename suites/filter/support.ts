/**
 * The shape of every filter semantics check: for each generated filter, the runs the server
 * returns are exactly the runs the oracle selects from the seeded data (as a set; order has its
 * own requirements). Across the property, some filter must select runs and some must exclude
 * runs, so a server that returns everything or nothing cannot pass.
 */
import type fc from 'fast-check';
import type { SearchClient } from '../../src/client';
import type { TierBudget } from '../../src/harness/tiers';
import type { Target } from '../../src/config';
import type { SeededData } from '../../src/seed';
import { check, checkOk, checkSameSet } from '../support/failure';
import { checkProperty } from '../support/property';
import { allExperiments, expectedIds, ONE_PAGE, searchBody } from '../support/query';
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
  let selectedSome = false;
  let excludedSome = false;
  const total = expectedIds(seeded, { ...allExperiments(seeded), runViewType: 'ALL' }).length;
  await checkProperty(
    filters,
    async (filter) => {
      const query = { ...allExperiments(seeded), runViewType: 'ALL' as const, filter };
      const expected = expectedIds(seeded, query);
      selectedSome ||= expected.length > 0;
      excludedSome ||= expected.length < total;
      const response = await client.searchRuns(searchBody({ ...query, maxResults: ONE_PAGE }));
      checkOk(response, requirement, `the filter ${JSON.stringify(filter)}`);
      checkSameSet(runIdsOf(response), expected, requirement, `the runs selected by filter ${JSON.stringify(filter)}`, runShower(seeded));
    },
    { client, numRuns: budget.propertyRuns, seed: target.seed },
  );
  if (requireSelection) check(selectedSome, requirement, 'no generated filter selected a run: the check would be vacuous');
  check(excludedSome, requirement, 'no generated filter excluded a run: the check would be vacuous');
}
