/**
 * For the harness's own tests: runs the certification as a user would, in a child process, and
 * without blocking this one, so a target served in-process keeps answering while it runs.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const PLAYWRIGHT_CLI = join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');

export interface CertificationRun {
  status: number | null;
  /** stdout and stderr together. */
  output: string;
}

export function spawnCertification(env: Record<string, string>, { args = [] as string[], timeoutMs = 180_000 } = {}): Promise<CertificationRun> {
  const child = spawn(process.execPath, [PLAYWRIGHT_CLI, 'test', '--config', 'playwright.config.ts', ...args], {
    cwd: ROOT,
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
