/**
 * JSON without precision loss: int64 fields (start_time, step, timestamp) may exceed 2^53, so
 * unsafe integers parse to bigint and bigints serialise as plain JSON integers.
 */
import { isInteger, isSafeNumber, parse, stringify } from 'lossless-json';

/**
 * An integer literal that may lie beyond 2^53: 16 digits or more (2^53 − 1 has 16) where a number
 * token can start (after `[`, `,`, `:`, whitespace or at the start), with no fraction or exponent.
 * Digits inside a string match only after one of those characters (never at a string's start, so
 * not a run id that opens with 16 decimal digits); a match there only costs the lossless parse.
 */
const LONG_INTEGER = /(?:^|[[,:\s])-?\d{16,}(?![\d.eE])/; // no lookbehind: 3× faster in V8

/** Whether the text may hold an integer beyond 2^53, so that JSON.parse could round it. */
export function mayHoldUnsafeInteger(text: string): boolean {
  return LONG_INTEGER.test(text);
}

function parseNumber(text: string): number | bigint {
  if (isInteger(text) && !isSafeNumber(text)) return BigInt(text);
  return Number(text);
}

/**
 * Parses JSON text; unsafe integers become bigint, everything else as JSON.parse would. A text
 * without a long integer literal goes to JSON.parse itself (lossless-json is ~8× slower on a
 * 1000-run page). On the lossless path an object whose duplicate keys hold different values is
 * refused, as lossless-json does.
 */
export function parseJson(text: string): unknown {
  if (!mayHoldUnsafeInteger(text)) return JSON.parse(text);
  return parse(text, null, parseNumber);
}

/** JSON text with every bigint as a plain integer; JSON.stringify unless there is a bigint, which it refuses. */
export function stringifyJson(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    if (text !== undefined) return text;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  const text = stringify(value);
  if (text === undefined) throw new TypeError('value has no JSON representation');
  return text;
}

/**
 * Every bigint as a (possibly rounded) number: what schema validators understand. The value
 * itself when it holds no bigint; otherwise a copy of the parts that do, sharing the rest.
 */
export function withPlainNumbers(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object' || value === null) return value;
  // Plain loops: this walks every response body, and a 1000-run page has ~10 000 members.
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const plain = withPlainNumbers(value[i]);
      if (plain !== value[i]) (copy ??= [...value])[i] = plain;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    const plain = withPlainNumbers(record[key]);
    if (plain !== record[key]) (copy ??= { ...record })[key] = plain;
  }
  return copy ?? value;
}
