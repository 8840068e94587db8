/**
 * The reporters of a certification run, shared by playwright.config.ts and the merge step. A shard
 * writes only its blob: it sees part of the tests, so the verdict is decided once, when the blobs
 * are merged with the same reporters an unsharded run uses.
 */
import type { ReporterDescription } from '@playwright/test';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import type { Shard } from './run-info';

export const CERTIFICATION_REPORTER = join(PROJECT_ROOT, 'reporters', 'certification.ts');

/** junit, json, Playwright's HTML report and the certification reporter, all under `dir`. */
export function certificationReporters(dir: string): ReporterDescription[] {
  const out = resolve(dir);
  return [
    ['junit', { outputFile: `${out}/junit.xml`, embedAnnotationsAsProperties: true }],
    ['json', { outputFile: `${out}/results.json` }],
    ['html', { outputFolder: `${out}/html`, open: 'never' }],
    [CERTIFICATION_REPORTER, { outputDir: out }],
  ];
}

/** The blob of one shard, named so that the blobs of all shards can share one folder. */
export function shardReporters(dir: string, shard: Shard): ReporterDescription[] {
  const fileName = `shard-${shard.current}-of-${shard.total}.zip`;
  return [['blob', { outputDir: `${resolve(dir)}/blob`, fileName }], [CERTIFICATION_REPORTER, { outputDir: resolve(dir) }]];
}
