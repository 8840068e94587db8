/**
 * The values one param or tag key takes across runs: 2..4 distinct strings, so runs share values
 * (ties) and differ (ordering).
 *
 *   collation-safe := [a-z0-9]{L}  for one L in 2..4 per key: same case, ASCII, equal length hence
 *                     never a prefix of another — an order no collation disputes (DESIGN).
 *   varied         := collation-safe | mixed case | a word and its prefix | '9' vs '10'
 *                   | inner space or hyphen | non-ASCII letters
 *
 * Never empty (Oracle Database reads '' as NULL), never leading or trailing whitespace (PAD SPACE
 * collations), never a quote or backslash (the spec defines no escaping).
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

export function stringValuePool(kind: ValueKind): fc.Arbitrary<string[]> {
  if (kind === 'varied') return fc.uniqueArray(variedValue(), { minLength: 2, maxLength: 4 });
  return fc
    .integer({ min: 2, max: 4 })
    .chain((length) => fc.uniqueArray(safeValue(length), { minLength: 2, maxLength: 4 }));
}
