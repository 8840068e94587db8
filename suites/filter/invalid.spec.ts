import { test } from '../harness';
import { documentedInvalidFilter, mistypedFilter, type InvalidFilterCategory, type MistypedFilterCategory } from '../../generators';
import { checkStatus400 } from '../support';

/** One per category MLflow or FastTrackML has been seen to accept (peers/). */
const KNOWN_ACCEPTED: { category: InvalidFilterCategory; filter: string }[] = [
  { category: 'dangling-operator', filter: 'metrics.a = 0 AND' },
  { category: 'unquoted-string', filter: 'params.a = x' },
];

/**
 * Tried first in every tier: a misfit after a valid comparison (a server checking only the first
 * clause answers 200), and one per category a peer has been seen to accept (peers/).
 */
const MISTYPED_EXAMPLES: { category: MistypedFilterCategory; filter: string }[] = [
  { category: 'comparator-for-entity', filter: "metrics.a >= 0 AND params.a > 'x'" },
  { category: 'value-type', filter: 'attributes.run_name = 5' },
];

test('FILTER-INVALID-400: filters outside the grammar (OR, parentheses, dangling operators, …) get 400', async ({ client, seeded, property }) => {
  const seen = new Set<string>();
  await property(
    documentedInvalidFilter(),
    async ({ category, filter }) => {
      seen.add(category);
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, filter }, { validate: false });
      checkStatus400(response, `the ${category} filter ${JSON.stringify(filter)}`);
    },
    { examples: KNOWN_ACCEPTED },
  );
  test.info().annotations.push({ type: 'categories', description: [...seen].sort().join(', ') });
});

test('FILTER-MISTYPED-400: comparisons whose comparator, value type or list does not fit the entity (params.k > \'x\', metrics.k LIKE \'1%\', start_time = \'x\', tags.k IN (…), attributes.lifecycle_stage) get 400', async ({ client, seeded, property }) => {
  const seen = new Set<string>();
  await property(mistypedFilter(), async ({ category, filter }) => {
    seen.add(category);
    const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, filter }, { validate: false });
    checkStatus400(response, `the ${category} filter ${JSON.stringify(filter)}`);
  }, { examples: MISTYPED_EXAMPLES });
  test.info().annotations.push({ type: 'categories', description: [...seen].sort().join(', ') });
});
