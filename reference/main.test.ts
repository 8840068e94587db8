import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOciCredentials } from './auth-credentials';
import { optionsFrom, usageMessage } from './main';

test('defaults: port 5555 on 127.0.0.1, no auth, no rate limit', () => {
  expect(optionsFrom([])).toEqual({ port: 5555, host: '127.0.0.1', options: { auth: undefined } });
});

test('flags map onto ReferenceOptions', () => {
  const parsed = optionsFrom([
    '--port', '0', '--host', '::1', '--auth', 'basic', '--username', 'u', '--password', 'p',
    '--rate-limit', '10/1000', '--max-results-limit', '60000',
  ]);
  expect(parsed).toEqual({
    port: 0,
    host: '::1',
    options: { auth: { kind: 'basic', username: 'u', password: 'p' }, rateLimit: { requests: 10, perMs: 1000 }, maxResultsLimit: 60000 },
  });
});

test('--auth oci reads the public key file and files it under the key id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rsc-main-'));
  try {
    const credentials = writeOciCredentials(dir);
    const parsed = optionsFrom(['--auth', 'oci', '--oci-key-id', credentials.keyId, '--oci-public-key', credentials.publicKeyFile]);
    expect(parsed.options.auth).toEqual({ kind: 'oci', keys: { [credentials.keyId]: credentials.publicKeyPem } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const REFUSED: [string, string[]][] = [
  ['a non-loopback host', ['--host', '0.0.0.0']],
  ['a public host name', ['--host', 'example.com']],
  ['bearer without token', ['--auth', 'bearer']],
  ['an unknown auth kind', ['--auth', 'digest']],
  ['oci without a key', ['--auth', 'oci', '--oci-key-id', 'a/b/c']],
  ['oci with a key file that is not a PEM public key', ['--auth', 'oci', '--oci-key-id', 'a/b/c', '--oci-public-key', __filename]],
  ['a malformed rate limit', ['--rate-limit', '10']],
  ['a port out of range', ['--port', '70000']],
  ['an unknown flag', ['--verbose']],
];

for (const [title, args] of REFUSED) {
  test(`refuses ${title}`, () => {
    expect(() => optionsFrom(args)).toThrow();
  });
}

test('a secret typed after the wrong flag is never echoed in the usage message', () => {
  let thrown: unknown;
  try {
    optionsFrom(['--auth', 'bearer', 'hunter2']);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeDefined();
  expect(usageMessage(thrown)).not.toContain('hunter2');
});
