/** orderByList / invalidOrderBy against the oracle's parser. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { OrderBySyntaxError, parseOrderBy } from '../src/oracle/order';
import { dataSet } from './dataset';
import { invalidOrderBy, orderByList } from './order-by';

const lists = dataSet().chain((data) => orderByList(data));

test('same seed, same lists', () => {
  expect(fc.sample(lists, { seed: 5, numRuns: 30 })).toEqual(fc.sample(lists, { seed: 5, numRuns: 30 }));
  expect(fc.sample(invalidOrderBy(), { seed: 5, numRuns: 30 })).toEqual(fc.sample(invalidOrderBy(), { seed: 5, numRuns: 30 }));
});

test('every orderByList parses: 0–3 distinct columns, spec-cased directions, metrics/params/tags/start_time/run_name', () => {
  const entities = new Set<string>();
  const lengths = new Set<number>();
  for (const list of fc.sample(lists, { seed: 6, numRuns: 400 })) {
    const keys = parseOrderBy(list);
    lengths.add(keys.length);
    expect(new Set(keys.map((k) => `${k.entity}:${k.key}`)).size).toBe(keys.length);
    for (const clause of list) expect(clause).toMatch(/^\S+( ASC| DESC)?$|"/);
    for (const k of keys) entities.add(k.entity === 'attribute' ? k.key : k.entity);
  }
  expect([...lengths].sort()).toEqual([0, 1, 2, 3]);
  expect([...entities].sort()).toEqual(['metric', 'param', 'run_name', 'start_time', 'tag']);
});

test('every invalidOrderBy is an OrderBySyntaxError, and every category appears', () => {
  const seen = new Set<string>();
  for (const { category, orderBy } of fc.sample(invalidOrderBy(), { seed: 7, numRuns: 300 })) {
    seen.add(category);
    expect(() => parseOrderBy(orderBy), `${category}: ${JSON.stringify(orderBy)}`).toThrow(OrderBySyntaxError);
  }
  expect([...seen].sort()).toEqual(['bad-direction', 'comparison', 'extra-tokens', 'unknown-entity']);
});
