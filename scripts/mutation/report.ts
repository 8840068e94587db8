/** reports/mutation.json and reports/mutation.md: every mutant's outcome and the kill matrix. */
import { writeFileSync } from 'node:fs';
import { requirementIdsIn, type Catalogue } from '../../src/catalogue';
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
  references: ReferenceOutcome[];
  mutants: MutantOutcome[];
  /** Per requirement: mutants violating it, and mutants a test of it killed. */
  requirements: RequirementCoverage[];
  notApplicable: { id: string; reason: string }[];
  failures: string[];
}

export interface RequirementCoverage {
  id: string;
  strength: string;
  violatedBy: string[];
  killedBy: string[];
}

/** Which requirements' tests killed which mutants (a test kills for every id its title names). */
export function coverage(catalogue: Catalogue, mutants: readonly MutantOutcome[]): RequirementCoverage[] {
  return catalogue.requirements.map((r) => ({
    id: r.id,
    strength: r.strength,
    violatedBy: mutants.filter((m) => m.requirements.includes(r.id)).map((m) => m.id),
    killedBy: mutants.filter((m) => m.killedBy.some((title) => requirementIdsIn(title).includes(r.id))).map((m) => m.id),
  }));
}

const seconds = (ms: number | undefined) => (ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdown(report: MutationReport): string {
  const count = (status: string) => report.mutants.filter((m) => m.status === status).length;
  const lines = [
    '# Mutation testing of the certification suite',
    '',
    `Run ${report.startedAt}, ${seconds(report.durationMs)} wall time on ${report.concurrency} parallel certifications, SUITE_TIER=smoke, SUITE_STRICT=1, SUITE_SEED=${report.seed}. Regenerate with \`npm run mutation\`.`,
    '',
    `**${count('Killed')} killed, ${count('Survived')} survived, ${count('Timeout')} timed out, ${count('Equivalent')} equivalent** of ${report.mutants.length} mutants.`,
    '',
    'Each mutant runs on its own reference server: first the tests of the requirements it violates',
    '(stopping at the first failure when it violates one), then, if none failed, the whole suite. The',
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
    'Per requirement: the mutants that violate it, and the mutants that one of its own tests killed',
    '(a test counts for every id its title names). "its tests killed one" is the check that each',
    "requirement's tests can fail.",
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
    '"missed by" names violated requirements whose own tests all ran and passed on the mutant (a weak',
    'check, even when another test killed it); it is known for mutants violating several requirements,',
    'whose targeted tests all run.',
    '',
    '| mutant | violates | configuration | status | killed by | missed by | time to kill |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...report.mutants.map((m) => {
      const by = m.killedBy.length > 0 ? `${m.phase === 'whole suite' ? '(whole suite) ' : ''}${m.killedBy.map(cell).join('<br>')}` : cell(m.note ?? '');
      return `| ${m.id} | ${m.requirements.join(', ')} | ${m.configuration} | ${m.status} | ${by} | ${m.missedBy.join(', ')} | ${seconds(m.msToKill)} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

export function writeReports(report: MutationReport, jsonFile: string, markdownFile: string): void {
  writeFileSync(jsonFile, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(markdownFile, markdown(report));
}
