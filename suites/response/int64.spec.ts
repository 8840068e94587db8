import { test } from '../harness';
import { check, checkOk } from '../support';
import { searchBody } from '../support';
import { runsOf } from '../support';

/** 2^53 + 1: the first integer a double cannot hold, so a lossy parser or store changes it. */
const BEYOND_DOUBLE = 9007199254740993n;

test('RESP-INT64-EXACT: start_time, end_time, step and timestamp beyond 2^53 come back exactly', async ({ client, scratch }) => {
  const { experimentIds } = await scratch.seed({ experiments: ['int64'], runs: [] });
  const experimentId = experimentIds[0]!;
  const created = await client.mustCall('runs/create', { experiment_id: experimentId, run_name: 'int64', start_time: BEYOND_DOUBLE });
  const runId = (created.run as { info: { run_id: string } }).info.run_id;
  await client.mustCall('runs/log-batch', {
    run_id: runId,
    metrics: [{ key: 'm', value: 1.5, timestamp: BEYOND_DOUBLE + 2n, step: BEYOND_DOUBLE + 4n }],
  });
  await client.mustCall('runs/update', { run_id: runId, status: 'FINISHED', end_time: BEYOND_DOUBLE + 6n });

  const response = await client.searchRuns(searchBody({ experimentIds: [experimentId], maxResults: 10 }));
  checkOk(response, `a search of experiment ${experimentId}`);
  const [run] = runsOf(response) as Array<{ info: Record<string, unknown>; data?: { metrics?: Array<Record<string, unknown>> } }>;
  check(run !== undefined, 'the run written must be returned');
  const metric = run.data?.metrics?.find((m) => m.key === 'm');
  const received = {
    start_time: String(run.info.start_time),
    end_time: String(run.info.end_time),
    timestamp: String(metric?.timestamp),
    step: String(metric?.step),
  };
  const expected = {
    start_time: String(BEYOND_DOUBLE),
    end_time: String(BEYOND_DOUBLE + 6n),
    timestamp: String(BEYOND_DOUBLE + 2n),
    step: String(BEYOND_DOUBLE + 4n),
  };
  check(JSON.stringify(received) === JSON.stringify(expected), 'int64 values must survive exactly', { received, expected });
});
