import { expect, test } from '@playwright/test';
import { createReferenceHandler } from './handler';
import { names, search, seedRuns } from './test-support';

/** Default order is start_time DESC, so every expectation lists d, c, b, a in that order. */
function seeded() {
  const handler = createReferenceHandler();
  const { experimentId } = handler.store.createExperiment('filters');
  const runs = seedRuns(handler, experimentId, [
    {
      name: 'a',
      startTime: 100,
      metrics: { loss: 0.5, acc: [{ value: 0.9, step: 0 }, { value: 0.1, step: 1 }] },
      params: { model: 'LogisticRegression', 'model class': 'Linear' },
      tags: { 'user-name': 'Tomas', team: 'Blue' },
    },
    { name: 'b', startTime: 200, metrics: { loss: 1.5, 'x-y.z': 3 }, params: { model: 'RandomForest' }, tags: { team: 'blue' } },
    { name: 'c', startTime: 300, metrics: { loss: -2e-3 } },
    { name: 'd', startTime: 400, params: { model: 'logisticregression' } },
  ]);
  const ids = Object.fromEntries(runs.map((run) => [run.runName, run.runId]));
  const filterOf = (template: string) => template.replace(/\$([a-d])/g, (_, name: string) => ids[name] ?? '');
  return { handler, experimentId, filterOf };
}

const ACCEPTED: [string, string[]][] = [
  ['', ['d', 'c', 'b', 'a']],
  ['   ', ['d', 'c', 'b', 'a']],
  // metrics: numbers, every comparator, signed and exponent literals, quoted keys
  ['metrics.loss < 1', ['c', 'a']],
  ['metrics.loss<1', ['c', 'a']],
  ['metrics.loss <= 0.5', ['c', 'a']],
  ['metrics.loss > 0.5', ['b']],
  ['metrics.loss >= 0.5', ['b', 'a']],
  ['metrics.loss = 1.5', ['b']],
  ['metrics.loss != 1.5', ['c', 'a']],
  ['metrics.loss > -1e-2', ['c', 'b', 'a']],
  ['metrics.loss < -.001', ['c']],
  ['metric.loss = 1.5E0', ['b']],
  ['metrics.acc < 0.5', ['a']],
  ['metrics.acc = 0.9', []],
  ['metrics."x-y.z" = 3', ['b']],
  // params: strings, LIKE / ILIKE patterns, the entity's aliases and quoting
  ["params.model = 'LogisticRegression'", ['a']],
  ["params.model != 'LogisticRegression'", ['d', 'b']],
  ["params.model LIKE 'Log%'", ['a']],
  ["params.model ILIKE 'log%'", ['d', 'a']],
  ["params.model like '%Forest'", ['b']],
  ["params.model LIKE 'R_ndomForest'", ['b']],
  ['param.model = "RandomForest"', ['b']],
  ["parameters.\"model class\" = 'Linear'", ['a']],
  ["params.`model class` = 'Linear'", ['a']],
  ["`params`.model = 'RandomForest'", ['b']],
  // tags, then AND in any case
  ["tags.\"user-name\" = 'Tomas'", ['a']],
  ["tags.team = 'blue'", ['b']],
  ["tags.team ILIKE 'BLUE'", ['b', 'a']],
  ["tags.team != 'x'", ['b', 'a']],
  ["tags.mlflow.runName = 'a'", ['a']],
  ["metrics.loss < 1 and params.model = 'LogisticRegression'", ['a']],
  ["metrics.loss < 1 AND tags.team = 'Blue' AnD params.model LIKE 'L%'", ['a']],
  // attributes, with and without the entity, and their aliases
  ["attributes.run_name = 'b'", ['b']],
  ["run_name = 'c'", ['c']],
  ["\"run name\" = 'a'", ['a']],
  ['attr.start_time >= 300', ['d', 'c']],
  ['start_time < 200', ['a']],
  ['created = 100', ['a']],
  ["run.status = 'RUNNING'", ['d', 'c', 'b', 'a']],
  ["artifact_uri LIKE '%/artifacts'", ['d', 'c', 'b', 'a']],
  ['end_time > 0', []],
  ["attributes.run_id IN ('$a', '$c')", ['c', 'a']],
  ["run_id not in ('$a')", ['d', 'c', 'b']],
  ["run_id = '$b'", ['b']],
];

for (const [filter, expected] of ACCEPTED) {
  test(`filter ${JSON.stringify(filter)} matches [${expected.join(', ')}]`, async () => {
    const { handler, experimentId, filterOf } = seeded();
    const answer = await search(handler, { experiment_ids: [experimentId], filter: filterOf(filter) });
    expect(answer.status, answer.text).toBe(200);
    expect(names(answer)).toEqual(expected);
  });
}

const REJECTED = [
  'metrics.loss < 1 OR metrics.loss > 2',
  '(metrics.loss < 1)',
  "metrics.loss < 1 and (params.model = 'x')",
  'metrics.loss <',
  'metrics.loss < 1 and',
  'and metrics.loss < 1',
  'metrics.loss < 1 metrics.loss > 0',
  'params.model = LogisticRegression',
  'params.model = 5',
  "metrics.loss = '1'",
  "metrics.loss LIKE '1%'",
  "params.model > 'a'",
  "tags.team < 'a'",
  "foo.bar = 'x'",
  "datasets.name = 'x'",
  "experiment_id = '1'",
  "lifecycle_stage = 'active'",
  'metrics.loss < 1; DROP TABLE runs',
  'metrics.loss == 1',
  'metrics.loss <> 1',
  'metrics. < 1',
  'metrics < 1',
  'metrics.loss 1',
  'metrics."loss < 1',
  "params.model = 'x",
  "run_name IN ('a')",
  'run_id IN ()',
  "run_id IN ('a',)",
  "run_id IN 'a'",
  "start_time = '100'",
  'metrics.loss < 1x',
  'metrics.loss < --1',
  '1 = 1',
  'metrics.loss IS NULL',
  "params.model NOT LIKE 'x'",
  "start_time LIKE '1%'",
];

for (const filter of REJECTED) {
  test(`filter ${JSON.stringify(filter)} is rejected with 400`, async () => {
    const { handler, experimentId } = seeded();
    const answer = await search(handler, { experiment_ids: [experimentId], filter });
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('InvalidParameter');
  });
}

const LATEST: [string, { value: number; step: number; timestamp: number }[], number][] = [
  ['the highest step wins over a later timestamp', [{ value: 1, step: 2, timestamp: 1 }, { value: 2, step: 1, timestamp: 9 }], 1],
  ['on equal steps, the latest timestamp wins', [{ value: 1, step: 0, timestamp: 5 }, { value: 2, step: 0, timestamp: 3 }], 1],
  ['on equal step and timestamp, the largest value wins', [{ value: 3, step: 0, timestamp: 1 }, { value: 7, step: 0, timestamp: 1 }], 7],
  ['MLflow example: (3.0, ts2), (4.0, ts8), (8.0, ts3) → 4.0', [{ value: 3, step: 0, timestamp: 2 }, { value: 4, step: 0, timestamp: 8 }, { value: 8, step: 0, timestamp: 3 }], 4],
];

for (const [title, points, latest] of LATEST) {
  test(`latest metric: ${title}, in either logging order`, async () => {
    for (const ordered of [points, [...points].reverse()]) {
      const handler = createReferenceHandler();
      const { experimentId } = handler.store.createExperiment('latest');
      seedRuns(handler, experimentId, [{ name: 'r', metrics: { m: ordered } }]);
      const answer = await search(handler, { experiment_ids: [experimentId], filter: `metrics.m = ${latest}` });
      expect(names(answer)).toEqual(['r']);
      expect(answer.json.runs[0].data.metrics).toEqual([expect.objectContaining({ key: 'm', value: latest })]);
    }
  });
}
