import { expect, test } from '@playwright/test';
import { createReferenceHandler } from './handler';
import { endpointUrl, search, seedRuns, send } from './test-support';

const INVALID_BODIES: [string, Record<string, unknown>][] = [
  ['experiment_ids not an array', { experiment_ids: '1' }],
  ['experiment_ids holding a number', { experiment_ids: [1] }],
  ['filter not a string', { filter: 5 }],
  ['max_results 0', { max_results: 0 }],
  ['max_results negative', { max_results: -1 }],
  ['max_results above the limit', { max_results: 50_001 }],
  ['max_results a decimal', { max_results: 1.5 }],
  ['max_results a string', { max_results: '10' }],
  ['max_results beyond int64', { max_results: 2n ** 70n }],
  ['order_by not an array', { order_by: 'metrics.m' }],
  ['order_by holding a number', { order_by: [1] }],
  ['page_token not a string', { page_token: 3 }],
  ['run_view_type unknown name', { run_view_type: 'BOGUS' }],
  ['run_view_type lower case', { run_view_type: 'all' }],
  ['run_view_type a number', { run_view_type: 1 }],
];

for (const [title, body] of INVALID_BODIES) {
  test(`runs/search rejects ${title} with 400 InvalidParameter`, async () => {
    const answer = await search(createReferenceHandler(), { experiment_ids: ['1'], ...body });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ code: 'InvalidParameter', message: expect.any(String) });
  });
}

const MALFORMED: [string, RequestInit, string][] = [
  ['a body that is not JSON', { body: '{"experiment_ids": [', headers: { 'content-type': 'application/json' } }, 'CannotParseRequest'],
  ['an empty body', { body: '', headers: { 'content-type': 'application/json' } }, 'CannotParseRequest'],
  ['a JSON array', { body: '[]', headers: { 'content-type': 'application/json' } }, 'InvalidParameter'],
  ['a JSON null', { body: 'null', headers: { 'content-type': 'application/json' } }, 'InvalidParameter'],
  ['text/plain content type', { body: '{}', headers: { 'content-type': 'text/plain' } }, 'InvalidParameter'],
  ['no content type', { body: new Uint8Array([0x7b, 0x7d]) }, 'InvalidParameter'],
];

for (const [title, init, code] of MALFORMED) {
  test(`runs/search rejects ${title} with 400 ${code}`, async () => {
    const handler = createReferenceHandler();
    const answer = await send(handler, endpointUrl(handler, 'oci', 'runs/search'), { method: 'POST', ...init });
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe(code);
  });
}

test('the mlflow profile spells a 400 as {error_code: INVALID_PARAMETER_VALUE, message}', async () => {
  const answer = await search(createReferenceHandler(), { max_results: 0 }, 'mlflow');
  expect(answer.status).toBe(400);
  expect(answer.json).toEqual({ error_code: 'INVALID_PARAMETER_VALUE', message: expect.any(String) });
});

const ACCEPTED: [string, Record<string, unknown>, number][] = [
  ['no fields at all', {}, 0],
  ['unknown fields', { experiment_ids: ['1'], surprise: { nested: true } }, 3],
  ['null fields (protobuf JSON: not sent)', { experiment_ids: ['1'], filter: null, order_by: null, max_results: null }, 3],
  ['an empty experiment_ids list', { experiment_ids: [] }, 0],
  ['unknown experiment ids', { experiment_ids: ['999', 'x'] }, 0],
  ['max_results 1', { experiment_ids: ['1'], max_results: 1 }, 1],
  ['max_results 50 000', { experiment_ids: ['1'], max_results: 50_000 }, 3],
  ['max_results written 2.0', { experiment_ids: ['1'], max_results: 2.0 }, 2],
  ['an empty page_token (no token)', { experiment_ids: ['1'], page_token: '' }, 3],
  ['a repeated experiment id', { experiment_ids: ['1', '1'] }, 3],
];

for (const [title, body, count] of ACCEPTED) {
  test(`runs/search accepts ${title}: 200 with ${count} runs`, async () => {
    const handler = createReferenceHandler();
    const { experimentId } = handler.store.createExperiment('e');
    seedRuns(handler, experimentId, [{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    const answer = await search(handler, body);
    expect(answer.status).toBe(200);
    expect(answer.json.runs).toHaveLength(count);
  });
}

test('max_results defaults to 1000', async () => {
  const handler = createReferenceHandler();
  const { experimentId } = handler.store.createExperiment('e');
  seedRuns(handler, experimentId, Array.from({ length: 1001 }, (_, i) => ({ name: `r${i}` })));
  const answer = await search(handler, { experiment_ids: [experimentId] });
  expect(answer.json.runs).toHaveLength(1000);
  expect(answer.json.next_page_token).toEqual(expect.any(String));
});

test('maxResultsLimit is configurable', async () => {
  const handler = createReferenceHandler({ maxResultsLimit: 10 });
  expect((await search(handler, { max_results: 10 })).status).toBe(200);
  expect((await search(handler, { max_results: 11 })).status).toBe(400);
});

test('an empty search is {"runs":[]} in the oci profile and {} in the mlflow profile', async () => {
  const handler = createReferenceHandler();
  expect((await search(handler, { experiment_ids: ['1'] }, 'oci')).text).toBe('{"runs":[]}');
  expect((await search(handler, { experiment_ids: ['1'] }, 'mlflow')).text).toBe('{}');
});
