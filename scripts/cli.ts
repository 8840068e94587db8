/**
 * `runs-search-conformance <command> [args…]`: the installed command (package.json `bin`, through
 * scripts/runs-search-conformance.cjs). Each command is the matching `npm run` script, run from
 * the package's own folder but in the caller's folder: reports land in ./reports (or
 * SUITE_REPORTS_DIR), `.env` and SUITE_EXPECTATIONS are read from there. Arguments go through
 * untouched; the exit code is the command's (signals reach it: src/process forwards them).
 */
import { constants } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/config';
import { playwrightCommand, run } from '../src/process';

/** Each command and the script or runner it starts. */
const SCRIPTS = {
  certify: null,
  'merge-reports': 'merge-reports.ts',
  'verify-report': 'verify-report.ts',
  replay: 'replay.ts',
  compare: 'compare.ts',
  sweep: 'sweep.ts',
} as const;
type Command = keyof typeof SCRIPTS;

export const CLI_USAGE = `usage: runs-search-conformance ${Object.keys(SCRIPTS).join(' | ')} [args…]   (certify takes Playwright's options, e.g. --shard=1/3)`;

function isCommand(name: string | undefined): name is Command {
  return name !== undefined && Object.hasOwn(SCRIPTS, name);
}

/** What a command runs: Playwright's test runner on the package's config for certify, the script otherwise. */
function commandOf(command: Command, args: readonly string[]): [string, string[]] {
  const script = SCRIPTS[command];
  if (script !== null) return [process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args]];
  return playwrightCommand(['test', '--config', join(PROJECT_ROOT, 'playwright.config.ts'), ...args]);
}

/**
 * Every node process below this one loads tsx: an installed package lives under node_modules,
 * where Playwright does not compile TypeScript (its config, tests and reporters are .ts files),
 * and merge-reports and replay start Playwright themselves.
 */
function withTsx(nodeOptions: string | undefined): string {
  const loader = pathToFileURL(require.resolve('tsx', { paths: [PROJECT_ROOT] })).href;
  const flag = `--import=${loader}`;
  return nodeOptions?.includes(flag) ? nodeOptions : [nodeOptions, flag].filter(Boolean).join(' ');
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!isCommand(command)) {
    console.error(CLI_USAGE);
    return 2;
  }
  const finished = await run(...commandOf(command, args), {
    cwd: process.cwd(),
    inherit: 'all',
    stdio: 'inherit',
    env: { NODE_OPTIONS: withTsx(process.env.NODE_OPTIONS) },
  });
  // A command ended by a signal exits as a shell reports it: 128 + the signal's number.
  if (finished.code === null) return 128 + (finished.signal ? constants.signals[finished.signal] : 0);
  return finished.code;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`runs-search-conformance: ${error.message}`);
    process.exit(2);
  },
);
