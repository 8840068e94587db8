/**
 * After certifying a real peer: passes when every requirement that FAILs is one of the peer's
 * known deviations and nothing decided is INCONCLUSIVE. A new FAIL is either a suite mistake or a
 * deviation to record with evidence. A listed deviation that did not FAIL is reported: generated
 * cases may miss it in one run (another seed, a smaller tier), so it is a warning to look at, and
 * an error only with --strict.
 *
 *   npx tsx peers/check-deviations.ts <reports-dir> <implementation>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnownDeviations } from '../reporters';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const [dir, implementation] = args.filter((a) => a !== '--strict');
if (!dir || !implementation) {
  console.error('usage: check-deviations <reports-dir> <implementation>');
  process.exit(2);
}
const report = JSON.parse(readFileSync(join(dir, 'certification.json'), 'utf8')) as {
  requirements: {
    id: string;
    verdict: string;
    deciding: boolean;
    reason: string;
    tests: { status: string; requirements: string[]; outcomes: { kind: string; requirement?: string; blockedBy?: string }[] }[];
  }[];
};
const known = new Set(loadKnownDeviations(implementation).map((d) => d.requirement));
const failing = new Set(report.requirements.filter((r) => r.verdict === 'FAIL').map((r) => r.id));
const stale = [...known].filter((id) => !failing.has(id)).map((id) => `${id} is listed as a deviation of ${implementation} but did not FAIL this run`);
for (const warning of strict ? [] : stale) console.warn(`! ${warning}`);
const problems = [
  ...[...failing].filter((id) => !known.has(id)).map((id) => `${id} FAILs on ${implementation} but is no known deviation`),
  ...(strict ? stale : []),
  ...report.requirements
    .filter((r) => r.deciding && r.verdict === 'INCONCLUSIVE' && !blockedByKnown(r))
    .map((r) => `${r.id} is INCONCLUSIVE (${r.reason})`),
];
for (const r of report.requirements.filter((r) => r.deciding && r.verdict === 'INCONCLUSIVE' && blockedByKnown(r))) {
  console.log(`blocked by a known deviation of ${implementation}: ${r.id} (${r.reason})`);
}
for (const id of [...failing].filter((id) => known.has(id))) console.log(`known deviation of ${implementation}: ${id}`);

/**
 * An INCONCLUSIVE requirement is expected when every test of it that could not observe was
 * blocked by a requirement that is a known deviation (a 5xx the server gives to a valid request
 * blocks the check that sent it): the outcomes say so, as data.
 */
function blockedByKnown(row: (typeof report.requirements)[number]): boolean {
  const unobserved = row.tests.filter((t) => t.requirements.includes(row.id) && t.status !== 'passed' && t.status !== 'skipped');
  return (
    unobserved.length > 0 &&
    unobserved.every((t) => t.outcomes.some((o) => o.kind === 'inconclusive' && (o.requirement ?? row.id) === row.id && o.blockedBy !== undefined && known.has(o.blockedBy)))
  );
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log(`${implementation}: the verdicts match its ${known.size} known deviation(s)`);
