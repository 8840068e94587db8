/** compare.md (and the command's stdout): a comparison for a pull request or a release ticket. */
import { duration } from '../render/summary';
import type { LatencyStats } from '../latency';
import type { Comparison, FailureEntry, LatencyChange, RunSummary } from './compare';

/** How many test titles a list shows before "… and n more" (compare.json has them all). */
const SHOWN_TESTS = 20;

const line = (text: string) => text.replace(/\n/g, ' ');
const cell = (text: string) => line(text).replace(/\|/g, '\\|');
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

function runLine(label: string, r: RunSummary): string {
  const seed = r.seed === undefined ? 'seed not recorded' : `SUITE_SEED=${r.seed}`;
  return `- ${label} ${code(r.source)}: ${r.verdict}, ${seed}, tier ${r.tier}, profile ${r.profile}, suite ${r.suiteVersion}, catalogue ${r.catalogueHash.slice(0, 12)}, started ${r.startedAt}, ${duration(r.durationMs)}`;
}

function failureLine(f: FailureEntry): string {
  return `- ${code(f.signature)} — ${f.requirement} ${f.verdict}${f.deciding ? '' : ' (does not decide)'}, ${f.occurrences} test(s)`;
}

const stats = (s: LatencyStats | undefined) => (s ? `${s.p50} / ${s.p95} / ${s.max} (n=${s.count})` : '—');

function latencyRow(l: LatencyChange): string {
  const ratio = l.ratio === undefined ? '—' : `${l.ratio.toFixed(1)}×`;
  return `| ${l.class} | ${stats(l.base)} | ${stats(l.candidate)} | ${ratio} | ${l.flagged ? '**slower**' : ''} |`;
}

function titles(label: string, list: readonly string[]): string[] {
  if (list.length === 0) return [];
  const shown = list.slice(0, SHOWN_TESTS).map((t) => `  - ${line(t)}`);
  if (list.length > SHOWN_TESTS) shown.push(`  - … and ${list.length - SHOWN_TESTS} more (compare.json)`);
  return [`- ${label} (${list.length}):`, ...shown];
}

export function renderComparison(c: Comparison): string {
  const out = [`# Comparison: ${c.status}`, '', runLine('base', c.base), runLine('candidate', c.candidate), ''];
  if (c.regressions.length > 0) {
    out.push('## Regressions', '');
    for (const r of c.regressions) out.push(`- ${line(r)}`);
    out.push('');
  } else if (c.status === 'UNCHANGED') {
    out.push('No requirement verdict changed, no failure signature is new or fixed, the same tests ran.', '');
  }

  if (c.verdicts.length > 0) {
    out.push('## Requirement verdicts that changed', '', '| requirement | base | candidate | |', '| --- | --- | --- | --- |');
    for (const v of c.verdicts) out.push(`| ${v.id} | ${v.base ?? '—'} | ${v.candidate ?? '—'} | ${v.change === 'worse' ? `**${v.note}**` : v.note} |`);
    out.push('');
  }
  if (c.failures.new.length + c.failures.fixed.length > 0) {
    out.push('## Failure signatures', '');
    if (c.failures.new.length > 0) out.push(`New (${c.failures.new.length}):`, '', ...c.failures.new.map(failureLine), '');
    if (c.failures.fixed.length > 0) out.push(`Fixed (${c.failures.fixed.length}):`, '', ...c.failures.fixed.map(failureLine), '');
  }

  out.push('## Suite and tests', '');
  out.push(c.suite.versionChanged ? `- suite version: ${c.base.suiteVersion} → ${c.candidate.suiteVersion}` : `- suite version: ${c.base.suiteVersion} (same)`);
  out.push(c.suite.catalogueChanged ? `- catalogue: ${c.base.catalogueHash} → ${c.candidate.catalogueHash}` : `- catalogue: ${c.base.catalogueHash.slice(0, 12)} (same)`);
  const t = c.tests;
  out.push(
    `- tests executed: ${t.base.executed} of ${t.base.expected} → ${t.candidate.executed} of ${t.candidate.expected} (passed ${t.base.passed} → ${t.candidate.passed}, failed ${t.base.failed} → ${t.candidate.failed}, skipped ${t.base.skipped} → ${t.candidate.skipped})`,
    `- generated cases: ${t.base.generatedCases} → ${t.candidate.generatedCases} (information: they vary with the seed)`,
    ...titles('tests only in base', t.onlyInBase),
    ...titles('tests only in candidate', t.onlyInCandidate),
    '',
  );

  if (c.latency.length > 0) {
    const gate = c.options.latencyGate ? 'a regression (--latency-gate)' : 'information (--latency-gate makes it a regression)';
    out.push(
      `## Server response time by query class (ms, p50 / p95 / max)`,
      '',
      `Flagged: p95 more than ${c.options.latencyFactor}× the base's and at least ${c.options.latencyMinMs} ms more, with at least ${c.options.latencyMinCount} requests on each side; ${gate}.`,
      '',
      '| class | base | candidate | p95 × | |',
      '| --- | --- | --- | ---: | --- |',
      ...c.latency.map(latencyRow),
      '',
    );
  }
  if (c.notes.length > 0) {
    out.push('## Information', '');
    for (const n of c.notes) out.push(`- ${line(n)}`);
    out.push('');
  }
  return out.join('\n');
}
