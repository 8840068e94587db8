import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import { DEFAULT_WORKERS, parseWorkers, readEnvironment } from './src/config';
import { TIER_BUDGETS } from './suites/harness';
import { loadCatalogue } from './src/catalogue';
import { certificationReporters, shardReporters } from './reporters';
import { shardMetadata, shardOf } from './reporters';

// Only the tier is read here (for the timeout); validation happens once, in the global setup,
// which stops the run with one clear line on a bad setting (a shard validates earlier: its blob
// must carry the run info).
const env = readEnvironment();
const budget = TIER_BUDGETS[env.SUITE_TIER === 'smoke' || env.SUITE_TIER === 'full' ? env.SUITE_TIER : 'standard'];
// Where every report of this run goes, from the caller's folder (an installed package runs this
// config from node_modules); CI certifies several targets, each into its own folder.
const reports = resolve(env.SUITE_REPORTS_DIR || 'reports');
// A shard writes its blob and the run info the merge step needs; the merge decides the verdict.
const shard = shardOf(process.argv);
// A bad SUITE_WORKERS is reported by the global setup in one line; here it must not stop the config.
const workers = (() => {
  try {
    return parseWorkers(env);
  } catch {
    return DEFAULT_WORKERS;
  }
})();

export default defineConfig({
  testDir: 'suites',
  testMatch: '**/*.spec.ts',
  globalSetup: './suites/harness/global-setup.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // A certification never retries: a flaky verdict is a wrong verdict.
  retries: 0,
  workers,
  timeout: budget.testTimeoutMs,
  reporter: [['list'], ...(shard ? shardReporters(reports, shard) : certificationReporters(reports))],
  metadata: shard ? shardMetadata(env, shard, loadCatalogue().hash) : {},
  outputDir: `${reports}/test-results`,
});
