/**
 * `npm run merge-reports -- <folder of blobs>`: the shards' blobs merged into the reports of one
 * run — junit, json, Playwright's HTML report, and the certification, decided over every shard.
 * The run info (seed, target, tier) comes from the blobs, not from this environment.
 */
import { defineConfig } from '@playwright/test';
import { readEnvironment } from '../src/config';
import { certificationReporters } from '../reporters';

export default defineConfig({
  testDir: '../suites',
  reporter: [['list'], ...certificationReporters(readEnvironment().SUITE_REPORTS_DIR || 'reports')],
});
