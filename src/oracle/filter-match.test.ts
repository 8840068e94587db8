/**
 * matchesFilter on a small hand-made fixture whose metric histories exercise the latest-value
 * rule: a later step with a smaller value, equal steps with different timestamps, full ties.
 */
import { expect, test } from '@playwright/test';
import { UnsupportedByOracle, matchesFilter, parseFilter } from './filter';
import { runFixture } from './run-fixture';

const RUNS = [
  // loss latest = 0.5 (step 1 beats step 0)
  runFixture('rA', {
    runId: 'a1', startTime: 100, endTime: 150, status: 'FINISHED',
    metrics: [['loss', 5, 0, 1000], ['loss', 0.5, 1, 2000], ['acc', 0.9, 0, 1000]],
    params: { model: 'lr', 'model class': 'Linear' }, tags: { 'user-name': 'Tomas' },
  }),
  // loss latest = 0.2: step 3 beats step 1 although step 1 was logged later and is larger
  runFixture('rB', {
    runId: 'b2', startTime: 100, status: 'RUNNING',
    metrics: [['loss', 0.2, 3, 1000], ['loss', 7, 1, 5000]],
    params: { model: 'LR' }, tags: { 'user-name': 'tomas' },
  }),
  // loss latest = 1: same step, later timestamp wins although smaller
  runFixture('rC', { runId: 'c3', startTime: 50, endTime: 60, status: 'FAILED', metrics: [['loss', 3, 2, 3000], ['loss', 1, 2, 4000]] }),
  // loss latest = 6: same step and timestamp, largest value wins
  runFixture('rD', {
    runId: 'd4', startTime: 200, endTime: 300, status: 'KILLED',
    metrics: [['loss', 6, 1, 1000], ['loss', 4, 1, 1000]],
    params: { model: 'lr' },
  }),
  runFixture('rE', { runId: 'e5', startTime: 100, status: 'SCHEDULED', deleted: true }),
];

const LATEST = 'upstream, research §5: latest = highest step, then timestamp, then value';
const MISSING = 'inferred (FILTER-MISSING-KEY): a run lacking the key matches no comparison, != included';

const ROWS: { filter: string; expected: string[]; source: string }[] = [
  { filter: '', expected: ['rA', 'rB', 'rC', 'rD', 'rE'], source: 'no filter selects every run' },
  { filter: 'metrics.loss < 1', expected: ['rA', 'rB'], source: LATEST },
  { filter: 'metrics.loss = 1', expected: ['rC'], source: `${LATEST} (equal steps: later timestamp)` },
  { filter: 'metrics.loss = 6', expected: ['rD'], source: `${LATEST} (full tie: larger value)` },
  { filter: 'metrics.loss = 7', expected: [], source: `${LATEST} (a later timestamp at a lower step is not latest)` },
  { filter: 'metrics.loss > 0.5', expected: ['rC', 'rD'], source: 'spec: > on metrics, numeric' },
  { filter: 'metrics.loss >= 0.5', expected: ['rA', 'rC', 'rD'], source: 'spec: >=' },
  { filter: 'metrics.loss <= 0.2', expected: ['rB'], source: 'spec: <=' },
  { filter: 'metrics.loss != 0.5', expected: ['rB', 'rC', 'rD'], source: MISSING },
  { filter: 'metrics.acc != 1', expected: ['rA'], source: MISSING },
  { filter: 'metrics.acc > -1e9', expected: ['rA'], source: MISSING },
  { filter: "params.model = 'lr'", expected: ['rA', 'rD'], source: 'spec: = on params; case-sensitive (upstream TSA test_search_params)' },
  { filter: "params.model != 'lr'", expected: ['rB'], source: MISSING },
  { filter: `params."model class" = 'Linear'`, expected: ['rA'], source: 'spec: quoted identifiers with a space' },
  { filter: `tags."user-name" = 'Tomas'`, expected: ['rA'], source: 'spec: tags."user-name" = \'Tomas\'' },
  { filter: `tags."user-name" != 'Tomas'`, expected: ['rB'], source: MISSING },
  { filter: "metrics.loss < 1 and params.model = 'lr'", expected: ['rA'], source: 'spec: clauses are ANDed' },
  { filter: "params.model LIKE 'l%'", expected: ['rA', 'rD'], source: 'upstream: LIKE is case-sensitive, % any run' },
  { filter: "params.model ILIKE 'l%'", expected: ['rA', 'rB', 'rD'], source: 'upstream: ILIKE ignores case' },
  { filter: "params.model LIKE '_r'", expected: ['rA', 'rD'], source: 'upstream: _ is one character' },
  { filter: "params.model LIKE 'l'", expected: [], source: 'upstream: LIKE is anchored at both ends' },
  { filter: "params.model LIKE 'l.'", expected: [], source: 'a dot is literal in LIKE, not a regex wildcard' },
  { filter: `tags."user-name" LIKE '%o%'`, expected: ['rA', 'rB'], source: 'upstream: % at both ends' },
  { filter: "status = 'RUNNING'", expected: ['rB'], source: 'upstream: status attribute' },
  { filter: "tags.mlflow.runName = 'rC'", expected: ['rC'], source: 'upstream: SA create_run appends RunTag(MLFLOW_RUN_NAME, run_name) (mlflow/store/tracking/sqlalchemy_store.py, 3.17.2): the tag is the run name' },
  { filter: "tags.mlflow.runName LIKE 'r%'", expected: ['rA', 'rB', 'rC', 'rD', 'rE'], source: 'as above: every run has a name, so every run has the tag' },
  { filter: "attributes.status != 'RUNNING'", expected: ['rA', 'rC', 'rD', 'rE'], source: 'upstream: every run has a status' },
  { filter: "run_name = 'rC'", expected: ['rC'], source: 'upstream: run_name is the name the suite sent (the ref)' },
  { filter: "run_id IN ('a1', 'd4')", expected: ['rA', 'rD'], source: 'upstream: run_id IN' },
  { filter: "run_id NOT IN ('a1')", expected: ['rB', 'rC', 'rD', 'rE'], source: 'upstream: run_id NOT IN' },
  { filter: 'start_time = 100', expected: ['rA', 'rB', 'rE'], source: 'upstream: numeric attribute' },
  { filter: 'created < 100', expected: ['rC'], source: 'upstream: created = start_time' },
  { filter: 'end_time >= 150', expected: ['rA', 'rD'], source: `${MISSING} (runs without end_time)` },
  { filter: 'end_time != 60', expected: ['rA', 'rD'], source: MISSING },
];

test.describe('matchesFilter', () => {
  for (const row of ROWS) {
    test(`${JSON.stringify(row.filter)} selects [${row.expected.join(', ')}] — ${row.source}`, () => {
      const ast = parseFilter(row.filter);
      expect(RUNS.filter((run) => matchesFilter(run, ast)).map((run) => run.ref)).toEqual(row.expected);
    });
  }

  test('a hand-built string ordering comparison is refused, not guessed', () => {
    const ast = { clauses: [{ entity: 'param' as const, key: 'model', comparator: '>' as const, value: 'a' }] };
    expect(() => matchesFilter(RUNS[0]!, ast)).toThrow(UnsupportedByOracle);
  });
});
