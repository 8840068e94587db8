import { Inconclusive, NOT_APPLICABLE_PREFIX } from '../../src/client';
import { test } from '../../src/harness/fixtures';
import { checkErrorBody, checkStatus400 } from '../support/rejection';

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

const RAW_BODIES: Array<[string, string, string | null]> = [
  ['a body that is not JSON', '{"experiment_ids": [', 'application/json'],
  ['a JSON array instead of an object', '[]', 'application/json'],
  ['a JSON string instead of an object', '"runs"', 'application/json'],
  ['a JSON body sent as text/plain', '{"experiment_ids": ["0"]}', 'text/plain'],
  ['a JSON body without Content-Type', '{"experiment_ids": ["0"]}', null],
];

test.describe('malformed requests', () => {
  for (const [field, value] of WRONG_TYPES) {
    test(`ERR-MALFORMED-BODY-400: ${field} of the wrong JSON type (${JSON.stringify(value)}) gets 400`, async ({ client, seeded }) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, [field]: value }, { validate: false });
      checkStatus400(response, 'ERR-MALFORMED-BODY-400', `${field}: ${JSON.stringify(value)}`);
    });
  }

  for (const [what, rawBody, contentType] of RAW_BODIES) {
    test(`ERR-MALFORMED-BODY-400: ${what} gets 400`, async ({ client, target }) => {
      test.skip(
        contentType === null && target.auth.kind === 'oci',
        `${NOT_APPLICABLE_PREFIX} TARGET_AUTH=oci: an OCI-signed POST must sign a Content-Type, so a request without one cannot carry valid credentials`,
      );
      const response = await client.send(client.url('runs/search'), { method: 'POST', rawBody, contentType });
      checkStatus400(response, 'ERR-MALFORMED-BODY-400', what);
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
    // The status is each request's own *-400 requirement; this one judges the body of every 400.
    const other: string[] = [];
    for (const [what, send] of bad) {
      const response = await send();
      if (response.status === 400) checkErrorBody(response, target.profile, 'ERR-400-SCHEMA', what);
      else other.push(`${what}: ${response.status}`);
    }
    if (other.length === bad.length) throw new Inconclusive(`no request the spec holds bad got a 400 (${other.join('; ')})`);
  });
});
