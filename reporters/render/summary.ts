/** What the Markdown and HTML pages both say, in the same words and order. */
import type { CertificationReport, RequirementRow } from '../report';
import { describePass, type GateResult } from '../gate';
import { VERDICTS } from '../verdict';

export const VERDICT_LABEL = { CERTIFIED: 'CERTIFIED', NOT_CERTIFIED: 'NOT CERTIFIED' } as const;

export function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  return s < 120 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/** Label/value pairs of the summary table. */
export function summaryRows(r: CertificationReport): Array<[string, string]> {
  const t = r.target;
  const target = `${t.url} (auth ${t.auth}, mode ${r.mode}${t.implementation ? `, implementation ${t.implementation}` : ''})`;
  const tests =
    `${r.tests.executed + r.tests.skipped} of ${r.tests.expected} expected ran: ` +
    `${r.tests.executed} executed (${r.tests.passed} passed, ${r.tests.failed} failed), ${r.tests.skipped} skipped`;
  return [
    ['Verdict', VERDICT_LABEL[r.verdict]],
    ...(r.gate ? [['Gate', gateSummary(r.gate)] as [string, string]] : []),
    ['Target', target],
    ['Profile', r.profile],
    ['Tier', r.tier],
    ['Strict', r.strict ? 'yes (inferred and upstream requirements decide too)' : 'no (documented requirements decide)'],
    ['Suite version', r.suiteVersion],
    ['Catalogue (sha256)', r.catalogueHash],
    ['Seed', r.seed === undefined ? '(not recorded)' : `SUITE_SEED=${r.seed}`],
    ['Tests', tests],
    ['Duration', `${duration(r.durationMs)}, started ${r.startedAt}${r.shards > 1 ? `, ${r.shards} shards merged` : ''}`],
    ['Requirements', VERDICTS.map((v) => `${r.counts[v]} ${v}`).join(', ')],
  ];
}

/** FAIL first, then INCONCLUSIVE, then the rest, catalogue order within each. */
export function rowsByUrgency(rows: readonly RequirementRow[]): RequirementRow[] {
  const rank = { FAIL: 0, INCONCLUSIVE: 1, PASS: 2, NOT_APPLICABLE: 3 } as const;
  return [...rows].sort((a, b) => rank[a.verdict] - rank[b.verdict]);
}

export function decidingLabel(row: RequirementRow): string {
  return row.deciding ? 'decides the verdict' : 'reported, does not decide';
}

/** "GATE PASSED — 3 expected failure(s), … (file)": the gate's statement, the same on every page. */
export function gateSummary(gate: GateResult): string {
  const counts = `${gate.expectedFailures.length} expected failure(s), ${gate.unexpectedFailures.length} unexpected, ${gate.unexpectedPasses.length} unexpected pass(es)`;
  return `GATE ${gate.result} — ${counts} (${gate.file}${gate.strict ? ', strict' : ''})`;
}

/** Each thing the gate found unexpected, one line each; [] when it has nothing to say. */
export function gateFindings(gate: GateResult): string[] {
  return [
    ...gate.unexpectedFailures.map((f) => `✗ unexpected failure ${f.signature}`),
    ...gate.unobserved.map((u) => `✗ ${u.requirement} is INCONCLUSIVE (${u.reason}), not blocked by an expected failure`),
    ...gate.unexpectedPasses.map((p) => `${gate.strict ? '✗' : '!'} unexpected pass: ${describePass(p)}`),
    ...gate.runProblems.map((p) => `✗ ${p}`),
    ...gate.blocked.map((b) => `· ${b.requirement} is INCONCLUSIVE, blocked by an expected failure (${b.reason})`),
    ...gate.notObserved.map((n) => `· expected failure not observed: ${n.signature ?? n.requirement} (${n.requirement} ${n.verdict})`),
  ];
}

/** An expectation entry as one sentence: why it is expected, where to read more. */
export function expectationText(e: NonNullable<RequirementRow['expectations']>[number]): string {
  const what = e.signature ? `Expected failure ${e.signature}` : `Expected to FAIL`;
  return `${what} (${e.from}): ${e.reason}${e.link ? ` — ${e.link}` : ''}${e.evidence ? ` (evidence: ${e.evidence})` : ''}`;
}
