/** latestMetrics: research §5 (SA `_compare_metrics`, FS `_get_metric_from_file`, TSA test_search_metrics). */
import { expect, test } from '@playwright/test';
import { latestMetrics } from './latest-metric';
import { runFixture } from './run-fixture';

const ROWS: { title: string; points: [string, number, number, number][]; latest: Record<string, number> }[] = [
  { title: 'a single point is latest', points: [['m', 3, 0, 10]], latest: { m: 3 } },
  { title: 'the highest step wins over a later timestamp', points: [['m', 1, 5, 10], ['m', 9, 4, 99]], latest: { m: 1 } },
  { title: 'a later step wins with a smaller value', points: [['m', 8, 0, 10], ['m', 2, 1, 20]], latest: { m: 2 } },
  { title: 'equal steps: the later timestamp wins', points: [['m', 8, 2, 30], ['m', 2, 2, 40]], latest: { m: 2 } },
  { title: 'equal steps and timestamps: the larger value wins', points: [['m', 2, 2, 40], ['m', 8, 2, 40], ['m', 5, 2, 40]], latest: { m: 8 } },
  {
    title: 'TSA test_search_metrics: (3.0, ts2), (4.0, ts8), (8.0, ts3) at step 0 give 4.0',
    points: [['m_b', 3, 0, 2], ['m_b', 4, 0, 8], ['m_b', 8, 0, 3]],
    latest: { m_b: 4 },
  },
  { title: 'logging order plays no part', points: [['m', 2, 1, 20], ['m', 8, 0, 10]], latest: { m: 2 } },
  { title: 'keys are independent', points: [['a', 1, 0, 1], ['b', 2, 3, 1], ['a', 3, 1, 0]], latest: { a: 3, b: 2 } },
  { title: 'no points, no metrics', points: [], latest: {} },
];

for (const row of ROWS) {
  test(`latestMetrics: ${row.title}`, () => {
    const latest = latestMetrics(runFixture('r', { metrics: row.points }));
    expect(Object.fromEntries([...latest].map(([key, point]) => [key, point.value]))).toEqual(row.latest);
  });
}
