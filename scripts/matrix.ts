/**
 * The compatibility matrix: certifies every peer of reporters/matrix/columns.ts, one at a time,
 * each started fresh and stopped by peers/certify.sh (its PostgreSQL cluster too), then writes
 * docs/compatibility.md, docs/compatibility.html and reports/matrix/compatibility.json.
 *
 *   npm run matrix [-- [smoke|standard|full] [--seed N] [--only id,id] [--render-only]]
 *
 * Default: smoke tier, SUITE_SEED=20261127. --render-only rebuilds the pages from the reports
 * already in reports/<id>/ (and compares them with the recorded deviations again); give it the
 * tier and seed those reports were made with. With --only, the pages go to reports/matrix/ instead of docs/: a partial
 * matrix never replaces the committed one. Ctrl-C or a TERM stops the running certification (its traps stop the
 * peer and its cluster, remove its temp folder), skips the rest and checks that nothing is left:
 * no process running from .peers/, no state or temp folder in .peers/. Exit 0 when every column's
 * verdicts match its recorded deviations and nothing is left behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../src/catalogue';
import { PROJECT_ROOT } from '../src/config';
import { loadExpectations } from '../src/expectations';
import { outputOf, start, type Running } from '../src/process';
import {
  buildMatrix,
  MATRIX_COLUMNS,
  matrixHtml,
  matrixMarkdown,
  expectationFileOf,
  gateOf,
  recordedDeviations,
  SUITE_VERSION,
  type CertificationReport,
  type MatrixColumn,
} from '../reporters';

const TIERS = ['smoke', 'standard', 'full'];
const USAGE = 'usage: npm run matrix -- [smoke|standard|full] [--seed N] [--only id,id] [--render-only]';

interface Options {
  tier: string;
  seed: number;
  only: string[] | undefined;
  renderOnly: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { tier: 'smoke', seed: 20261127, only: undefined, renderOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (TIERS.includes(arg)) options.tier = arg;
    else if (arg === '--tier' && TIERS.includes(argv[i + 1] ?? '')) options.tier = argv[++i]!;
    else if (arg === '--seed' && /^\d+$/.test(argv[i + 1] ?? '')) options.seed = Number(argv[++i]);
    else if (arg === '--only' && argv[i + 1]) options.only = argv[++i]!.split(',');
    else if (arg === '--render-only') options.renderOnly = true;
    else if (arg === '--help' || arg === '-h') (console.log(USAGE), process.exit(0));
    else (console.error(`unknown argument ${arg}\n${USAGE}`), process.exit(2));
  }
  const unknown = (options.only ?? []).filter((id) => !MATRIX_COLUMNS.some((c) => c.id === id));
  if (unknown.length) (console.error(`unknown column(s) ${unknown.join(', ')}; known: ${MATRIX_COLUMNS.map((c) => c.id).join(', ')}`), process.exit(2));
  return options;
}

const PEERS_STATE = join(PROJECT_ROOT, '.peers');
const REPORTS = join(PROJECT_ROOT, 'reports');

let interrupted: 'SIGINT' | 'SIGTERM' | 'SIGHUP' | undefined;

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  // Our own listeners: src/process forwards the signal to the running certification's group and,
  // seeing another listener, leaves this process alive to wait for that certification's cleanup.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (!interrupted) console.error(`\n${signal}: stopping the running certification, skipping the rest`);
      interrupted = signal;
    });
  }
  watchParent();
  const columns = MATRIX_COLUMNS.filter((c) => !options.only || options.only.includes(c.id));
  mkdirSync(join(REPORTS, 'matrix'), { recursive: true });
  const problems = new Map<string, string[]>();
  for (const column of columns) {
    if (interrupted) break;
    problems.set(column.id, options.renderOnly ? await recheck(column) : await certify(column, options));
  }
  const left = leftovers();
  for (const line of left) console.error(`✗ left behind: ${line}`);
  if (interrupted) {
    console.error(left.length ? 'interrupted; something was left behind (above)' : 'interrupted; nothing left behind (no peer process, no .peers/ state or temp folder)');
    return { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }[interrupted];
  }
  if (left.length === 0) console.log('nothing left behind: no peer process, no .peers/ state or temp folder');

  if (options.renderOnly) {
    // The pages say what the reports were made with.
    const made = columns.map((c) => readReport(c.id)).filter((r) => r !== undefined);
    const tiers = new Set(made.map((r) => r.tier));
    const seeds = new Set(made.map((r) => r.seed));
    options.tier = tiers.size === 1 ? [...tiers][0]! : [...tiers].map((tier) => `${tier} for ${columns.filter((c) => readReport(c.id)?.tier === tier).map((c) => c.id).join(', ')}`).join('; ');
    if (seeds.size === 1 && [...seeds][0] !== undefined) options.seed = [...seeds][0]!;
  }
  const matrix = buildMatrix({
    catalogue: loadCatalogue(),
    columns: columns.map((column) => {
      const certification = readReport(column.id);
      const columnProblems = [
        ...(problems.get(column.id) ?? []),
        ...(certification ? certification.runProblems.map((p) => `its run cannot certify: ${p}`) : [`no reports/${column.id}/certification.json`]),
      ];
      return { ...column, versions: versionsOf(column), problems: columnProblems, deviations: recordedDeviations(column.id), ...(certification ? { certification } : {}) };
    }),
    generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    suiteVersion: SUITE_VERSION,
    tier: options.tier,
    seed: options.seed,
    command: options.renderOnly
      ? `npm run matrix -- --render-only${options.only ? ` --only ${options.only.join(',')}` : ''}` + ' (from the reports of earlier runs)'
      : `npm run matrix -- ${options.tier} --seed ${options.seed}${options.only ? ` --only ${options.only.join(',')}` : ''}`,
  });
  const out = options.only ? join('reports', 'matrix') : 'docs';
  writeFileSync(join(PROJECT_ROOT, out, 'compatibility.md'), matrixMarkdown(matrix));
  writeFileSync(join(PROJECT_ROOT, out, 'compatibility.html'), matrixHtml(matrix));
  writeFileSync(join(REPORTS, 'matrix', 'compatibility.json'), `${JSON.stringify(matrix, null, 2)}\n`);
  console.log(`wrote ${out}/compatibility.md, ${out}/compatibility.html, reports/matrix/compatibility.json`);
  const failed = matrix.columns.filter((c) => c.problems.length > 0);
  for (const c of failed) console.error(`✗ ${c.id}: ${c.problems.join('; ')}`);
  for (const cell of matrix.unexplained) console.error(`✗ FAIL without a recorded deviation: ${cell}`);
  return failed.length > 0 || matrix.unexplained.length > 0 || left.length > 0 ? 1 : 0;
}

let current: Running | undefined;

/**
 * A parent that dies without passing its signal on (npm sends TERM to its shell, and a shell that
 * does not exec leaves this process an orphan) is an interruption too: stop as for a TERM.
 */
function watchParent(): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid === parent || interrupted) return;
    console.error(`\nthe parent process ${parent} is gone: stopping the running certification, skipping the rest`);
    interrupted = 'SIGTERM';
    current?.kill('SIGTERM');
  }, 1000).unref();
}

/** Runs peers/certify.sh for one column; returns its problems (none when the verdicts match its deviations). */
async function certify(column: MatrixColumn, options: Options): Promise<string[]> {
  const log = join(REPORTS, 'matrix', `${column.id}.log`);
  console.log(`▶ ${column.id}: peers/certify.sh ${column.certifyArgs.join(' ')} (${options.tier}, seed ${options.seed}; log ${log})`);
  current = start('bash', ['peers/certify.sh', ...column.certifyArgs], {
    env: { SUITE_TIER: options.tier, SUITE_SEED: String(options.seed) },
    logFile: log,
  });
  const finished = await current.finished;
  current = undefined;
  const seconds = Math.round(finished.durationMs / 1000);
  const tail = finished.output.trim().split('\n').slice(-3).join(' | ');
  console.log(`${finished.code === 0 ? '✓' : '✗'} ${column.id}: exit ${finished.code ?? finished.signal} after ${seconds} s: ${tail}`);
  if (interrupted) return [`interrupted (${interrupted})`];
  return finished.code === 0 ? [] : [`peers/certify.sh exited ${finished.code ?? finished.signal}: its verdicts do not match its recorded deviations, or it could not run (reports/matrix/${column.id}.log)`];
}

/** --render-only: gates the report already there with the column's expectation file again. */
async function recheck(column: MatrixColumn): Promise<string[]> {
  const report = readReport(column.id);
  if (!report) return [];
  const gate = gateOf(report, { expectations: loadExpectations(expectationFileOf(column.id)), strict: false });
  return gate.result === 'PASSED' ? [] : [`its verdicts do not match its expectation file: ${gate.reasons.join('; ')}`];
}

function readReport(id: string): CertificationReport | undefined {
  const file = join(REPORTS, id, 'certification.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CertificationReport) : undefined;
}

/** The versions the column really ran: the server's own `--version`, and PostgreSQL's. */
function versionsOf(column: MatrixColumn): string[] {
  const venv = column.server === 'MLflow' && column.version !== MATRIX_COLUMNS[0]!.version ? `.venv-mlflow-${column.version}` : '.venv';
  const program = column.server === 'MLflow' ? 'mlflow' : 'fml';
  const versions = [firstLine(join(PROJECT_ROOT, venv, 'bin', program), ['--version']) ?? `${column.server} ${column.version}`];
  if (column.database === 'PostgreSQL') versions.push(firstLine('bash', ['-c', 'source peers/lib.sh && "$(peers_pg_bin)/postgres" --version']) ?? 'PostgreSQL');
  return versions;
}

function firstLine(command: string, args: string[]): string | undefined {
  try {
    return outputOf(command, args).trim().split('\n')[0];
  } catch {
    return undefined;
  }
}

/** What a certification must not leave: a process running from .peers/, a state file or temp folder there. */
function leftovers(): string[] {
  const files = existsSync(PEERS_STATE) ? readdirSync(PEERS_STATE).filter((name) => name !== 'venv.lock').map((name) => join('.peers', name)) : [];
  const processes = readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
        return cmdline.includes(`${PEERS_STATE}/`) ? [`pid ${pid}: ${cmdline.slice(0, 160)}`] : [];
      } catch {
        return [];
      }
    });
  return [...files, ...processes];
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
