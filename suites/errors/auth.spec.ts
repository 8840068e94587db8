import { test } from '../../src/harness/fixtures';
import { check } from '../support/failure';
import { checkErrorBody } from '../support/rejection';

/** Wrong credentials of the configured kind: the right shape, the wrong secret. */
function wrongAuthorization(kind: string): string | undefined {
  if (kind === 'bearer') return 'Bearer rsc-wrong-token-0000';
  if (kind === 'basic') return `Basic ${Buffer.from('rsc-nobody:rsc-wrong-password').toString('base64')}`;
  if (kind === 'oci') return 'Signature version="1",keyId="ocid1.tenancy.oc1..rsc/ocid1.user.oc1..rsc/00:00",algorithm="rsa-sha256",headers="date",signature="AAAA"';
  return undefined;
}

test.describe('401', () => {
  test('ERR-401: a request without credentials gets 401 with the error body', async ({ client, target, requires }) => {
    requires('auth');
    const response = await client.searchRuns({ experiment_ids: ['0'] }, { withAuth: false, validate: false });
    check(response.status === 401, 'ERR-401', 'missing credentials must get 401', { received: response.status, expected: 401 });
    checkErrorBody(response, target.profile, 'ERR-401', 'missing credentials');
  });

  test('ERR-401: a request with wrong credentials gets 401 with the error body', async ({ client, target, requires }) => {
    requires('auth');
    const authorization = wrongAuthorization(target.auth.kind)!;
    const response = await client.searchRuns({ experiment_ids: ['0'] }, { withAuth: false, validate: false, headers: { authorization } });
    check(response.status === 401, 'ERR-401', 'wrong credentials must get 401', { received: response.status, expected: 401 });
    checkErrorBody(response, target.profile, 'ERR-401', 'wrong credentials');
  });
});
