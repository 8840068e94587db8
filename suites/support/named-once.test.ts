/**
 * A spec names its test's requirement once, in the title: the checks inside default to it (see
 * failure.ts). A literal of the test's own id inside its body is a repetition that can drift from
 * the title; ids of other requirements (blockedBy, contract checks) are what a literal is for.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SUITES = join(__dirname, '..');
const TITLE = /^\s*test\((['"`])([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+):/;

/** `file:line` of every literal of a test's own requirement id in that test's body (to the next test). */
export function repeatedOwnIds(source: string, file = 'spec'): string[] {
  const found: string[] = [];
  let own: string | undefined;
  source.split('\n').forEach((line, i) => {
    const title = TITLE.exec(line);
    if (title) {
      own = title[2];
      return;
    }
    if (/^\s*test(\.describe)?\(/.test(line)) own = undefined;
    if (own && (line.includes(`'${own}'`) || line.includes(`"${own}"`))) found.push(`${file}:${i + 1}`);
  });
  return found;
}

function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? specFiles(join(dir, entry.name)) : entry.name.endsWith('.spec.ts') ? [join(dir, entry.name)] : [],
  );
}

test('no spec repeats its test’s own requirement id inside the test', () => {
  const files = specFiles(SUITES);
  expect(files.length).toBeGreaterThan(15);
  expect(files.flatMap((file) => repeatedOwnIds(readFileSync(file, 'utf8'), relative(SUITES, file)))).toEqual([]);
});

test('the scan sees a repetition, and leaves another requirement’s id alone', () => {
  const spec = [
    "test('PAGE-EXHAUSTION: pages', async () => {",
    "  checkOk(response, 'PAGE-EXHAUSTION', 'a page');",
    "  checkOk(response, 'a page', { blockedBy: 'RESP-SCHEMA' });",
    '});',
    "test(`${id}: dynamic`, async () => {",
    "  check(false, 'PAGE-EXHAUSTION', 'x');",
    '});',
  ].join('\n');
  expect(repeatedOwnIds(spec)).toEqual(['spec:2']);
});
