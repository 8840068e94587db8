import { test } from '../../src/harness/fixtures';
import {
  attributeFilter,
  backtickKeyFilter,
  caseSwappedEquality,
  doubleQuotedValue,
  likeFilter,
  missingKeyInequality,
  runIdInFilter,
  staleMetricEquality,
} from '../../generators/targeted-filter';
import { checkFilterSelectsLikeOracle } from './support';

test.describe('filter: readings and MLflow extensions', () => {
  test('FILTER-MISSING-KEY: a run lacking the key matches no comparison, != included', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-MISSING-KEY', missingKeyInequality(seeded), { client, seeded, target, budget });
  });

  test('FILTER-LATEST-METRIC: a metric compares by its latest point (highest step, then timestamp, then value)', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-LATEST-METRIC', staleMetricEquality(seeded), { client, seeded, target, budget }, { requireSelection: false });
  });

  test('FILTER-BACKTICK-IDENTIFIER: backticked keys select that key', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-BACKTICK-IDENTIFIER', backtickKeyFilter(seeded), { client, seeded, target, budget });
  });

  test('FILTER-DOUBLE-QUOTED-VALUE: a double-quoted string constant matches as a single-quoted one', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-DOUBLE-QUOTED-VALUE', doubleQuotedValue(seeded), { client, seeded, target, budget });
  });

  test('FILTER-LIKE: LIKE (case-sensitive) and ILIKE (case-insensitive) with % and _', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-LIKE', likeFilter(seeded), { client, seeded, target, budget });
  });

  test('FILTER-ATTRIBUTE: attributes.run_name, status, start_time and end_time filter on run info', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-ATTRIBUTE', attributeFilter(seeded), { client, seeded, target, budget });
  });

  test('FILTER-RUN-ID-IN: attributes.run_id IN and NOT IN a list', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-RUN-ID-IN', runIdInFilter(seeded.runs), { client, seeded, target, budget });
  });

  test('FILTER-EQUALITY-CASE-SENSITIVE: = on params compares with letter case', async ({ client, seeded, target, budget }) => {
    await checkFilterSelectsLikeOracle('FILTER-EQUALITY-CASE-SENSITIVE', caseSwappedEquality(seeded), { client, seeded, target, budget }, { requireSelection: false });
  });
});
