import { expect, test } from '@playwright/test';
import { createReferenceHandler } from './handler';
import { parseJson, stringifyJson } from './json';
import { call, search } from './test-support';

const BEYOND = 9007199254740993n; // 2^53 + 1: not representable as a double

test('start_time, end_time, metric timestamp and step beyond 2^53 round-trip exactly over the wire', async () => {
  const handler = createReferenceHandler();
  const experimentId = (await call(handler, 'experiments/create', { name: 'int64' })).json.experiment_id;
  const created = await call(handler, 'runs/create', { experiment_id: experimentId, start_time: BEYOND });
  const runId = created.json.run.info.run_id;
  await call(handler, 'runs/update', { run_id: runId, end_time: BEYOND + 2n, status: 'FINISHED' });
  await call(handler, 'runs/log-batch', { run_id: runId, metrics: [{ key: 'm', value: 1, timestamp: BEYOND + 4n, step: BEYOND + 6n }] });

  for (const profile of ['oci', 'mlflow'] as const) {
    const answer = await search(handler, { experiment_ids: [experimentId] }, profile);
    expect(answer.text).toContain('"start_time":9007199254740993');
    expect(answer.text).toContain('"end_time":9007199254740995');
    expect(answer.text).toContain('"timestamp":9007199254740997,"step":9007199254740999');
    expect(answer.json.runs[0].info.start_time).toBe(BEYOND);
  }
});

test('filters on start_time compare exactly beyond 2^53', async () => {
  const handler = createReferenceHandler();
  const experimentId = (await call(handler, 'experiments/create', { name: 'int64' })).json.experiment_id;
  await call(handler, 'runs/create', { experiment_id: experimentId, start_time: BEYOND });
  const count = async (filter: string) => (await search(handler, { experiment_ids: [experimentId], filter })).json.runs.length;
  expect(await count('start_time = 9007199254740993')).toBe(1);
  expect(await count('start_time = 9007199254740992')).toBe(0);
  expect(await count('start_time > 9007199254740992')).toBe(1);
  expect(await count('start_time < 9007199254740994')).toBe(1);
});

test('int64 fields reject values outside int64 and non-integers with 400', async () => {
  const handler = createReferenceHandler();
  const experimentId = (await call(handler, 'experiments/create', { name: 'int64' })).json.experiment_id;
  for (const startTime of [2n ** 63n, 1.5, '5']) {
    const answer = await call(handler, 'runs/create', { experiment_id: experimentId, start_time: startTime });
    expect(answer.status, String(startTime)).toBe(400);
  }
  expect((await call(handler, 'runs/create', { experiment_id: experimentId, start_time: 2n ** 63n - 1n })).status).toBe(200);
});

test('json: safe integers stay numbers, unsafe ones bigints; stringify is exact either way', () => {
  const parsed = parseJson('{"a": 5, "b": 9007199254740993, "c": 1.5, "d": [18446744073709551616]}') as any;
  expect(parsed).toEqual({ a: 5, b: BEYOND, c: 1.5, d: [2n ** 64n] });
  expect(stringifyJson(parsed)).toBe('{"a":5,"b":9007199254740993,"c":1.5,"d":[18446744073709551616]}');
  expect(stringifyJson({ x: undefined, y: [1, { z: 2n ** 60n }] })).toBe('{"y":[1,{"z":1152921504606846976}]}');
});
