/** orderByList / invalidOrderBy against the oracle's parser. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { OrderBySyntaxError, parseOrderBy } from '../src/oracle';
import { dataSet } from './dataset';
import { attributeAliases, invalidOrderBy, ORDERABLE_ATTRIBUTES, orderByList, unknownAttributeOrderBy } from './order-by';
import { unrefusedSamples } from './rejected-samples';

const lists = dataSet().chain((data) => orderByList(data));

test('same seed, same lists', () => {
  expect(fc.sample(lists, { seed: 5, numRuns: 30 })).toEqual(fc.sample(lists, { seed: 5, numRuns: 30 }));
  expect(fc.sample(invalidOrderBy(), { seed: 5, numRuns: 30 })).toEqual(fc.sample(invalidOrderBy(), { seed: 5, numRuns: 30 }));
});

test('every orderByList parses: 0–3 distinct columns, spec-cased directions, metrics/params/tags and every orderable attribute', () => {
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
  expect([...entities].sort()).toEqual(['end_time', 'metric', 'param', 'run_id', 'run_name', 'start_time', 'status', 'tag']);
});

test('every invalidOrderBy is an OrderBySyntaxError, and every category appears', () => {
  const { unrefused, categories } = unrefusedSamples(fc.sample(invalidOrderBy(), { seed: 7, numRuns: 300 }), ({ orderBy }) => parseOrderBy(orderBy), OrderBySyntaxError);
  expect(unrefused).toEqual([]);
  expect(categories).toEqual(['bad-direction', 'comparison', 'extra-tokens', 'unknown-entity']);
});

test('every attributeAliases spelling parses as its attribute; created and Created as start_time', () => {
  for (const name of ORDERABLE_ATTRIBUTES) {
    for (const alias of attributeAliases(name)) expect(parseOrderBy([alias]), alias).toEqual([{ entity: 'attribute', key: name, descending: false }]);
  }
  expect(attributeAliases('start_time')).toEqual(expect.arrayContaining(['created', 'Created']));
});

test('every unknownAttributeOrderBy is an OrderBySyntaxError, prefixed and bare', () => {
  const samples = fc.sample(unknownAttributeOrderBy(), { seed: 8, numRuns: 200 });
  const { unrefused } = unrefusedSamples(samples.map((orderBy) => ({ category: 'unknown-attribute', orderBy })), ({ orderBy }) => parseOrderBy(orderBy), OrderBySyntaxError);
  expect(unrefused).toEqual([]);
  expect(samples.some((l) => /^[a-z_]+( |$)/i.test(l.at(-1)!))).toBe(true);
  expect(samples.some((l) => l.length === 2)).toBe(true);
});
