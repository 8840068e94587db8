import { test, expect } from '@playwright/test';
import { spawnCertification } from './spawn-certification';

/** Runs the certification with extra environment and returns what a user sees. */
function certify(env: Record<string, string>) {
  return spawnCertification({ ...env, SUITE_REPORTS_DIR: 'reports/fail-fast' }, { args: ['--reporter=line'], timeoutMs: 120_000 });
}

test.describe('a bad configuration stops the run before any test', () => {
  for (const [what, env, line] of [
    ['an unknown profile', { TARGET_PROFILE: 'bogus' }, "configuration error: TARGET_PROFILE must be one of oci, mlflow (got 'bogus')"],
    ['bearer without a token', { TARGET_URL: 'http://127.0.0.1:9', TARGET_AUTH: 'bearer' }, 'configuration error: TARGET_TOKEN is required when TARGET_AUTH=bearer'],
    ['an unreachable target', { TARGET_URL: 'http://127.0.0.1:9' }, 'cannot reach the target at http://127.0.0.1:9'],
  ] as const) {
    test(`${what}: exit 2 with one clear line`, async () => {
      const { status, output } = await certify(env);
      expect(status).toBe(2);
      expect(output).toContain(line);
      expect(output).not.toMatch(/\d+ (passed|failed)/);
    });
  }
});
