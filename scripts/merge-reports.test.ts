/**
 * Sharding changes where tests run, never what they decide: two shards merged give the same
 * requirement verdicts as one unsharded run with the same SUITE_SEED (the embedded reference
 * server, SUITE_TIER=smoke), and the same gate result.
 */
import { expect, test } from '@playwright/test';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../src/catalogue';
import type { CertificationReport } from '../reporters';
import { run, temporaryDir } from '../reporters';
import { verifyBundle } from '../reporters';

test.describe.configure({ timeout: 600_000 });

const certification = (dir: string) => JSON.parse(readFileSync(join(dir, 'certification.json'), 'utf8')) as CertificationReport;
const verdicts = (r: CertificationReport) => Object.fromEntries(r.requirements.map((x) => [x.id, x.verdict]));
/** The failures behind a difference, so a transport error (not a sharding fault) shows as such. */
const failures = (r: CertificationReport) => r.requirements.flatMap((x) => x.tests.filter((t) => t.error).map((t) => `${x.id}: ${t.error!.split('\n')[0]}`));

test('two shards merged decide exactly what one unsharded run decides', async () => {
  const root = temporaryDir('shards');
  // With an expectation file: the shards carry it in their run info, so the merge (without
  // SUITE_EXPECTATIONS) gates the merged report with the same entries. The correct reference
  // does not fail ORDER-INVALID-400: an unexpected pass, in both.
  const expectations = join(root, 'expectations.yaml');
  writeFileSync(expectations, 'expectations:\n  - requirement: ORDER-INVALID-400\n    reason: a sample expected failure\n');
  const env = (dir: string) => ({ SUITE_TIER: 'smoke', SUITE_SEED: '20260430', SUITE_REPORTS_DIR: join(root, dir), SUITE_EXPECTATIONS: expectations });
  const playwright = ['--no-install', 'playwright', 'test'];

  const unsharded = await run('npx', playwright, { env: env('unsharded') });
  const shards = await Promise.all([1, 2].map((i) => run('npx', [...playwright, `--shard=${i}/2`], { env: env(`shard-${i}`) })));
  for (const shard of shards) expect(shard.output).toMatch(/shard \d\/2: \d+ test\(s\) ran; the verdict is decided when the shards' blobs are merged/);

  const blobs = join(root, 'blobs');
  mkdirSync(blobs);
  for (const i of [1, 2]) copyFileSync(join(root, `shard-${i}`, 'blob', `shard-${i}-of-2.zip`), join(blobs, `shard-${i}-of-2.zip`));
  expect(readdirSync(join(root, 'shard-1'))).not.toContain('certification.json');
  const merged = await run('npx', ['--no-install', 'tsx', 'scripts/merge-reports.ts', blobs], { env: { SUITE_REPORTS_DIR: join(root, 'merged') } });

  const one = certification(join(root, 'unsharded'));
  const two = certification(join(root, 'merged'));
  expect(two.shards).toBe(2);
  expect(two.seed).toBe(one.seed);
  expect(two.tests.expected).toBe(one.tests.expected);
  expect(verdicts(two), [...failures(one), ...failures(two)].join('\n')).toEqual(verdicts(one));
  expect(two.verdict).toBe(one.verdict);
  expect(two.gate).toEqual(one.gate);
  // (Not its result: a non-deciding requirement may FAIL in the smoke tier, which the gate counts.)
  expect(two.gate).toMatchObject({ unexpectedPasses: [{ requirement: 'ORDER-INVALID-400', verdict: 'PASS' }] });
  // Latency per query class travels in each test's cost attachment, so the merge pools every shard's.
  expect(Object.keys(two.latency)).toEqual(Object.keys(one.latency));
  expect(two.latency.plain?.count).toBeGreaterThan(0);
  expect(merged.code, merged.output).toBe(unsharded.code);
  expect(verifyBundle(join(root, 'merged'), loadCatalogue())).toEqual([]);
});
