/**
 * The points one run logs for one metric key, in logging order.
 *
 *   history := 1..4 points with distinct (step, tick)
 *   point   := step ∈ 0..3, tick ∈ 0..3 (timestamp = base + tick·1000), value from the data set's
 *              finite pool, or 1 time in 7 from its non-finite pool (NaN, ±Infinity)
 *
 * Small ranges make the hard cases common: a later step with a smaller value, equal steps with
 * different timestamps, logging order unlike step order. (step, timestamp) never repeats, so the
 * latest point never hinges on the value tiebreak, which servers that keep the last write dispute.
 */
import fc from 'fast-check';
import { formatPlainNumber } from '../src/oracle';

export interface HistoryPoint {
  step: number;
  tick: number;
  /** Index into the data set's metric value pool (taken modulo its length). */
  valueIndex: number;
  /** When set, the value is instead this index into the non-finite pool (NaN, ±Infinity). */
  nonFiniteIndex: number | null;
}

export function metricHistory(): fc.Arbitrary<HistoryPoint[]> {
  return fc.uniqueArray(
    fc.record({
      step: fc.integer({ min: 0, max: 3 }),
      tick: fc.integer({ min: 0, max: 3 }),
      valueIndex: fc.nat(),
      nonFiniteIndex: fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, { arbitrary: fc.nat(), weight: 1 }),
    }),
    { minLength: 1, maxLength: 4, selector: (p) => `${p.step}:${p.tick}` },
  );
}

/**
 * Finite metric values: small integers, and decimals m·10⁻ᵉ (|m| ≤ 10⁹, e ≤ 6) — the nearest double
 * to a short decimal, which every numeric store keeps — and, less often, the edges of a double:
 * -0, int64-sized magnitudes (±2⁶³, 2⁵³ + 2, which no safe integer reaches) and ±10³⁰⁸. Never the
 * largest double itself: MLflow's SQL store keeps ±Infinity as ±1.7976931348623157e308, which would
 * tie with it. No subnormals or 1e-300s (Oracle NUMBER, for one, cannot hold them).
 */
export function metricValue(): fc.Arbitrary<number> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(0, 1, -1, 0.5, 2.5, -1.5e-3, 1e6, 3.14159), weight: 2 },
    { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 2 },
    {
      arbitrary: fc
        .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }))
        .map(([mantissa, exponent]) => mantissa / 10 ** exponent),
      weight: 2,
    },
    { arbitrary: fc.constantFrom(-0, 2 ** 63, -(2 ** 63), 2 ** 53 + 2, 1e308, -1e308), weight: 1 },
  );
}

/**
 * 2..6 distinct finite values (-0 and 0 count as one) shared by all metric points, so latest
 * values tie across runs. At least two are plain constants (unsigned, no exponent): checks other
 * than FILTER-NUMERIC-LITERALS write constants so (src/oracle/readings.ts), and need values they
 * can name.
 */
export function metricValuePool(): fc.Arbitrary<number[]> {
  return fc
    .uniqueArray(metricValue(), { minLength: 2, maxLength: 6, comparator: 'SameValueZero' })
    .filter((pool) => pool.filter((v) => formatPlainNumber(v) !== undefined).length >= 2);
}

/** The values that are not JSON numbers, which a point takes 1 time in 7: NaN and one or both infinities. */
export function nonFiniteValuePool(): fc.Arbitrary<number[]> {
  return fc
    .subarray([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY], { minLength: 1 })
    .map((infinities) => [Number.NaN, ...infinities]);
}
