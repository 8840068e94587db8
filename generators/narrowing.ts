/**
 * The slice of a seeded data set a query looks at, so a property holds in every slice:
 *
 *   narrowing := experiments (a non-empty subset) × filter (validFilter, or none)
 */
import fc from 'fast-check';
import type { DataSet } from '../src/oracle';
import { validFilter } from './filter';

export interface Narrowing {
  experimentIds: string[];
  filter?: string;
}

export function narrowing(data: Pick<DataSet, 'runs'> & { experimentIds: string[] }): fc.Arbitrary<Narrowing> {
  return fc
    .record({ experimentIds: fc.subarray(data.experimentIds, { minLength: 1 }), filter: fc.option(validFilter(data), { nil: undefined }) })
    .map(({ experimentIds, filter }) => ({ experimentIds, ...(filter !== undefined ? { filter } : {}) }));
}
