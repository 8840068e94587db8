import { defineConfig } from '@playwright/test';
import { readEnvironment } from './src/config';
import { TIER_BUDGETS } from './src/harness/tiers';

// Only the tier is read here (for the timeout); validation happens once, in the global setup,
// which stops the run with one clear line on a bad setting.
const env = readEnvironment();
const budget = TIER_BUDGETS[env.SUITE_TIER === 'smoke' || env.SUITE_TIER === 'full' ? env.SUITE_TIER : 'standard'];
// Where every report of this run goes; CI certifies several targets, each into its own folder.
const reports = env.SUITE_REPORTS_DIR || 'reports';

export default defineConfig({
  testDir: 'suites',
  testMatch: '**/*.spec.ts',
  globalSetup: './src/harness/global-setup.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // A certification never retries: a flaky verdict is a wrong verdict.
  retries: 0,
  workers: 2,
  timeout: budget.testTimeoutMs,
  reporter: [
    ['list'],
    ['junit', { outputFile: `${reports}/junit.xml`, embedAnnotationsAsProperties: true }],
    ['json', { outputFile: `${reports}/results.json` }],
    ['./reporters/certification.ts', { outputDir: reports }],
  ],
  outputDir: `${reports}/test-results`,
});
