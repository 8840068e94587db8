/**
 * The synchronous form, for reading a fact from a short command (git ls-files, getconf) where a
 * caller cannot wait asynchronously. Same cwd and environment rules as `run`; its time bound
 * kills only the command itself (a synchronous call cannot watch a group).
 */
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../config';
import { childEnvironment } from './environment';
import type { RunOptions } from './run';

/** The command's stdout; throws when it cannot start, times out or exits other than 0. */
export function outputOf(command: string, args: readonly string[], options: Pick<RunOptions, 'cwd' | 'env' | 'inherit' | 'timeoutMs'> = {}): string {
  const { cwd = PROJECT_ROOT, timeoutMs = 60_000 } = options;
  const ran = spawnSync(command, args, {
    cwd,
    env: childEnvironment(options.env, options.inherit),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  if (ran.error) throw ran.error;
  if (ran.status !== 0) throw new Error(`${[command, ...args].join(' ')} ${ran.status === null ? `was killed (${ran.signal})` : `exited ${ran.status}`}: ${ran.stderr.trim()}`);
  return ran.stdout;
}
