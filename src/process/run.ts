/**
 * Runs a command in a child process: in the project root unless told otherwise, with a clean
 * environment (./environment.ts), in a process group of its own so that a timeout or an abort
 * kills it with everything it started (Playwright's workers, a server's children), and with its
 * output captured (and logged to a file), shown on this terminal, or dropped.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { PROJECT_ROOT, type Env } from '../config';
import { childEnvironment, type Inheritance } from './environment';
import { signalGroup, track } from './groups';

export interface RunOptions {
  /** Default: the project root. */
  cwd?: string;
  /** Variables the child gets whatever `inherit` keeps; undefined removes one. */
  env?: Env;
  /** What the child inherits of this process's environment; default `clean` (no TARGET_*, SUITE_*). */
  inherit?: Inheritance;
  /** Kills the whole group (SIGKILL) after this long; the result says `timedOut`. */
  timeoutMs?: number;
  /** Aborting kills the whole group (SIGKILL); the result says `aborted`. */
  signal?: AbortSignal;
  /**
   * `capture` (the default): stdout and stderr, interleaved as they come, into `output`;
   * `inherit`: straight to this process's stdout and stderr; `ignore`: nowhere. stdin is never given.
   */
  stdio?: 'capture' | 'inherit' | 'ignore';
  /** With `capture`: a file that receives the output too (written as it comes). */
  logFile?: string;
  /** With `capture`: each piece of output as it comes, and which stream it came on. */
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void;
}

export interface Finished {
  /** The exit code; null when a signal ended the child. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  aborted: boolean;
  durationMs: number;
  /** stdout and stderr interleaved (empty unless captured). */
  output: string;
}

export interface Running {
  pid: number | undefined;
  /**
   * Settles once the child has exited and closed its output (and the log file is written).
   * Rejects only when the command could not be started at all (ENOENT, EACCES).
   */
  finished: Promise<Finished>;
  /** Sends the signal to the child's whole group. */
  kill(signal?: NodeJS.Signals): void;
}

export function start(command: string, args: readonly string[], options: RunOptions = {}): Running {
  const { cwd = PROJECT_ROOT, stdio = 'capture', timeoutMs, signal, logFile, onOutput } = options;
  const started = Date.now();
  const piped = stdio === 'capture' ? 'pipe' : stdio;
  const child = spawn(command, args, { cwd, env: childEnvironment(options.env, options.inherit), detached: true, stdio: ['ignore', piped, piped] });
  const pid = child.pid;
  const untrack = pid === undefined ? () => {} : track(pid);
  const kill = (how: NodeJS.Signals = 'SIGTERM') => {
    if (pid !== undefined) signalGroup(pid, how);
  };

  const log = stdio === 'capture' && logFile ? createWriteStream(logFile) : undefined;
  let output = '';
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]?.setEncoding('utf8');
    child[stream]?.on('data', (text: string) => {
      log?.write(text);
      output += text;
      onOutput?.(text, stream);
    });
  }

  let timedOut = false;
  let aborted = false;
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => ((timedOut = true), kill('SIGKILL')), timeoutMs);
  const abort = () => ((aborted = true), kill('SIGKILL'));
  if (signal?.aborted) abort();
  else signal?.addEventListener('abort', abort, { once: true });
  const settle = () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
    untrack();
    return log ? endOf(log) : Promise.resolve();
  };

  const finished = new Promise<Finished>((resolve, reject) => {
    // A child that never started emits 'error' (and then a 'close' that means nothing).
    child.once('error', (error) => {
      if (pid === undefined) void settle().then(() => reject(error));
    });
    child.once('close', (code, exitSignal) => {
      if (pid === undefined) return;
      void settle().then(() => resolve({ code, signal: exitSignal, timedOut, aborted, durationMs: Date.now() - started, output }));
    });
  });
  return { pid, finished, kill };
}

/** `start`, awaited. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Finished> {
  return start(command, args, options).finished;
}

function endOf(log: WriteStream): Promise<void> {
  return new Promise((resolve) => log.end(resolve));
}
