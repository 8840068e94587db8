/**
 * Runs a tool in a child process of its own process group, bounded in time: its output goes to
 * a log file and (up to a cap) back to the caller, and on timeout the whole group is killed (the
 * tool and its workers, nothing else).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface BoundedRun {
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** stdout and stderr interleaved (a tool's whole output: a setup line comes first, a summary last). */
  output: string;
}

export async function runBounded(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number },
): Promise<BoundedRun> {
  const log = createWriteStream(options.logFile);
  const started = Date.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    output += chunk.toString();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  await new Promise<void>((resolve) => log.end(resolve));
  return { exitCode, timedOut, durationMs: Date.now() - started, output };
}
