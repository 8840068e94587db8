import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { isInteger, isSafeNumber, parse, stringify } from 'lossless-json';
import { mayHoldUnsafeInteger, parseJson, stringifyJson, withPlainNumbers } from './json';

const TWO_53 = 2n ** 53n;

test('RESP-INT64-EXACT: integers at 2^53 ± 1 parse exactly: the largest safe one as a number, the others as bigint', () => {
  expect(parseJson(`[${TWO_53 - 1n}, ${TWO_53}, ${TWO_53 + 1n}]`)).toEqual([Number.MAX_SAFE_INTEGER, TWO_53, TWO_53 + 1n]);
  expect(parseJson(`{"start_time": -${TWO_53 + 1n}}`)).toEqual({ start_time: -(TWO_53 + 1n) });
  expect(parseJson(`{"step":9223372036854775807}`)).toEqual({ step: 9223372036854775807n });
});

test('digits inside strings stay strings, beside a long integer or not', () => {
  expect(parseJson('{"run_name":"12345678901234567890","value":1}')).toEqual({ run_name: '12345678901234567890', value: 1 });
  expect(parseJson('{"s":"x 9007199254740993","n":9007199254740993}')).toEqual({ s: 'x 9007199254740993', n: 9007199254740993n });
  expect(parseJson('{"s":"1e9007199254740993"}')).toEqual({ s: '1e9007199254740993' });
});

test('the lossless parse is taken for a long integer token, not for digits that start a string or follow a slash, a letter, a point or an exponent', () => {
  for (const text of ['12345678901234567', '[1,-12345678901234567]', '{"t": 12345678901234567}', '{"t":\n1234567890123456}']) {
    expect(mayHoldUnsafeInteger(text), text).toBe(true);
  }
  const runId = '1071625577884280a01efeb27cf2c5e1';
  for (const text of [
    `{"run_id":"${runId}","artifact_uri":"mlflow-artifacts:/1/${runId}/artifacts"}`,
    '{"name":"x12345678901234567"}',
    '[0.12345678901234567, 1e12345678901234567, 1E-12345678901234567, 12345678901234567.0, 1234567890123456e1, 123456789012345]',
  ]) {
    expect(mayHoldUnsafeInteger(text), text).toBe(false);
  }
});

test('long digit runs in fractions and exponents are numbers, as JSON.parse reads them', () => {
  for (const text of ['0.30000000000000004', '12345678901234567.5', '1e12345678901234567', '-1.5E-12345678901234567', '12345678901234567e2', '1000000000000000']) {
    expect(parseJson(text), text).toBe(JSON.parse(text));
  }
});

/** What parseJson always answered: lossless-json over the whole text. */
function losslessParse(text: string): unknown {
  return parse(text, null, (n) => (isInteger(n) && !isSafeNumber(n) ? BigInt(n) : Number(n)));
}

test('any JSON text parses as the lossless parse of the whole text does', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const text = JSON.stringify(value);
      expect(parseJson(text)).toEqual(losslessParse(text));
    }),
    { numRuns: 1000 },
  );
});

test('any int64 survives a round trip, also inside a page of other values', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.jsonValue(), (int, other) => {
      const expected = int >= -(TWO_53 - 1n) && int <= TWO_53 - 1n ? Number(int) : int;
      expect(parseJson(stringifyJson({ other, start_time: int, name: String(int) }))).toEqual({ other: losslessParse(JSON.stringify(other)), start_time: expected, name: String(int) });
    }),
  );
});

test('stringifyJson writes what lossless-json writes, bigints as plain integers', () => {
  const values = fc.oneof(fc.jsonValue(), fc.record({ big: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), other: fc.jsonValue() }));
  fc.assert(fc.property(values, (value) => expect(stringifyJson(value)).toBe(stringify(value))), { numRuns: 500 });
  expect(stringifyJson({ start_time: TWO_53 + 1n, name: 'x' })).toBe('{"start_time":9007199254740993,"name":"x"}');
  expect(() => stringifyJson(undefined)).toThrow(TypeError);
});

test('malformed text throws on both paths; a duplicate key keeps its last value on both', () => {
  expect(() => parseJson('{"a":1,}')).toThrow();
  expect(() => parseJson('{"a":9007199254740993,}')).toThrow();
  // a number where a key belongs, and a leading zero, stay errors after the rewriting
  expect(() => parseJson('{9007199254740993:1}')).toThrow(SyntaxError);
  expect(() => parseJson('[09007199254740993]')).toThrow(SyntaxError);
  expect(parseJson('{"a":1,"a":2}')).toEqual({ a: 2 });
  expect(parseJson('{"a":9007199254740993,"a":2}')).toEqual({ a: 2 });
  expect(parseJson('{"a":2,"a":9007199254740993}')).toEqual({ a: 9007199254740993n });
});

test('a text holding the escaped mark takes the lossless-json path, with the same answer', () => {
  const text = '{"s":"\\u00019007199254740993","n":9007199254740993}';
  expect(parseJson(text)).toEqual({ s: '\u00019007199254740993', n: 9007199254740993n });
});

test('a 1000-run page with unsafe integers parses exactly as lossless-json parses it', () => {
  const runs = Array.from({ length: 1000 }, (_, i) => ({
    info: { run_id: `r${i}`, start_time: 2n ** 60n + BigInt(i), end_time: 1700000000000 + i, lifecycle_stage: 'active' },
    data: { metrics: [{ key: 'm', value: i / 7, timestamp: 1700000000000, step: 2n ** 62n }], params: [{ key: 'p', value: `${i}` }] },
  }));
  const text = stringifyJson({ runs, next_page_token: 'x' });
  expect(parseJson(text)).toEqual(losslessParse(text));
});

test('withPlainNumbers returns a value without bigints itself, and copies only what holds one', () => {
  const plain = { runs: [{ info: { start_time: 1 } }], next_page_token: 'x' };
  expect(withPlainNumbers(plain)).toBe(plain);
  const mixed = { runs: [{ info: { start_time: TWO_53 + 1n } }, { info: { start_time: 2 } }], token: { a: 1 } };
  const copy = withPlainNumbers(mixed) as typeof mixed;
  expect(copy).toEqual({ runs: [{ info: { start_time: 2 ** 53 } }, { info: { start_time: 2 } }], token: { a: 1 } });
  expect(mixed.runs[0]!.info.start_time).toBe(TWO_53 + 1n);
  expect(copy.runs[1]).toBe(mixed.runs[1]);
  expect(copy.token).toBe(mixed.token);
});

test('unsafe integers inside strings, keys, fractions and exponents are left as they are', () => {
  const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
  fc.assert(
    fc.property(int64, fc.jsonValue(), fc.constantFrom(' ', ',', ':', '[', '\\"', '\\\\'), (int, other, before) => {
      const text = `{"${int}":"${before}${int}","k ${int}":[${int},0.${int < 0n ? -int : int},1e${int < 0n ? -int : int}],"o":${JSON.stringify(other)},"n":${int}}`;
      expect(parseJson(text)).toEqual(losslessParse(text));
    }),
    { numRuns: 500 },
  );
});
