/**
 * Without credentials or SUITE_ALLOW_LOAD, the auth and load checks are NOT_APPLICABLE, never
 * PASS: a certificate must not claim a 401 or 429 it never saw.
 */
import { test, expect } from '@playwright/test';
import { certifyInto } from './spawn-certification';

test('ERR-401 and ERR-429 are NOT_APPLICABLE when TARGET_AUTH=none and SUITE_ALLOW_LOAD is unset', async () => {
  test.setTimeout(180_000);
  const dir = 'reports/undeclared-capabilities-test';
  // Empty values read as unset, whatever the caller's shell or .env declares.
  const environment = { TARGET_URL: '', TARGET_AUTH: 'none', SUITE_ALLOW_LOAD: '', SUITE_TIER: 'smoke' };
  // The folder is emptied first: a report of an earlier run, which did declare the capabilities, cannot answer for this one.
  const { report } = await certifyInto<{ capabilities: string[]; requirements: { id: string; verdict: string; reason: string }[] }>(dir, environment, {
    args: ['--grep', 'ERR-401|ERR-429'],
  });
  const byId = new Map(report.requirements.map((r) => [r.id, r]));
  expect(report.capabilities).not.toContain('auth');
  expect(report.capabilities).not.toContain('load');
  for (const id of ['ERR-401', 'ERR-429']) {
    expect(byId.get(id)?.verdict, `${id}: ${byId.get(id)?.reason}`).toBe('NOT_APPLICABLE');
  }
});
