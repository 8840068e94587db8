/**
 * Helpers for the tests of the reporters and scripts, after Playwright's own `runInlineTest`:
 * write a tiny project to a temporary folder, run the real CLI on it, look at the exit code and
 * the files it wrote. Child processes get an isolated environment (src/process): nothing of the
 * developer's TARGET_* / SUITE_* settings, nothing of the Playwright worker they are started from.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { run as runProcess } from '../../src/process';

export interface Ran {
  code: number;
  output: string;
}

/** Runs a command without a shell (or `bash -c` for a command line as a user would type it). */
export async function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Ran> {
  const ran = await runProcess(command, args, { ...options, inherit: 'isolated' });
  return { code: ran.code ?? 1, output: ran.output };
}

export function temporaryDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `rsc-${prefix}-`));
}

/** A project in a temporary folder that resolves packages from this repository's node_modules. */
export function writeProject(files: Record<string, string>): string {
  const dir = temporaryDir('inline');
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export async function runInlineTest(
  files: Record<string, string>,
  options: { args?: string[]; env?: Record<string, string> } = {},
): Promise<Ran & { dir: string }> {
  const dir = writeProject(files);
  const ran = await run('npx', ['--no-install', 'playwright', 'test', ...(options.args ?? [])], { cwd: dir, env: options.env ?? {} });
  return { ...ran, dir };
}
