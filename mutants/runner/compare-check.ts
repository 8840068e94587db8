/**
 * `npm run compare` judged on servers whose differences we know (issue #12's "what it must show"):
 *
 *   1. the reference under two seeds            → UNCHANGED (seeds are information, not results);
 *   2. the reference, then a one-fault mutant    → REGRESSED, naming exactly the mutant's requirements;
 *   3. the reference, then the reference slowed  → the slowed query class flagged, and no other.
 *      by a fixed delay on one query class
 *
 * Each side is a whole smoke certification of a server started here on loopback. Exit 1 with one
 * line per broken expectation; CI runs it as a step (`npx tsx mutants/runner/compare-check.ts`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MUTANTS, type Mutant } from '..';
import { compareReports, loadReport, type CompareOptions, type Comparison } from '../../reporters';
import { queryClasses, type QueryClass } from '../../src/meter';
import { certify } from './certify';
import { startServer } from './server';

const FAULT = 'invalid-order-by-ignored';
/** A class with enough requests in a smoke run (≥ 20, compare's minimum) and cheap to slow. */
const SLOWED_CLASS: QueryClass = 'filter-param';
const DELAY_MS = 400;
/**
 * Thresholds for judging "flagged in that class only": wider than compare's defaults, because two
 * honest runs on a busy 2-core machine have differed 3× on one class's p95 (tens of ms); a
 * 400 ms delay on every request of the class clears them by far.
 */
const SLOWED_OPTIONS: CompareOptions = { latencyFactor: 3, latencyMinMs: 150, latencyMinCount: 20, latencyGate: true };

/** The reference, but every successful answer to a request of exactly one class waits first. */
function slowed(cls: QueryClass, delayMs: number): Mutant {
  return {
    name: `${cls}-slowed`,
    requirements: [],
    description: `every 200 answer to a request whose only query class is ${cls} is delayed by ${delayMs} ms`,
    wrap: (handler) => async (req) => {
      const body = req.method === 'POST' && new URL(req.url).pathname.endsWith('/runs/search') ? await req.clone().text() : undefined;
      const res = await handler(req);
      const classes = body === undefined ? [] : queryClasses(body, res.status);
      if (classes.length === 1 && classes[0] === cls) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return res;
    },
  };
}

async function certification(mutant: Mutant | undefined, seed: string, root: string): Promise<string> {
  const server = await startServer(mutant, 'plain');
  const reportsDir = join(root, `${mutant?.name ?? 'reference'}-seed-${seed}`);
  try {
    const result = await certify({ url: server.url, configuration: 'plain', reportsDir, seed, stopAtFirstFailure: false, timeoutMs: 240_000 });
    console.log(`  ${mutant?.name ?? 'reference'}, seed ${seed}: ${result.verdict ?? `no verdict (exit ${result.exitCode})`} in ${(result.durationMs / 1000).toFixed(1)} s`);
    if (!result.verdict) throw new Error(`the certification of ${mutant?.name ?? 'the reference'} wrote no certification.json (see ${reportsDir}/output.log)`);
  } finally {
    await server.close();
  }
  return reportsDir;
}

const compare = (base: string, candidate: string, options?: CompareOptions): Comparison =>
  compareReports(loadReport(base).report, loadReport(candidate).report, options, { base, candidate });

/** Requirement ids a comparison counts as regressions: worse verdicts and new failure signatures. */
function regressedRequirements(c: Comparison): string[] {
  return [...new Set([...c.verdicts.filter((v) => v.change === 'worse').map((v) => v.id), ...c.failures.new.map((f) => f.requirement)])].sort();
}

export function judge(seeds: Comparison, fault: Comparison, faultRequirements: readonly string[], slow: Comparison, slowedClass: QueryClass): string[] {
  const problems: string[] = [];
  if (seeds.status !== 'UNCHANGED') problems.push(`two seeds of the reference compare ${seeds.status}, not UNCHANGED: ${[...seeds.regressions, ...seeds.verdicts.map((v) => v.id)].join('; ')}`);
  const regressed = regressedRequirements(fault);
  const declared = [...faultRequirements].sort();
  if (fault.status !== 'REGRESSED' || fault.exitCode !== 1) problems.push(`the mutant compares ${fault.status} (exit ${fault.exitCode}), not REGRESSED (exit 1)`);
  if (regressed.join() !== declared.join()) problems.push(`the mutant's regressions name ${regressed.join(', ') || 'nothing'}; it declares ${declared.join(', ')}`);
  const flagged = slow.latency.filter((l) => l.flagged).map((l) => l.class);
  if (flagged.join() !== slowedClass) problems.push(`the slowed server flags ${flagged.join(', ') || 'no class'}; only ${slowedClass} is slowed`);
  if (slow.status !== 'REGRESSED' || slow.regressions.some((r) => !r.startsWith(`latency ${slowedClass}:`))) {
    problems.push(`the slowed server compares ${slow.status} with regressions: ${slow.regressions.join('; ') || 'none'}`);
  }
  return problems;
}

async function main(): Promise<number> {
  const fault = MUTANTS.find((m) => m.name === FAULT);
  if (!fault) throw new Error(`no mutant named ${FAULT}`);
  const root = mkdtempSync(join(tmpdir(), 'rsc-compare-check-'));
  try {
    console.log('compare-check: four smoke certifications');
    const base = await certification(undefined, '1', root);
    const otherSeed = await certification(undefined, '2', root);
    const faulty = await certification(fault, '1', root);
    const slow = await certification(slowed(SLOWED_CLASS, DELAY_MS), '1', root);
    const slowComparison = compare(base, slow, SLOWED_OPTIONS);
    const problems = judge(compare(base, otherSeed), compare(base, faulty), fault.requirements, slowComparison, SLOWED_CLASS);
    const slowClass = slowComparison.latency.find((l) => l.class === SLOWED_CLASS);
    console.log(`  ${SLOWED_CLASS} p95: ${slowClass?.base?.p95 ?? '—'} → ${slowClass?.candidate?.p95 ?? '—'} ms`);
    for (const problem of problems) console.log(`compare-check FAILED: ${problem}`);
    if (problems.length === 0) console.log(`compare-check: seeds UNCHANGED; ${FAULT} REGRESSED on exactly ${fault.requirements.join(', ')}; ${SLOWED_CLASS} flagged alone`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('compare-check.ts')) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`compare-check: ${(error as Error).message}`);
      process.exit(2);
    },
  );
}
