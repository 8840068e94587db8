/**
 * `npm run merge-reports -- <folder of blobs>`: merges the shards' blobs into the reports of one
 * run (scripts/merge-reports.config.ts) and exits like an unsharded run: 0 exactly when the merged
 * certification is CERTIFIED, or, when the shards ran with SUITE_EXPECTATIONS, exactly when the
 * gate of the merged report passed (the shards carry the expectations in their run info).
 * (`playwright merge-reports` itself ignores a reporter's verdict.)
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readEnvironment } from '../src/config';
import { playwrightCommand, run } from '../src/process';

async function main(blobs: string): Promise<number> {
  const certification = join(readEnvironment().SUITE_REPORTS_DIR || 'reports', 'certification.json');
  rmSync(certification, { force: true });
  const config = resolve(__dirname, 'merge-reports.config.ts');
  // The user's command, run for them: from their folder, with all their settings (SUITE_REPORTS_DIR), on their terminal.
  const merged = await run(...playwrightCommand(['merge-reports', '--config', config, blobs]), { cwd: process.cwd(), inherit: 'all', stdio: 'inherit' });
  if (merged.code !== 0 || !existsSync(certification)) {
    console.error(`merge-reports: the merge failed (exit ${merged.code}); no certification was decided`);
    return 2;
  }
  const report = JSON.parse(readFileSync(certification, 'utf8')) as { verdict: string; gate?: { result: string } };
  const passed = report.gate ? report.gate.result === 'PASSED' : report.verdict === 'CERTIFIED';
  return passed ? 0 : 1;
}

const blobs = process.argv[2];
if (!blobs || process.argv.length > 3) {
  console.error('usage: npm run merge-reports -- <folder holding every shard-*.zip>   (SUITE_REPORTS_DIR: where the reports go)');
  process.exit(2);
}
main(blobs).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`merge-reports: the merge failed (${error.message}); no certification was decided`);
    process.exit(2);
  },
);
