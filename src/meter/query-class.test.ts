import { test, expect } from '@playwright/test';
import { filterClasses, queryClasses, type QueryClass } from './query-class';

const body = (fields: Record<string, unknown>) => JSON.stringify({ experiment_ids: ['1'], ...fields });

const CASES: { title: string; body: string | undefined; status?: number; classes: QueryClass[] }[] = [
  { title: 'no filter, order_by or token', body: body({ max_results: 10, run_view_type: 'ALL' }), classes: ['plain'] },
  { title: 'empty filter, empty order_by, empty token', body: body({ filter: '  ', order_by: [], page_token: '' }), classes: ['plain'] },
  { title: 'a metric filter', body: body({ filter: 'metrics.rmse < 1' }), classes: ['filter-metric'] },
  { title: 'each entity a filter names', body: body({ filter: "metrics.rmse < 1 and params.model_class = 'lr' AND tags.`a b` != 'x'" }), classes: ['filter-metric', 'filter-param', 'filter-tag'] },
  { title: 'a bare attribute name', body: body({ filter: "status = 'RUNNING'" }), classes: ['filter-attribute'] },
  { title: 'attribute prefixes and a quoted bare name', body: body({ filter: `attr.run_id IN ('a', 'b') and "run name" LIKE 'x%'` }), classes: ['filter-attribute'] },
  { title: "'and' inside quotes or as a key opens no clause", body: body({ filter: "params.\"x and tags.y\" = 'a and metrics.z' and metrics.and > 1" }), classes: ['filter-metric', 'filter-param'] },
  { title: 'filter, order_by and a page together', body: body({ filter: 'params.p = \'1\'', order_by: ['metrics.m DESC'], page_token: 'abc' }), classes: ['filter-param', 'order-by', 'page'] },
  { title: 'a page after the first', body: body({ page_token: 'abc' }), classes: ['page'] },
  { title: 'an unknown entity', body: body({ filter: "datasets.name = 'x'" }), classes: ['other'] },
  { title: 'a filter that is not a string, answered 200', body: body({ filter: 7 }), classes: ['other'] },
  { title: 'a body that is not JSON, answered 500', body: '{"experiment_ids": [', status: 500, classes: ['other'] },
  { title: 'no body', body: undefined, classes: ['other'] },
  { title: 'a 400 is rejected whatever it asked', body: body({ filter: 'metrics.rmse <' }), status: 400, classes: ['rejected'] },
  { title: 'a 401 is rejected', body: body({}), status: 401, classes: ['rejected'] },
  { title: 'a 429 is throttled, not rejected', body: body({}), status: 429, classes: ['throttled'] },
  { title: 'a 5xx is classed by what it asked', body: body({ order_by: ['params.p'] }), status: 500, classes: ['order-by'] },
];

test.describe('query classes of a runs/search request', () => {
  for (const c of CASES) {
    test(c.title, () => {
      expect(queryClasses(c.body, c.status ?? 200)).toEqual(c.classes);
    });
  }

  test('filterClasses tolerates any text', () => {
    for (const text of ['', '(', "'unterminated", 'metrics.', '.x', 'and and', '`', 'metrics."a\\"b" > 1'])
      expect(() => filterClasses(text)).not.toThrow();
    expect(filterClasses('metrics."a\\"b" > 1')).toEqual(['filter-metric']);
  });
});
