/** reports/certification.md: the report for a pull request or a ticket. */
import { formatExchange } from '../../src/client';
import type { CertificationReport, FailureEvidence, RequirementRow } from '../report';
import { latencyLine } from '../latency';
import { VERDICTS } from '../verdict';
import { decidingLabel, expectationText, gateFindings, gateSummary, rowsByUrgency, summaryRows, VERDICT_LABEL } from './summary';

/** A fenced block whose fence no run of backticks in the text can close. */
function fenced(text: string, info = 'text'): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  if (longest === 0) return `\`${text}\``;
  const ticks = '`'.repeat(longest + 1);
  return `${ticks} ${text} ${ticks}`;
}

function evidenceSection(e: FailureEvidence): string[] {
  const seen = e.occurrences > 1 ? ` (${e.occurrences} tests: ${e.tests.map(cell).join('; ')})` : '';
  const out = [`#### ${cell(e.signature)}`, '', `${cell(e.test)} \`${e.file}:${e.line}\`${seen}`, '', fenced(e.message)];
  if (e.counterexample !== undefined) {
    out.push('', `Shrunk counterexample (${e.numShrinks ?? 0} shrink(s)):`, '', fenced(e.counterexample));
  }
  out.push('', `Seed ${code(String(e.seed))}${e.path ? `, path ${code(e.path)}` : ''}`);
  if (e.exchanges.length > 0) out.push('', 'Request and response (redacted):', '', fenced(e.exchanges.map(formatExchange).join('\n\n'), 'http'));
  out.push('', `Replay: ${code(e.replay)} (case file ${code(e.caseFile)})`);
  if (e.curl) out.push('', `curl: ${code(e.curl)}`);
  out.push('', `Re-run the test: ${code(e.rerun)}`, '');
  return out;
}

function requirementSection(row: RequirementRow): string[] {
  const out = [
    `### ${row.id} — ${row.verdict}`,
    '',
    `${row.title} *(${row.strength}, ${decidingLabel(row)})*`,
    '',
    ...row.quote.split('\n').map((l) => `> ${l}`),
    '',
    `Reason: ${row.reason}`,
  ];
  for (const e of row.expectations ?? []) out.push('', cell(expectationText(e)));
  if (row.tests.length > 0) {
    out.push('', 'Tests that decided it:', '');
    for (const t of row.tests) out.push(`- ${t.status}: ${cell(t.title)} (\`${t.file}:${t.line}\`)${t.skipReason ? ` — ${t.skipReason}` : ''}`);
  }
  out.push('');
  for (const e of row.evidence ?? []) out.push(...evidenceSection(e));
  return out;
}

export function renderMarkdown(r: CertificationReport): string {
  const out = [`# Certification: ${VERDICT_LABEL[r.verdict]}`, ''];
  if (r.gate) {
    out.push(`## ${gateSummary(r.gate)}`, '');
    for (const line of gateFindings(r.gate)) out.push(`- ${cell(line)}`);
    if (gateFindings(r.gate).length > 0) out.push('');
  }
  if (r.reasons.length > 0) {
    out.push('Why not certified:', '');
    for (const reason of r.reasons) out.push(`- ${cell(reason)}`);
    out.push('');
  }
  out.push('## Summary', '', '| | |', '| --- | --- |');
  for (const [label, value] of summaryRows(r)) out.push(`| ${label} | ${cell(value)} |`);
  const latency = latencyLine(r.latency ?? {});
  if (latency) out.push('', latency);
  out.push('', '## Verdicts by area', '', `| area | ${VERDICTS.join(' | ')} |`, `| --- |${VERDICTS.map(() => ' ---: |').join('')}`);
  for (const [area, counts] of Object.entries(r.countsByArea)) out.push(`| ${area} | ${VERDICTS.map((v) => counts[v]).join(' | ')} |`);
  out.push(`| **all** | ${VERDICTS.map((v) => `**${r.counts[v]}**`).join(' | ')} |`, '');

  const urgent = rowsByUrgency(r.requirements).filter((row) => row.verdict === 'FAIL' || row.verdict === 'INCONCLUSIVE');
  if (urgent.length > 0) {
    out.push('## Failures and inconclusive requirements', '');
    for (const row of urgent) out.push(...requirementSection(row));
  }
  out.push('## All requirements', '', '| id | area | strength | verdict | reason |', '| --- | --- | --- | --- | --- |');
  for (const row of r.requirements) out.push(`| ${row.id} | ${row.area} | ${row.strength} | ${row.verdict} | ${cell(row.reason)} |`);
  return out.join('\n') + '\n';
}
