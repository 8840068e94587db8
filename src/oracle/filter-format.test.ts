/** formatFilter writes canonical text that parseFilter reads back to the same AST. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { UnsupportedByOracle, formatFilter, parseFilter, type Comparator, type Comparison } from './filter';

const NUMERIC: Comparator[] = ['=', '!=', '>', '>=', '<', '<='];
const STRING: Comparator[] = ['=', '!=', 'LIKE', 'ILIKE'];

/** Keys with every character class the quoting rules care about; never both quote kinds. */
const key = fc
  .string({ unit: fc.constantFrom('a', 'Z', '_', '1', ' ', '-', '.', '"', '`', "'", 'é', '日', '%'), minLength: 1, maxLength: 8 })
  .filter((k) => !(k.includes('"') && k.includes('`')));
/** Any text but a backslash, and never both quote kinds. */
const text = fc.string({ unit: 'grapheme', maxLength: 8 }).filter((s) => !s.includes('\\') && !(s.includes("'") && s.includes('"')));

const comparison: fc.Arbitrary<Comparison> = fc.oneof(
  fc.record({ entity: fc.constant('metric' as const), key, comparator: fc.constantFrom(...NUMERIC), value: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
  fc.record({ entity: fc.constantFrom('param' as const, 'tag' as const), key, comparator: fc.constantFrom(...STRING), value: text }),
  fc.record({ entity: fc.constant('attribute' as const), key: fc.constantFrom('run_name', 'status', 'run_id'), comparator: fc.constantFrom(...STRING), value: text }),
  fc.record({ entity: fc.constant('attribute' as const), key: fc.constant('run_id'), comparator: fc.constantFrom<Comparator>('IN', 'NOT IN'), value: fc.array(text, { minLength: 1, maxLength: 3 }) }),
  fc.record({ entity: fc.constant('attribute' as const), key: fc.constantFrom('start_time', 'end_time'), comparator: fc.constantFrom(...NUMERIC), value: fc.maxSafeInteger() }),
);

test('parseFilter ∘ formatFilter is the identity on canonical ASTs', () => {
  fc.assert(
    fc.property(fc.array(comparison, { maxLength: 4 }), (clauses) => {
      expect(parseFilter(formatFilter({ clauses }))).toEqual({ clauses });
    }),
    { numRuns: 500 }, // pure and fast; quoting has many small branches (quote kinds, -0, exponents)
  );
});

const CANONICAL: { comparison: Comparison; text: string }[] = [
  { comparison: { entity: 'metric', key: 'rmse', comparator: '<', value: 1 }, text: 'metrics.rmse < 1' },
  { comparison: { entity: 'metric', key: 'model class', comparator: '>', value: 1e21 }, text: 'metrics."model class" > 1e21' },
  { comparison: { entity: 'metric', key: 'x', comparator: '=', value: -0 }, text: 'metrics.x = -0' },
  { comparison: { entity: 'metric', key: 'x', comparator: '>=', value: -1.5e-7 }, text: 'metrics.x >= -1.5e-7' },
  { comparison: { entity: 'tag', key: 'user-name', comparator: '=', value: 'Tomas' }, text: `tags."user-name" = 'Tomas'` },
  { comparison: { entity: 'param', key: 'say "hi"', comparator: '!=', value: "L'Hosp" }, text: `params.\`say "hi"\` != "L'Hosp"` },
  { comparison: { entity: 'attribute', key: 'run_id', comparator: 'NOT IN', value: ['a', 'b'] }, text: "attributes.run_id NOT IN ('a', 'b')" },
];

for (const row of CANONICAL) {
  test(`formatFilter writes ${row.text}`, () => {
    expect(formatFilter({ clauses: [row.comparison] })).toBe(row.text);
  });
}

const UNWRITABLE: { title: string; comparison: Comparison }[] = [
  { title: 'a key holding both " and `', comparison: { entity: 'tag', key: 'a"b`c', comparator: '=', value: 'x' } },
  { title: 'a string holding both quote kinds', comparison: { entity: 'tag', key: 'k', comparator: '=', value: `it's "x"` } },
  { title: 'a backslash', comparison: { entity: 'tag', key: 'k', comparator: '=', value: 'a\\b' } },
  { title: 'NaN', comparison: { entity: 'metric', key: 'k', comparator: '=', value: Number.NaN } },
  { title: 'an empty key', comparison: { entity: 'metric', key: '', comparator: '=', value: 1 } },
];

for (const row of UNWRITABLE) {
  test(`formatFilter refuses ${row.title}: the spec gives no way to write it`, () => {
    expect(() => formatFilter({ clauses: [row.comparison] })).toThrow(UnsupportedByOracle);
  });
}
