import { defineConfig } from '@playwright/test';

/**
 * Unit tests of the suite's own parts (oracle, reference server, reporter, contract, config,
 * the readings the certification checks rest on).
 * They run on the same runner as the certification suites, but never touch a target.
 */
export default defineConfig({
  testDir: '.',
  testMatch: ['{src,reference,generators,reporters,mutants,scripts,openapi,suites,peers}/**/*.test.ts'],
  testIgnore: ['**/node_modules/**'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/unit-results.json' }]],
});
