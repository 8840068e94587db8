/**
 * The values one param or tag key takes across runs: 2..4 distinct strings, so runs share values
 * (ties) and differ (ordering).
 *
 *   collation-safe := [a-z0-9]{L} | [0-9]{L} | an apostrophe at one position p of [a-z0-9]{L}
 *                     for one L in 2..4 and p in 1..L-1 per key: same case, ASCII, equal length
 *                     hence never a prefix of another, the apostrophe where every value has it —
 *                     an order no collation disputes (DESIGN). Digits only: numbers written as
 *                     strings, which a server must not compare as numbers. An apostrophe: a value
 *                     only double quotes can write (FILTER-DOUBLE-QUOTED-VALUE; generators/observed.ts
 *                     leaves them out of the single-quoted constants other checks write).
 *   varied         := collation-safe | mixed case | a word and its prefix | '9' vs '10'
 *                   | inner space or hyphen | non-ASCII letters
 *
 * Never empty (dataset.ts gives one run '', which FILTER-EMPTY-STRING owns: Oracle Database reads
 * '' as NULL), never leading or trailing whitespace (PAD SPACE
 * collations), never a double quote or backslash (the spec defines no escaping).
 */
import fc from 'fast-check';

export type ValueKind = 'collation-safe' | 'varied';

const SAFE_UNIT = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');

function safeValue(length: number): fc.Arbitrary<string> {
  return fc.string({ unit: SAFE_UNIT, minLength: length, maxLength: length });
}

function variedValue(): fc.Arbitrary<string> {
  const letters = fc.string({ unit: fc.constantFrom(...'abcXYZ'), minLength: 1, maxLength: 4 });
  return fc.oneof(
    safeValue(3),
    fc.constantFrom('9', '10', 'abc', 'ab', 'Abc', 'ABC', 'a b', 'x-y', 'été', 'Ærø', '日本', 'zebra'),
    letters,
    fc.tuple(letters, letters).map(([a, b]) => `${a} ${b}`),
  );
}

const DIGIT = fc.constantFrom(...'0123456789');

/**
 * `shaped`: whether the pool may be digits only or carry an apostrophe; a data set keeps its first
 * param and tag key plain alphanumeric, which documented and case checks write single-quoted.
 */
export function stringValuePool(kind: ValueKind, { shaped = false } = {}): fc.Arbitrary<string[]> {
  if (kind === 'varied') return fc.uniqueArray(variedValue(), { minLength: 2, maxLength: 4 });
  const shapes = shaped ? (['alnum', 'alnum', 'digits', 'apostrophe'] as const) : (['alnum'] as const);
  return fc
    .record({ length: fc.integer({ min: 2, max: 4 }), shape: fc.constantFrom(...shapes), at: fc.nat() })
    .chain(({ length, shape, at }) => {
      const unit = shape === 'digits' ? DIGIT : SAFE_UNIT;
      const pool = fc.uniqueArray(fc.string({ unit, minLength: length, maxLength: length }), { minLength: 2, maxLength: 4 });
      if (shape !== 'apostrophe') return pool;
      const p = 1 + (at % (length - 1));
      return pool.map((values) => values.map((v) => `${v.slice(0, p)}'${v.slice(p)}`));
    });
}
