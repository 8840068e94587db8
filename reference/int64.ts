/**
 * int64 values (start_time, end_time, timestamp, step) must survive exactly, also beyond 2^53.
 * They live as a plain number while safe and as a bigint beyond, so the common case stays fast
 * and JavaScript's mixed number/bigint relational operators still compare them exactly.
 */
export type Int64 = number | bigint;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A JSON integer (number or lossless bigint) within int64, normalised; undefined otherwise. */
export function toInt64(value: unknown): Int64 | undefined {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return undefined;
    return Number.isSafeInteger(value) ? value : toInt64(BigInt(value));
  }
  if (typeof value === 'bigint') {
    if (value < INT64_MIN || value > INT64_MAX) return undefined;
    return normaliseBigInt(value);
  }
  return undefined;
}

/** Keeps the invariant "bigint only beyond the safe range", so equal values share one type. */
export function normaliseBigInt(value: bigint): Int64 {
  const asNumber = Number(value);
  return Number.isSafeInteger(asNumber) ? asNumber : value;
}

/** -1, 0 or 1; undefined when either side is NaN (unordered). Exact across number and bigint. */
export function compareNumeric(a: number | bigint, b: number | bigint): -1 | 0 | 1 | undefined {
  if (a < b) return -1;
  if (a > b) return 1;
  // Neither smaller nor larger: equal, unless one side is NaN. Sorting calls this a million
  // times per request, so the common path avoids any further test.
  return a == b ? 0 : undefined;
}
