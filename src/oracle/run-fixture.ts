/**
 * Runs for offline tests of the oracle and the generators: what a server would hand back after
 * seeding, with identities assigned here instead of by a server.
 */
import type { DataSet, MetricPoint, SeededRun } from './model';

/** A run with every field defaulted; metrics given as [key, value, step, timestamp] tuples. */
export function runFixture(
  ref: string,
  fields: Partial<Omit<SeededRun, 'metrics'>> & { metrics?: [string, number, number, number][] } = {},
): SeededRun {
  const { metrics = [], ...rest } = fields;
  return {
    ref,
    runId: `id-${ref}`,
    experiment: 0,
    experimentId: '0',
    startTime: 1000,
    status: 'FINISHED',
    deleted: false,
    params: {},
    tags: {},
    ...rest,
    metrics: metrics.map(([key, value, step, timestamp]): MetricPoint => ({ key, value, step, timestamp })),
  };
}

/**
 * Seeds a data set without a server: experiment i gets id `${100 + i}`, and run ids run opposite
 * to refs (r00 gets the largest), so no check passes by confusing ref order with run_id order.
 */
export function seedLocally(data: DataSet): SeededRun[] {
  const width = String(data.runs.length).length;
  return data.runs.map((run, i) => ({
    ...run,
    runId: `run${String(data.runs.length - i).padStart(width, '0')}`,
    experimentId: String(100 + run.experiment),
  }));
}
