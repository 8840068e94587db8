/** validFilter / invalidFilter against the oracle's parser. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { FilterSyntaxError, matchesFilter, parseFilter } from '../src/oracle';
import { seedLocally } from '../src/oracle';
import { dataSet } from './dataset';
import { documentedInvalidFilter, invalidFilter, mistypedFilter, NOT_DOCUMENTED_AS_INVALID, validFilter } from './filter';
import { unrefusedSamples } from './rejected-samples';

const cases = (c?: Parameters<typeof dataSet>[0]) =>
  dataSet(c).chain((data) => fc.record({ data: fc.constant(data), filter: validFilter(data) }));

test('same seed, same filters', () => {
  expect(fc.sample(cases(), { seed: 3, numRuns: 30 })).toEqual(fc.sample(cases(), { seed: 3, numRuns: 30 }));
  expect(fc.sample(invalidFilter(), { seed: 3, numRuns: 30 })).toEqual(fc.sample(invalidFilter(), { seed: 3, numRuns: 30 }));
});

test('every validFilter parses, with 1–3 documented clauses (metrics six operators, params/tags = and !=)', () => {
  const operators = new Set<string>();
  const problems: string[] = [];
  for (const { filter } of fc.sample(cases(), { seed: 11, numRuns: 500 })) {
    const { clauses } = parseFilter(filter);
    if (clauses.length < 1 || clauses.length > 3) problems.push(`${clauses.length} clauses: ${filter}`);
    for (const c of clauses) {
      if (c.entity === 'attribute' || (c.entity !== 'metric' && c.comparator !== '=' && c.comparator !== '!=')) problems.push(filter);
      operators.add(`${c.entity} ${c.comparator}`);
    }
  }
  expect(problems).toEqual([]);
  expect([...operators].sort()).toEqual(
    ['metric =', 'metric !=', 'metric >', 'metric >=', 'metric <', 'metric <=', 'param =', 'param !=', 'tag =', 'tag !='].sort(),
  );
});

test('validFilter uses quoted keys, decimals and every AND casing across a sample, never a signed or exponent constant', () => {
  const text = fc.sample(cases(), { seed: 12, numRuns: 500 }).map((c) => c.filter).join('\n');
  for (const feature of [/\."[^"]+"/, /[<>=] \d+\.\d/, / AND /, / and /, / And /]) expect(text).toMatch(feature);
  expect(text).not.toMatch(/[<>=] (-|[\d.]+e)/i);
});

test('validFilter on robust keys and varied values still parses', () => {
  const unparsed = fc
    .sample(cases({ keys: 'robust', values: 'varied' }), { seed: 13, numRuns: 300 })
    .filter(({ filter }) => {
      try {
        parseFilter(filter);
        return false;
      } catch {
        return true;
      }
    });
  expect(unparsed.map((c) => c.filter)).toEqual([]);
});

test('most validFilters select at least one run, some select none', () => {
  const selected = fc.sample(cases(), { seed: 14, numRuns: 400 }).map(({ data, filter }) => {
    const ast = parseFilter(filter);
    return seedLocally(data).filter((run) => matchesFilter(run, ast)).length;
  });
  const share = selected.filter((n) => n > 0).length / selected.length;
  expect(share).toBeGreaterThan(0.6);
  expect(share).toBeLessThan(1);
});

test('every invalidFilter is a FilterSyntaxError, and every category appears', () => {
  const { unrefused, categories } = unrefusedSamples(fc.sample(invalidFilter(), { seed: 15, numRuns: 500 }), ({ filter }) => parseFilter(filter), FilterSyntaxError);
  expect(unrefused).toEqual([]);
  expect(categories).toEqual(
    ['bad-identifier', 'dangling-operator', 'empty-key', 'multiple-statements', 'or', 'parentheses', 'quoted-metric-value', 'unknown-entity', 'unquoted-string'],
  );
});

test('documentedInvalidFilter: every category but the two the spec leaves valid (quoted metric value, empty key)', () => {
  const samples = fc.sample(documentedInvalidFilter(), { seed: 16, numRuns: 500 });
  expect([...new Set(samples.map((s) => s.category))].sort()).toEqual(
    ['bad-identifier', 'dangling-operator', 'multiple-statements', 'or', 'parentheses', 'unknown-entity', 'unquoted-string'],
  );
  expect([...NOT_DOCUMENTED_AS_INVALID].sort()).toEqual(['empty-key', 'quoted-metric-value']);
});

test('every mistypedFilter is a FilterSyntaxError, and every category appears', () => {
  const { unrefused, categories } = unrefusedSamples(fc.sample(mistypedFilter(), { seed: 16, numRuns: 400 }), ({ filter }) => parseFilter(filter), FilterSyntaxError);
  expect(unrefused).toEqual([]);
  expect(categories).toEqual(['comparator-for-entity', 'list-outside-run-id', 'quoted-metric-value', 'unknown-attribute', 'value-type']);
});

test('mistypedFilter puts the wrong comparison first, between and last among valid ones, and shrinks to it alone', () => {
  const samples = fc.sample(mistypedFilter(), { seed: 17, numRuns: 400 });
  const clauseCounts = new Set(samples.map(({ filter }) => filter.split(/ and /i).length));
  expect([...clauseCounts].sort()).toEqual([1, 2, 3]);
  const wrongLater = samples.filter(({ filter }) => {
    const [first, ...rest] = filter.split(/ and /i);
    return rest.length > 0 && parses(first!);
  });
  expect(wrongLater.length).toBeGreaterThan(50);
  // A server that accepts every one of them: the counterexample is the wrong comparison alone.
  const details = fc.check(fc.property(mistypedFilter(), () => false), { seed: 18 });
  const [shrunk] = details.counterexample as [{ filter: string }];
  expect(shrunk.filter.split(/ and /i)).toHaveLength(1);
});

function parses(filter: string): boolean {
  try {
    parseFilter(filter);
    return true;
  } catch {
    return false;
  }
}
