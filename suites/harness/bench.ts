/**
 * The measuring side of `npm run bench` (scripts/bench.ts is its entry point): one certification
 * of the embedded reference at a tier, its wall and CPU time and the requests the server answered;
 * the median and spread of several.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tier } from '../../src/config';
import { outputOf } from '../../src/process';
import { REQUESTS_ANSWERED_PREFIX } from './global-setup';
import { spawnCertification } from './spawn-certification';

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

/** One certification of the embedded reference server at a tier, timed; its output for a run that did not certify. */
export async function benchRun(tier: Tier, seed: string): Promise<{ run: BenchRun; certified: boolean; status: number | null; output: string }> {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = await spawnCertification({ SUITE_TIER: tier, SUITE_SEED: seed, SUITE_REPORTS_DIR: join('reports', 'bench', tier) }, { timeoutMs: 600_000 });
  const wallMs = Math.round(performance.now() - started);
  const cpuAfter = childrenCpuMs();
  const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? Math.round(cpuAfter - cpuBefore) : undefined;
  const requests = requestsIn(result.output);
  return {
    run: { tier, wallMs, ...(cpuMs !== undefined ? { cpuMs } : {}), ...(requests ? { requests } : {}) },
    certified: result.status === 0 && /^CERTIFIED\b/m.test(result.output),
    status: result.status,
    output: result.output,
  };
}
