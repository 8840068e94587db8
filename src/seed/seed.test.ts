/** Which writes a run takes: tags with runs/create when they can, the rest in log-batch requests. */
import { expect, test } from '@playwright/test';
import type { RunSpec } from '../oracle';
import { logBatches, tagsAtCreation } from './seed';

const bare: RunSpec = { ref: 'r', experiment: 0, startTime: 1, status: 'RUNNING', deleted: false, metrics: [], params: {}, tags: {} };
const tags = (n: number, prefix = 't') => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 'v']));

test('tags travel with runs/create unless there are none, more than 100, or an mlflow.* system tag', () => {
  expect(tagsAtCreation({ ...bare, tags: tags(2) })).toBe(true);
  expect(tagsAtCreation({ ...bare, tags: tags(100) })).toBe(true);
  expect(tagsAtCreation(bare)).toBe(false);
  expect(tagsAtCreation({ ...bare, tags: tags(101) })).toBe(false);
  expect(tagsAtCreation({ ...bare, tags: { a: 'v', 'mlflow.note': 'x' } })).toBe(false);
});

test('log-batch requests stay within MLflow limits and carry every value once', () => {
  const metrics = Array.from({ length: 1500 }, (_, i) => ({ key: `m${i % 7}`, value: i, timestamp: i, step: i }));
  const spec: RunSpec = { ...bare, metrics, params: tags(150, 'p'), tags: tags(120) };
  const batches = logBatches(spec);
  for (const b of batches) {
    expect(b.params.length).toBeLessThanOrEqual(100);
    expect(b.tags.length).toBeLessThanOrEqual(100);
    expect(b.metrics.length + b.params.length + b.tags.length).toBeLessThanOrEqual(1000);
  }
  expect(batches.flatMap((b) => b.metrics)).toEqual(metrics);
  expect(batches.flatMap((b) => b.params).length).toBe(150);
  expect(batches.flatMap((b) => b.tags).length).toBe(120);
  expect(logBatches(bare)).toEqual([]);
});

test('NaN and the infinities travel as protobuf JSON strings, every other value as a JSON number', () => {
  const at = (value: number) => ({ key: 'm', value, timestamp: 1, step: 0 });
  const spec: RunSpec = { ...bare, metrics: [Number.NaN, Infinity, -Infinity, 1e308, -0].map(at) };
  const sent = logBatches(spec).flatMap((b) => b.metrics.map((m) => m.value));
  expect(sent).toEqual(['NaN', 'Infinity', '-Infinity', 1e308, -0]);
  expect(JSON.stringify(sent)).toBe('["NaN","Infinity","-Infinity",1e+308,0]');
});
