/**
 * For the harness's own tests and `npm run bench`: runs the certification as a user would, in a
 * child process (src/process: its own process group, a clean environment, a time bound), without
 * blocking this one, so a target served in-process keeps answering while it runs.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { run } from '../../src/process';

const PLAYWRIGHT_CLI = join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');

export interface CertificationRun {
  /** The exit code; null when the run was killed (timeout, abort). */
  status: number | null;
  /** stdout and stderr together. */
  output: string;
}

export interface CertificationOptions {
  /** More arguments of `playwright test` (a reporter, test files). */
  args?: string[];
  /** The whole run, workers included, is killed after this long. */
  timeoutMs?: number;
  /** Aborting kills the whole run (SIGKILL), as a user's kill -9 would. */
  signal?: AbortSignal;
}

/**
 * `env` is the run's whole configuration: the developer's own TARGET_* and SUITE_* are not
 * inherited (a test must not certify whatever their shell names). CI is emptied, so that the run
 * behaves under CI as it does on a laptop.
 */
export async function spawnCertification(env: Record<string, string>, { args = [], timeoutMs = 180_000, signal }: CertificationOptions = {}): Promise<CertificationRun> {
  const ran = await run(process.execPath, [PLAYWRIGHT_CLI, 'test', '--config', 'playwright.config.ts', ...args], {
    env: { CI: '', ...env },
    timeoutMs,
    ...(signal ? { signal } : {}),
  });
  return { status: ran.code, output: ran.output };
}

/**
 * Runs the certification into a reports folder emptied first and returns its certification.json,
 * which must have been written by this run: a report an earlier run left behind must never stand
 * in for one this run failed to write.
 */
export async function certifyInto<Report>(dir: string, env: Record<string, string>, options?: CertificationOptions) {
  const folder = join(PROJECT_ROOT, dir);
  rmSync(folder, { recursive: true, force: true });
  const started = Date.now();
  const run = await spawnCertification({ ...env, SUITE_REPORTS_DIR: dir }, options);
  const file = join(folder, 'certification.json');
  if (!existsSync(file) || statSync(file).mtimeMs < started) {
    throw new Error(`the run (exit ${run.status}) wrote no fresh ${dir}/certification.json:\n${run.output.slice(-2000)}`);
  }
  return { run, report: JSON.parse(readFileSync(file, 'utf8')) as Report };
}
