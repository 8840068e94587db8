/** The page readers: what a check may read out of an answer, and what stops it (INCONCLUSIVE, blocked). */
import { expect, test } from '@playwright/test';
import type { ApiResponse } from '../../src/client';
import { readPage } from '../../src/contract';
import { seedLocally, type RunSpec } from '../../src/oracle';
import { beginRecording, endRecording, Inconclusive } from '../../src/outcome';
import { nextPageTokenOf, pageOf, pageRunIdsOf, rawRunsOf, runIdOf, runIdsOf, runShower, runsOf } from './runs';

const REQUESTED = ['1'];
const wire = (id: string, experiment = '1') => ({ info: { run_id: id, experiment_id: experiment }, data: {} });

/** An answer as the client hands it over: the page read as the contract check reads it (oci profile). */
function answer(status: number, json: unknown, { page = status === 200 } = {}): ApiResponse {
  const text = json === undefined ? '<html>' : JSON.stringify(json);
  return {
    status,
    headers: {},
    text,
    json,
    exchange: { requestId: 'r1', request: { method: 'POST', url: 'u', headers: {} }, durationMs: 1 },
    ...(page ? { page: readPage('oci', json, REQUESTED) } : {}),
  };
}

test('a readable page: its runs in the order received, their ids, and the token', () => {
  const response = answer(200, { runs: [wire('b'), wire('a')], next_page_token: 'next' });
  expect(runsOf(response).map(runIdOf)).toEqual(['b', 'a']);
  expect(runIdsOf(response)).toEqual(['b', 'a']);
  expect(pageRunIdsOf(response)).toEqual(['b', 'a']);
  expect(nextPageTokenOf(response)).toBe('next');
  expect(nextPageTokenOf(answer(200, { runs: [] }))).toBeUndefined();
});

test('runIdOf reads run_id, else run_uuid, else says there is none', () => {
  expect(runIdOf({ info: { run_uuid: 'u1' } })).toBe('u1');
  expect(runIdOf({ info: { run_id: 'i1', run_uuid: 'u1' } })).toBe('i1');
  expect(runIdOf({})).toBe('(no run_id)');
});

test('runs of experiments not requested: left out of runsOf, and they block page-size and token readings (RESP-EXPERIMENT-SCOPE)', () => {
  const response = answer(200, { runs: [wire('a'), wire('x', '2')], next_page_token: 'next' });
  expect(runIdsOf(response)).toEqual(['a']);
  expect(rawRunsOf(response).map(runIdOf)).toEqual(['a', 'x']);
  beginRecording(['PAGE-MAX-RESULTS']);
  const blocked = [() => pageRunIdsOf(response), () => nextPageTokenOf(response)].map((read) => {
    try {
      read();
      return undefined;
    } catch (error) {
      return error;
    }
  });
  for (const error of blocked) {
    expect(error).toBeInstanceOf(Inconclusive);
    expect((error as Inconclusive).extra).toEqual({ blockedBy: 'RESP-EXPERIMENT-SCOPE' });
  }
  expect(endRecording()).toEqual([
    { kind: 'inconclusive', reason: 'blocked by RESP-EXPERIMENT-SCOPE: the page holds 1 run(s) of experiments that were not requested', blockedBy: 'RESP-EXPERIMENT-SCOPE' },
    { kind: 'inconclusive', reason: 'blocked by RESP-EXPERIMENT-SCOPE: the page holds 1 run(s) of experiments that were not requested', blockedBy: 'RESP-EXPERIMENT-SCOPE' },
  ]);
});

test('a page the contract check could not read is INCONCLUSIVE, blocked by the RESP-* requirement it breaks', () => {
  beginRecording(['ORDER-DEFAULT']);
  // (An Inconclusive records itself when made, so the expected error is named by its message.)
  expect(() => runsOf(answer(200, { runs: {} }))).toThrow('blocked by RESP-SCHEMA: runs is not a list');
  expect(() => runsOf(answer(200, {}))).toThrow('blocked by RESP-RUNS-REQUIRED: the body has no runs');
  expect(() => runsOf(answer(200, undefined))).toThrow('blocked by RESP-SCHEMA: the body is not JSON');
  expect(endRecording().map((o) => (o.kind === 'inconclusive' ? o.blockedBy : o.kind))).toEqual(['RESP-SCHEMA', 'RESP-RUNS-REQUIRED', 'RESP-SCHEMA']);
});

test('reading runs out of a non-200 answer, or one sent without validation, is a mistake of the suite, not a verdict', () => {
  expect(() => pageOf(answer(400, { code: 'InvalidParameter', message: 'm' }))).toThrow('without checking its status');
  expect(() => pageOf(answer(200, { runs: [] }, { page: false }))).toThrow('validate: false');
  expect(() => pageOf(answer(400, {}))).not.toThrow(Inconclusive);
});

test('rawRunsOf reads the body as received, whatever it holds', () => {
  expect(rawRunsOf(answer(200, { runs: {} }))).toEqual([]);
  expect(rawRunsOf(answer(500, { runs: [wire('a')] }, { page: false })).map(runIdOf)).toEqual(['a']);
});

test('runShower shows each id as the run the suite seeded (latest metric values), an unknown id as itself, once', () => {
  const spec = (ref: string, extra: Partial<RunSpec>): RunSpec => ({ ref, experiment: 0, startTime: 5, status: 'FINISHED', deleted: false, metrics: [], params: {}, tags: {}, ...extra });
  const runs = seedLocally({
    experiments: ['e'],
    runs: [
      spec('r1', { metrics: [{ key: 'm', value: 1, timestamp: 1, step: 0 }, { key: 'm', value: 7, timestamp: 1, step: 3 }], params: { p: 'x' }, deleted: true }),
      spec('r2', { tags: { t: 'y' } }),
    ],
  });
  const show = runShower({ runs });
  const [r1, r2] = runs.map((r) => r.runId);
  expect(show([r1!, 'stranger', r1!, r2!])).toEqual([
    { ref: 'r1', experiment: '100', start_time: 5, deleted: true, metrics: { m: 7 }, params: { p: 'x' } },
    'stranger',
    { ref: 'r2', experiment: '100', start_time: 5, tags: { t: 'y' } },
  ]);
});
