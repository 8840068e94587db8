import { generateKeyPairSync } from 'node:crypto';
import { notApplicableIf, test } from '../harness';
import { Inconclusive, type ApiResponse, type SearchClient } from '../../src/client';
import { configFileProvider, signerFor } from '../../src/client';
import type { Target } from '../../src/config';
import { check } from '../support';
import { checkErrorBody } from '../support';

const BODY = JSON.stringify({ experiment_ids: ['0'], max_results: 1 });

function check401(response: ApiResponse, target: Target, what: string): void {
  check(response.status === 401, `${what} must get 401`, { received: `${response.status} ${response.text.slice(0, 300)}`, expected: 401 });
  checkErrorBody(response, target.profile, what);
}

/** Wrong credentials of the configured kind: the right shape, the wrong secret. */
const WRONG_AUTHORIZATION = {
  bearer: 'Bearer rsc-wrong-token-0000',
  basic: `Basic ${Buffer.from('rsc-nobody:rsc-wrong-password').toString('base64')}`,
};

test.describe('401', () => {
  test('ERR-401: a request without credentials gets 401 with the error body', async ({ client, target, requires }) => {
    requires('auth');
    const response = await client.searchRuns(JSON.parse(BODY), { withAuth: false, validate: false });
    check401(response, target, 'a request without credentials');
  });

  test('ERR-401: a request with wrong credentials gets 401 with the error body', async ({ client, target, requires }) => {
    requires('auth');
    const { auth } = target;
    if (auth.kind === 'oci') {
      // Properly signed, under the configured keyId, with a key the target cannot know.
      await checkSpoiledSignatureRefused(client, target, 'an OCI-signed request with a key the target does not hold', { strangerKey: true });
      return;
    }
    const authorization = WRONG_AUTHORIZATION[auth.kind as 'bearer' | 'basic'];
    check401(await client.searchRuns(JSON.parse(BODY), { withAuth: false, validate: false, headers: { authorization } }), target, 'a request with wrong credentials');
  });
});

/**
 * OCI request signing (TARGET_AUTH=oci): a request signed properly by oci-common, then spoiled in
 * one way. OCI's signing documentation has the body's SHA-256 signed (x-content-sha256) and
 * refuses a clock skew over 5 minutes with 401 NotAuthenticated.
 */
interface Spoil {
  /** Sign with a freshly generated key under the configured keyId. */
  strangerKey?: boolean;
  /** Flip one bit of the signature after signing. */
  alterSignature?: boolean;
  /** Sign with an x-date this far in the past. */
  dateAgeMs?: number;
  /** Send this body instead of the one signed. */
  sentBody?: string;
}

const SPOILED: Array<[string, Spoil]> = [
  ['whose signature was altered after signing', { alterSignature: true }],
  ['whose signed x-date is ten minutes old', { dateAgeMs: 10 * 60_000 }],
  ['whose body is not the one signed (same length)', { sentBody: BODY.replace('"0"', '"9"') }],
];

test.describe('401 for a spoiled OCI signature', () => {
  for (const [what, spoil] of SPOILED) {
    test(`ERR-401: an OCI-signed request ${what} gets 401 with the error body`, async ({ client, target, requires }) => {
      requires('auth');
      notApplicableIf(target.auth.kind !== 'oci', `TARGET_AUTH=${target.auth.kind}: OCI request signing is not configured`);
      await checkSpoiledSignatureRefused(client, target, `an OCI-signed request ${what}`, spoil);
    });
  }
});

/**
 * First sends the request unspoiled, so that a 401 proves the spoiling was noticed, not that a
 * request signed and sent this way never gets in; then sends it spoiled.
 */
async function checkSpoiledSignatureRefused(client: SearchClient, target: Target, what: string, spoil: Spoil): Promise<void> {
  const control = await sendSigned(client, target, {});
  if (control.status === 401) throw new Inconclusive(`the unspoiled signed request was refused too: ${control.text.slice(0, 200)}`);
  check401(await sendSigned(client, target, spoil), target, what);
}

/** Signs BODY for runs/search with oci-common, spoils it as asked, and sends exactly those headers and bytes. */
async function sendSigned(client: SearchClient, target: Target, spoil: Spoil): Promise<ApiResponse> {
  if (target.auth.kind !== 'oci') throw new Error('sendSigned needs TARGET_AUTH=oci');
  const provider = configFileProvider(target.auth.configFile, target.auth.profile);
  const stranger = spoil.strangerKey ? strangerKeyPem() : undefined;
  const sign = signerFor(stranger ? { getKeyId: () => provider.getKeyId(), getPrivateKey: () => stranger, getPassphrase: () => null } : provider);
  const url = client.url('runs/search');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  // oci-common keeps an x-date it is given.
  if (spoil.dateAgeMs !== undefined) headers['x-date'] = new Date(Date.now() - spoil.dateAgeMs).toUTCString();
  const signed = await sign({ method: 'POST', url, headers, body: BODY });
  if (spoil.alterSignature) signed.authorization = flipSignatureBit(signed.authorization!);
  return client.send(url, { method: 'POST', rawBody: spoil.sentBody ?? BODY, withAuth: false, headers: signed });
}

function strangerKeyPem(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

function flipSignatureBit(authorization: string): string {
  return authorization.replace(/signature="([^"]+)"/, (_match, signature: string) => {
    const bytes = Buffer.from(signature, 'base64');
    bytes[bytes.length >> 1]! ^= 0x01;
    return `signature="${bytes.toString('base64')}"`;
  });
}
