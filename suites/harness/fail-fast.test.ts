import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/config';


/** Runs the certification with extra environment and returns what a user sees. */
function certify(env: Record<string, string>) {
  const result = spawnSync('npx', ['playwright', 'test', '--config', 'playwright.config.ts', '--reporter=line'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, SUITE_REPORTS_DIR: 'reports/fail-fast', CI: '' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test.describe('a bad configuration stops the run before any test', () => {
  for (const [what, env, line] of [
    ['an unknown profile', { TARGET_PROFILE: 'bogus' }, "configuration error: TARGET_PROFILE must be one of oci, mlflow (got 'bogus')"],
    ['bearer without a token', { TARGET_URL: 'http://127.0.0.1:9', TARGET_AUTH: 'bearer' }, 'configuration error: TARGET_TOKEN is required when TARGET_AUTH=bearer'],
    ['an unreachable target', { TARGET_URL: 'http://127.0.0.1:9' }, 'cannot reach the target at http://127.0.0.1:9'],
  ] as const) {
    test(`${what}: exit 2 with one clear line`, async () => {
      const { status, output } = certify(env);
      expect(status).toBe(2);
      expect(output).toContain(line);
      expect(output).not.toMatch(/\d+ (passed|failed)/);
    });
  }
});
