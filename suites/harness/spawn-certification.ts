/**
 * For the harness's own tests: runs the certification as a user would, in a child process, and
 * without blocking this one, so a target served in-process keeps answering while it runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

const PLAYWRIGHT_CLI = join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');

export interface CertificationRun {
  status: number | null;
  /** stdout and stderr together. */
  output: string;
}

export function spawnCertification(env: Record<string, string>, { args = [] as string[], timeoutMs = 180_000 } = {}): Promise<CertificationRun> {
  const child = spawn(process.execPath, [PLAYWRIGHT_CLI, 'test', '--config', 'playwright.config.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CI: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    }),
  );
}

/**
 * Runs the certification into a reports folder emptied first and returns its certification.json,
 * which must have been written by this run: a report an earlier run left behind must never stand
 * in for one this run failed to write.
 */
export async function certifyInto<Report>(dir: string, env: Record<string, string>, options?: Parameters<typeof spawnCertification>[1]) {
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
