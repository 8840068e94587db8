/**
 * The mutants are themselves checked: each names real catalogue ids, is listed once, and really
 * changes the server's answer to some request (a "fault" that changes nothing would count as a
 * kill nobody earned, or as a survivor nobody could kill).
 */
import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../src/catalogue';
import { buildHandler } from './build';
import { CONFIGURATIONS, configurationOf, type Configuration } from './configurations';
import { loadEquivalent } from './equivalent';
import { MUTANTS } from './index';
import type { Mutant } from './mutant';
import { seedProbeData, transcript } from './support/probes';

const catalogue = loadCatalogue();
const ids = new Set(catalogue.requirements.map((r) => r.id));

/** The probe transcript of a server in a configuration; the clock is frozen for the rate limit. */
async function answers(mutant: Mutant | undefined, configuration: Configuration): Promise<string[]> {
  const handler = buildHandler(mutant, configuration, { now: () => 0 });
  seedProbeData(handler);
  return transcript(handler, configuration);
}

const correct = new Map<Configuration, Promise<string[]>>();
function correctAnswers(configuration: Configuration): Promise<string[]> {
  if (!correct.has(configuration)) correct.set(configuration, answers(undefined, configuration));
  return correct.get(configuration)!;
}

/** The files of mutants/ that are machinery; every other .ts file (tests aside) is one mutant. */
const MACHINERY = new Set(['index.ts', 'mutant.ts', 'build.ts', 'configurations.ts', 'equivalent.ts']);

/** The module's default export, as index.ts imports it (the suite runs as CommonJS). */
function defaultExport(file: string): unknown {
  return (require(join(__dirname, file)) as { default?: unknown }).default;
}

test('every mutant has a unique kebab-case name, and is the default export of the file of that name', () => {
  const names = MUTANTS.map((m) => m.name);
  expect(new Set(names).size).toBe(names.length);
  for (const mutant of MUTANTS) {
    expect(mutant.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(defaultExport(`${mutant.name}.ts`), `mutants/${mutant.name}.ts`).toBe(mutant);
  }
});

test('every mutant file is listed in index.ts: a file it does not list would never run', () => {
  const files = readdirSync(__dirname).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !MACHINERY.has(file));
  const unlisted: string[] = [];
  for (const file of files) {
    const exported = defaultExport(file);
    if (!MUTANTS.some((mutant) => mutant === exported)) unlisted.push(file);
  }
  expect(unlisted).toEqual([]);
  expect(files.length).toBe(MUTANTS.length);
});

test('the correct reference answers the probes the same way twice (the comparison is deterministic)', async () => {
  for (const configuration of CONFIGURATIONS) {
    expect(await answers(undefined, configuration)).toEqual(await correctAnswers(configuration));
  }
});

test('every catalogue requirement of the oci profile (the one mutants run in) is violated by some mutant', () => {
  const violated = new Set(MUTANTS.flatMap((m) => m.requirements));
  const oci = catalogue.requirements.filter((r) => r.profiles.includes('oci')).map((r) => r.id);
  expect(oci.filter((id) => !violated.has(id))).toEqual([]);
});

test('equivalent.yaml names listed mutants, with their requirements', () => {
  for (const entry of loadEquivalent()) {
    const listed = MUTANTS.find((m) => m.name === entry.name);
    expect(listed, entry.name).toBeDefined();
    expect(entry.requirements).toEqual(listed!.requirements);
  }
});

for (const mutant of MUTANTS) {
  test(`${mutant.name}: names catalogue requirements and changes an answer of the reference`, async () => {
    expect(mutant.requirements.length).toBeGreaterThan(0);
    expect(mutant.requirements.filter((id) => !ids.has(id))).toEqual([]);
    expect(mutant.description.trim()).not.toBe('');
    expect(mutant.behaviour || mutant.options || mutant.wrap, 'a fault: behaviour, options or wrap').toBeTruthy();
    const configuration = configurationOf(mutant, catalogue);
    const [expected, received] = [await correctAnswers(configuration), await answers(mutant, configuration)];
    expect(received.length === expected.length && received.every((line, i) => line === expected[i]), `${mutant.name} answers every probe as the correct server does`).toBe(false);
  });
}
