/**
 * Data sets that stress runs/search servers.
 *
 *   DataSet    := experiments e0..e{k-1}     k ∈ [min(2, maxExperiments), maxExperiments]
 *                 runs r00..r{n-1}           n ∈ [minRuns, maxRuns]; refs zero-padded, unique
 *   vocabulary := metric keys (1..4), param keys (1..3), tag keys (1..3), each key with its value
 *                 pool; a param key sometimes shares a metric key's name
 *   run        := experiment ∈ [0, k)
 *                 startTime = base + slot·gap, slot ∈ [0, ⌊n/2⌋)      ⇒ n ≥ 2 always has ties
 *                 status ∈ RUN_STATUSES; endTime = startTime + δ for FINISHED/FAILED/KILLED only
 *                 deleted (1 in 4)
 *                 each key present 3 in 4: metrics a history (metric-history.ts), params and
 *                 tags a value from the key's pool
 *
 * Guarantees when n ≥ 2: at least one active and one deleted run; the first metric, param and
 * tag key is present on r00 (metric: two plain values, at steps 0 and 1, so the first is stale)
 * and missing on the last run; when n ≥ 3
 * and n ≥ 4, r01 and r02 log it once, as NaN and as an infinity; when n ≥ 3, r01 holds the empty
 * string for the last param key and the last tag key (FILTER-EMPTY-STRING's reading: '' is a
 * value, or NULL as Oracle Database reads it; no pool holds it, so other runs never do). Always: some param or tag key is
 * plain (when none is drawn, the first tag key is renamed `plain`), so a check can compare a quoted
 * key with the same key unquoted (suites/filter/attribution.ts). Metric values include -0,
 * int64-sized and near-limit magnitudes, NaN and ±Infinity (metric-history.ts); times are positive
 * safe integers. No Math.random, no clock: everything comes from fast-check.
 */
import fc from 'fast-check';
import { formatPlainNumber, RUN_STATUSES, type DataSet, type RunSpec, type RunStatus } from '../src/oracle';
import { isPlainKey, keyPool, type KeyKind } from './key';
import { metricHistory, metricValuePool, nonFiniteValuePool, type HistoryPoint } from './metric-history';
import { stringValuePool, type ValueKind } from './string-value';

export interface DataSetConstraints {
  /** Default 2. */
  minRuns?: number;
  /** Default max(minRuns, 12). */
  maxRuns?: number;
  /** Default 3. */
  maxExperiments?: number;
  /** `documented` (default): keys documented checks may use. `robust`: also quotes, backslashes, `mlflow.`. */
  keys?: KeyKind;
  /**
   * Param and tag values. `collation-safe` (default): an order no collation disputes, for ordering
   * checks. `varied`: mixed case, prefixes, non-ASCII — for case-sensitivity and robustness checks.
   */
  values?: ValueKind;
}

interface Vocabulary {
  metricKeys: string[];
  metricValues: number[];
  /** NaN first, then one or both infinities. */
  nonFiniteValues: number[];
  params: KeyedValues[];
  tags: KeyedValues[];
}

interface KeyedValues {
  key: string;
  values: string[];
}

interface RunShape {
  experiment: number;
  slot: number;
  status: RunStatus;
  deleted: boolean;
  endOffset: number;
  metrics: (HistoryPoint[] | null)[];
  params: (number | null)[];
  tags: (number | null)[];
}

const TERMINAL: ReadonlySet<RunStatus> = new Set(['FINISHED', 'FAILED', 'KILLED']);

export function dataSet(c: DataSetConstraints = {}): fc.Arbitrary<DataSet> {
  const minRuns = c.minRuns ?? 2;
  const maxRuns = c.maxRuns ?? Math.max(minRuns, 12);
  const maxExperiments = c.maxExperiments ?? 3;
  if (!(Number.isInteger(minRuns) && minRuns >= 0 && Number.isInteger(maxRuns) && maxRuns >= minRuns)) {
    throw new RangeError(`dataSet: need 0 ≤ minRuns ≤ maxRuns, got ${minRuns}..${maxRuns}`);
  }
  if (!(Number.isInteger(maxExperiments) && maxExperiments >= 1)) {
    throw new RangeError(`dataSet: need maxExperiments ≥ 1, got ${maxExperiments}`);
  }
  return fc
    .record({
      runCount: fc.integer({ min: minRuns, max: maxRuns }),
      experimentCount: fc.integer({ min: Math.min(2, maxExperiments), max: maxExperiments }),
      vocabulary: vocabulary(c.keys ?? 'documented', c.values ?? 'collation-safe'),
      base: fc.oneof({ arbitrary: fc.integer({ min: 1e12, max: 4e12 }), weight: 4 }, fc.integer({ min: 1, max: 1e6 })),
      gap: fc.constantFrom(1, 1000, 60_000),
    })
    .chain(({ runCount, experimentCount, vocabulary, base, gap }) =>
      fc
        .array(runShape(vocabulary, experimentCount, Math.max(1, Math.floor(runCount / 2))), {
          minLength: runCount,
          maxLength: runCount,
        })
        .map((shapes) => ({
          experiments: Array.from({ length: experimentCount }, (_, i) => `e${i}`),
          runs: withGuarantees(shapes, plainIndexes(vocabulary.metricValues)).map((shape, i) => buildRun(shape, i, runCount, vocabulary, base, gap)),
        })),
    );
}

function vocabulary(keys: KeyKind, values: ValueKind): fc.Arbitrary<Vocabulary> {
  const keyed = (max: number) =>
    keyPool(keys, max).chain((ks) =>
      // The first key holds letters and no apostrophe: documented and case checks write single-quoted values of it.
      fc.tuple(...ks.map((_, i) => stringValuePool(values, { shaped: i > 0 }))).map((pools) => ks.map((key, i) => ({ key, values: pools[i]! }))),
    );
  return fc
    .record({ metricKeys: keyPool(keys, 4), metricValues: metricValuePool(), nonFiniteValues: nonFiniteValuePool(), params: keyed(3), tags: keyed(3), shareName: fc.boolean() })
    .map(({ shareName, ...v }) => withPlainKey(shareName ? shareMetricName(v) : v));
}

/**
 * Some param or tag key needs no quoting: when none was drawn, the first tag key (present on r00)
 * becomes `plain`. A rename after the draw, so data sets that have one stay as they were.
 */
function withPlainKey(v: Vocabulary): Vocabulary {
  const [first, ...rest] = v.tags;
  if (!first || [...v.params, ...v.tags].some(({ key }) => isPlainKey(key))) return v;
  return { ...v, tags: [{ key: 'plain', values: first.values }, ...rest] };
}

/** The same name as a metric and as a param: a server must not confuse the entities. */
function shareMetricName(v: Vocabulary): Vocabulary {
  const name = v.metricKeys[0]!;
  const [first, ...rest] = v.params;
  if (!first || rest.some((p) => p.key.toLowerCase() === name.toLowerCase())) return v;
  return { ...v, params: [{ key: name, values: first.values }, ...rest] };
}

function runShape(v: Vocabulary, experimentCount: number, slots: number): fc.Arbitrary<RunShape> {
  const present = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { freq: 4 });
  const choices = (pools: KeyedValues[]) => fc.tuple(...pools.map(() => present(fc.nat())));
  return fc.record({
    experiment: fc.nat(experimentCount - 1),
    slot: fc.nat(slots - 1),
    status: fc.constantFrom(...RUN_STATUSES),
    deleted: fc.nat(3).map((x) => x === 0),
    endOffset: fc.integer({ min: 0, max: 600_000 }),
    metrics: fc.tuple(...v.metricKeys.map(() => present(metricHistory()))),
    params: choices(v.params),
    tags: choices(v.tags),
  });
}

/** Where the pool's plain values are (metricValuePool promises two). */
function plainIndexes(values: number[]): number[] {
  return values.flatMap((v, i) => (formatPlainNumber(v) === undefined ? [] : [i]));
}

/** A param or tag choice that holds the empty string instead of a pool value. */
const EMPTY = -1;

/** One point of a non-finite value: index 0 is NaN, 1 an infinity. */
const nonFinitePoint = (nonFiniteIndex: number): HistoryPoint[] => [{ step: 0, tick: 0, valueIndex: 0, nonFiniteIndex }];

function withGuarantees(shapes: RunShape[], plainValueIndexes: number[]): RunShape[] {
  const first = shapes[0];
  const last = shapes.at(-1);
  if (shapes.length < 2 || !first || !last) return shapes;
  // Two plain values, the older one stale: a filter on a metric's stale value always has a target.
  const [older, newer] = plainValueIndexes;
  const fixedFirst: RunShape = {
    ...first,
    deleted: shapes.every((s) => s.deleted) ? false : first.deleted,
    metrics: first.metrics.map((m, i) =>
      i === 0
        ? [
            { step: 0, tick: 0, valueIndex: older!, nonFiniteIndex: null },
            { step: 1, tick: 0, valueIndex: newer!, nonFiniteIndex: null },
          ]
        : m,
    ),
    params: first.params.map((p, i) => (i === 0 ? (p ?? 0) : p)),
    tags: first.tags.map((t, i) => (i === 0 ? (t ?? 0) : t)),
  };
  const fixedLast: RunShape = {
    ...last,
    deleted: shapes.some((s) => s.deleted) ? last.deleted : true,
    metrics: last.metrics.map((m, i) => (i === 0 ? null : m)),
    params: last.params.map((p, i) => (i === 0 ? null : p)),
    tags: last.tags.map((t, i) => (i === 0 ? null : t)),
  };
  // The first metric key: NaN alone on r01, an infinity alone on r02, beside r00's numbers.
  // The last param and tag key: the empty string on r01.
  const lastEmpty = (choices: (number | null)[]) => choices.map((c, k) => (k === choices.length - 1 ? EMPTY : c));
  const middle = shapes.slice(1, -1).map((shape, i) =>
    i < 2
      ? {
          ...shape,
          metrics: shape.metrics.map((m, k) => (k === 0 ? nonFinitePoint(i) : m)),
          ...(i === 0 ? { params: lastEmpty(shape.params), tags: lastEmpty(shape.tags) } : {}),
        }
      : shape,
  );
  return [fixedFirst, ...middle, fixedLast];
}

function buildRun(s: RunShape, index: number, runCount: number, v: Vocabulary, base: number, gap: number): RunSpec {
  const startTime = base + s.slot * gap;
  const width = Math.max(2, String(runCount - 1).length);
  return {
    ref: `r${String(index).padStart(width, '0')}`,
    experiment: s.experiment,
    startTime,
    ...(TERMINAL.has(s.status) ? { endTime: startTime + s.endOffset } : {}),
    status: s.status,
    deleted: s.deleted,
    metrics: v.metricKeys.flatMap((key, k) =>
      (s.metrics[k] ?? []).map((p) => ({
        key,
        value:
          p.nonFiniteIndex === null
            ? v.metricValues[p.valueIndex % v.metricValues.length]!
            : v.nonFiniteValues[p.nonFiniteIndex % v.nonFiniteValues.length]!,
        timestamp: base + p.tick * 1000,
        step: p.step,
      })),
    ),
    params: pick(v.params, s.params),
    tags: pick(v.tags, s.tags),
  };
}

function pick(pools: KeyedValues[], choices: (number | null)[]): Record<string, string> {
  return Object.fromEntries(
    pools.flatMap(({ key, values }, i) => {
      const choice = choices[i];
      if (choice === null || choice === undefined) return [];
      return [[key, choice === EMPTY ? '' : values[choice % values.length]!]];
    }),
  );
}
