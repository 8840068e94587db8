/**
 * `npm run bench`: time to verdict. Certifies the embedded reference server at each tier N times,
 * one certification at a time (tiers taken in turn, so a burst of load elsewhere on the machine
 * falls on both), and prints the median and spread of the wall time, the CPU time (Linux) and the
 * requests the server answered; writes reports/bench.json. A run that is not CERTIFIED stops the
 * bench: the time of a wrong verdict measures nothing.
 *
 *   npm run bench -- [--runs 3] [--tiers smoke,standard] [--seed 1]
 *
 * The seed is fixed (1 unless given) so every run generates the same cases and data.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, TIERS, type Tier } from '../src/config';
import { outputOf } from '../src/process';
import { REQUESTS_ANSWERED_PREFIX } from '../suites/harness';
import { spawnCertification } from '../suites/harness';

export interface BenchRun {
  tier: Tier;
  wallMs: number;
  /** CPU time of the certification and its workers (Linux); undefined elsewhere. */
  cpuMs?: number;
  /** What the embedded reference server answered; undefined when the run did not say. */
  requests?: { search: number; other: number };
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

/** The counts the global setup prints when the embedded reference server stops. */
export function requestsIn(output: string): BenchRun['requests'] {
  const escaped = REQUESTS_ANSWERED_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped} \\d+ requests \\(runs/search (\\d+), other (\\d+)\\)`).exec(output);
  return match ? { search: Number(match[1]), other: Number(match[2]) } : undefined;
}

/**
 * CPU time of this process's finished children, in ms (Linux: cutime + cstime of /proc/self/stat,
 * which count a child once it is reaped, its own reaped children included: a certification's
 * workers). Less disturbed than wall time by other work on the machine.
 */
function childrenCpuMs(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / clockTicks();
}

let ticks: number | undefined;
function clockTicks(): number {
  try {
    ticks ??= Number(outputOf('getconf', ['CLK_TCK']).trim()) || 100;
  } catch {
    ticks = 100;
  }
  return ticks;
}

function parseOptions() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, tiers: { type: 'string', default: 'smoke,standard' }, seed: { type: 'string', default: '1' } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer (got '${values.runs}')`);
  const tiers = values.tiers.split(',').map((t) => t.trim());
  for (const tier of tiers) if (!(TIERS as readonly string[]).includes(tier)) throw new Error(`--tiers: unknown tier '${tier}' (one of ${TIERS.join(', ')})`);
  if (!/^\d+$/.test(values.seed)) throw new Error(`--seed must be a non-negative integer (got '${values.seed}')`);
  return { runs, tiers: tiers as Tier[], seed: values.seed };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const { runs, tiers, seed } = parseOptions();
  const reports = join(PROJECT_ROOT, 'reports');
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
  const results: BenchRun[] = [];
  for (let round = 1; round <= runs; round++) {
    for (const tier of tiers) {
      const cpuBefore = childrenCpuMs();
      const started = performance.now();
      const run = await spawnCertification(
        { SUITE_TIER: tier, SUITE_SEED: seed, SUITE_REPORTS_DIR: join('reports', 'bench', tier) },
        { timeoutMs: 600_000 },
      );
      const wallMs = Math.round(performance.now() - started);
      const cpuAfter = childrenCpuMs();
      const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? Math.round(cpuAfter - cpuBefore) : undefined;
      if (run.status !== 0 || !/^CERTIFIED\b/m.test(run.output)) {
        console.error(`${tier} run ${round}: not CERTIFIED (exit ${run.status}) — see reports/bench/${tier}\n${run.output.slice(-2000)}`);
        process.exit(1);
      }
      const requests = requestsIn(run.output);
      results.push({ tier, wallMs, ...(cpuMs !== undefined ? { cpuMs } : {}), ...(requests ? { requests } : {}) });
      console.log(
        `${tier} run ${round}/${runs}: ${seconds(wallMs)}${cpuMs !== undefined ? ` (CPU ${seconds(cpuMs)})` : ''}` +
          `${requests ? `, ${requests.search + requests.other} requests` : ''}`,
      );
    }
  }
  const summary = Object.fromEntries(
    tiers.map((tier) => {
      const own = results.filter((r) => r.tier === tier);
      const cpu = own.flatMap((r) => (r.cpuMs !== undefined ? [r.cpuMs] : []));
      const counted = own.flatMap((r) => (r.requests ? [r.requests.search + r.requests.other] : []));
      return [
        tier,
        { wallMs: spreadOf(own.map((r) => r.wallMs)), ...(cpu.length ? { cpuMs: spreadOf(cpu) } : {}), ...(counted.length ? { requests: spreadOf(counted) } : {}) },
      ];
    }),
  );
  for (const [tier, { wallMs, cpuMs, requests }] of Object.entries(summary)) {
    console.log(
      `${tier.padEnd(8)} median ${seconds(wallMs.median)} (min ${seconds(wallMs.min)}, max ${seconds(wallMs.max)}, ${runs} run(s))` +
        (cpuMs ? `; CPU median ${seconds(cpuMs.median)} (${seconds(cpuMs.min)}–${seconds(cpuMs.max)})` : '') +
        (requests ? `; ${requests.median} requests` : ''),
    );
  }
  mkdirSync(reports, { recursive: true });
  const machine = { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() };
  writeFileSync(join(reports, 'bench.json'), JSON.stringify({ startedAt, seed: Number(seed), runsPerTier: runs, machine, summary, runs: results }, null, 2) + '\n');
  console.log(`load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${machine.loadAverageAfter.map((l) => l.toFixed(2)).join(' ')} after; reports/bench.json`);
}

if (require.main === module) void main();
