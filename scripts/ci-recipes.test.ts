/**
 * What the linters of .ci/lint-recipes.sh cannot see in docs/ci: each recipe certifies in shards
 * with one seed, merges, verifies, gates on an expectations file and keeps the report, all with
 * the installed command (never a checkout of this suite), and names no host.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../src/config';
import { run } from '../reporters';

const recipe = (name: string) => readFileSync(join(PROJECT_ROOT, 'docs', 'ci', name), 'utf8');
const RECIPES = ['github-actions.yml', 'gitlab-ci.yml'];
const INSTALLED = /npx --prefix \S+ --no-install runs-search-conformance (\S+)/g;

test('the recipes run only commands of the installed package, and each step of the gate', async () => {
  const { output } = await run(join(PROJECT_ROOT, 'scripts', 'runs-search-conformance.cjs'), ['--help']);
  const commands = output.replace(/^usage: runs-search-conformance /, '').split(' [')[0]!.split(' | ');
  for (const name of RECIPES) {
    const text = recipe(name);
    const used = [...text.matchAll(INSTALLED)].map((m) => m[1]!);
    expect(used.filter((c) => !commands.includes(c)), name).toEqual([]);
    expect(new Set(used), name).toEqual(new Set(['certify', 'merge-reports', 'verify-report']));
    expect(text.match(/\bnpm (run|ci|exec)\b|\bgit clone\b|\btsx\b|\bplaywright\b/g), `${name} runs the suite from a checkout`).toBeNull();
    expect(text.match(/https?:\/\//g), `${name} names a host`).toBeNull();
    expect(text, name).toMatch(/SUITE_EXPECTATIONS: \S+\.yaml/);
    expect(text, name).toMatch(/SUITE_SEED: \S+/);
  }
});

test('the GitHub workflow: the shard list, --shard and the blob names agree; the gate job uploads the report', () => {
  const text = recipe('github-actions.yml');
  const workflow = parse(text) as { jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: { uses?: string; with?: { path?: string } }[] }> };
  const shards = workflow.jobs.certify!.strategy!.matrix.shard;
  expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
  expect(text).toContain(`--shard=\${{ matrix.shard }}/${shards.length}`);
  expect(text).toContain(`shard-\${{ matrix.shard }}-of-${shards.length}.zip`);
  expect(workflow.jobs.gate!.needs).toBe('certify');
  expect(workflow.jobs.gate!.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.path?.includes('reports/'))).toBe(true);
});

test('the GitLab file: parallel shards, every extends and needs names a job, the gate keeps the report always', () => {
  const file = parse(recipe('gitlab-ci.yml')) as Record<string, { extends?: string; stage?: string; parallel?: number; needs?: { job: string }[]; artifacts?: { when?: string; paths?: string[] } }> & { stages: string[] };
  const jobs = Object.keys(file).filter((k) => !['stages', 'variables'].includes(k));
  for (const job of jobs) {
    const { extends: base, stage, needs = [] } = file[job]!;
    if (base) expect(jobs, `${job} extends`).toContain(base);
    if (stage) expect(file.stages, `${job} stage`).toContain(stage);
    for (const need of needs) expect(jobs, `${job} needs`).toContain(need.job);
  }
  expect(file.certify!.parallel).toBeGreaterThan(1);
  expect(file.gate!.artifacts).toMatchObject({ when: 'always', paths: ['reports/'] });
});
