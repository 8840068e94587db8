/**
 * After certifying a real peer: passes when every requirement that FAILs is one of the peer's
 * known deviations and nothing decided is INCONCLUSIVE. A new FAIL is either a suite mistake or a
 * deviation to record with evidence. A listed deviation that did not FAIL is reported: generated
 * cases may miss it in one run (another seed, a smaller tier), so it is a warning to look at, and
 * an error only with --strict.
 *
 *   npx tsx scripts/check-deviations.ts <reports-dir> <implementation>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnownDeviations } from '../reporters/known-deviations';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const [dir, implementation] = args.filter((a) => a !== '--strict');
if (!dir || !implementation) {
  console.error('usage: check-deviations <reports-dir> <implementation>');
  process.exit(2);
}
const report = JSON.parse(readFileSync(join(dir, 'certification.json'), 'utf8')) as {
  requirements: { id: string; verdict: string; deciding: boolean; reason: string }[];
};
const known = new Set(loadKnownDeviations(implementation).map((d) => d.requirement));
const failing = new Set(report.requirements.filter((r) => r.verdict === 'FAIL').map((r) => r.id));
const stale = [...known].filter((id) => !failing.has(id)).map((id) => `${id} is listed as a deviation of ${implementation} but did not FAIL this run`);
for (const warning of strict ? [] : stale) console.warn(`! ${warning}`);
const problems = [
  ...[...failing].filter((id) => !known.has(id)).map((id) => `${id} FAILs on ${implementation} but is no known deviation`),
  ...(strict ? stale : []),
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
