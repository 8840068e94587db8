import { test } from '../harness';
import { checkOk, checkSameSet } from '../support';
import { expectedIds, searchBody } from '../support';
import { runIdsOf, runShower } from '../support';
import { FILTER_GRAMMAR_CHECKS } from './cases';
import { checkFilterSelectsLikeOracle, unfilteredRuns } from './support';

test.describe('filter: documented grammar', () => {
  for (const { requirement, title, filters, requireSelection, examples } of FILTER_GRAMMAR_CHECKS) {
    test(`${requirement}: ${title}`, async ({ seeded, property }) => {
      await checkFilterSelectsLikeOracle(property, seeded, filters(seeded), { requireSelection, examples: examples?.(seeded) ?? [] });
    });
  }
});

// Every run logs one point of m and the constants are plain, so no reading (readings.ts) bears on the answer.
test('FILTER-METRIC-COMPARE: metrics compare as numbers, not as text (9 < 10 < 100, -5 < 2)', async ({ client, scratch }) => {
  const values = [9, 10, 100, -5, 2, 2.5];
  const seeded = await scratch.seed({
    experiments: ['numbers'],
    runs: values.map((value, i) => ({
      ref: `n${i}`,
      experiment: 0,
      startTime: 1_700_000_000_000 + i,
      status: 'FINISHED',
      endTime: 1_700_000_000_100 + i,
      deleted: false,
      metrics: [{ key: 'm', value, timestamp: 1_700_000_000_000, step: 0 }],
      params: {},
      tags: {},
    })),
  });
  const base = await unfilteredRuns(client, seeded, { experimentIds: seeded.experimentIds });
  for (const filter of ['metrics.m > 9', 'metrics.m < 10', 'metrics.m >= 2.5', 'metrics.m <= 2', 'metrics.m != 100', 'metrics.m = 10']) {
    const query = { experimentIds: seeded.experimentIds, filter };
    const response = await client.searchRuns(searchBody({ ...query, maxResults: 10 }));
    checkOk(response, `the filter ${JSON.stringify(filter)}`);
    checkSameSet(runIdsOf(response).filter((id) => base.has(id)), expectedIds(seeded, query).filter((id) => base.has(id)), `the runs of values ${values.join(', ')} selected by ${filter}`, runShower(seeded));
  }
});
