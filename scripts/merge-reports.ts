/**
 * `npm run merge-reports -- <folder of blobs>`: merges the shards' blobs into the reports of one
 * run (scripts/merge-reports.config.ts) and exits like an unsharded run: 0 exactly when the merged
 * certification is CERTIFIED. (`playwright merge-reports` itself ignores a reporter's verdict.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readEnvironment } from '../src/config';

const blobs = process.argv[2];
if (!blobs || process.argv.length > 3) {
  console.error('usage: npm run merge-reports -- <folder holding every shard-*.zip>   (SUITE_REPORTS_DIR: where the reports go)');
  process.exit(2);
}
const certification = join(readEnvironment().SUITE_REPORTS_DIR || 'reports', 'certification.json');
rmSync(certification, { force: true });
const config = resolve(__dirname, 'merge-reports.config.ts');
const merged = spawnSync('npx', ['--no-install', 'playwright', 'merge-reports', '--config', config, blobs], { stdio: 'inherit' });
if (merged.status !== 0 || !existsSync(certification)) {
  console.error(`merge-reports: the merge failed (exit ${merged.status}); no certification was decided`);
  process.exit(2);
}
process.exit((JSON.parse(readFileSync(certification, 'utf8')) as { verdict: string }).verdict === 'CERTIFIED' ? 0 : 1);
