/** The order_by lists shaped for one order check each: each holds only the part of the order its check judges. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { parseFilter, parseOrderBy, seedLocally, type SeededRun } from '../src/oracle';
import { dataSet } from './dataset';
import {
  aliasedAttributeOrderBy,
  anyCaseDirection,
  ascending,
  attributeOrderByKey,
  bareOrderByKey,
  explicitOrderByList,
  hasAllKeys,
  keyMissingOrderBy,
  stringOrderBySlice,
  tieBreakOrderBy,
} from './order-by-cases';

const seededSets = fc.sample(dataSet({ minRuns: 12, maxRuns: 32 }), { seed: 31, numRuns: 6 }).map((data) => ({
  experimentIds: data.experiments.map((_, i) => String(100 + i)),
  runs: seedLocally(data),
}));
/** Every list an arbitrary draws over the data sets. */
const listsOf = <T>(arbitrary: (seeded: (typeof seededSets)[number]) => fc.Arbitrary<T>, numRuns = 80) =>
  seededSets.flatMap((seeded) => fc.sample(arbitrary(seeded), { seed: 32, numRuns }));

test('same seed, same lists', () => {
  const [seeded] = seededSets;
  expect(fc.sample(keyMissingOrderBy(seeded!), { seed: 1, numRuns: 30 })).toEqual(fc.sample(keyMissingOrderBy(seeded!), { seed: 1, numRuns: 30 }));
  expect(fc.sample(stringOrderBySlice(seeded!), { seed: 1, numRuns: 30 })).toEqual(fc.sample(stringOrderBySlice(seeded!), { seed: 1, numRuns: 30 }));
});

test('ascending writes ASC in place of any direction', () => {
  expect(['params.a', 'params.a DESC', 'metrics."b c" asc', 'tags.t ASC'].map(ascending)).toEqual(['params.a ASC', 'params.a ASC', 'metrics."b c" ASC', 'tags.t ASC']);
});

test('hasAllKeys: a metric counts by its latest points, params and tags by their keys, attributes always but end_time', () => {
  const run: SeededRun = {
    ref: 'r',
    experiment: 0,
    startTime: 1,
    status: 'FINISHED',
    deleted: false,
    metrics: [{ key: 'm', value: 1, timestamp: 1, step: 0 }],
    params: { p: '1' },
    tags: {},
    runId: 'id',
    experimentId: '100',
  };
  expect(hasAllKeys(run, ['metrics.m', 'params.p DESC', 'attributes.start_time'])).toBe(true);
  expect(hasAllKeys(run, ['params.p', 'tags.p'])).toBe(false);
  expect(hasAllKeys(run, ['metrics.p'])).toBe(false);
  expect(hasAllKeys(run, ['attributes.end_time DESC'])).toBe(false);
  expect(hasAllKeys({ ...run, endTime: 2 }, ['attributes.end_time DESC'])).toBe(true);
});

test('explicitOrderByList: documented keys only, each with ASC or DESC written out; empty lists too', () => {
  const lists = listsOf(explicitOrderByList);
  expect(lists.flat().filter((c) => !/ (ASC|DESC)$/.test(c) || c.startsWith('attributes.'))).toEqual([]);
  expect(lists.some((l) => l.length === 0)).toBe(true);
  expect(lists.some((l) => l.length >= 2)).toBe(true);
});

test('bareOrderByKey: exactly one documented key, without a direction', () => {
  const lists = listsOf(bareOrderByKey);
  expect(lists.filter((l) => l.length !== 1 || / (ASC|DESC)$/i.test(l[0]!) || l[0]!.startsWith('attributes.'))).toEqual([]);
  expect(new Set(lists.map((l) => parseOrderBy(l)[0]!.entity))).toEqual(new Set(['metric', 'param', 'tag']));
});

test('tieBreakOrderBy: exactly one param or tag key', () => {
  const lists = listsOf(tieBreakOrderBy);
  expect(lists.filter((l) => l.length !== 1 || !/^(params|tags)\./.test(l[0]!))).toEqual([]);
});

test('keyMissingOrderBy: one documented key that some run lacks', () => {
  for (const seeded of seededSets) {
    for (const list of fc.sample(keyMissingOrderBy(seeded), { seed: 33, numRuns: 40 })) {
      expect(list).toHaveLength(1);
      expect(seeded.runs.some((run) => !hasAllKeys(run, list)), `${list[0]} is held by every run`).toBe(true);
    }
  }
});

test('stringOrderBySlice: one param or tag key ASC, in a slice of the data (experiments, a filter or none)', () => {
  const cases = listsOf(stringOrderBySlice);
  expect(cases.filter(([orderBy]) => orderBy.length !== 1 || !/^(params|tags)\..* ASC$/.test(orderBy[0]!))).toEqual([]);
  expect(cases.every(([, slice]) => slice.experimentIds.length > 0 && (slice.filter === undefined || parseFilter(slice.filter).clauses.length > 0))).toBe(true);
  expect(cases.some(([, slice]) => slice.filter === undefined)).toBe(true);
  expect(cases.some(([, slice]) => slice.filter !== undefined)).toBe(true);
});

test('attributeOrderByKey: every orderable attribute, ASC', () => {
  const lists = listsOf(() => attributeOrderByKey());
  expect(new Set(lists.map((l) => l.join()))).toEqual(
    new Set(['run_id', 'run_name', 'status', 'start_time', 'end_time'].map((a) => `attributes.${a} ASC`)),
  );
});

test('aliasedAttributeOrderBy: an alias and its canonical column, same key and direction, every direction', () => {
  const pairs = fc.sample(aliasedAttributeOrderBy(), { seed: 9, numRuns: 300 });
  expect(pairs.filter(([alias, canonical]) => JSON.stringify(parseOrderBy(alias)) !== JSON.stringify(parseOrderBy(canonical)) || alias[0] === canonical[0])).toEqual([]);
  expect(new Set(pairs.map(([, c]) => c[0]!.split(' ')[1] ?? ''))).toEqual(new Set(['', 'ASC', 'DESC']));
  expect(pairs.some(([a]) => a[0]!.startsWith('created') || a[0]!.startsWith('Created'))).toBe(true);
});

test('keyMissingOrderBy: attributes.end_time among the keys, in both directions', () => {
  const lists = listsOf(keyMissingOrderBy);
  expect(lists.some((l) => l[0] === 'attributes.end_time DESC')).toBe(true);
  expect(lists.some((l) => l[0] === 'attributes.end_time ASC')).toBe(true);
});

test('anyCaseDirection: a non-empty documented list and a direction in another case than the spec writes it', () => {
  const cases = listsOf(anyCaseDirection);
  expect(cases.filter(([list]) => list.length === 0 || list.some((c) => c.startsWith('attributes.')))).toEqual([]);
  expect(new Set(cases.map(([, direction]) => direction))).toEqual(new Set(['asc', 'desc', 'Desc', 'aSC']));
});
