import { test, expect } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { SearchClient } from '../../src/client';
import type { DataSet } from '../../src/oracle';
import type { SeededData } from '../../src/seed';
import { deleteSharedData, sharedSeeding } from './shared-data';

// Values JSON cannot carry: a worker that reads the record must still see them, drawn from the seed.
const DATA: DataSet = {
  experiments: ['e0', 'e1'],
  runs: [
    { ref: 'r00', experiment: 0, startTime: 1, status: 'FINISHED', deleted: false, metrics: [{ key: 'm', value: Number.NaN, timestamp: 1, step: 0 }], params: {}, tags: {} },
    { ref: 'r01', experiment: 1, startTime: 2, status: 'RUNNING', deleted: true, metrics: [{ key: 'm', value: -0, timestamp: 1, step: 0 }, { key: 'n', value: Number.NEGATIVE_INFINITY, timestamp: 2, step: 1 }], params: { p: '' }, tags: {} },
  ],
};

/** A seeding that counts its calls and takes a while, as a real one does. */
function counted(): { seed: () => Promise<SeededData>; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    seed: async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 150));
      const experimentIds = [`x${calls}a`, `x${calls}b`];
      return { prefix: `p${calls}`, experiments: DATA.experiments, experimentIds, runs: DATA.runs.map((spec, i) => ({ ...spec, runId: `run${calls}-${i}`, experimentId: experimentIds[spec.experiment]! })) };
    },
  };
}

const folder = () => mkdtempSync(join(tmpdir(), 'shared-data-test-'));

test('the first caller seeds, every other one gets the same ids and the data set with its NaN, -0 and -Infinity', async () => {
  const dir = folder();
  const seeding = counted();
  const all = await Promise.all([1, 2, 3].map(() => sharedSeeding('data', DATA, seeding.seed, dir)));
  expect(seeding.calls()).toBe(1);
  const late = await sharedSeeding('data', DATA, seeding.seed, dir);
  expect(seeding.calls()).toBe(1);
  for (const shared of [...all, late]) {
    expect(shared.owned).toBe(false);
    expect(shared.data.experimentIds).toEqual(['x1a', 'x1b']);
    expect(shared.data.runs.map((r) => [r.runId, r.experimentId])).toEqual([['run1-0', 'x1a'], ['run1-1', 'x1b']]);
  }
  expect(Number.isNaN(late.data.runs[0]!.metrics[0]!.value)).toBe(true);
  expect(Object.is(late.data.runs[1]!.metrics[0]!.value, -0)).toBe(true);
  expect(late.data.runs[1]!.metrics[1]!.value).toBe(Number.NEGATIVE_INFINITY);
  expect(late.data.runs[1]!.params).toEqual({ p: '' });
});

test('a lock left by a worker that died is taken over; a failed seeding lets the next caller seed', async () => {
  const dir = folder();
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
  writeFileSync(join(dir, 'data.lock'), dead);
  const seeding = counted();
  expect((await sharedSeeding('data', DATA, seeding.seed, dir)).data.prefix).toBe('p1');

  const failing = async (): Promise<SeededData> => {
    throw new Error('the target refused a write');
  };
  await expect(sharedSeeding('pages', DATA, failing, dir)).rejects.toThrow('the target refused a write');
  expect((await sharedSeeding('pages', DATA, seeding.seed, dir)).data.prefix).toBe('p2');
});

test('without a run folder each caller seeds and owns its copy; the teardown deletes every recorded experiment', async () => {
  const seeding = counted();
  expect((await sharedSeeding('data', DATA, seeding.seed, undefined)).owned).toBe(true);
  expect((await sharedSeeding('data', DATA, seeding.seed, undefined)).owned).toBe(true);
  expect(seeding.calls()).toBe(2);

  const dir = folder();
  await sharedSeeding('data', DATA, seeding.seed, dir);
  await sharedSeeding('pages', DATA, seeding.seed, dir);
  expect(readdirSync(dir).sort()).toEqual(['data.json', 'data.lock', 'pages.json', 'pages.lock']);
  const deleted: unknown[] = [];
  const client = { call: async (path: string, body: { experiment_id: string }) => (deleted.push([path, body.experiment_id]), { status: 200 }) } as unknown as SearchClient;
  await deleteSharedData(client, dir);
  expect(deleted).toEqual([['experiments/delete', 'x3a'], ['experiments/delete', 'x3b'], ['experiments/delete', 'x4a'], ['experiments/delete', 'x4b']]);
  expect(existsSync(dir)).toBe(false);
});
