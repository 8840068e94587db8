/** reports/mutation.json and reports/mutation.md: every mutant's outcome and the kill matrix. */
import { writeFileSync } from 'node:fs';
import type { Catalogue } from '../../src/catalogue';
import type { MutantOutcome } from './outcome';

export interface ReferenceOutcome {
  configuration: string;
  scope: string;
  ok: boolean;
  verdict?: string;
  detail: string;
  durationMs: number;
}

export interface MutationReport {
  startedAt: string;
  durationMs: number;
  seed: string;
  concurrency: number;
  /** Playwright workers of each certification (absent in reports written before the option). */
  workers?: number;
  references: ReferenceOutcome[];
  mutants: MutantOutcome[];
  /** Per requirement: mutants violating it, and mutants a test of it killed. */
  requirements: RequirementCoverage[];
  notApplicable: { id: string; reason: string }[];
  /** FAIL rows inside the declared requirements over all FAIL rows, over every killed mutant. */
  blamePrecision: number;
  failures: string[];
}

/** Overall blame precision: every killed mutant's FAIL rows counted together. */
export function overallPrecision(mutants: readonly MutantOutcome[]): number {
  const blamed = mutants.flatMap((m) => (m.blame ? [m.blame] : []));
  const rows = blamed.reduce((n, b) => n + b.failing.length, 0);
  const outside = blamed.reduce((n, b) => n + b.outside.length, 0);
  return rows === 0 ? 1 : (rows - outside) / rows;
}

export interface RequirementCoverage {
  id: string;
  strength: string;
  violatedBy: string[];
  killedBy: string[];
}

/** Which requirements' FAIL rows killed which mutants. */
export function coverage(catalogue: Catalogue, mutants: readonly MutantOutcome[]): RequirementCoverage[] {
  return catalogue.requirements.map((r) => ({
    id: r.id,
    strength: r.strength,
    violatedBy: mutants.filter((m) => m.requirements.includes(r.id)).map((m) => m.id),
    killedBy: mutants.filter((m) => m.killedBy.includes(r.id)).map((m) => m.id),
  }));
}

const seconds = (ms: number | undefined) => (ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdown(report: MutationReport): string {
  const count = (status: string) => report.mutants.filter((m) => m.status === status).length;
  const lines = [
    '# Mutation testing of the certification suite',
    '',
    `Run ${report.startedAt}, ${seconds(report.durationMs)} wall time on ${report.concurrency} parallel certification(s) of ${report.workers ?? 1} Playwright worker(s) each, SUITE_TIER=smoke, SUITE_STRICT=1, SUITE_SEED=${report.seed}. Regenerate with \`npm run mutation\`.`,
    '',
    `**${count('Killed')} killed, ${count('Survived')} survived, ${count('Timeout')} timed out, ${count('Equivalent')} equivalent** of ${report.mutants.length} mutants; blame precision **${report.blamePrecision.toFixed(3)}**.`,
    '',
    'Each mutant runs on its own reference server with one whole certification, never stopped early. It',
    'is killed when a requirement FAILs; its blame precision is the share of its FAIL rows that lie inside',
    'the requirements it declares (one fault, one FAIL row: a row outside them blames the wrong thing). The',
    "`auth` configuration adds bearer credentials (TARGET_AUTH=bearer); in the `load` one (a rate limit,",
    'SUITE_ALLOW_LOAD=1) every other test backs off on 429, so the ERR-429 probe is the whole certification.',
    'Equivalent mutants (mutants/equivalent.yaml) are not run.',
    '',
    report.failures.length === 0 ? 'Result: **pass**.' : `Result: **fail**\n\n${report.failures.map((f) => `- ${f}`).join('\n')}`,
    '',
    '## The correct reference (no false positive)',
    '',
    '| configuration | tests | verdict | ok | time |',
    '| --- | --- | --- | --- | --- |',
    ...report.references.map((r) => `| ${r.configuration} | ${r.scope} | ${r.verdict ?? '—'} | ${r.ok ? 'yes' : `**no**: ${cell(r.detail)}`} | ${seconds(r.durationMs)} |`),
    '',
    '## Kill matrix (requirement × mutant)',
    '',
    'Per requirement: the mutants that violate it, and the mutants on which it FAILed. "its tests killed',
    'one" is the check that each requirement can fail.',
    '',
    '| requirement | strength | violated by | killed by its tests | its tests killed one |',
    '| --- | --- | --- | --- | --- |',
    ...report.requirements.map((r) => {
      const na = report.notApplicable.find((n) => n.id === r.id);
      const verdict = r.killedBy.length > 0 ? 'yes' : na ? `n/a: ${na.reason}` : '**no**';
      return `| ${r.id} | ${r.strength} | ${r.violatedBy.join(', ')} | ${r.killedBy.join(', ')} | ${verdict} |`;
    }),
    '',
    '## Mutants',
    '',
    '"missed by" names violated requirements that PASSed on the mutant (a weak check, even when another',
    'requirement killed it); "FAIL outside" the FAIL rows outside the declared requirements.',
    '',
    '| mutant | violates | configuration | status | FAIL rows | FAIL outside | precision | missed by | time to kill |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.mutants.map((m) => {
      const by = m.killedBy.length > 0 ? m.killedBy.map(cell).join(', ') : cell(m.note ?? '');
      const outside = m.blame?.outside.length ? `**${m.blame.outside.join(', ')}**` : '';
      const precision = m.blame ? m.blame.precision.toFixed(2) : '';
      return `| ${m.id} | ${m.requirements.join(', ')} | ${m.configuration} | ${m.status} | ${by} | ${outside} | ${precision} | ${m.missedBy.join(', ')} | ${seconds(m.msToKill)} |`;
    }),
    '',
    ...signatureSection(report),
  ];
  return lines.join('\n');
}

export function writeReports(report: MutationReport, jsonFile: string, markdownFile: string): void {
  writeFileSync(jsonFile, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(markdownFile, markdown(report));
}

/** With --second-seed: each killed mutant's failure signatures, and whether the other seed gave the same. */
function signatureSection(report: MutationReport): string[] {
  const compared = report.mutants.filter((m) => m.secondSeed);
  if (compared.length === 0) return [];
  return [
    `## Failure signatures under two seeds (${report.seed} and ${compared[0]!.secondSeed!.seed})`,
    '',
    '| mutant | signatures | same under both seeds |',
    '| --- | --- | --- |',
    ...compared.map((m) => {
      const { onlyFirst, onlySecond } = m.secondSeed!;
      const same = onlyFirst.length === 0 && onlySecond.length === 0 ? 'yes' : `**no**: only first ${onlyFirst.map(cell).join('; ') || '—'}; only second ${onlySecond.map(cell).join('; ') || '—'}`;
      return `| ${m.id} | ${m.signatures.map(cell).join('<br>')} | ${same} |`;
    }),
    '',
  ];
}
