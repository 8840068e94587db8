import { test } from '../../src/harness/fixtures';
import { validFilter } from '../../generators/filter';
import { conjunction, metricComparison, quotedKeyFilter, signedNumberFilter, stringEquality } from '../../generators/targeted-filter';
import { checkOk, checkSameSet } from '../support/failure';
import { expectedIds, searchBody } from '../support/query';
import { runIdsOf, runShower } from '../support/runs';
import { checkFilterSelectsLikeOracle, unfilteredRuns } from './support';

test.describe('filter: documented grammar', () => {
  test('FILTER-METRIC-COMPARE: metrics compare numerically with = != > >= < <=', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-METRIC-COMPARE', metricComparison(seeded), { client, seeded, target, budget });
  });

  test('FILTER-NUMERIC-LITERALS: constants with a sign, decimals or an exponent compare by value', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-NUMERIC-LITERALS', signedNumberFilter(seeded), { client, seeded, target, budget });
  });

  test('FILTER-PARAM-EQUALITY: params.k = and != a single-quoted string', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-PARAM-EQUALITY', stringEquality(seeded, 'params'), { client, seeded, target, budget });
  });

  test('FILTER-TAG-EQUALITY: tags.k = and != a single-quoted string', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-TAG-EQUALITY', stringEquality(seeded, 'tags'), { client, seeded, target, budget });
  });

  test('FILTER-AND: clauses joined by and, in any letter case, must all hold', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-AND', conjunction(seeded), { client, seeded, target, budget });
  });

  test('FILTER-QUOTED-IDENTIFIER: double-quoted keys, with hyphens, spaces and periods, select that key', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-QUOTED-IDENTIFIER', quotedKeyFilter(seeded), { client, seeded, target, budget });
  });

  test('FILTER-AND: mixed documented filters (metrics, params, tags, any-case and) select what the oracle selects', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-AND', validFilter(seeded), { client, seeded, target, budget });
  });
});

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
  const base = await unfilteredRuns(client, seeded, { experimentIds: seeded.experimentIds }, 'FILTER-METRIC-COMPARE');
  for (const filter of ['metrics.m > 9', 'metrics.m < 10', 'metrics.m >= 2.5', 'metrics.m <= -5', 'metrics.m != 100', 'metrics.m = 10']) {
    const query = { experimentIds: seeded.experimentIds, filter };
    const response = await client.searchRuns(searchBody({ ...query, maxResults: 10 }));
    checkOk(response, 'FILTER-METRIC-COMPARE', `the filter ${JSON.stringify(filter)}`);
    checkSameSet(runIdsOf(response).filter((id) => base.has(id)), expectedIds(seeded, query).filter((id) => base.has(id)), 'FILTER-METRIC-COMPARE', `the runs of values ${values.join(', ')} selected by ${filter}`, runShower(seeded));
  }
});
