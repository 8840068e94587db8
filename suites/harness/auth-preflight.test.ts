import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomSecret, writeOciCredentials } from '../../reference';
import type { AuthConfig } from '../../reference';
import { startReference, type Listening } from '../../reference';
import { spawnCertification } from './spawn-certification';

/**
 * Credentials the target refuses stop the run at its first request with one line and exit 2,
 * instead of a FAIL for every test. The target is a reference server in this process.
 */
test.describe.configure({ mode: 'parallel' });

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rsc-preflight-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function serve(auth: AuthConfig): Promise<Listening> {
  return startReference({ auth });
}

const CASES: Array<[string, () => { auth: AuthConfig; env: Record<string, string>; secret: string }]> = [
  ['a wrong bearer token', () => {
    const wrong = randomSecret('wrong-token');
    return { auth: { kind: 'bearer', token: randomSecret('token') }, env: { TARGET_AUTH: 'bearer', TARGET_TOKEN: wrong }, secret: wrong };
  }],
  ['a wrong basic password', () => {
    const wrong = randomSecret('wrong-password');
    return {
      auth: { kind: 'basic', username: 'u', password: randomSecret('password') },
      env: { TARGET_AUTH: 'basic', TARGET_USERNAME: 'u', TARGET_PASSWORD: wrong },
      secret: wrong,
    };
  }],
  ['an OCI key the target does not hold', () => {
    const held = writeOciCredentials(mkdtempSync(join(dir, 'held-')));
    const ours = writeOciCredentials(mkdtempSync(join(dir, 'ours-')));
    return {
      auth: { kind: 'oci', keys: { [held.keyId]: held.publicKeyPem } },
      env: { TARGET_AUTH: 'oci', TARGET_OCI_CONFIG_FILE: ours.configFile, TARGET_OCI_PROFILE: ours.profile },
      secret: '-----BEGIN PRIVATE KEY-----',
    };
  }],
];

for (const [what, make] of CASES) {
  test(`${what}: the run stops at the first request with one line and exit 2`, async () => {
    test.setTimeout(120_000);
    const { auth, env, secret } = make();
    const server = await serve(auth);
    try {
      const { status, output } = await spawnCertification({ ...env, TARGET_URL: server.url, SUITE_REPORTS_DIR: 'reports/preflight', SUITE_TIER: 'smoke' }, { args: ['--reporter=line'] });
      expect(status, output).toBe(2);
      expect(output).toContain(`the target refused our credentials (HTTP 401 with TARGET_AUTH=${env.TARGET_AUTH}); no test was run`);
      expect(output).not.toMatch(/\d+ (passed|failed)/);
      expect(output).not.toContain(secret);
    } finally {
      await server.close();
    }
  });
}

test('an OCI config whose key file is missing stops the run as a configuration error', async () => {
  test.setTimeout(120_000);
  const config = join(dir, 'config-without-key');
  writeFileSync(config, ['[DEFAULT]', 'user=u', 'fingerprint=00:11', 'tenancy=t', 'region=us-ashburn-1', `key_file=${join(dir, 'absent.pem')}`, ''].join('\n'));
  const { status, output } = await spawnCertification(
    { TARGET_URL: 'http://127.0.0.1:9', TARGET_AUTH: 'oci', TARGET_OCI_CONFIG_FILE: config, SUITE_REPORTS_DIR: 'reports/preflight' },
    { args: ['--reporter=line'] },
  );
  expect(status, output).toBe(2);
  expect(output).toContain(`configuration error: cannot sign with profile DEFAULT of ${config}: Failed to read private key`);
});
