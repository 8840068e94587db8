import { test } from '../harness';
import { narrowing } from '../../generators';
import { documentedOrderByList, invalidOrderBy, tiedOrderByLists } from '../../generators';
import { check } from '../support';
import { checkProperty } from '../support';
import { checkStatus400 } from '../support';
import { checkOrderProperty, secondKeyDecides } from './support';

test.describe('order_by: documented', () => {
  test('ORDER-DEFAULT: without order_by, runs come by start_time DESC, then run_id, in any experiments and filter', async ({ client, seeded, target, budget }) => {
    check(new Set(seeded.runs.map((r) => r.startTime)).size < seeded.runs.length, 'ORDER-DEFAULT', 'the data set must hold start_time ties');
    await checkOrderProperty('ORDER-DEFAULT', narrowing(seeded), (slice) => [{ narrowing: slice, within: 'all' }], { client, seeded, target, budget }, [
      // Every experiment, no filter, tried first in every tier: the start_time ties are there.
      { experimentIds: seeded.experimentIds },
    ]);
  });

  test('ORDER-BY-KEYS: runs come in the order of the order_by keys, then the tiebreak', async ({ client, seeded, target, budget }) => {
    // Every key with its direction written out: how a bare key orders is ORDER-BY-DEFAULT-ASC's to judge.
    const explicit = documentedOrderByList(seeded).map((list) => list.map((c) => (/ (ASC|DESC)$/.test(c) ? c : `${c} ASC`)));
    await checkOrderProperty('ORDER-BY-KEYS', explicit, (orderBy) => [{ orderBy }], { client, seeded, target, budget }, secondKeyDecides(seeded));
  });

  test('ORDER-BY-DEFAULT-ASC: a key without annotation orders ascending, as with ASC', async ({ client, seeded, target, budget }) => {
    // One key: how several keys combine is ORDER-BY-KEYS' to judge.
    const bare = documentedOrderByList(seeded).map((list) => list.slice(0, 1).map((column) => column.replace(/ (ASC|DESC)$/, '')));
    await checkOrderProperty(
      'ORDER-BY-DEFAULT-ASC',
      bare.filter((list) => list.length > 0),
      (orderBy) => [{ orderBy }, { orderBy: orderBy.map((c) => `${c} ASC`) }],
      { client, seeded, target, budget },
    );
  });

  test('ORDER-BY-TIEBREAK: runs equal on a key follow start_time DESC, then run_id', async ({ client, seeded, target, budget }) => {
    // One param or tag column: few distinct values, so most runs tie on it.
    const single = documentedOrderByList(seeded)
      .map((list) => list.filter((c) => c.startsWith('params.') || c.startsWith('tags.')).slice(0, 1))
      .filter((list) => list.length === 1);
    await checkOrderProperty('ORDER-BY-TIEBREAK', single, (orderBy) => [{ orderBy, within: 'ties' }], { client, seeded, target, budget });
  });

  test('ORDER-INVALID-400: order_by clauses outside the syntax get 400', async ({ client, seeded, target, budget }) => {
    await checkProperty(
      invalidOrderBy(),
      async ({ category, orderBy }) => {
        const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, order_by: orderBy }, { validate: false });
        checkStatus400(response, 'ORDER-INVALID-400', `the ${category} order_by ${JSON.stringify(orderBy)}`);
      },
      { client, numRuns: budget.propertyRuns, seed: target.seed },
    );
  });
});
