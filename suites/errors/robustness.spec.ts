import { test } from '../harness';
import { seededRequestBody } from '../../generators';
import { check } from '../support';
import { checkErrorBody } from '../support';

/** One odd part each, the rest valid, so no earlier 400 hides a 5xx further down the server. */
const SINGLE_FAULT_BODIES: Array<[string, (ids: string[]) => Record<string, unknown>]> = [
  ['an unparseable filter', (ids) => ({ experiment_ids: ids, filter: "metrics.a > 1 OR (params.b = 'c'" })],
  ['a malformed page_token', (ids) => ({ experiment_ids: ids, page_token: 'eyJvZmZzZXQiOiAtMX0=' })],
  ['a page_token that is JSON but not an object', (ids) => ({ experiment_ids: ids, page_token: Buffer.from('[1]').toString('base64') })],
  ['a repeated order_by column', (ids) => ({ experiment_ids: ids, order_by: ['attributes.start_time', 'attributes.start_time DESC'] })],
  ['an unknown field', (ids) => ({ experiment_ids: ids, rsc_unknown_field: { nested: [1, 'x'] } })],
  ['an unknown experiment id', () => ({ experiment_ids: ['rsc-not-a-number'] })],
  ['max_results beyond int32', (ids) => ({ experiment_ids: ids, max_results: 2 ** 40 })],
];

/** Mutated bodies real servers have answered with a 5xx (peers/): tried first in every tier. */
function knownBreakers(ids: string[]): Record<string, unknown>[] {
  return [
    { experiment_ids: ids, max_results: {} },
    { experiment_ids: ids, max_results: [10] },
  ];
}

test.describe('robustness', () => {
  for (const [what, body] of SINGLE_FAULT_BODIES) {
    test(`ERR-NO-5XX: ${what} gets 200 or 4xx, never a 5xx`, async ({ client, seeded }) => {
      const response = await client.searchRuns(body(seeded.experimentIds), { validate: false });
      check(response.status < 500, `${what} must not cause a server error`, {
        received: `${response.status} ${response.text.slice(0, 300)}`,
      });
    });
  }

  test('ERR-NO-5XX: generated bodies, valid and mutated, never get a 5xx', async ({ client, seeded, property }) => {
    await property(
      seededRequestBody(seeded),
      async (body) => {
        const response = await client.searchRuns(body, { validate: false });
        check(response.status < 500, 'a request must be answered with 200 or 4xx, never a server error', {
          received: `${response.status} ${response.text.slice(0, 300)}`,
        });
      },
      { examples: knownBreakers(seeded.experimentIds) },
    );
  });

  test('ERR-5XX-SCHEMA: any 5xx the generated bodies provoke carries the error body', async ({ client, seeded, target, property }) => {
    let serverErrors = 0;
    await property(
      seededRequestBody(seeded),
      async (body) => {
        const response = await client.searchRuns(body, { validate: false });
        if (response.status < 500) return;
        serverErrors += 1;
        checkErrorBody(response, target.profile, `a ${response.status}`);
      },
      { examples: knownBreakers(seeded.experimentIds) },
    );
    test.info().annotations.push({ type: 'observed', description: `${serverErrors} server error(s) observed, each with the error body` });
  });
});
