/**
 * The large data set of the page-size checks (PAGE-DEFAULT-1000, PAGE-50000-SUPPORTED): more runs
 * than the default page of 1000, written with one request per run (tags travel with runs/create),
 * and the queries over it.
 *
 *   run i   := start_time base + ⌊i/3⌋ s    three runs per second: the default order needs its tiebreak
 *              tags.band  = BAND[i mod 40]  unequal shares, so filters select more or fewer than 1000
 *              tags.label ∈ a pool of 6..16 collation-safe values (ties, and an order no store disputes)
 *   query   := filter? × order_by over tags.band and tags.label (0..2 columns, any direction)
 *   filter  := tags.band = X | tags.band != X (and tags.band != Y)?
 *
 * With 1100 runs the bands hold a 28, b 56, c 84, d 280, e 652 runs; so no filter (1100),
 * != a (1072), != b (1044), != c (1016), != a and != b (1016) select more than a default page, and
 * != a and != c (988), != d (820), = e (652) fewer.
 */
import fc from 'fast-check';
import { thresholdPageSize } from './max-results';
import type { DataSet, RunSpec } from '../src/oracle';
import { stringValuePool } from './string-value';

const BAND = [...'abbcccdddddddddd', ...'e'.repeat(24)];
const BANDS = ['a', 'b', 'c', 'd', 'e'];
const BASE_START_TIME = 1_700_000_000_000;

export function pageSet(runCount: number): fc.Arbitrary<DataSet> {
  const labels = fc
    .tuple(stringValuePool('collation-safe'), stringValuePool('collation-safe'), stringValuePool('collation-safe'), stringValuePool('collation-safe'))
    .map((pools) => [...new Set(pools.flat())]);
  return labels.chain((pool) =>
    fc.array(fc.nat(pool.length - 1), { minLength: runCount, maxLength: runCount }).map((choices) => ({
      experiments: ['pages'],
      runs: choices.map((choice, i): RunSpec => ({
        ref: `p${String(i).padStart(5, '0')}`,
        experiment: 0,
        startTime: BASE_START_TIME + Math.floor(i / 3) * 1000,
        status: 'RUNNING',
        deleted: false,
        metrics: [],
        params: {},
        tags: { band: BAND[i % BAND.length]!, label: pool[choice]! },
      })),
    })),
  );
}

export interface PageSetQuery {
  filter?: string;
  orderBy: string[];
}

const DIRECTION = fc.constantFrom('', ' ASC', ' DESC');

export function pageSetQuery(): fc.Arbitrary<PageSetQuery> {
  const band = fc.constantFrom(...BANDS);
  const filter = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 2 },
    { arbitrary: band.map((b) => `tags.band != '${b}'`), weight: 3 },
    fc.uniqueArray(band, { minLength: 2, maxLength: 2 }).map(([x, y]) => `tags.band != '${x}' and tags.band != '${y}'`),
    band.map((b) => `tags.band = '${b}'`),
  );
  const orderBy = fc
    .uniqueArray(fc.constantFrom('tags.label', 'tags.band'), { maxLength: 2 })
    .chain((columns) => fc.tuple(...columns.map((column) => DIRECTION.map((d) => column + d))));
  return fc.record({ filter, orderBy }).map(({ filter, orderBy }) => (filter === undefined ? { orderBy } : { filter, orderBy }));
}

/** A page size between the page set's size and the guaranteed threshold, with a query of the page set. */
export function thresholdPageSetSearch(pageSetRuns: number): fc.Arbitrary<[number, PageSetQuery]> {
  return fc.tuple(thresholdPageSize(pageSetRuns), pageSetQuery());
}
