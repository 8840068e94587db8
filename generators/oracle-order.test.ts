/**
 * parseOrderBy and compareRuns. Spec (order_by): "List of columns to be ordered by, including
 * attributes, params, metrics, and tags with an optional "DESC" or "ASC" annotation, where "ASC"
 * is the default. ... Tiebreaks are done by start_time DESC followed by run_id for runs with the
 * same start time (and this is the default ordering criterion if order_by is not provided)."
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { dataSet } from './dataset';
import { orderByList } from './order-by';
import { UnsupportedByOracle } from '../src/oracle';
import type { SeededRun } from '../src/oracle';
import { OrderBySyntaxError, compareRuns, parseOrderBy, type OrderKey } from '../src/oracle';
import { runFixture, seedLocally } from '../src/oracle';

const ACCEPTED: { orderBy: string[]; keys: OrderKey[]; source: string }[] = [
  {
    orderBy: ['params.input DESC', 'metrics.alpha ASC', 'metrics.rmse'],
    keys: [
      { entity: 'param', key: 'input', descending: true },
      { entity: 'metric', key: 'alpha', descending: false },
      { entity: 'metric', key: 'rmse', descending: false },
    ],
    source: 'spec: Example: ["params.input DESC", "metrics.alpha ASC", "metrics.rmse"]',
  },
  { orderBy: ['metrics.a desc', 'tags.b Asc'], keys: [{ entity: 'metric', key: 'a', descending: true }, { entity: 'tag', key: 'b', descending: false }], source: 'upstream SU: direction lower-cased' },
  { orderBy: ['metrics."model class" DESC'], keys: [{ entity: 'metric', key: 'model class', descending: true }], source: 'spec: double-quoted columns (filter section), same identifiers' },
  { orderBy: ['metrics.`a b`'], keys: [{ entity: 'metric', key: 'a b', descending: false }], source: 'upstream SU: backticks' },
  {
    orderBy: ['start_time', 'attributes.end_time DESC', 'created', 'run_name', 'attr.run_id', 'status'],
    keys: [
      { entity: 'attribute', key: 'start_time', descending: false },
      { entity: 'attribute', key: 'end_time', descending: true },
      { entity: 'attribute', key: 'start_time', descending: false },
      { entity: 'attribute', key: 'run_name', descending: false },
      { entity: 'attribute', key: 'run_id', descending: false },
      { entity: 'attribute', key: 'status', descending: false },
    ],
    source: 'spec: "including attributes"; upstream SU VALID_ORDER_BY_ATTRIBUTE_KEYS, created = start_time',
  },
  { orderBy: ['metrics.a   DESC'], keys: [{ entity: 'metric', key: 'a', descending: true }], source: 'upstream SU `_validate_order_by_and_generate_token`: whitespace between column and direction (3.17.2 parses "metrics.a   DESC" and "metrics.a\\tDESC")' },
  { orderBy: [], keys: [], source: 'spec: order_by may be absent' },
];

const REJECTED: { clause: string; because: RegExp; source: string }[] = [
  { clause: 'metrics.a ACS', because: /expected ASC or DESC/, source: 'spec: "DESC" or "ASC"; TSU test_invalid_order_by_search_runs' },
  { clause: 'metrics.a decs', because: /expected ASC or DESC/, source: 'as above' },
  { clause: 'metrics.a DESC ASC', because: /unexpected 'ASC'/, source: 'spec: one optional annotation; SU "Could not be parsed"' },
  { clause: 'metrics.a b', because: /expected ASC or DESC/, source: 'as above' },
  { clause: 'metrics.a != 1', because: /expected ASC or DESC/, source: 'TSU: `metrics.A != 1` is not a column' },
  { clause: 'foo.a', because: /unknown entity/, source: 'spec: attributes, params, metrics, and tags' },
  { clause: '', because: /empty clause/, source: 'spec: a column' },
  { clause: '"run name"', because: /unknown attribute/, source: 'upstream SU: run name aliases are filter-only' },
  { clause: 'experiment_id', because: /unknown attribute/, source: 'upstream SU: not orderable' },
  { clause: "'metrics.a'", because: /expected a column/, source: 'a string is not a column' },
  { clause: 'metrics.a;', because: /one statement/, source: 'SU: one statement' },
  { clause: 'metrics.a ', because: /whitespace before or after/, source: 'TSU test_invalid_order_by_search_runs: a trailing space "Could not be parsed"' },
  { clause: ' metrics.a DESC', because: /whitespace before or after/, source: 'upstream SU `_validate_order_by_and_generate_token`: 3.17.2 answers " metrics.a" with "Could not be parsed"' },
  { clause: 'metrics.a DESC\t', because: /whitespace before or after/, source: 'as above, any whitespace' },
];

test.describe('parseOrderBy', () => {
  for (const row of ACCEPTED) {
    test(`accepts ${JSON.stringify(row.orderBy)} — ${row.source}`, () => {
      expect(parseOrderBy(row.orderBy)).toEqual(row.keys);
    });
  }
  for (const row of REJECTED) {
    test(`rejects ${JSON.stringify(row.clause)} — ${row.source}`, () => {
      expect(() => parseOrderBy(['metrics.ok', row.clause])).toThrow(OrderBySyntaxError);
      expect(() => parseOrderBy([row.clause])).toThrow(row.because);
    });
  }
  for (const clause of ['user_id', 'attributes.artifact_uri DESC']) {
    test(`UnsupportedByOracle for ${JSON.stringify(clause)} — valid upstream, values unknown to the suite`, () => {
      expect(() => parseOrderBy([clause])).toThrow(UnsupportedByOracle);
    });
  }
});

//          start  run_id  m     s
//   p       300   id-b    2    'bb'
//   q       300   id-a    1    'ab'
//   r       100   id-c    2    'zz'
//   s       200   id-d    –    'ba'
//   u        50   id-f    –     –
const RUNS: SeededRun[] = [
  runFixture('p', { startTime: 300, runId: 'id-b', metrics: [['m', 2, 0, 1]], params: { s: 'bb' } }),
  runFixture('q', { startTime: 300, runId: 'id-a', metrics: [['m', 1, 0, 1]], params: { s: 'ab' } }),
  runFixture('r', { startTime: 100, runId: 'id-c', metrics: [['m', 2, 0, 1]], params: { s: 'zz' } }),
  runFixture('s', { startTime: 200, runId: 'id-d', params: { s: 'ba' } }),
  runFixture('u', { startTime: 50, runId: 'id-f' }),
];

const ORDERS: { orderBy: string[]; expected: string[]; source: string }[] = [
  { orderBy: [], expected: ['q', 'p', 's', 'r', 'u'], source: 'spec: default start_time DESC, then run_id (ASC inferred) on ties' },
  { orderBy: ['metrics.m'], expected: ['q', 'p', 'r', 's', 'u'], source: 'spec: ASC default; ties then missing by the tiebreak; upstream: missing last' },
  { orderBy: ['metrics.m DESC'], expected: ['p', 'r', 'q', 's', 'u'], source: 'upstream research §3: missing last in DESC too' },
  { orderBy: ['params.s'], expected: ['q', 's', 'p', 'r', 'u'], source: 'inferred: strings in code point order; missing last' },
  { orderBy: ['params.s DESC'], expected: ['r', 'p', 's', 'q', 'u'], source: 'spec: DESC; upstream: missing last' },
  { orderBy: ['metrics.m', 'params.s DESC'], expected: ['q', 'r', 'p', 's', 'u'], source: 'spec: several columns in turn, before the tiebreak' },
  { orderBy: ['attributes.start_time'], expected: ['u', 'r', 's', 'q', 'p'], source: 'spec: attributes; equal start times fall to run_id ASC' },
  { orderBy: ['start_time DESC'], expected: ['q', 'p', 's', 'r', 'u'], source: 'spec: explicit start_time DESC equals the default' },
  { orderBy: ['run_id DESC'], expected: ['u', 's', 'r', 'p', 'q'], source: 'upstream: run_id attribute' },
  { orderBy: ['run_name DESC'], expected: ['u', 's', 'r', 'q', 'p'], source: 'upstream: run_name attribute (the ref)' },
  { orderBy: ['tags.none'], expected: ['q', 'p', 's', 'r', 'u'], source: 'upstream TSU test_correct_sorting: a key no run has leaves the default order' },
];

const sortRefs = (runs: SeededRun[], orderBy: string[]) => [...runs].sort(compareRuns(parseOrderBy(orderBy))).map((r) => r.ref);

test.describe('compareRuns', () => {
  for (const row of ORDERS) {
    test(`${JSON.stringify(row.orderBy)} gives ${row.expected.join(' ')} — ${row.source}`, () => {
      expect(sortRefs(RUNS, row.orderBy)).toEqual(row.expected);
      expect(sortRefs([...RUNS].reverse(), row.orderBy)).toEqual(row.expected);
    });
  }

  test('params compare by code point, not UTF-16 unit nor number — inferred (DESIGN: code-point order)', () => {
    const values = ['😀', '\uFF5E', 'é', 'a', 'Z', '9', '10'];
    const runs = values.map((s, i) => runFixture(`v${i}`, { params: { s } }));
    const sorted = [...runs].sort(compareRuns(parseOrderBy(['params.s']))).map((r) => r.params.s);
    expect(sorted).toEqual(['10', '9', 'Z', 'a', 'é', '\uFF5E', '😀']);
  });

  test('metrics compare as numbers — spec: metric value is number(double)', () => {
    const runs = [10, 9, -1, 0.5].map((v, i) => runFixture(`m${i}`, { metrics: [['m', v, 0, 1]] }));
    expect([...runs].sort(compareRuns(parseOrderBy(['metrics.m']))).map((r) => latest(r))).toEqual([-1, 0.5, 9, 10]);
  });

  test('NaN after numbers and before missing, both directions — upstream TSA test_order_by_metric_tag_param', () => {
    const runs = [1, Number.NaN, undefined, -1].map((v, i) =>
      runFixture(`n${i}`, { startTime: 100 - i, metrics: v === undefined ? [] : [['m', v, 0, 1]] }),
    );
    expect(sortRefs(runs, ['metrics.m'])).toEqual(['n3', 'n0', 'n1', 'n2']);
    expect(sortRefs(runs, ['metrics.m DESC'])).toEqual(['n0', 'n3', 'n1', 'n2']);
  });

  test('the order is total: any permutation of a generated data set sorts the same — spec: tiebreak makes the order deterministic', () => {
    const cases = dataSet({ maxRuns: 15 }).chain((data) => {
      const runs = seedLocally(data);
      return fc.record({ runs: fc.constant(runs), shuffled: fc.shuffledSubarray(runs, { minLength: runs.length }), orderBy: orderByList(data) });
    });
    fc.assert(
      fc.property(cases, ({ runs, shuffled, orderBy }) => {
        const compare = compareRuns(parseOrderBy(orderBy));
        expect(shuffled.sort(compare).map((r) => r.runId)).toEqual([...runs].sort(compare).map((r) => r.runId));
      }),
      { numRuns: 150 }, // cheap; enough to meet ties, missing keys and every direction
    );
  });
});

function latest(run: SeededRun): number | undefined {
  return run.metrics.at(-1)?.value;
}
