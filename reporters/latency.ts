/**
 * Server response time per query class (issue #12): the samples every test's cost carries
 * (src/meter, classes in src/meter/query-class.ts), pooled over the run (and over its shards, when
 * merged) into count, p50, p95 and max. Percentiles are nearest-rank: always a time that was seen.
 */
import { addCosts, QUERY_CLASSES, type Cost, type QueryClass } from '../src/meter';

export interface LatencyStats {
  count: number;
  /** Milliseconds, to 0.1 ms. */
  p50: number;
  p95: number;
  max: number;
}

/** Only the classes the run sent, in the order of QUERY_CLASSES. */
export type LatencyByClass = Partial<Record<QueryClass, LatencyStats>>;

/** The nearest-rank percentile (0 < p ≤ 1) of ascending samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1]!;
}

const tenth = (ms: number) => Math.round(ms * 10) / 10;

export function latencyByClass(costs: readonly Cost[]): LatencyByClass {
  const samples = addCosts(costs).latency ?? {};
  const out: LatencyByClass = {};
  for (const c of QUERY_CLASSES) {
    const sorted = [...(samples[c] ?? [])].sort((a, b) => a - b);
    if (sorted.length === 0) continue;
    out[c] = { count: sorted.length, p50: tenth(percentile(sorted, 0.5)), p95: tenth(percentile(sorted, 0.95)), max: tenth(sorted.at(-1)!) };
  }
  return out;
}

/** A test's cost without its raw samples: the report keeps them pooled in `latency`, not per test. */
export function withoutSamples<T extends { cost?: Cost }>(test: T): T {
  if (!test.cost?.latency) return test;
  const { latency: _samples, ...cost } = test.cost;
  return { ...test, cost };
}

/** "plain 1.2/3.4/9.0 ms (n=120)": p50/p95/max of one class. */
export function latencyText(c: QueryClass, s: LatencyStats): string {
  return `${c} ${s.p50}/${s.p95}/${s.max} ms (n=${s.count})`;
}

/** One line for Markdown and the terminal: every class's p50/p95/max; empty when nothing was timed. */
export function latencyLine(latency: LatencyByClass): string {
  const parts = (Object.entries(latency) as [QueryClass, LatencyStats][]).map(([c, s]) => latencyText(c, s));
  return parts.length ? `Server response time by query class (p50/p95/max): ${parts.join(' · ')}` : '';
}
