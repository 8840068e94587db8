/**
 * The installed command (scripts/cli.ts through its bin shim): one usage line and exit 2 for no or
 * an unknown command, arguments and the caller's folder passed through, the exit code kept; and
 * the packed tarball holds what an installed package runs and none of the project's own tests.
 * (.ci/run installs the real tarball and certifies the reference server with it.)
 */
import { expect, test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { run, temporaryDir } from '../reporters';

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const BIN = join(PROJECT_ROOT, pkg.bin['runs-search-conformance']!);
const cli = (args: string[], cwd = PROJECT_ROOT) => run(BIN, args, { cwd });

test('the bin is an executable file with a node shebang', () => {
  expect(statSync(BIN).mode & 0o111).not.toBe(0);
  expect(readFileSync(BIN, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
});

for (const args of [[], ['--help'], ['certfy'], ['-h', 'certify']]) {
  test(`runs-search-conformance ${args.join(' ') || '(nothing)'}: one usage line, exit 2`, async () => {
    const { code, output } = await cli(args);
    expect(code).toBe(2);
    expect(output.trim().split('\n')).toEqual([expect.stringMatching(/^usage: runs-search-conformance certify \| merge-reports \| verify-report \| replay \| compare \| sweep /)]);
  });
}

test('a command gets its arguments untouched', async () => {
  const { code, output } = await cli(['compare', '--help']);
  expect(code).toBe(0);
  expect(output).toMatch(/^usage: .*compare -- <base report dir> <candidate report dir>/);
});

test("a command runs in the caller's folder and keeps its exit code", async () => {
  const empty = temporaryDir('cli');
  const { code, output } = await cli(['verify-report'], empty);
  expect(code).toBe(1);
  expect(output).toContain('reports: the report bundle does not verify');
});

test('the packed tarball holds the runtime files, the bin and no tests', async () => {
  const { code, output } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PROJECT_ROOT });
  expect(code).toBe(0);
  const files = (JSON.parse(output.slice(output.indexOf('['))) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  for (const needed of [pkg.bin['runs-search-conformance']!, 'scripts/cli.ts', 'playwright.config.ts', 'openapi/requirements.yaml', 'openapi/spec/list-experiment-runs.txt', 'peers/expectations/mlflow.yaml', 'suites/harness/global-setup.ts', 'reference/start.ts'])
    expect(files).toContain(needed);
  expect(files.filter((f) => /\.test\.ts$|^(reports|mutants|node_modules|\.venv|\.ci|docs)\//.test(f))).toEqual([]);
});
