/**
 * The points one run logs for one metric key, in logging order.
 *
 *   history := 1..4 points with distinct (step, tick)
 *   point   := step ∈ 0..3, tick ∈ 0..3 (timestamp = base + tick·1000), value from the data set's pool
 *
 * Small ranges make the hard cases common: a later step with a smaller value, equal steps with
 * different timestamps, logging order unlike step order. (step, timestamp) never repeats, so the
 * latest point never hinges on the value tiebreak, which servers that keep the last write dispute.
 */
import fc from 'fast-check';

export interface HistoryPoint {
  step: number;
  tick: number;
  /** Index into the data set's metric value pool (taken modulo its length). */
  valueIndex: number;
}

export function metricHistory(): fc.Arbitrary<HistoryPoint[]> {
  return fc.uniqueArray(
    fc.record({ step: fc.integer({ min: 0, max: 3 }), tick: fc.integer({ min: 0, max: 3 }), valueIndex: fc.nat() }),
    { minLength: 1, maxLength: 4, selector: (p) => `${p.step}:${p.tick}` },
  );
}

/**
 * Finite metric values: small integers, and decimals m·10⁻ᵉ (|m| ≤ 10⁹, e ≤ 6) — the nearest double
 * to a short decimal, which every numeric store keeps. No -0 (JSON cannot carry it), no
 * subnormals or 1e-300s (Oracle NUMBER, for one, cannot hold them).
 */
export function metricValue(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(0, 1, -1, 0.5, 2.5, -1.5e-3, 1e6, 3.14159),
    fc.integer({ min: -1000, max: 1000 }),
    fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }))
      .map(([mantissa, exponent]) => mantissa / 10 ** exponent),
  );
}

/**
 * 2..6 distinct values shared by all metric points, so latest values tie across runs. At least
 * two are ≥ 0: checks other than FILTER-NUMERIC-LITERALS write constants without a sign
 * (src/oracle/readings.ts), and need values they can name.
 */
export function metricValuePool(): fc.Arbitrary<number[]> {
  return fc.uniqueArray(metricValue(), { minLength: 2, maxLength: 6 }).filter((pool) => pool.filter((v) => v >= 0).length >= 2);
}
