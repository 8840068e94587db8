/**
 * Where a run's time went (issue "Time to verdict"): the tests' costs (src/meter) summed, as one
 * object in certification.json and one line at the end of `npm run certify`; and, on a terminal,
 * progress while the run is long.
 */
import { addCosts, COST_KINDS, type CostKind, type TestCost } from '../src/meter';

export type { TestCost };

export interface TimeBreakdown {
  /** The run's wall time, start to end (workers run tests side by side). */
  wallMs: number;
  /** The tests' own time summed over workers; the shares below are of this. */
  testMs: number;
  requests: number;
  bytesReceived: number;
  /** Milliseconds per kind, summed over tests; `server`: while a test's requests were waiting. */
  ms: Record<CostKind, number>;
  /** testMs not accounted by any kind: the harness, the checks, fast-check, Playwright. */
  otherMs: number;
}

export function timeBreakdown(costs: readonly TestCost[], wallMs: number): TimeBreakdown {
  const total = addCosts(costs);
  const testMs = costs.reduce((sum, cost) => sum + cost.wallMs, 0);
  const counted = COST_KINDS.reduce((sum, kind) => sum + total.ms[kind], 0);
  const ms = Object.fromEntries(COST_KINDS.map((kind) => [kind, Math.round(total.ms[kind])])) as Record<CostKind, number>;
  return { wallMs: Math.round(wallMs), testMs: Math.round(testMs), requests: total.requests, bytesReceived: total.bytesReceived, ms, otherMs: Math.max(0, Math.round(testMs - counted)) };
}

const LABELS: Record<CostKind, string> = { server: 'server', parse: 'parsing', validate: 'validation', oracle: 'oracle', seed: 'seeding' };

/** "time 24.1 s · 3 412 requests · 41.3 MB received · of 46.0 s in tests: server 38%, …" */
export function breakdownLine(time: TimeBreakdown): string {
  const share = (ms: number) => (time.testMs > 0 ? `${Math.round((100 * ms) / time.testMs)}%` : '0%');
  const parts = COST_KINDS.map((kind) => `${LABELS[kind]} ${share(time.ms[kind])}`);
  return (
    `time ${seconds(time.wallMs)} · ${time.requests} requests · ${(time.bytesReceived / 1e6).toFixed(1)} MB received · ` +
    `of ${seconds(time.testMs)} in tests: ${parts.join(', ')}, the rest ${share(time.otherMs)}`
  );
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** "[40/104 tests] 12 s, about 18 s left": the estimate assumes the rest go as fast as these. */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const line = `[${done}/${total} tests] ${Math.round(elapsedMs / 1000)} s`;
  if (done === 0 || done >= total) return line;
  return `${line}, about ${Math.ceil(((total - done) * elapsedMs) / done / 1000)} s left`;
}

/** A test's cost attachment, when it has one that parses. */
export function parseTestCost(text: string): TestCost | undefined {
  try {
    const cost = JSON.parse(text) as Partial<TestCost>;
    return typeof cost.wallMs === 'number' && typeof cost.requests === 'number' && cost.ms ? (cost as TestCost) : undefined;
  } catch {
    return undefined;
  }
}
