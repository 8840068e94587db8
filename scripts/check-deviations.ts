/**
 * After certifying a real peer: passes exactly when the requirements that FAIL are the peer's
 * known deviations, and nothing decided is INCONCLUSIVE. A new FAIL is either a suite mistake or
 * a deviation to record with evidence; a listed deviation that now passes is stale.
 *
 *   npx tsx scripts/check-deviations.ts <reports-dir> <implementation>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnownDeviations } from '../reporters/known-deviations';

const [dir, implementation] = process.argv.slice(2);
if (!dir || !implementation) {
  console.error('usage: check-deviations <reports-dir> <implementation>');
  process.exit(2);
}
const report = JSON.parse(readFileSync(join(dir, 'certification.json'), 'utf8')) as {
  requirements: { id: string; verdict: string; deciding: boolean; reason: string }[];
};
const known = new Set(loadKnownDeviations(implementation).map((d) => d.requirement));
const failing = new Set(report.requirements.filter((r) => r.verdict === 'FAIL').map((r) => r.id));
const problems = [
  ...[...failing].filter((id) => !known.has(id)).map((id) => `${id} FAILs on ${implementation} but is no known deviation`),
  ...[...known].filter((id) => !failing.has(id)).map((id) => `${id} is listed as a deviation of ${implementation} but did not FAIL (stale)`),
  ...report.requirements
    .filter((r) => r.deciding && r.verdict === 'INCONCLUSIVE')
    .map((r) => `${r.id} is INCONCLUSIVE (${r.reason})`),
];
for (const id of [...failing].filter((id) => known.has(id))) console.log(`known deviation of ${implementation}: ${id}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log(`${implementation}: the verdicts match its ${known.size} known deviation(s)`);
