import { test } from '../harness';
import { narrowing } from '../../generators';
import { bareOrderByKey, explicitOrderByList, invalidOrderBy, tieBreakOrderBy } from '../../generators';
import { check } from '../support';
import { checkStatus400 } from '../support';
import { checkOrderProperty, secondKeyDecides } from './support';

test.describe('order_by: documented', () => {
  test('ORDER-DEFAULT: without order_by, runs come by start_time DESC, then run_id, in any experiments and filter', async ({ seeded, property }) => {
    check(new Set(seeded.runs.map((r) => r.startTime)).size < seeded.runs.length, 'the data set must hold start_time ties');
    await checkOrderProperty(property, seeded, narrowing(seeded), (slice) => [{ narrowing: slice, within: 'all' }], [
      // Every experiment, no filter, tried first in every tier: the start_time ties are there.
      { experimentIds: seeded.experimentIds },
    ]);
  });

  test('ORDER-BY-KEYS: runs come in the order of the order_by keys, then the tiebreak', async ({ seeded, property }) => {
    // Every key with its direction written out: how a bare key orders is ORDER-BY-DEFAULT-ASC's to judge.
    await checkOrderProperty(property, seeded, explicitOrderByList(seeded), (orderBy) => [{ orderBy }], secondKeyDecides(seeded));
  });

  test('ORDER-BY-DEFAULT-ASC: a key without annotation orders ascending, as with ASC', async ({ seeded, property }) => {
    // One key: how several keys combine is ORDER-BY-KEYS' to judge.
    await checkOrderProperty(property, seeded, bareOrderByKey(seeded), (orderBy) => [{ orderBy }, { orderBy: orderBy.map((c) => `${c} ASC`) }]);
  });

  test('ORDER-BY-TIEBREAK: runs equal on a key follow start_time DESC, then run_id', async ({ seeded, property }) => {
    // One param or tag column: few distinct values, so most runs tie on it.
    await checkOrderProperty(property, seeded, tieBreakOrderBy(seeded), (orderBy) => [{ orderBy, within: 'ties' }]);
  });

  test('ORDER-INVALID-400: order_by clauses outside the syntax get 400', async ({ client, seeded, property }) => {
    await property(invalidOrderBy(), async ({ category, orderBy }) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, order_by: orderBy }, { validate: false });
      checkStatus400(response, `the ${category} order_by ${JSON.stringify(orderBy)}`);
    });
  });
});
