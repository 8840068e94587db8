import { test } from '../../src/harness/fixtures';
import { orderByList } from '../../generators/order-by';
import { validFilter } from '../../generators/filter';
import { searchRequestBody } from '../../generators/search-request-body';
import { check } from '../support/failure';
import { checkProperty } from '../support/property';
import { checkErrorBody } from '../support/rejection';
import type { SeededData } from '../../src/seed';

function bodies(seeded: SeededData) {
  return searchRequestBody({ experimentIds: seeded.experimentIds, filter: validFilter(seeded), orderBy: orderByList(seeded) });
}

test.describe('robustness', () => {
  test('ERR-NO-5XX: generated bodies, valid and mutated, never get a 5xx', async ({ client, seeded, target, budget }) => {
    await checkProperty(
      bodies(seeded),
      async (body) => {
        const response = await client.searchRuns(body, { validate: false });
        check(response.status < 500, 'ERR-NO-5XX', 'a request must be answered with 200 or 4xx, never a server error', {
          received: `${response.status} ${response.text.slice(0, 300)}`,
        });
      },
      { client, numRuns: budget.propertyRuns, seed: target.seed },
    );
  });

  test('ERR-5XX-SCHEMA: any 5xx the generated bodies provoke carries the error body', async ({ client, seeded, target, budget }) => {
    let serverErrors = 0;
    await checkProperty(
      bodies(seeded),
      async (body) => {
        const response = await client.searchRuns(body, { validate: false });
        if (response.status < 500) return;
        serverErrors += 1;
        checkErrorBody(response, target.profile, 'ERR-5XX-SCHEMA', `a ${response.status}`);
      },
      { client, numRuns: budget.propertyRuns, seed: target.seed },
    );
    test.info().annotations.push({ type: 'observed', description: `${serverErrors} server error(s) observed, each with the error body` });
  });
});
