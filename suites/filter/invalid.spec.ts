import { test } from '../../src/harness/fixtures';
import { invalidFilter } from '../../generators/filter';
import { checkProperty } from '../support/property';
import { checkStatus400 } from '../support/rejection';

test('FILTER-INVALID-400: filters outside the grammar (OR, parentheses, dangling operators, …) get 400', async ({ client, seeded, target, budget }) => {
  const seen = new Set<string>();
  await checkProperty(
    invalidFilter(),
    async ({ category, filter }) => {
      seen.add(category);
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, filter }, { validate: false });
      checkStatus400(response, 'FILTER-INVALID-400', `the ${category} filter ${JSON.stringify(filter)}`);
    },
    { client, numRuns: budget.propertyRuns, seed: target.seed },
  );
  test.info().annotations.push({ type: 'categories', description: [...seen].sort().join(', ') });
});
