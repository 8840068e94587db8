/** likeFilter against the oracle: % and _ anywhere, on params, tags and string attributes. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { matchesFilter, parseFilter, seedLocally } from '../src/oracle';
import { dataSet } from './dataset';
import { likeFilter } from './targeted-filter';

const seededSets = fc.sample(dataSet({ minRuns: 12, maxRuns: 24 }), { seed: 41, numRuns: 4 }).map((data) => ({ runs: seedLocally(data) }));
const filters = seededSets.flatMap((seeded) => fc.sample(likeFilter(seeded), { seed: 42, numRuns: 150 }).map((filter) => ({ seeded, filter })));

test('likeFilter: LIKE and ILIKE on params, tags, run_name, status and run_id, with % and _ in every position', () => {
  const subjects = new Set<string>();
  const shapes = new Set<string>();
  for (const { filter } of filters) {
    const [clause] = parseFilter(filter).clauses;
    expect(['LIKE', 'ILIKE']).toContain(clause!.comparator);
    subjects.add(clause!.entity === 'attribute' ? clause!.key : clause!.entity);
    const pattern = String(clause!.value);
    if (/^%./su.test(pattern)) shapes.add('leading %');
    if (/.%$/su.test(pattern)) shapes.add('trailing %');
    if (/.%./su.test(pattern)) shapes.add('inner %');
    if (pattern === '%') shapes.add('only %');
    if (pattern.includes('_')) shapes.add('_');
    if (!pattern.includes('%')) shapes.add('no %');
  }
  expect([...subjects].sort()).toEqual(['param', 'run_id', 'run_name', 'status', 'tag']);
  expect([...shapes].sort()).toEqual(['_', 'inner %', 'leading %', 'no %', 'only %', 'trailing %']);
});

test('likeFilter: most patterns select some run (they are cut from its value), some select none (LIKE in the other case)', () => {
  const selecting = filters.filter(({ seeded, filter }) => seeded.runs.some((run) => matchesFilter(run, parseFilter(filter)))).length;
  expect(selecting).toBeGreaterThan(filters.length / 2);
  expect(selecting).toBeLessThan(filters.length);
});
