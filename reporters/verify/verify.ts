/**
 * Checks a report bundle the way a verify bot would, trusting nothing it can re-derive: every
 * catalogue id present once, rows that agree with the catalogue, counts that add up, verdicts
 * that follow from the rows by the rules of ../verdict.ts, a gate result that follows from the rows
 * and the expectations it recorded (../gate.ts), case files for every FAIL, and no
 * secret-looking value in any file of the bundle.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Catalogue } from '../../src/catalogue';
import { DataFileError } from '../../src/contract';
import { loadCase } from '../cases/format';
import { countByArea, countVerdicts, gateOf, REPORT_FORMAT, type CertificationReport } from '../report';
import { VERDICT_LABEL } from '../render/summary';
import { requirementVerdict } from '../verdict';
import { findSecrets } from './secrets';

/** The bundle's files, scanned for secrets (Playwright's html/ and test-results/ hold binaries and are not). */
const BUNDLE = ['certification.json', 'certification.md', 'certification.html', 'junit.xml', 'results.json'];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function bundleFiles(dir: string): string[] {
  const top = BUNDLE.map((f) => join(dir, f)).filter((f) => existsSync(f));
  const cases = existsSync(join(dir, 'cases')) ? readdirSync(join(dir, 'cases')).map((f) => join(dir, 'cases', f)) : [];
  return [...top, ...cases];
}

function checkRows(report: CertificationReport, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const row of report.requirements) seen.set(row.id, (seen.get(row.id) ?? 0) + 1);
  for (const req of catalogue.requirements) if (!seen.has(req.id)) problems.push(`requirement ${req.id} of the catalogue is missing`);
  for (const [id, n] of seen) {
    if (!catalogue.byId.has(id)) problems.push(`requirement ${id} is not in the catalogue`);
    if (n > 1) problems.push(`requirement ${id} appears ${n} times`);
  }
  const context = { profile: report.profile, capabilities: new Set(report.capabilities), strict: report.strict };
  for (const row of report.requirements) {
    const req = catalogue.byId.get(row.id);
    if (!req) continue;
    if (row.strength !== req.strength || row.area !== req.area) problems.push(`${row.id}: strength or area differs from the catalogue`);
    if (row.deciding !== (req.strength === 'documented' || report.strict)) problems.push(`${row.id}: deciding is ${row.deciding}, the rules say otherwise`);
    const derived = requirementVerdict(req, row.tests, context).verdict;
    if (derived !== row.verdict) problems.push(`${row.id}: verdict ${row.verdict}, but its tests give ${derived}`);
  }
  return problems;
}

function checkCounts(report: CertificationReport): string[] {
  const problems: string[] = [];
  const counted = countVerdicts(report.requirements);
  if (!same(counted, report.counts)) problems.push(`counts ${JSON.stringify(report.counts)} do not match the rows ${JSON.stringify(counted)}`);
  if (!same(countByArea(report.requirements), report.countsByArea)) problems.push('countsByArea does not match the rows');
  const t = report.tests;
  if (t.executed + t.skipped > t.expected) problems.push(`tests: ${t.executed} executed and ${t.skipped} skipped exceed ${t.expected} expected`);
  if (t.passed + t.failed > t.executed) problems.push(`tests: ${t.passed} passed and ${t.failed} failed exceed ${t.executed} executed`);
  const distinct = new Map(report.requirements.flatMap((r) => r.tests).map((x) => [`${x.file}:${x.line}:${x.title}`, x]));
  const passed = [...distinct.values()].filter((x) => x.status === 'passed').length;
  if (passed > t.passed) problems.push(`tests: the rows hold ${passed} passed tests, the counts say ${t.passed}`);
  return problems;
}

function checkVerdict(report: CertificationReport): string[] {
  const problems: string[] = [];
  const blocking = report.requirements.filter((r) => r.deciding && r.verdict !== 'PASS' && r.verdict !== 'NOT_APPLICABLE');
  const incomplete = report.tests.executed + report.tests.skipped < report.tests.expected;
  const certified = blocking.length === 0 && report.unknownIds.length === 0 && report.runProblems.length === 0 && !incomplete;
  const derived = certified ? 'CERTIFIED' : 'NOT_CERTIFIED';
  if (report.verdict !== derived) {
    const why = blocking.length
      ? `${blocking.length} deciding requirement(s) not PASS (${blocking[0]!.id}…)`
      : incomplete
        ? 'not every expected test ran'
        : 'the run had problems';
    problems.push(`verdict ${report.verdict}, but the rows give ${derived}${certified ? '' : `: ${why}`}`);
  }
  if ((report.reasons.length === 0) !== (report.verdict === 'CERTIFIED')) problems.push('reasons must be given exactly when the run is not certified');
  return problems;
}

/** The gate, when there is one, derived again from the rows and the expectations it recorded. */
function checkGate(report: CertificationReport): string[] {
  const gate = report.gate;
  if (!gate) return [];
  const derived = gateOf(report, { expectations: { file: gate.file, entries: gate.expectations }, strict: gate.strict });
  if (derived.result !== gate.result) return [`gate ${gate.result}, but the rows and its expectations give ${derived.result}${derived.reasons[0] ? `: ${derived.reasons[0]}` : ''}`];
  return same(derived, gate) ? [] : ['the gate does not match what the rows and its expectations give'];
}

function checkEvidence(report: CertificationReport, dir: string): string[] {
  const problems: string[] = [];
  for (const row of report.requirements.filter((r) => r.verdict === 'FAIL')) {
    if (!row.evidence?.length) problems.push(`${row.id}: FAIL without evidence`);
    for (const e of row.evidence ?? []) {
      if (!e.replay || !e.rerun || e.seed === undefined) problems.push(`${row.id}: evidence without replay, rerun or seed`);
      const file = join(dir, 'cases', basename(e.caseFile ?? ''));
      if (!e.caseFile || !existsSync(file)) {
        problems.push(`${row.id}: case file ${e.caseFile} is missing`);
        continue;
      }
      try {
        if (loadCase(file).requirement !== row.id) problems.push(`${row.id}: case file ${e.caseFile} is about another requirement`);
      } catch (error) {
        // The DataFileError names the file and the entry already.
        problems.push(`${row.id}: malformed case file: ${error instanceof DataFileError ? error.message : String(error)}`);
      }
    }
  }
  return problems;
}

function checkPages(report: CertificationReport, dir: string): string[] {
  const label = VERDICT_LABEL[report.verdict];
  const gate = report.gate ? `GATE ${report.gate.result}` : undefined;
  const statements = {
    'certification.md': [`# Certification: ${label}\n`, ...(gate ? [`\n## ${gate} — `] : [])],
    'certification.html': [`id="verdict" data-verdict="${report.verdict}"`, ...(gate ? [`id="gate" data-gate="${report.gate!.result}"`] : [])],
  };
  return Object.entries(statements).flatMap(([name, wanted]) => {
    const file = join(dir, name);
    if (!existsSync(file)) return [`${name} is missing`];
    const text = readFileSync(file, 'utf8');
    return wanted.every((statement) => text.includes(statement)) ? [] : [`${name} does not state the verdict ${label}${gate ? ` and ${gate}` : ''}`];
  });
}

/** Every problem of the bundle in `dir`; an empty list means it verifies. */
export function verifyBundle(dir: string, catalogue: Catalogue, knownSecrets: readonly string[] = []): string[] {
  const file = join(dir, 'certification.json');
  if (!existsSync(file)) return [`${file} is missing`];
  let report: CertificationReport;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as CertificationReport;
  } catch (error) {
    return [`${file} is not JSON: ${(error as Error).message}`];
  }
  if (report.format !== REPORT_FORMAT || !Array.isArray(report.requirements)) return [`${file} is not a certification report (${REPORT_FORMAT})`];
  const problems: string[] = [];
  if (report.catalogueHash !== catalogue.hash) problems.push(`catalogue hash ${report.catalogueHash} is not the current catalogue's ${catalogue.hash}`);
  problems.push(...checkRows(report, catalogue), ...checkCounts(report), ...checkVerdict(report), ...checkGate(report), ...checkEvidence(report, dir), ...checkPages(report, dir));
  for (const f of bundleFiles(dir)) {
    for (const secret of findSecrets(readFileSync(f, 'utf8'), knownSecrets)) problems.push(`${f}: ${secret}`);
  }
  return problems;
}
