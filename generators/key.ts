/**
 * Metric, param and tag keys.
 *
 *   documented := plain | special                   never " \ ` ; never starting with "mlflow."
 *   plain      := [a-z] [a-z0-9_]{0,7}              needs no quoting
 *   special    := word (sep word){1,2}              needs double quotes (spec: hyphen, space, period)
 *   word       := letter{1,6}                       letter: a-z A-Z é ü ß λ ж 日
 *   sep        := '-' | ' ' | '.' | '_'
 *   robust     := ('mlflow.')? documented with one of " \ ` ' % ; ( ) / : inserted inside
 *
 * Every key fits MLflow's name rule (^[/\w.\- :]*$, no "..", no leading/trailing separator),
 * except robust ones, which servers may refuse (robustness tests only). Robust keys hold at most
 * one quote kind, so they can always be written in a filter unless they hold a backslash.
 */
import fc from 'fast-check';

export type KeyKind = 'documented' | 'robust';

const LOWER = [...'abcdefghijklmnopqrstuvwxyz'];
const LETTERS = [...LOWER, ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'é', 'ü', 'ß', 'λ', 'ж', '日'];
const ROBUST_CHARS = ['"', '\\', '`', "'", '%', ';', '(', ')', '/', ':'];

/** A key written in a filter without quotes (the plain grammar, whatever its length). */
export function isPlainKey(key: string): boolean {
  return /^[a-z][a-z0-9_]*$/.test(key);
}

export function plainKey(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...LOWER), fc.string({ unit: fc.constantFrom(...LOWER, ...'0123456789_'), maxLength: 7 }))
    .map(([first, rest]) => first + rest);
}

function specialKey(): fc.Arbitrary<string> {
  const word = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 6 });
  return fc
    .tuple(word, fc.array(fc.tuple(fc.constantFrom('-', ' ', '.', '_'), word), { minLength: 1, maxLength: 2 }))
    .map(([first, rest]) => first + rest.map(([sep, w]) => sep + w).join(''))
    .filter((key) => !key.startsWith('mlflow.'));
}

export function documentedKey(): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: plainKey(), weight: 2 }, { arbitrary: specialKey(), weight: 3 });
}

function robustKey(): fc.Arbitrary<string> {
  return fc
    .record({ key: documentedKey(), char: fc.constantFrom(...ROBUST_CHARS), at: fc.nat(), reserved: fc.boolean() })
    .map(({ key, char, at, reserved }) => {
      const i = 1 + (at % Math.max(1, key.length - 1));
      return (reserved ? 'mlflow.' : '') + key.slice(0, i) + char + key.slice(i);
    });
}

export function entityKey(kind: KeyKind): fc.Arbitrary<string> {
  return kind === 'documented' ? documentedKey() : fc.oneof(documentedKey(), robustKey());
}

/** 1..max keys, distinct ignoring case (case-insensitive collations would merge them). */
export function keyPool(kind: KeyKind, max: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(entityKey(kind), { minLength: 1, maxLength: max, selector: (k) => k.toLowerCase() });
}
