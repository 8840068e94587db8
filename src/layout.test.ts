/**
 * The house rules of the layout (docs/architecture.md), proved by walking every relative import
 * of every TypeScript file the project tracks:
 * - `src/` is the library: nothing under it imports a file outside it;
 * - a folder reaches into another only through that folder's `index.ts`;
 * - the folders import each other without a cycle;
 * - the reference server imports nothing of src/, so that it stays independent of the suite's
 *   oracle: only reference/certify.ts, the script that certifies it, runs its children with src/process.
 * A "folder" is a unit of the layout: each `src/<x>`, each `suites/<x>`, `mutants/runner`, and
 * every other top-level folder (its subfolders are its internals).
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { PROJECT_ROOT } from './config';
import { outputOf } from './process';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\(\s*)(['"])(\.{1,2}\/[^'"]*)\1/g;

interface Edge { from: string; to: string; fromUnit: string; toUnit: string }

/** The unit a project-relative path belongs to. */
export function unitOf(file: string): string {
  const parts = file.split('/');
  if (parts.length === 1) return '.';
  const [top = '', second = ''] = parts;
  if ((top === 'src' || top === 'suites') && parts.length > 2) return `${top}/${second}`;
  if (top === 'mutants' && second === 'runner' && parts.length > 2) return 'mutants/runner';
  return top;
}

function trackedTypeScript(): string[] {
  const out = outputOf('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts']);
  return out.split('\n').filter((file) => file && existsSync(join(PROJECT_ROOT, file)));
}

function resolveImport(fromFile: string, specifier: string): string | undefined {
  const target = normalize(join(dirname(fromFile), specifier));
  for (const candidate of [`${target}.ts`, join(target, 'index.ts'), target]) {
    const absolute = join(PROJECT_ROOT, candidate);
    if (existsSync(absolute) && statSync(absolute).isFile()) return candidate;
  }
  return undefined;
}

function importEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const from of trackedTypeScript()) {
    for (const match of readFileSync(join(PROJECT_ROOT, from), 'utf8').matchAll(IMPORT)) {
      const specifier = match[2] ?? '';
      const to = resolveImport(from, specifier) ?? normalize(join(dirname(from), specifier));
      edges.push({ from, to, fromUnit: unitOf(from), toUnit: unitOf(to) });
    }
  }
  return edges;
}

/** Every cycle's units, found by depth-first search over the unit graph. */
function unitCycles(edges: readonly Edge[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (edge.fromUnit === edge.toUnit) continue;
    graph.set(edge.fromUnit, (graph.get(edge.fromUnit) ?? new Set()).add(edge.toUnit));
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (unit: string): void => {
    state.set(unit, 'open');
    stack.push(unit);
    for (const next of graph.get(unit) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(unit, 'done');
  };
  for (const unit of graph.keys()) if (!state.has(unit)) visit(unit);
  return cycles;
}

const edges = importEdges();

test.describe('the layout', () => {
  test('the walk sees the project (a broken walk would prove nothing)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges.some((edge) => edge.from.startsWith('src/') && edge.fromUnit !== edge.toUnit)).toBe(true);
  });

  test('src/ imports nothing outside src/', () => {
    const outward = edges.filter((edge) => edge.from.startsWith('src/') && !edge.to.startsWith('src/'));
    expect(outward.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual([]);
  });

  test("a folder reaches into another only through that folder's index.ts", () => {
    const reaching = edges.filter((edge) => edge.fromUnit !== edge.toUnit && edge.toUnit !== '.' && relative(edge.toUnit, edge.to) !== 'index.ts');
    expect(reaching.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual([]);
  });

  test('no import cycle between folders', () => {
    expect(unitCycles(edges).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  test('the reference server imports nothing of src/ (its certification script only src/process)', () => {
    const allowed = new Set(['reference/certify.ts -> src/process/index.ts']);
    const intoSrc = edges.filter((edge) => edge.fromUnit === 'reference' && edge.to.startsWith('src/')).map((edge) => `${edge.from} -> ${edge.to}`);
    expect(intoSrc.filter((edge) => !allowed.has(edge))).toEqual([]);
  });

  test('the checks above can fail: a cycle and an inward reach are seen', () => {
    const planted: Edge[] = [
      { from: 'src/a/x.ts', to: 'src/b/index.ts', fromUnit: 'src/a', toUnit: 'src/b' },
      { from: 'src/b/y.ts', to: 'src/a/index.ts', fromUnit: 'src/b', toUnit: 'src/a' },
    ];
    expect(unitCycles(planted)).toEqual([['src/a', 'src/b', 'src/a']]);
    expect(unitOf('suites/harness/fixtures.ts')).toBe('suites/harness');
    expect(unitOf('mutants/runner/main.ts')).toBe('mutants/runner');
    expect(unitOf('mutants/support/probes.ts')).toBe('mutants');
  });
});
