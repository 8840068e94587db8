/**
 * `npm run verify-report -- [dir]`: checks a report bundle (default: SUITE_REPORTS_DIR or reports)
 * before anyone trusts or publishes it. Exit 0 when it verifies; 1 with every reason otherwise.
 */
import { loadCatalogue } from '../src/catalogue';
import { loadTarget, readEnvironment } from '../src/config';
import { secretsOf } from '../src/client';
import { verifyBundle } from '../reporters';

function configuredSecrets(): string[] {
  try {
    return secretsOf(loadTarget(readEnvironment(), { needSeed: false }));
  } catch {
    return [];
  }
}

const dir = process.argv[2] ?? (readEnvironment().SUITE_REPORTS_DIR || 'reports');
const problems = verifyBundle(dir, loadCatalogue(), configuredSecrets());
if (problems.length === 0) {
  console.log(`${dir}: the report bundle verifies`);
} else {
  console.error(`${dir}: the report bundle does not verify (${problems.length} problem(s)):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exitCode = 1;
}
