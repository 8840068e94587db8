/** metricClausePair: two comparisons of reported metrics with their reported values, every comparator. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { parseFilter } from '../src/oracle';
import { metricClausePair } from './observed-filter';

const METRICS: [string, number[]][] = [
  ['loss', [0.25, 3]],
  ['val acc', [0.5]],
];

test('same seed, same pairs', () => {
  expect(fc.sample(metricClausePair(METRICS), { seed: 1, numRuns: 30 })).toEqual(fc.sample(metricClausePair(METRICS), { seed: 1, numRuns: 30 }));
});

test('each clause compares a reported key with one of its own reported values; every comparator and value appears', () => {
  const comparators = new Set<string>();
  const seen = new Set<string>();
  for (const pair of fc.sample(metricClausePair(METRICS), { seed: 2, numRuns: 300 })) {
    for (const clause of pair) {
      const [comparison, ...more] = parseFilter(clause).clauses;
      expect(more).toEqual([]);
      expect(comparison!.entity).toBe('metric');
      const values = new Map(METRICS).get(comparison!.key);
      expect(values, `${clause} names a reported key`).toBeDefined();
      expect(values).toContain(comparison!.value);
      comparators.add(comparison!.comparator);
      seen.add(`${comparison!.key}=${comparison!.value}`);
    }
  }
  expect([...comparators].sort()).toEqual(['!=', '<', '<=', '=', '>', '>='].sort());
  expect([...seen].sort()).toEqual(['loss=0.25', 'loss=3', 'val acc=0.5']);
});
