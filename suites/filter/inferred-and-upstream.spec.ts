import { test } from '../harness';
import { FILTER_READING_CHECKS } from './cases';
import { checkFilterSelectsLikeOracle } from './support';

test.describe('filter: readings and MLflow extensions', () => {
  for (const { requirement, title, filters, requireSelection } of FILTER_READING_CHECKS) {
    test(`${requirement}: ${title}`, async ({ client, seeded, target, budget }) => {
      await checkFilterSelectsLikeOracle(requirement, filters(seeded), { client, seeded, target, budget }, { requireSelection });
    });
  }
});
