import { test } from '../harness';
import { FILTER_READING_CHECKS } from './cases';
import { checkFilterSelectsLikeOracle } from './support';

test.describe('filter: readings and MLflow extensions', () => {
  for (const { requirement, title, filters, requireSelection, examples } of FILTER_READING_CHECKS) {
    test(`${requirement}: ${title}`, async ({ seeded, property }) => {
      await checkFilterSelectsLikeOracle(property, seeded, filters(seeded), { requireSelection, examples: examples?.(seeded) ?? [] });
    });
  }
});
