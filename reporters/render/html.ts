/**
 * reports/certification.html: one self-contained page (inline CSS, no script, no external
 * resource), readable offline and safe to attach anywhere. Failures come first, folded open.
 */
import { formatExchange } from '../../src/client';
import type { GateResult } from '../gate';
import type { CertificationReport, FailureEvidence, RequirementRow } from '../report';
import { VERDICTS, type Verdict } from '../verdict';
import { escapeHtml } from './escape';
import { LATENCY_CSS, latencyChartHtml } from './latency-chart';
import { decidingLabel, expectationText, gateFindings, gateSummary, rowsByUrgency, summaryRows, VERDICT_LABEL } from './summary';

const CSS = `
:root { --pass: #1a7f37; --fail: #cf222e; --inconclusive: #9a6700; --na: #6e7781; --line: #d0d7de; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { margin: 0; font-size: 2.2rem; letter-spacing: .02em; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2rem; }
header.verdict { border-radius: 8px; padding: 1rem 1.5rem; color: #fff; }
header.CERTIFIED { background: var(--pass); }
header.NOT_CERTIFIED { background: var(--fail); }
header ul { margin: .5rem 0 0; padding-left: 1.2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: #afb8c1; }
.badge { display: inline-block; border-radius: 1rem; padding: 0 .6rem; color: #fff; font-size: .8rem; font-weight: 600; }
.badge.PASS { background: var(--pass); } .badge.FAIL { background: var(--fail); } .badge.INCONCLUSIVE { background: var(--inconclusive); } .badge.NOT_APPLICABLE { background: var(--na); }
details.req { border: 1px solid var(--line); border-left: 6px solid var(--na); border-radius: 6px; margin: .8rem 0; padding: .4rem .8rem; }
details.req.FAIL { border-left-color: var(--fail); } details.req.INCONCLUSIVE { border-left-color: var(--inconclusive); }
details.req > summary { cursor: pointer; font-weight: 600; }
details.evidence { background: var(--soft); border-radius: 6px; margin: .6rem 0; padding: .4rem .8rem; }
blockquote { margin: .5rem 0; padding: .2rem 1rem; border-left: 4px solid var(--line); color: #57606a; }
pre { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; font-size: .85rem; }
code { font-size: .85rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
footer { margin-top: 2rem; color: #6e7781; font-size: .85rem; }
${LATENCY_CSS}`;

export { escapeHtml };

const badge = (v: Verdict) => `<span class="badge ${v}">${v}</span>`;
const pre = (text: string, cls = '') => `<pre${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</pre>`;
const anchor = (id: string) => `req-${id}`;

function evidenceHtml(e: FailureEvidence): string {
  const facts: Array<[string, string]> = [
    ['Signature', `<code class="signature">${escapeHtml(e.signature)}</code>${e.occurrences > 1 ? ` (${e.occurrences} tests)` : ''}`],
    ['Test', `${escapeHtml(e.test)} <code>${escapeHtml(`${e.file}:${e.line}`)}</code>`],
  ];
  facts.push(['Seed', `<code>SUITE_SEED=${e.seed}</code>${e.path ? `, fast-check path <code>${escapeHtml(e.path)}</code>` : ''}`]);
  facts.push(['Replay', `<code class="replay">${escapeHtml(e.replay)}</code>`]);
  facts.push(['Case file', `<code>${escapeHtml(e.caseFile)}</code>`]);
  if (e.curl) facts.push(['curl', `<code>${escapeHtml(e.curl)}</code>`]);
  facts.push(['Re-run the test', `<code>${escapeHtml(e.rerun)}</code>`]);
  const parts = [
    `<details open class="evidence"><summary>Evidence: ${escapeHtml(e.signature)}</summary>`,
    `<dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
    `<h4>Failure</h4>${pre(e.message, 'message')}`,
  ];
  if (e.counterexample !== undefined) parts.push(`<h4>Shrunk counterexample (${e.numShrinks ?? 0} shrink(s))</h4>${pre(e.counterexample, 'counterexample')}`);
  if (e.exchanges.length > 0) parts.push(`<h4>Request and response (redacted)</h4>${pre(e.exchanges.map(formatExchange).join('\n\n'), 'exchanges')}`);
  parts.push('</details>');
  return parts.join('\n');
}

function requirementHtml(row: RequirementRow, open: boolean): string {
  const tests = row.tests
    .map((t) => `<li>${t.status}: ${escapeHtml(t.title)} <code>${escapeHtml(`${t.file}:${t.line}`)}</code>${t.skipReason ? ` — ${escapeHtml(t.skipReason)}` : ''}</li>`)
    .join('');
  const deviation = (row.expectations ?? []).map((e) => `<p class="expected">${escapeHtml(expectationText(e))}</p>`).join('');
  return [
    `<details${open ? ' open' : ''} class="req ${row.verdict}" id="${anchor(row.id)}" data-requirement="${row.id}" data-verdict="${row.verdict}">`,
    `<summary>${badge(row.verdict)} ${row.id} — ${escapeHtml(row.title)}</summary>`,
    `<p>Strength: <strong>${row.strength}</strong> (${decidingLabel(row)}). ${escapeHtml(row.reason)}.</p>`,
    `<blockquote>${escapeHtml(row.quote)}</blockquote>`,
    deviation,
    tests ? `<h4>Tests that decided it</h4><ul>${tests}</ul>` : '',
    ...(row.evidence ?? []).map(evidenceHtml),
    '</details>',
  ].join('\n');
}

function matrixHtml(r: CertificationReport): string {
  const cells = (counts: Record<Verdict, number>) =>
    VERDICTS.map((v) => `<td class="n${counts[v] === 0 ? ' zero' : ''}" data-verdict="${v}">${counts[v]}</td>`).join('');
  const rows = Object.entries(r.countsByArea).map(([area, counts]) => `<tr data-area="${escapeHtml(area)}"><th>${escapeHtml(area)}</th>${cells(counts)}</tr>`);
  return `<table class="matrix"><thead><tr><th>area</th>${VERDICTS.map((v) => `<th>${badge(v)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}<tr class="total"><th>all</th>${cells(r.counts)}</tr></tbody></table>`;
}

function allRequirementsHtml(r: CertificationReport): string {
  const detailed = new Set(r.requirements.filter((x) => x.verdict === 'FAIL' || x.verdict === 'INCONCLUSIVE').map((x) => x.id));
  const rows = r.requirements.map((x) => {
    const id = detailed.has(x.id) ? `<a href="#${anchor(x.id)}">${x.id}</a>` : x.id;
    return `<tr data-requirement="${x.id}" data-verdict="${x.verdict}"><td>${id}</td><td>${x.area}</td><td>${x.strength}</td><td>${badge(x.verdict)}</td><td>${escapeHtml(x.reason)}</td></tr>`;
  });
  return `<table class="requirements"><thead><tr><th>id</th><th>area</th><th>strength</th><th>verdict</th><th>reason</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function latencySectionHtml(r: CertificationReport): string {
  const chart = latencyChartHtml(r.latency ?? {});
  if (!chart) return '';
  const note = 'Time to answer of the runs/search requests, per query class: p50 (dark) and p95 (light) bars, max as a tick. A request counts in every class it exercises; a 4xx answer only as rejected.';
  return `<section id="latency"><h2>Server response time by query class</h2><p>${note}</p>${chart}</section>`;
}

function gateHtml(gate: GateResult): string {
  const findings = gateFindings(gate);
  const list = findings.length ? `<ul class="gate-findings">${findings.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>` : '';
  return `<div id="gate" data-gate="${gate.result}"><h2>${escapeHtml(gateSummary(gate))}</h2>${list}</div>`;
}

export function renderHtml(r: CertificationReport): string {
  const label = VERDICT_LABEL[r.verdict];
  const reasons = r.reasons.length ? `<ul class="reasons">${r.reasons.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>` : '';
  const urgent = rowsByUrgency(r.requirements).filter((x) => x.verdict === 'FAIL' || x.verdict === 'INCONCLUSIVE');
  const summary = summaryRows(r).map(([k, v]) => `<tr><th>${k}</th><td>${escapeHtml(v)}</td></tr>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${label} — runs-search-conformance certification</title>
<style>${CSS}</style>
</head>
<body>
<header class="verdict ${r.verdict}" id="verdict" data-verdict="${r.verdict}">
<h1>${label}</h1>
<p>${VERDICTS.map((v) => `${r.counts[v]} ${v}`).join(' · ')} — ${escapeHtml(String(r.target.url))}, profile ${r.profile}, tier ${r.tier}</p>
${r.gate ? gateHtml(r.gate) : ''}
${reasons}
</header>
<section id="summary"><h2>Summary</h2><table>${summary}</table></section>
<section id="matrix"><h2>Verdicts by area</h2>${matrixHtml(r)}</section>
${latencySectionHtml(r)}
${urgent.length ? `<section id="failures"><h2>Failures and inconclusive requirements</h2>${urgent.map((x) => requirementHtml(x, x.verdict === 'FAIL')).join('\n')}</section>` : ''}
<section id="requirements"><h2>All requirements</h2>${allRequirementsHtml(r)}</section>
<footer>runs-search-conformance ${escapeHtml(r.suiteVersion)} · catalogue ${r.catalogueHash} · ${escapeHtml(r.startedAt)}</footer>
</body>
</html>
`;
}
