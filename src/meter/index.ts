/**
 * Where a test's time goes: requests sent, bytes received, time waiting for the server, and time
 * in the suite's own work (parsing, contract validation, oracle answers, seeding). One meter per
 * test, module state like the outcome recorder (a Playwright worker runs one test at a time).
 * Work done outside a test (a worker fixture seeding data before its first test) is kept and
 * charged to the next test that begins, which is the test that waited for it.
 */

import type { QueryClass } from './query-class';

export * from './query-class';

export const COST_ATTACHMENT = 'cost';
export const COST_KINDS = ['server', 'parse', 'validate', 'oracle', 'seed'] as const;
export type CostKind = (typeof COST_KINDS)[number];

export interface Cost {
  requests: number;
  bytesReceived: number;
  /**
   * Milliseconds per kind of work. `server`: the time at least one request was waiting for its
   * answer (concurrent requests count once), so it is comparable with wall time.
   */
  ms: Record<CostKind, number>;
  /**
   * Each runs/search request's time to answer (ms, 0.1 ms steps) under every class it belongs to
   * (./query-class.ts). Raw samples, so a report can take percentiles over all tests and shards.
   */
  latency?: LatencySamples;
}

export type LatencySamples = Partial<Record<QueryClass, number[]>>;

/** A test's cost, with its wall time (seeding that ran for it before it began included). */
export interface TestCost extends Cost {
  wallMs: number;
}

export function emptyCost(): Cost {
  return { requests: 0, bytesReceived: 0, ms: { server: 0, parse: 0, validate: 0, oracle: 0, seed: 0 }, latency: {} };
}

let current: Cost = emptyCost();
/** When the current meter started: its test's start, or earlier work done for it. */
let since: number | undefined;
/** Nested measurements (the oracle inside seeding, say) are charged to the outermost kind only. */
let depth = 0;
let inFlight = 0;
let busySince = 0;

const touch = (): void => {
  since ??= performance.now();
};

/** Starts a test's meter; what was measured since the last test ended is charged to it. */
export function beginCost(): void {
  touch();
  depth = 0;
}

/** Ends a test's meter and hands back its cost; the next measurements start from zero. */
export function endCost(): TestCost {
  const cost = { ...current, wallMs: since === undefined ? 0 : performance.now() - since };
  current = emptyCost();
  since = undefined;
  depth = 0;
  return cost;
}

/**
 * A request leaves; call the function it returns once, with the bytes received (0 on an error)
 * and, for a runs/search answer, the query classes its time to answer is recorded under.
 */
export function startExchange(): (bytesReceived: number, classes?: readonly QueryClass[]) => void {
  touch();
  const started = performance.now();
  if (inFlight++ === 0) busySince = started;
  let finished = false;
  return (bytesReceived, classes = []) => {
    if (finished) return;
    finished = true;
    const now = performance.now();
    current.requests += 1;
    current.bytesReceived += bytesReceived;
    if (--inFlight === 0) current.ms.server += now - busySince;
    const ms = Math.round((now - started) * 10) / 10;
    const latency = (current.latency ??= {});
    for (const c of classes) (latency[c] ??= []).push(ms);
  };
}

/** Runs `work`, charging its time to `kind`. */
export function measure<T>(kind: CostKind, work: () => T): T {
  touch();
  const started = performance.now();
  depth += 1;
  try {
    return work();
  } finally {
    depth -= 1;
    if (depth === 0) current.ms[kind] += performance.now() - started;
  }
}

/**
 * Like measure, for asynchronous work that sends requests and parses answers itself (seeding):
 * its whole time is charged to `kind`, its requests' waiting and parsing are not charged again.
 * (A worker runs one test or fixture at a time, so nothing else is measured meanwhile.)
 */
export async function measureAsync<T>(kind: CostKind, work: () => Promise<T>): Promise<T> {
  touch();
  const started = performance.now();
  // A test may end meanwhile (a worker fixture outliving it): charge the meter this began on.
  const meter = current;
  const before = { ...meter.ms };
  try {
    return await work();
  } finally {
    for (const other of COST_KINDS) if (other !== kind) meter.ms[other] = before[other];
    meter.ms[kind] = before[kind] + (performance.now() - started);
  }
}

/** The sum of several costs (a run's total). */
export function addCosts(costs: Iterable<Cost>): Cost {
  const total = emptyCost();
  for (const cost of costs) {
    total.requests += cost.requests;
    total.bytesReceived += cost.bytesReceived;
    for (const kind of COST_KINDS) total.ms[kind] += cost.ms[kind] ?? 0;
    for (const [c, samples] of Object.entries(cost.latency ?? {}) as [QueryClass, number[]][]) {
      const into = (total.latency![c] ??= []);
      for (const sample of samples) into.push(sample);
    }
  }
  return total;
}
