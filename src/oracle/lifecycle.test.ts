/** The lifecycle model: which transition last set each run's stage, and where readings part. */
import { expect, test } from '@playwright/test';
import { createRun, deleteExperiment, deleteRun, initialLifecycle, restoreExperiment, restoreRun } from './lifecycle';
import { canDeleteRun, canRestoreExperiment, canRestoreRun, canWriteRun } from './lifecycle';

test('runs/delete and runs/restore move one run and name themselves as its cause', () => {
  const s = initialLifecycle(1);
  const run = createRun(s, 0);
  expect(s.runs[run]).toEqual({ experiment: 0, stage: 'active', cause: 'created' });
  deleteRun(s, run);
  expect(s.runs[run]).toMatchObject({ stage: 'deleted', cause: 'run-deleted' });
  restoreRun(s, run);
  expect(s.runs[run]).toMatchObject({ stage: 'active', cause: 'run-restored' });
});

test('experiments/delete deletes its active runs; experiments/restore brings those back and leaves earlier deletions disputed', () => {
  const s = initialLifecycle(2);
  const [kept, alone, other] = [createRun(s, 0), createRun(s, 0), createRun(s, 1)];
  deleteRun(s, alone);
  deleteExperiment(s, 0);
  expect(s.runs.map((r) => [r.stage, r.cause])).toEqual([
    ['deleted', 'experiment-deleted'],
    ['deleted', 'run-deleted'],
    ['active', 'created'],
  ]);
  // A deleted experiment's runs take no run write (MLflow: the run or experiment must be active).
  expect([canWriteRun(s, kept), canRestoreRun(s, alone), canDeleteRun(s, other)]).toEqual([false, false, true]);
  expect(canRestoreExperiment(s, 0)).toBe(true);
  restoreExperiment(s, 0);
  expect(s.runs[kept]).toMatchObject({ stage: 'active', cause: 'experiment-restored' });
  expect(s.runs[alone]!.stage).toBe('disputed');
  expect([canDeleteRun(s, alone), canRestoreRun(s, alone)]).toEqual([false, false]);
});
