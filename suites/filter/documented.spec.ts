import { test } from '../../src/harness/fixtures';
import { validFilter } from '../../generators/filter';
import { conjunction, metricComparison, quotedKeyFilter, signedNumberFilter, stringEquality } from '../../generators/targeted-filter';
import { checkFilterSelectsLikeOracle } from './support';

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
