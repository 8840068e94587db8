/** The pure parts of the mutation run: which tests a mutant's run selects, and how outcomes read. */
import { test, expect } from '@playwright/test';
import type { Catalogue } from '../../src/catalogue';
import type { CertifyResult } from './certify';
import { grepFor } from './grep';
import { blameOf, killers, missedRequirements, type MutantOutcome } from './outcome';
import { coverage } from './report';

/** Playwright turns a --grep string into a case-insensitive global RegExp. */
const selects = (pattern: string, title: string) => new RegExp(pattern, 'gi').test(title);

test('grepFor selects the titles naming an id, and not those naming a longer id', () => {
  const pattern = grepFor(['ERR-404', 'PAGE-MAX-RESULTS']);
  expect(selects(pattern, 'errors/not-found.spec.ts 404 ERR-404: an unknown workspaceKey gets 404')).toBe(true);
  expect(selects(pattern, 'pagination PAGE-MAX-RESULTS: no page holds more runs than max_results')).toBe(true);
  expect(selects(pattern, 'FILTER-AND PAGE-MAX-RESULTS: two ids')).toBe(true);
  expect(selects(pattern, 'ERR-404-EXPERIMENT: an unknown experiment id gets 200')).toBe(false);
  expect(selects(pattern, 'PAGE-MAX-RESULTS-INVALID-400: max_results 1.5 gets 400')).toBe(false);
});

const result = (verdicts: Record<string, string>, extra: Partial<CertifyResult> = {}): CertifyResult => ({
  exitCode: Object.values(verdicts).includes('FAIL') ? 1 : 0,
  timedOut: false,
  durationMs: 1,
  failed: [],
  passed: [],
  verdicts,
  signatures: [],
  ...extra,
});

test('an INCONCLUSIVE requirement is no kill; a FAIL row is; a stopped global setup refuses certification', () => {
  expect(killers(result({ 'ERR-429': 'INCONCLUSIVE', 'VIEW-ALL': 'PASS' }))).toEqual([]);
  expect(killers(result({ 'VIEW-ALL': 'FAIL', 'VIEW-ACTIVE-ONLY': 'PASS' }))).toEqual(['VIEW-ALL']);
  expect(killers(result({}, { exitCode: 2, setupStop: 'the target refused our credentials' }))).toEqual(['(global setup) the target refused our credentials']);
});

test('a violated requirement is missed when it PASSed', () => {
  const run = result({ 'ORDER-BY-KEYS': 'FAIL', 'ORDER-BY-DEFAULT-ASC': 'PASS', 'ORDER-DEFAULT': 'INCONCLUSIVE' });
  expect(missedRequirements(['ORDER-BY-KEYS', 'ORDER-BY-DEFAULT-ASC', 'ORDER-DEFAULT'], run)).toEqual(['ORDER-BY-DEFAULT-ASC']);
});

test('blame precision: FAIL rows inside the declared requirements over all FAIL rows', () => {
  expect(blameOf(['RESP-SCHEMA'], { 'RESP-SCHEMA': 'FAIL', 'ORDER-DEFAULT': 'PASS' })).toEqual({ failing: ['RESP-SCHEMA'], outside: [], precision: 1 });
  expect(blameOf(['RESP-SCHEMA'], { 'RESP-SCHEMA': 'FAIL', 'ORDER-DEFAULT': 'FAIL', 'VIEW-ALL': 'INCONCLUSIVE' })).toEqual({
    failing: ['RESP-SCHEMA', 'ORDER-DEFAULT'],
    outside: ['ORDER-DEFAULT'],
    precision: 0.5,
  });
  expect(blameOf(['RESP-SCHEMA'], { 'RESP-SCHEMA': 'PASS' }).precision).toBe(1);
});

test('coverage credits every requirement whose FAIL row killed a mutant', () => {
  const catalogue = { requirements: [{ id: 'FILTER-AND', strength: 'documented' }, { id: 'FILTER-LIKE', strength: 'upstream' }] } as unknown as Catalogue;
  const outcome: MutantOutcome = {
    id: 'm',
    requirements: ['FILTER-LIKE'],
    configuration: 'plain',
    status: 'Killed',
    killedBy: ['FILTER-AND', 'FILTER-LIKE'],
    missedBy: [],
    inconclusive: [],
    signatures: [],
    durationMs: 1,
  };
  expect(coverage(catalogue, [outcome])).toEqual([
    { id: 'FILTER-AND', strength: 'documented', violatedBy: [], killedBy: ['m'] },
    { id: 'FILTER-LIKE', strength: 'upstream', violatedBy: ['m'], killedBy: ['m'] },
  ]);
});
