/** The pure parts of the mutation run: which tests a mutant's run selects, and how outcomes read. */
import { test, expect } from '@playwright/test';
import type { Catalogue } from '../../src/catalogue';
import type { CertifyResult } from './certify';
import { grepFor } from './grep';
import { killers, missedRequirements, type MutantOutcome } from './outcome';
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

const result = (failed: CertifyResult['failed'], passed: string[] = [], extra: Partial<CertifyResult> = {}): CertifyResult => ({
  exitCode: failed.length ? 1 : 0,
  timedOut: false,
  durationMs: 1,
  failed,
  passed,
  verdicts: {},
  ...extra,
});

test('an INCONCLUSIVE test is no kill; a failing one is; a stopped global setup refuses certification', () => {
  expect(killers(result([{ title: 'ERR-429: burst', message: 'INCONCLUSIVE: no 429', inconclusive: true }]))).toEqual([]);
  expect(killers(result([{ title: 'VIEW-ALL: x', message: 'Received …', inconclusive: false }]))).toEqual(['VIEW-ALL: x']);
  expect(killers(result([], [], { exitCode: 2, setupStop: 'the target refused our credentials' }))).toEqual([
    '(global setup) the target refused our credentials',
  ]);
});

test('a violated requirement is missed when its tests ran and all passed', () => {
  const run = result([{ title: 'ORDER-BY-KEYS: order', message: '', inconclusive: false }], ['ORDER-BY-DEFAULT-ASC: bare is ASC']);
  expect(missedRequirements(['ORDER-BY-KEYS', 'ORDER-BY-DEFAULT-ASC', 'ORDER-DEFAULT'], run)).toEqual(['ORDER-BY-DEFAULT-ASC']);
});

test('coverage credits every id a killing test names', () => {
  const catalogue = { requirements: [{ id: 'FILTER-AND', strength: 'documented' }, { id: 'FILTER-LIKE', strength: 'upstream' }] } as unknown as Catalogue;
  const outcome: MutantOutcome = {
    id: 'm',
    requirements: ['FILTER-LIKE'],
    configuration: 'plain',
    status: 'Killed',
    killedBy: ['FILTER-AND FILTER-LIKE: both'],
    missedBy: [],
    inconclusive: [],
    durationMs: 1,
  };
  expect(coverage(catalogue, [outcome])).toEqual([
    { id: 'FILTER-AND', strength: 'documented', violatedBy: [], killedBy: ['m'] },
    { id: 'FILTER-LIKE', strength: 'upstream', violatedBy: ['m'], killedBy: ['m'] },
  ]);
});
