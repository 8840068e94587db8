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
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, TIERS, type Tier } from '../src/config';
import { benchRun, spreadOf, type BenchRun } from '../suites/harness';

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
      const { run, certified, status, output } = await benchRun(tier, seed);
      if (!certified) {
        console.error(`${tier} run ${round}: not CERTIFIED (exit ${status}) — see reports/bench/${tier}\n${output.slice(-2000)}`);
        process.exit(1);
      }
      const { wallMs, cpuMs, requests } = run;
      results.push(run);
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
