/**
 * Deletes experiments a suite run left on the target (names starting with `rsc-`). By default only
 * those whose lease has expired, as every run's global setup does; with --all also those of a run
 * that may still be going (use it after killing a run).
 *
 *   TARGET_URL=… [TARGET_*] npm run sweep [-- --all]
 */
import { request } from '@playwright/test';
import { SearchClient } from '../src/client';
import { ConfigError, loadTarget, readEnvironment } from '../src/config';
import { sweepLeftovers } from '../src/seed';

(async () => {
  let target;
  try {
    target = loadTarget({ SUITE_SEED: '0', ...readEnvironment() });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  if (target.embedded) {
    console.error('sweep needs TARGET_URL: the embedded reference server lives only as long as its run');
    process.exit(2);
  }
  const context = await request.newContext();
  try {
    const swept = await sweepLeftovers(new SearchClient(context, target, 'sweep'), { force: process.argv.includes('--all') });
    console.log(`swept ${swept} experiment(s)`);
  } finally {
    await context.dispose();
  }
})();
