/**
 * runs/search bodies for robustness: each field valid, absent, or replaced by an arbitrary JSON
 * value (a wrong type, an odd string, a huge number), plus unknown fields. Whatever comes out,
 * a server may answer 200 or 4xx, never 5xx.
 */
import fc from 'fast-check';
import type { DataSet } from '../src/oracle';
import { validFilter } from './filter';
import { orderByList } from './order-by';

export interface SearchRequestBodyConstraints {
  experimentIds: string[];
  /** Valid filters for the data (from validFilter). */
  filter: fc.Arbitrary<string>;
  /** Valid order_by lists for the data (from orderByList). */
  orderBy: fc.Arbitrary<string[]>;
}

/** A JSON value of any type, with strings that tend to break parsers. */
function oddJsonValue(): fc.Arbitrary<unknown> {
  const oddStrings = fc.constantFrom('', ' ', "'", '"', '\\', '%', 'metrics.', 'NaN', 'null', '9'.repeat(40), '\u0000', 'ä😀');
  return fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 2, arbitrary: oddStrings },
    { weight: 1, arbitrary: fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, 0.5) },
  );
}

/** A field that is usually valid, sometimes absent, sometimes any JSON value. */
function field<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: oddJsonValue() });
}

export function searchRequestBody(c: SearchRequestBodyConstraints): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      experiment_ids: field(fc.subarray(c.experimentIds, { minLength: 1 })),
      filter: field(c.filter),
      max_results: field(fc.integer({ min: 1, max: 60_000 })),
      // A repeated column is no documented error, so it may get 200 or 400 but never a 5xx.
      order_by: field(fc.oneof(c.orderBy, c.orderBy.filter((list) => list.length > 0).map((list) => [...list, list[0]!]))),
      page_token: field(fc.constantFrom('', 'eyJvZmZzZXQiOiAxfQ==', 'AAAA')),
      run_view_type: field(fc.constantFrom('ACTIVE_ONLY', 'DELETED_ONLY', 'ALL')),
      extra: fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), oddJsonValue(), { maxKeys: 2 }), { nil: undefined }),
    })
    .map(({ extra, ...fields }) =>
      Object.fromEntries(Object.entries({ ...(extra ?? {}), ...fields }).filter(([, value]) => value !== undefined)),
    );
}

/** Bodies over a seeded data set: its experiments, its valid filters and order_by lists. */
export function seededRequestBody(data: Pick<DataSet, 'runs'> & { experimentIds: string[] }): fc.Arbitrary<Record<string, unknown>> {
  return searchRequestBody({ experimentIds: data.experimentIds, filter: validFilter(data), orderBy: orderByList(data) });
}
