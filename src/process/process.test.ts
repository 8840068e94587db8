import { test, expect } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';
import { childEnvironment, outputOf, run, start } from '.';

/** Whether a process is still alive: a zombie (killed, not yet reaped by an init that never reaps) counts as dead. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
}

/** A shell that starts a grandchild `sleep`, prints its pid, and waits for it. */
const SHELL_WITH_GRANDCHILD = ['-c', 'sleep 30 & echo "grandchild $!"; wait'];
const grandchildOf = (output: string) => Number(/grandchild (\d+)/.exec(output)?.[1]);

test.describe('run', () => {
  test('gives the exit code and the output, stdout and stderr together', async () => {
    const ran = await run(process.execPath, ['-e', 'console.log("out"); console.error("err"); process.exit(3)']);
    expect(ran).toMatchObject({ code: 3, signal: null, timedOut: false, aborted: false });
    expect(ran.output).toContain('out\n');
    expect(ran.output).toContain('err\n');
  });

  test('runs in the project root unless told otherwise', async () => {
    expect((await run(process.execPath, ['-e', 'console.log(process.cwd())'])).output.trim()).toBe(PROJECT_ROOT);
    expect((await run(process.execPath, ['-e', 'console.log(process.cwd())'], { cwd: tmpdir() })).output.trim()).toBe(tmpdir());
  });

  test('a timeout kills the whole group: the child and the grandchild it started', async () => {
    const started = Date.now();
    const ran = await run('sh', SHELL_WITH_GRANDCHILD, { timeoutMs: 500 });
    expect(ran.timedOut).toBe(true);
    expect(ran.signal).toBe('SIGKILL');
    // 'close' waits for the grandchild too (it holds the output pipe): it came because the group died.
    expect(Date.now() - started).toBeLessThan(10_000);
    const grandchild = grandchildOf(ran.output);
    expect(grandchild).toBeGreaterThan(0);
    await expect.poll(() => alive(grandchild), { timeout: 5_000 }).toBe(false);
  });

  test('an abort kills the whole group too', async () => {
    const controller = new AbortController();
    let grandchild = 0;
    const ran = await run('sh', SHELL_WITH_GRANDCHILD, {
      signal: controller.signal,
      onOutput: (text) => {
        grandchild ||= grandchildOf(text);
        if (grandchild) controller.abort();
      },
    });
    expect(ran).toMatchObject({ aborted: true, timedOut: false, signal: 'SIGKILL' });
    await expect.poll(() => alive(grandchild), { timeout: 5_000 }).toBe(false);
  });

  test('kill() signals the group of a running child', async () => {
    let output = '';
    const running = start('sh', SHELL_WITH_GRANDCHILD, { onOutput: (text) => (output += text) });
    await expect.poll(() => output, { timeout: 5_000 }).toContain('grandchild');
    running.kill('SIGTERM');
    expect((await running.finished).signal).toBe('SIGTERM');
    await expect.poll(() => alive(grandchildOf(output)), { timeout: 5_000 }).toBe(false);
  });

  test('a SIGTERM to this process reaches the groups of its children, then ends this process as it would have', async () => {
    // A parent that starts the shell (and its grandchild) through `start`, then waits.
    const parentScript = `const { start } = require(${JSON.stringify(__dirname)});
      start('sh', ${JSON.stringify(SHELL_WITH_GRANDCHILD)}, { onOutput: (text) => process.stdout.write(text) });`;
    let output = '';
    const parent = start(process.execPath, ['--import', 'tsx', '-e', parentScript], { onOutput: (text) => (output += text), timeoutMs: 30_000 });
    await expect.poll(() => output, { timeout: 20_000 }).toContain('grandchild');
    process.kill(parent.pid!, 'SIGTERM');
    expect(await parent.finished).toMatchObject({ signal: 'SIGTERM', timedOut: false });
    await expect.poll(() => alive(grandchildOf(output)), { timeout: 5_000 }).toBe(false);
  });

  test('a log file receives the output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rsc-process-'));
    try {
      const logFile = join(dir, 'output.log');
      const ran = await run(process.execPath, ['-e', 'console.log("logged")'], { logFile });
      expect(readFileSync(logFile, 'utf8')).toBe(ran.output);
      expect(ran.output).toBe('logged\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a command that cannot start rejects', async () => {
    await expect(run('/nonexistent/command', [])).rejects.toThrow(/ENOENT/);
  });

  test("inherited TARGET_* and SUITE_* do not reach the child; the caller's own do", async () => {
    const print = ['-e', 'console.log(JSON.stringify([process.env.TARGET_URL, process.env.SUITE_TIER, process.env.RSC_OTHER]))'];
    process.env.TARGET_URL = 'http://developer.invalid';
    process.env.SUITE_TIER = 'full';
    process.env.RSC_OTHER = 'kept';
    try {
      expect(JSON.parse((await run(process.execPath, print)).output)).toEqual([null, null, 'kept']);
      expect(JSON.parse((await run(process.execPath, print, { env: { SUITE_TIER: 'smoke' } })).output)).toEqual([null, 'smoke', 'kept']);
      expect(JSON.parse((await run(process.execPath, print, { inherit: 'all' })).output)).toEqual(['http://developer.invalid', 'full', 'kept']);
    } finally {
      delete process.env.TARGET_URL;
      delete process.env.SUITE_TIER;
      delete process.env.RSC_OTHER;
    }
  });
});

test.describe('childEnvironment', () => {
  const parent = { PATH: '/bin', TARGET_URL: 'u', SUITE_SEED: '1', TEST_WORKER_INDEX: '0', PW_X: 'x', PLAYWRIGHT_Y: 'y', FORCE_COLOR: '1', DEBUG: 'pw:*', DEBUGGER: 'kept' };

  test('clean: everything but TARGET_* and SUITE_*', () => {
    expect(childEnvironment({}, 'clean', parent)).toEqual({ PATH: '/bin', TEST_WORKER_INDEX: '0', PW_X: 'x', PLAYWRIGHT_Y: 'y', FORCE_COLOR: '1', DEBUG: 'pw:*', DEBUGGER: 'kept' });
  });

  test("isolated: also nothing of the test runner's", () => {
    expect(childEnvironment({}, 'isolated', parent)).toEqual({ PATH: '/bin', DEBUGGER: 'kept' });
  });

  test('all: everything', () => {
    expect(childEnvironment({}, 'all', parent)).toEqual(parent);
  });

  test('what the caller passes wins, and undefined removes', () => {
    expect(childEnvironment({ TARGET_URL: 'mine', PATH: undefined, CI: '' }, 'clean', parent)).toMatchObject({ TARGET_URL: 'mine', CI: '' });
    expect(childEnvironment({ PATH: undefined }, 'all', parent)).not.toHaveProperty('PATH');
  });
});

test.describe('outputOf', () => {
  test("gives a command's stdout and throws when it fails", () => {
    expect(outputOf('sh', ['-c', 'echo fact; echo noise >&2'])).toBe('fact\n');
    expect(() => outputOf('sh', ['-c', 'echo why >&2; exit 4'])).toThrow(/exited 4: why/);
    expect(() => outputOf('sleep', ['5'], { timeoutMs: 200 })).toThrow();
  });
});
