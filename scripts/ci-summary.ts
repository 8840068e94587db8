/**
 * Adds up the Playwright JSON reports CI produced (unit tests, certification runs) into the one
 * closing line CI reads: `N passed, N failed`. Skipped tests are counted apart, never as passed.
 */
import { existsSync, readFileSync } from 'node:fs';

interface JsonReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`${file}: missing (its step did not run to the end)`);
    failed += 1;
    continue;
  }
  const { stats = {} } = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
  console.log(`${file}: ${stats.expected ?? 0} passed, ${(stats.unexpected ?? 0) + (stats.flaky ?? 0)} failed, ${stats.skipped ?? 0} skipped`);
  passed += stats.expected ?? 0;
  failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  skipped += stats.skipped ?? 0;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
