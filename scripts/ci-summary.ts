/**
 * The one closing line CI reads: `N passed, N failed`. It adds up the Playwright JSON reports of
 * the suite's own tests and of the reference certification (every test must pass), and counts each
 * real-peer certification as one check: its gate passed or not (a peer's FAILs that its
 * expectation file, peers/expectations/<implementation>.yaml, expects are not failures of this project).
 *
 *   tsx scripts/ci-summary.ts <results.json>… [--check name=ok|failed]…
 */
import { existsSync, readFileSync } from 'node:fs';

interface JsonReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
}

let passed = 0;
let failed = 0;
let skipped = 0;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--check') {
    const [name, outcome] = (args[++i] ?? '').split('=');
    console.log(`${name}: ${outcome}`);
    if (outcome === 'ok') passed += 1;
    else failed += 1;
    continue;
  }
  if (!existsSync(arg)) {
    console.log(`${arg}: missing (its step did not run to the end)`);
    failed += 1;
    continue;
  }
  const { stats = {} } = JSON.parse(readFileSync(arg, 'utf8')) as JsonReport;
  const bad = (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  console.log(`${arg}: ${stats.expected ?? 0} passed, ${bad} failed, ${stats.skipped ?? 0} skipped`);
  passed += stats.expected ?? 0;
  failed += bad;
  skipped += stats.skipped ?? 0;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
