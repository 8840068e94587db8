/** orderByList / invalidOrderBy against the oracle's parser. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { OrderBySyntaxError, parseOrderBy } from '../src/oracle';
import { dataSet } from './dataset';
import { invalidOrderBy, orderByList } from './order-by';
import { unrefusedSamples } from './rejected-samples';

const lists = dataSet().chain((data) => orderByList(data));

test('same seed, same lists', () => {
  expect(fc.sample(lists, { seed: 5, numRuns: 30 })).toEqual(fc.sample(lists, { seed: 5, numRuns: 30 }));
  expect(fc.sample(invalidOrderBy(), { seed: 5, numRuns: 30 })).toEqual(fc.sample(invalidOrderBy(), { seed: 5, numRuns: 30 }));
});

test('every orderByList parses: 0–3 distinct columns, spec-cased directions, metrics/params/tags/start_time/run_name', () => {
  const entities = new Set<string>();
  const lengths = new Set<number>();
  const problems: string[] = [];
  for (const list of fc.sample(lists, { seed: 6, numRuns: 400 })) {
    const keys = parseOrderBy(list);
    lengths.add(keys.length);
    if (new Set(keys.map((k) => `${k.entity}:${k.key}`)).size !== keys.length) problems.push(`repeated column: ${JSON.stringify(list)}`);
    problems.push(...list.filter((clause) => / (asc|desc|Asc|Desc)$/.test(clause)));
    for (const k of keys) entities.add(k.entity === 'attribute' ? k.key : k.entity);
  }
  expect(problems).toEqual([]);
  expect([...lengths].sort()).toEqual([0, 1, 2, 3]);
  expect([...entities].sort()).toEqual(['metric', 'param', 'run_name', 'start_time', 'tag']);
});

test('every invalidOrderBy is an OrderBySyntaxError, and every category appears', () => {
  const { unrefused, categories } = unrefusedSamples(fc.sample(invalidOrderBy(), { seed: 7, numRuns: 300 }), ({ orderBy }) => parseOrderBy(orderBy), OrderBySyntaxError);
  expect(unrefused).toEqual([]);
  expect(categories).toEqual(['bad-direction', 'comparison', 'extra-tokens', 'unknown-entity']);
});
