import { notApplicableIf, test } from '../harness';
import { Inconclusive } from '../../src/outcome';
import { checkErrorBody, checkStatus400 } from '../support';

const WRONG_TYPES: Array<[string, unknown]> = [
  ['experiment_ids', 'not-an-array'],
  ['experiment_ids', [{ id: 1 }]],
  ['filter', 42],
  ['filter', ['metrics.a > 1']],
  ['max_results', 'ten'],
  ['max_results', true],
  ['order_by', 'metrics.a'],
  ['order_by', [1]],
  ['page_token', 12345],
  ['run_view_type', ['ALL']],
];

/** Each body is wrong in one way only: the experiment it names exists (`id`), so nothing else may decide the answer. */
const RAW_BODIES: Array<[string, (id: string) => string, string | null]> = [
  ['a body that is not JSON', () => '{"experiment_ids": [', 'application/json'],
  ['a JSON array instead of an object', () => '[]', 'application/json'],
  ['a JSON string instead of an object', () => '"runs"', 'application/json'],
  ['a JSON body sent as text/plain', (id) => JSON.stringify({ experiment_ids: [id] }), 'text/plain'],
  ['a JSON body without Content-Type', (id) => JSON.stringify({ experiment_ids: [id] }), null],
];

test.describe('malformed requests', () => {
  for (const [field, value] of WRONG_TYPES) {
    test(`ERR-MALFORMED-BODY-400: ${field} of the wrong JSON type (${JSON.stringify(value)}) gets 400`, async ({ client, seeded }) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, [field]: value }, { validate: false });
      checkStatus400(response, `${field}: ${JSON.stringify(value)}`);
    });
  }

  for (const [what, rawBody, contentType] of RAW_BODIES) {
    test(`ERR-MALFORMED-BODY-400: ${what} gets 400`, async ({ client, target, scope }) => {
      notApplicableIf(
        contentType === null && target.auth.kind === 'oci',
        `TARGET_AUTH=oci: an OCI-signed POST must sign a Content-Type, so a request without one cannot carry valid credentials`,
      );
      const response = await client.send(client.url('runs/search'), { method: 'POST', rawBody: rawBody(scope.experimentIds[0] ?? '0'), contentType });
      checkStatus400(response, what);
    });
  }

  test('ERR-400-SCHEMA: every 400 carries the error body of the profile', async ({ client, seeded, target }) => {
    const bad: Array<[string, () => ReturnType<typeof client.send>]> = [
      ['an unparseable filter', () => client.searchRuns({ experiment_ids: seeded.experimentIds, filter: 'metrics.a >' }, { validate: false })],
      ['an invalid order_by', () => client.searchRuns({ experiment_ids: seeded.experimentIds, order_by: ['metrics.a SIDEWAYS'] }, { validate: false })],
      ['max_results "abc"', () => client.searchRuns({ experiment_ids: seeded.experimentIds, max_results: 'abc' }, { validate: false })],
      ['a malformed page_token', () => client.searchRuns({ experiment_ids: seeded.experimentIds, page_token: '%%%not-a-token' }, { validate: false })],
      ['a body that is not JSON', () => client.send(client.url('runs/search'), { method: 'POST', rawBody: '{"experiment_ids": [' })],
    ];
    // Whether each is answered 400 is the *-400 requirements' to judge; this one judges the body of every 400.
    let rejected = 0;
    for (const [what, send] of bad) {
      const response = await send();
      if (response.status !== 400) continue;
      rejected += 1;
      checkErrorBody(response, target.profile, what);
    }
    if (rejected === 0) throw new Inconclusive(`none of the ${bad.length} bad requests was answered 400, so no 400 body could be checked`);
  });
});
