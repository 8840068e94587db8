/**
 * The latency chart of certification.html: inline SVG, no script. One horizontal bar per query
 * class: p95 light, p50 dark over it, max as a tick. The scale ends at the largest max, or at
 * twice the largest p95 when a slow outlier would flatten every bar; a max beyond it is drawn at
 * the edge (class "clipped") and its value is in the row's text either way.
 */
import type { QueryClass } from '../../src/meter';
import type { LatencyByClass, LatencyStats } from '../latency';
import { escapeHtml } from './escape';

const LABEL_W = 130;
const BAR_W = 420;
const TEXT_W = 250;
const ROW_H = 24;
const BAR_H = 14;

export const LATENCY_CSS = `
svg.latency { display: block; max-width: 100%; font-size: 12px; }
svg.latency .p95 { fill: #b6d4fe; } svg.latency .p50 { fill: #0969da; }
svg.latency .max { stroke: #1f2328; stroke-width: 2; } svg.latency .axis { stroke: var(--line); }
svg.latency text { fill: #1f2328; } svg.latency text.values, svg.latency text.scale { fill: #57606a; }
`;

const fixed = (n: number) => Number(n.toFixed(1));

export function latencyChartHtml(latency: LatencyByClass): string {
  const rows = Object.entries(latency) as [QueryClass, LatencyStats][];
  if (rows.length === 0) return '';
  const largestMax = Math.max(...rows.map(([, s]) => s.max));
  const largestP95 = Math.max(...rows.map(([, s]) => s.p95));
  const domain = Math.max(0.1, Math.min(largestMax, 2 * largestP95));
  const x = (ms: number) => fixed(LABEL_W + (Math.min(ms, domain) / domain) * BAR_W);
  const height = rows.length * ROW_H + 20;
  const width = LABEL_W + BAR_W + TEXT_W;
  const bars = rows.map(([c, s], i) => {
    const y = i * ROW_H + 4;
    const mid = y + BAR_H / 2;
    const title = `${c}: p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms, ${s.count} requests`;
    return [
      `<g class="latency-row" data-class="${c}" data-p50="${s.p50}" data-p95="${s.p95}" data-max="${s.max}" data-count="${s.count}"><title>${escapeHtml(title)}</title>`,
      `<text class="label" x="0" y="${mid + 4}">${c}</text>`,
      `<rect class="p95" x="${LABEL_W}" y="${y}" width="${fixed(x(s.p95) - LABEL_W)}" height="${BAR_H}"/>`,
      `<rect class="p50" x="${LABEL_W}" y="${y}" width="${fixed(x(s.p50) - LABEL_W)}" height="${BAR_H}"/>`,
      `<line class="max${s.max > domain ? ' clipped' : ''}" x1="${x(s.max)}" x2="${x(s.max)}" y1="${y - 2}" y2="${y + BAR_H + 2}"/>`,
      `<text class="values" x="${LABEL_W + BAR_W + 10}" y="${mid + 4}">${s.p50} / ${s.p95} / ${s.max} ms · n=${s.count}</text>`,
      '</g>',
    ].join('');
  });
  const axisY = rows.length * ROW_H + 2;
  const axis =
    `<line class="axis" x1="${LABEL_W}" x2="${LABEL_W + BAR_W}" y1="${axisY}" y2="${axisY}"/>` +
    `<text class="scale" x="${LABEL_W}" y="${axisY + 14}">0</text>` +
    `<text class="scale" x="${LABEL_W + BAR_W}" y="${axisY + 14}" text-anchor="end">${fixed(domain)} ms</text>` +
    `<text class="scale" x="${LABEL_W + BAR_W + 10}" y="${axisY + 14}">p50 / p95 / max</text>`;
  return (
    `<svg class="latency" role="img" aria-label="Server response time by query class" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `${bars.join('')}${axis}</svg>`
  );
}
