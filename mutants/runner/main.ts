/**
 * `npm run mutation`: measures the suite by the faults it catches. Every mutant (mutants/) gets
 * its own reference server on a free loopback port, in this process, and one whole certification
 * against it (in the rate-limited configuration: the 429 probe, see SCOPE), never stopped early:
 * a FAIL row kills it, and the rows outside the requirements it declares measure blame
 * precision. The correct reference is certified in the same run, in each configuration used, and
 * must pass (no false positive).
 *
 *   tsx mutants/runner/main.ts [--only name,name] [--seed N] [--concurrency 1] [--workers 2] [--timeout-ms 360000]
 *                           [--include-equivalent] [--second-seed M]
 *
 * --require-blame makes the blame figures fail the run: a mutant with more than one FAIL row
 * outside its declared requirements, or an overall precision below 0.95.
 * --second-seed certifies every killed mutant once more with SUITE_SEED=M and fails the run when
 * the two certifications list different failure signatures (signatures must not depend on the seed).
 *
 * Writes reports/mutation.json and reports/mutation.md (each run's own reports under
 * reports/mutation/<name>/). Exits 1 when a non-equivalent mutant survives, when a catalogue
 * requirement killed no mutant, when a mutant FAILs more than one requirement it does not
 * declare, when blame precision is below 0.95, or when the correct reference is not certified.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { appliesTo, loadCatalogue, type Catalogue } from '../../src/catalogue';
import { PROJECT_ROOT, type Capability } from '../../src/config';
import { mapLimit } from '../../src/pool';
import { CONFIGURATIONS, configurationOf, loadEquivalent, MUTANTS, type Configuration, type Mutant } from '..';
import { certify, type CertifyResult } from './certify';
import { grepFor } from './grep';
import { blameOf, killers, missedRequirements, signatureChanges, type MutantOutcome } from './outcome';
import { coverage, overallPrecision, writeReports, type MutationReport, type ReferenceOutcome } from './report';
import { startServer } from './server';

const REPORTS = join(PROJECT_ROOT, 'reports');

const USAGE =
  'usage: npm run mutation -- [--only name,name] [--seed N] [--concurrency 1] [--workers 2] [--timeout-ms 360000] ' +
  '[--include-equivalent] [--second-seed M] [--require-blame]';

function options() {
  try {
    return parseArgs({
      options: {
        only: { type: 'string' },
        seed: { type: 'string', default: '1' },
        // One certification at a time with the two workers a user's run has by default: a mutant
        // is killed as soon as a user's run would kill it (median time to kill 1.9 s against 2.7 s
        // with two one-worker certifications side by side, for about 10% more wall time).
        concurrency: { type: 'string', default: '1' },
        workers: { type: 'string', default: '2' },
        'timeout-ms': { type: 'string', default: '360000' },
        'include-equivalent': { type: 'boolean', default: false },
        'second-seed': { type: 'string' },
        'require-blame': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`mutation: ${(error as Error).message.split('\n')[0]}\n${USAGE}`);
    process.exit(2);
  }
}

const values = options();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const seed = values.seed!;
const concurrency = Number(values.concurrency);
const workers = Number(values.workers);
const timeoutMs = Number(values['timeout-ms']);
const secondSeed = values['second-seed'];
if (!/^-?\d+$/.test(seed) || (secondSeed !== undefined && (!/^-?\d+$/.test(secondSeed) || secondSeed === seed)) || !(concurrency >= 1) || !Number.isInteger(workers) || !(workers >= 1) || !(timeoutMs > 0)) {
  console.error('mutation: --seed (and --second-seed, another one) must be integers, --concurrency ≥ 1, --workers a whole number ≥ 1, --timeout-ms > 0');
  process.exit(2);
}

/**
 * What a certification covers in each configuration. Under a rate limit every other test backs
 * off on 429 and never looks at one, so the load configuration certifies the 429 probe alone:
 * for the correct reference, and as the "whole suite" of a load mutant its probe missed.
 */
const SCOPE: Record<Configuration, { grep?: string; scope: string }> = {
  plain: { scope: 'whole suite' },
  auth: { scope: 'whole suite' },
  load: { grep: grepFor(['ERR-429']), scope: 'ERR-429' },
};

type Task = { kind: 'reference'; configuration: Configuration } | { kind: 'mutant'; mutant: Mutant; configuration: Configuration };

function selectMutants(): Mutant[] {
  if (!values.only) return [...MUTANTS];
  const wanted = values.only.split(',').map((n) => n.trim());
  const unknown = wanted.filter((n) => !MUTANTS.some((m) => m.name === n));
  if (unknown.length > 0) {
    console.error(`mutation: no mutant named ${unknown.join(', ')}`);
    process.exit(2);
  }
  return MUTANTS.filter((m) => wanted.includes(m.name));
}

async function certifyReference(configuration: Configuration): Promise<ReferenceOutcome> {
  const server = await startServer(undefined, configuration);
  const { grep, scope } = SCOPE[configuration];
  try {
    const result = await certify({
      url: server.url,
      configuration,
      reportsDir: join(REPORTS, 'mutation', `reference-${configuration}`),
      ...(grep ? { grep } : {}),
      stopAtFirstFailure: false,
      seed,
      workers,
      timeoutMs: timeoutMs * 2,
    });
    return { configuration, scope, ...judgeReference(result, grep !== undefined), durationMs: result.durationMs };
  } finally {
    await server.close();
  }
}

/** The whole suite must certify; a partial run must pass every test it ran, with PASS verdicts. */
function judgeReference(result: CertifyResult, partial: boolean): Pick<ReferenceOutcome, 'ok' | 'verdict' | 'detail'> {
  const verdict = result.verdict;
  if (result.timedOut) return { ok: false, verdict, detail: 'timed out' };
  if (result.failed.length > 0) return { ok: false, verdict, detail: `failed: ${result.failed.map((f) => f.title).join('; ')}` };
  if (result.setupStop) return { ok: false, verdict, detail: result.setupStop };
  if (!partial) return { ok: result.exitCode === 0, verdict, detail: result.exitCode === 0 ? 'CERTIFIED' : `exit code ${result.exitCode}` };
  const tried = Object.entries(result.verdicts).filter(([, v]) => v !== 'INCONCLUSIVE' && v !== 'NOT_APPLICABLE');
  const ok = result.passed.length > 0 && tried.length > 0 && tried.every(([, v]) => v === 'PASS');
  return { ok, verdict: tried.map(([id, v]) => `${id} ${v}`).join(', '), detail: ok ? 'every test passed' : 'no test passed' };
}

/**
 * One certification of the mutant: the whole suite (the ERR-429 probe in the load configuration),
 * never stopped early, so its FAIL rows say both whether the fault was caught and how precisely
 * they blame it.
 */
async function runMutant(mutant: Mutant, configuration: Configuration, runSeed = seed): Promise<MutantOutcome> {
  const started = Date.now();
  const server = await startServer(mutant, configuration);
  try {
    const { grep } = SCOPE[configuration];
    const result = await certify({
      url: server.url,
      configuration,
      reportsDir: join(REPORTS, 'mutation', runSeed === seed ? mutant.name : `${mutant.name}-seed-${runSeed}`),
      ...(grep ? { grep } : {}),
      stopAtFirstFailure: false,
      seed: runSeed,
      workers,
      timeoutMs,
    });
    const killedBy = killers(result);
    const inconclusive = Object.entries(result.verdicts).filter(([, v]) => v === 'INCONCLUSIVE').map(([id]) => id);
    const common = {
      id: mutant.name,
      requirements: mutant.requirements,
      configuration,
      killedBy,
      missedBy: missedRequirements(mutant.requirements, result),
      inconclusive,
      signatures: result.signatures.map((s) => s.signature),
      durationMs: Date.now() - started,
    };
    if (killedBy.length > 0) {
      return { ...common, status: 'Killed', blame: blameOf(mutant.requirements, result.verdicts), ...(result.msToFirstFailure !== undefined ? { msToKill: result.msToFirstFailure } : {}) };
    }
    if (result.timedOut) return { ...common, status: 'Timeout', note: `no verdict within ${timeoutMs} ms` };
    return { ...common, status: 'Survived', note: inconclusive.length > 0 ? `only INCONCLUSIVE: ${inconclusive.join(', ')}` : 'every test passed' };
  } finally {
    await server.close();
  }
}

/** What each configuration declares to the suite (seed mode always writes). */
const CAPABILITIES: Record<Configuration, ReadonlySet<Capability>> = {
  plain: new Set(['writes']),
  auth: new Set(['writes', 'auth']),
  load: new Set(['writes', 'load']),
};

/** Requirements no configuration of this run applies to (another profile, an undeclared capability). */
function notApplicable(catalogue: Catalogue, configurations: readonly Configuration[]): MutationReport['notApplicable'] {
  return catalogue.requirements.flatMap((requirement) => {
    const applicability = configurations.map((c) => appliesTo(requirement, { profile: 'oci', capabilities: CAPABILITIES[c] }));
    if (applicability.includes('applicable')) return [];
    const reason = applicability.includes('not-applicable-profile')
      ? `profiles ${requirement.profiles.join(', ')}: the mutation run certifies the oci profile`
      : `needs ${requirement.requires}, which no configuration of this run declares`;
    return [{ id: requirement.id, reason }];
  });
}

/** Mutants by their duration in the previous reports/mutation.json, longest (or unknown) first. */
function sortByLastDuration(mutants: Mutant[]): Mutant[] {
  const file = join(REPORTS, 'mutation.json');
  const last = new Map<string, number>();
  try {
    for (const m of (JSON.parse(readFileSync(file, 'utf8')) as MutationReport).mutants) last.set(m.id, m.durationMs);
  } catch {
    return mutants;
  }
  const duration = (m: Mutant) => last.get(m.name) ?? Number.POSITIVE_INFINITY;
  return [...mutants].sort((a, b) => duration(b) - duration(a));
}

function progress(done: number, total: number, text: string): void {
  console.log(`[${String(done).padStart(String(total).length)}/${total}] ${text}`);
}

function summaryLine(outcome: MutantOutcome): string {
  const time = `${((outcome.msToKill ?? outcome.durationMs) / 1000).toFixed(1)}s`;
  const outside = outcome.blame?.outside.length ? ` — also FAIL outside: ${outcome.blame.outside.join(' ')}` : '';
  const detail = outcome.killedBy.length > 0 ? `FAIL ${outcome.killedBy.join(' ')}${outside}` : (outcome.note ?? '');
  return `${outcome.status.padEnd(8)} ${outcome.id} [${outcome.requirements.join(' ')}] ${time} ${detail}`;
}

/** The reasons the run fails; empty when it passes. */
function failures(report: Omit<MutationReport, 'failures'>, full: boolean): string[] {
  const reasons = report.references.filter((r) => !r.ok).map((r) => `the correct reference (${r.configuration}) is not certified: ${r.detail}`);
  reasons.push(...report.mutants.filter((m) => m.status === 'Survived').map((m) => `mutant ${m.id} survived (${m.requirements.join(', ')})`));
  reasons.push(
    ...report.mutants
      .filter((m) => m.secondSeed && (m.secondSeed.onlyFirst.length > 0 || m.secondSeed.onlySecond.length > 0))
      .map((m) => `mutant ${m.id}: SUITE_SEED=${m.secondSeed!.seed} gives other failure signatures (only with ${report.seed}: ${m.secondSeed!.onlyFirst.join('; ') || '—'}; only with ${m.secondSeed!.seed}: ${m.secondSeed!.onlySecond.join('; ') || '—'})`),
  );
  // One fault, one FAIL row: at most one row outside a mutant's declared requirements, and 0.95
  // overall. Always reported (mutation.md, mutation.json); a failure of the run with --require-blame.
  if (values['require-blame']) {
    reasons.push(...report.mutants.filter((m) => (m.blame?.outside.length ?? 0) > 1).map((m) => `mutant ${m.id} FAILs ${m.blame!.outside.length} requirements it does not declare: ${m.blame!.outside.join(', ')}`));
    if (full && report.blamePrecision < 0.95) reasons.push(`blame precision ${report.blamePrecision.toFixed(3)} is below 0.95`);
  }
  if (full) {
    const na = new Set(report.notApplicable.map((n) => n.id));
    reasons.push(...report.requirements.filter((r) => r.killedBy.length === 0 && !na.has(r.id)).map((r) => `no mutant was killed by a test of ${r.id}`));
  }
  return reasons;
}

async function main(catalogue: Catalogue): Promise<number> {
  const startedAt = new Date();
  const equivalent = new Map(loadEquivalent().map((e) => [e.name, e]));
  const selected = selectMutants();
  const toRun = selected.filter((m) => values['include-equivalent'] || !equivalent.has(m.name));
  const configurations = CONFIGURATIONS.filter((c) => c === 'plain' || toRun.some((m) => configurationOf(m, catalogue) === c));
  // Longest first, so the slots finish together: the whole-suite references, then the mutants by
  // the time they took last run, new ones first.
  const tasks: Task[] = [
    ...configurations.map((configuration): Task => ({ kind: 'reference', configuration })),
    ...sortByLastDuration(toRun).map((mutant): Task => ({ kind: 'mutant', mutant, configuration: configurationOf(mutant, catalogue) })),
  ];
  mkdirSync(join(REPORTS, 'mutation'), { recursive: true });
  console.log(`mutation: ${toRun.length} mutants and the correct reference (${configurations.join(', ')}), ${concurrency} at a time, ${workers} Playwright worker(s) each, SUITE_SEED=${seed}`);

  let done = 0;
  const results = await mapLimit(tasks, concurrency, async (task) => {
    if (task.kind === 'reference') {
      const outcome = await certifyReference(task.configuration);
      progress(++done, tasks.length, `${outcome.ok ? 'Certified' : 'FALSE POSITIVE'} correct reference (${task.configuration}, ${outcome.scope}) ${(outcome.durationMs / 1000).toFixed(1)}s ${outcome.ok ? '' : outcome.detail}`);
      return outcome;
    }
    const outcome = await runMutant(task.mutant, task.configuration);
    if (secondSeed !== undefined && outcome.status === 'Killed') {
      const again = await runMutant(task.mutant, task.configuration, secondSeed);
      outcome.secondSeed = { seed: secondSeed, ...signatureChanges(outcome.signatures, again.signatures) };
    }
    progress(++done, tasks.length, summaryLine(outcome));
    return outcome;
  });
  const references = results.filter((r): r is ReferenceOutcome => 'scope' in r);
  const ran = results.filter((r): r is MutantOutcome => 'status' in r);
  const skipped: MutantOutcome[] = selected
    .filter((m) => !toRun.includes(m))
    .map((m) => ({ id: m.name, requirements: m.requirements, configuration: configurationOf(m, catalogue), status: 'Equivalent', killedBy: [], missedBy: [], inconclusive: [], signatures: [], note: equivalent.get(m.name)!.reason, durationMs: 0 }));
  const mutants = [...ran, ...skipped].sort((a, b) => a.id.localeCompare(b.id));
  const partial: Omit<MutationReport, 'failures'> = {
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    seed,
    concurrency,
    workers,
    references,
    mutants,
    requirements: coverage(catalogue, mutants),
    notApplicable: notApplicable(catalogue, configurations),
    blamePrecision: overallPrecision(mutants),
  };
  const report: MutationReport = { ...partial, failures: failures(partial, !values.only) };
  writeReports(report, join(REPORTS, 'mutation.json'), join(REPORTS, 'mutation.md'));

  const count = (status: string) => mutants.filter((m) => m.status === status).length;
  console.log(
    `\nmutation: ${count('Killed')} killed, ${count('Survived')} survived, ${count('Timeout')} timed out, ${count('Equivalent')} equivalent, blame precision ${report.blamePrecision.toFixed(3)} ` +
      `in ${(report.durationMs / 1000).toFixed(0)} s (reports/mutation.md)`,
  );
  for (const reason of report.failures) console.log(`  - ${reason}`);
  return report.failures.length === 0 ? 0 : 1;
}

main(loadCatalogue()).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
