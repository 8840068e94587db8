/**
 * Filters aimed at one requirement each, built from the data so they select something often.
 * Where validFilter mixes everything, these keep one feature under the lens. Constants are plain
 * (unsigned, no exponent) except in signedNumberFilter, whose requirement is their spelling:
 *
 *   metricComparison     metrics.k OP n                  OP ∈ = != > >= < <=, n from the data ± ½
 *   nanMetricComparison  metrics.k OP n                  k NaN on some run; n 0 (NaN read as 0) or from the data
 *   signedNumberFilter   metrics.k OP n                  n spelled -1.5 | 1.5e-3 | 2.5E+2 | 0.125
 *   stringEquality       (params|tags).k (=|!=) 'v'
 *   conjunction          clause AND clause               AND in any letter case
 *   quotedKeyFilter      metrics."k" … | params."k" …    double quotes, also around plain keys
 *   backtickKeyFilter    metrics.`k` …                   (upstream)
 *   doubleQuotedValue    params.k = "v"                  v often holding an apostrophe (upstream)
 *   missingKeyInequality (metrics|params|tags).k != v    k missing on some runs
 *   staleMetricEquality  metrics.k = v                   v an older point of a history, not the latest
 *   likeFilter           (params|tags).k | attributes.(run_name|status|run_id)  (LIKE|ILIKE) pattern   (upstream)
 *                        pattern: a value with one slice made % (prefix, suffix, middle, all,
 *                        or empty) and 0..2 of its other characters made _, in either letter case
 *   attributeFilter      attributes.(run_name|status|start_time|end_time) …   (upstream)
 *   runIdInFilter        attributes.run_id IN ('…', …)   (upstream)
 *   caseSwappedEquality  params.k = 'V'                  v with its letter case changed (upstream)
 *   emptyStringFilter    (params|tags).k (=|!=) ('' | 'v')   k '' on some run (inferred)
 */
import fc from 'fast-check';
import { formatKey, formatNumber, formatPlainNumber, formatString } from '../src/oracle';
import { latestMetrics } from '../src/oracle';
import type { DataSet, RunSpec, SeededRun } from '../src/oracle';
import { isPlainKey } from './key';
import { isPlainStringValue, observe } from './observed';

type Data = Pick<DataSet, 'runs'>;
const AND = fc.constantFrom('AND', 'and', 'And', 'aND');
const METRIC_OPS = ['=', '!=', '>', '>=', '<', '<='] as const;

/** A key of the map with one of its values; undefined when the map is empty. */
function keyAndValue<T>(map: Map<string, T[]>): fc.Arbitrary<{ key: string; value: T }> | undefined {
  const entries = [...map.entries()].filter(([, values]) => values.length > 0);
  if (entries.length === 0) return undefined;
  return fc.constantFrom(...entries).chain(([key, values]) => fc.constantFrom(...values).map((value) => ({ key, value })));
}

/** Metric values a filter can write plainly; a key whose values all need a sign compares with 0. */
function plainMetrics(data: Data): Map<string, number[]> {
  return new Map(
    [...observe(data.runs).metrics].map(([key, values]) => {
      const plain = values.filter((v) => formatPlainNumber(v) !== undefined);
      return [key, plain.length > 0 ? plain : [0]];
    }),
  );
}

function required<T>(arbitrary: fc.Arbitrary<T> | undefined, what: string): fc.Arbitrary<T> {
  if (!arbitrary) throw new Error(`the data set has no ${what}; the generator cannot aim at it`);
  return arbitrary;
}

export function metricComparison(data: Data): fc.Arbitrary<string> {
  const pick = required(keyAndValue(plainMetrics(data)), 'metrics');
  return fc
    .record({ pick, op: fc.constantFrom(...METRIC_OPS), nudge: fc.constantFrom(0, 0, 0.5, -0.5) })
    .map(({ pick: { key, value }, op, nudge }) => `metrics.${formatKey(key)} ${op} ${formatPlainNumber(value + nudge) ?? formatNumber(value)}`);
}

/**
 * A comparison on a key that some run logged NaN for: a constant of the data or 0, which a store
 * that reads NaN as 0 (MLflow's SQL store, FastTrackML) matches with =, >= and <=.
 */
export function nanMetricComparison(data: Data): fc.Arbitrary<string> {
  const nanKeys = new Set(data.runs.flatMap((run) => run.metrics.filter((p) => Number.isNaN(p.value)).map((p) => p.key)));
  const plain = plainMetrics(data);
  const keys = [...plain.keys()].filter((key) => nanKeys.has(key));
  const pick = required(keys.length ? fc.constantFrom(...keys) : undefined, 'metric logged as NaN');
  return fc
    .record({ key: pick, op: fc.constantFrom(...METRIC_OPS), zero: fc.boolean(), index: fc.nat() })
    .map(({ key, op, zero, index }) => {
      const values = plain.get(key)!;
      return `metrics.${formatKey(key)} ${op} ${formatPlainNumber(zero ? 0 : values[index % values.length]!)!}`;
    });
}

/**
 * Whether every point the run logged for `key` lies on one side of `split` (and none is NaN): then
 * `>= split` and `< split` select it alike whichever point a server reads as the latest.
 */
function oneSide(run: RunSpec, key: string, split: number): boolean | undefined {
  const values = run.metrics.filter((p) => p.key === key).map((p) => p.value);
  if (values.length === 0 || values.some(Number.isNaN)) return undefined;
  const above = values.map((v) => v >= split);
  return above.every((a) => a === above[0]) ? above[0] : undefined;
}

/** The metric key (plain keys first) on which the most runs lie on one side of `split`. */
function splitKey(runs: readonly RunSpec[], split: number): string | undefined {
  const settled = new Map<string, number>();
  for (const key of new Set(runs.flatMap((run) => run.metrics.map((p) => p.key)))) {
    const count = runs.filter((run) => oneSide(run, key, split) !== undefined).length;
    if (count > 0) settled.set(key, count);
  }
  const rank = ([key, count]: [string, number]) => count + (isPlainKey(key) ? runs.length : 0);
  return [...settled].sort((a, b) => rank(b) - rank(a))[0]?.[0];
}

/**
 * `>= 0` and `< 0` on a key whose runs lie on one side of 0: between them they select every such
 * run and each excludes the other's, so five drawn smoke cases that all select nothing (a key with
 * few plain values, histories that change sign) cannot leave FILTER-METRIC-COMPARE vacuous.
 */
export function metricCompareExamples(data: { runs: readonly RunSpec[] }): string[] {
  const key = splitKey(data.runs, 0);
  return key === undefined ? [] : ['>= 0', '< 0'].map((tail) => `metrics.${formatKey(key)} ${tail}`);
}

/** The same split at -0.5, written with a sign and with a sign and an exponent (FILTER-NUMERIC-LITERALS). */
export function signedNumberExamples(data: { runs: readonly RunSpec[] }): string[] {
  const key = splitKey(data.runs, -0.5);
  return key === undefined ? [] : ['>= -0.5', '< -5e-1'].map((tail) => `metrics.${formatKey(key)} ${tail}`);
}

/**
 * One conjunction in lower case that a run satisfies: a metric of it on the side of 0 all its
 * points lie, and one of its params (a value without quotes), so FILTER-AND has a run to select.
 */
export function conjunctionExamples(data: { runs: readonly RunSpec[] }): string[] {
  for (const run of data.runs) {
    const metric = [...new Set(run.metrics.map((p) => p.key))].find((key) => oneSide(run, key, 0) !== undefined);
    const param = Object.entries(run.params).find(([, value]) => isPlainStringValue(value));
    if (metric === undefined || !param) continue;
    const side = oneSide(run, metric, 0) ? '>= 0' : '< 0';
    return [`metrics.${formatKey(metric)} ${side} and params.${formatKey(param[0])} = ${formatString(param[1])}`];
  }
  return [];
}

/**
 * `!= 0` and `>= 0` on the first key some run logged NaN for, tried first in every tier: under
 * IEEE 754 a NaN satisfies the first and not the second; read as 0 it does the opposite, and a
 * NaN that matches nothing fails the first.
 */
export function nanMetricExamples(data: { runs: readonly RunSpec[] }): string[] {
  const key = data.runs.flatMap((run) => run.metrics.filter((p) => Number.isNaN(p.value)).map((p) => p.key))[0];
  return key === undefined ? [] : ['!=', '>='].map((op) => `metrics.${formatKey(key)} ${op} 0`);
}

/** The same constants as metricComparison, spelled with a sign, a decimal point or an exponent. */
export function signedNumberFilter(data: Data): fc.Arbitrary<string> {
  const pick = required(keyAndValue(observe(data.runs).metrics), 'metrics');
  const spell = (n: number, style: number): string => {
    if (style === 0) return n.toExponential().replace('e+', 'E+');
    if (style === 1) return n.toExponential();
    if (style === 2) return formatNumber(n);
    return n.toFixed(3);
  };
  return fc
    .record({ pick, op: fc.constantFrom(...METRIC_OPS), negate: fc.boolean(), style: fc.nat(3) })
    // Every case carries a sign or an exponent (a plain 0.125 asks nothing of the reading): an
    // unsigned draw in a plain style is negated, so a small tier cannot draw only plain constants.
    .map(({ pick: { key, value }, op, negate, style }) => {
      const signed = negate || style < 2 ? negate : true;
      return `metrics.${formatKey(key)} ${op} ${spell(signed ? -Math.abs(value) - 0.5 : value, style)}`;
    });
}

export function stringEquality(data: Data, entity: 'params' | 'tags'): fc.Arbitrary<string> {
  const pick = required(keyAndValue(observe(data.runs)[entity]), entity);
  return fc
    .record({ pick, op: fc.constantFrom('=', '!=') })
    .map(({ pick: { key, value }, op }) => `${entity}.${formatKey(key)} ${op} ${formatString(value)}`);
}

/** Any one clause about a metric, param or tag. */
function anyClause(data: Data): fc.Arbitrary<string> {
  const seen = observe(data.runs);
  return fc.oneof(
    ...(seen.metrics.size ? [metricComparison(data)] : []),
    ...(seen.params.size ? [stringEquality(data, 'params')] : []),
    ...(seen.tags.size ? [stringEquality(data, 'tags')] : []),
  );
}

export function conjunction(data: Data): fc.Arbitrary<string> {
  return fc.tuple(anyClause(data), AND, anyClause(data)).map(([a, and, b]) => `${a} ${and} ${b}`);
}

/** Like anyClause, but every key in double quotes (documented for special characters, valid for any key). */
export function quotedKeyFilter(data: Data): fc.Arbitrary<string> {
  return anyClause(data).map((clause) => clause.replace(/^(metrics|params|tags)\.([A-Za-z_][A-Za-z0-9_]*) /, '$1."$2" '));
}

export function backtickKeyFilter(data: Data): fc.Arbitrary<string> {
  const pick = required(keyAndValue(plainMetrics(data)), 'metrics');
  return fc
    .record({ pick: pick.filter(({ key }) => !key.includes('`')), op: fc.constantFrom(...METRIC_OPS) })
    .map(({ pick: { key, value }, op }) => `metrics.\`${key}\` ${op} ${formatNumber(value)}`);
}

/** Any non-empty param value without a double quote, an apostrophe-bearing one half the time when the data has one. */
export function doubleQuotedValue(data: Data): fc.Arbitrary<string> {
  const values = new Map<string, string[]>();
  for (const run of data.runs) {
    for (const [key, value] of Object.entries(run.params)) {
      if (value !== '' && !/["\\]/.test(value) && !(values.get(key) ?? []).includes(value)) values.set(key, [...(values.get(key) ?? []), value]);
    }
  }
  const withApostrophe = new Map([...values].map(([key, vs]) => [key, vs.filter((v) => v.includes("'"))]));
  const any = required(keyAndValue(values), 'params');
  const apostrophe = keyAndValue(withApostrophe);
  return fc
    .record({ pick: apostrophe ? fc.oneof(any, apostrophe) : any, op: fc.constantFrom('=', '!=') })
    .map(({ pick: { key, value }, op }) => `params.${formatKey(key)} ${op} "${value}"`);
}

export function missingKeyInequality(data: Data): fc.Arbitrary<string> {
  const seen = observe(data.runs);
  const lacking = <T>(values: Map<string, T[]>, has: (run: RunSpec, key: string) => boolean) =>
    keyAndValue(new Map([...values].filter(([key]) => data.runs.some((run) => !has(run, key)))));
  const metrics = lacking(plainMetrics(data), (run, key) => run.metrics.some((p) => p.key === key));
  const params = lacking(seen.params, (run, key) => Object.hasOwn(run.params, key));
  const tags = lacking(seen.tags, (run, key) => Object.hasOwn(run.tags, key));
  const options = [
    ...(metrics ? [metrics.map(({ key, value }) => `metrics.${formatKey(key)} != ${formatNumber(value)}`)] : []),
    ...(params ? [params.map(({ key, value }) => `params.${formatKey(key)} != ${formatString(value)}`)] : []),
    ...(tags ? [tags.map(({ key, value }) => `tags.${formatKey(key)} != ${formatString(value)}`)] : []),
  ];
  return required(options.length ? fc.oneof(...options) : undefined, 'metric, param or tag missing on some run');
}

export function staleMetricEquality(data: Data): fc.Arbitrary<string> {
  const stale = data.runs.flatMap((run) => {
    const latest = latestMetrics(run);
    return run.metrics
      .filter((p) => p.value !== latest.get(p.key)?.value && formatPlainNumber(p.value) !== undefined)
      .map((p) => `metrics.${formatKey(p.key)} = ${formatNumber(p.value)}`);
  });
  return required(stale.length ? fc.constantFrom(...stale) : undefined, 'metric history with an older, different value');
}

export function likeFilter(data: Data | { runs: readonly SeededRun[] }): fc.Arbitrary<string> {
  const seen = observe(data.runs);
  const distinct = (values: string[]) => [...new Set(values)];
  const subjects = new Map<string, string[]>([
    ...[...seen.params].map(([key, values]) => [`params.${formatKey(key)}`, values] as [string, string[]]),
    ...[...seen.tags].map(([key, values]) => [`tags.${formatKey(key)}`, values] as [string, string[]]),
    ['attributes.run_name', distinct(data.runs.map((r) => r.ref))],
    ['attributes.status', distinct(data.runs.map((r) => r.status))],
    ...(data.runs.every((r) => 'runId' in r) ? [['attributes.run_id', (data.runs as readonly SeededRun[]).map((r) => r.runId)] as [string, string[]]] : []),
  ]);
  const pick = required(keyAndValue(subjects), 'params, tags or runs');
  return fc
    .record({ pick, pattern: fc.record({ from: fc.nat(), to: fc.nat(), percent: fc.boolean(), unders: fc.array(fc.nat(), { maxLength: 2 }) }), op: fc.constantFrom('LIKE', 'ILIKE', 'like', 'ilike'), swap: fc.boolean() })
    .map(({ pick: { key, value }, pattern, op, swap }) => {
      const text = likePatternOf(value, pattern);
      return `${key} ${op} ${formatString(swap ? swapCase(text) : text)}`;
    });
}

/**
 * Three patterns, tried first in every tier (five drawn cases may hold none of a case, a leading %
 * or a _): on one printable ASCII value with a letter of a plain param or tag key (else run_name),
 * LIKE with every letter swapped in case (a case-sensitive LIKE selects nothing of it) and ILIKE
 * of a leading % and the swapped tail; on run_name, a string attribute, a leading _ and a trailing %.
 */
export function likeCaseExamples(data: { runs: readonly RunSpec[] }): string[] {
  const seen = observe(data.runs);
  const telling = (value: string) => /^[\x20-\x7e]{2,}$/.test(value) && /[A-Za-z]/.test(value) && !/[%_]/.test(value);
  const runNames = data.runs.map((r) => r.ref);
  const subjects: [string, string[]][] = [
    ...[...seen.params].filter(([key]) => isPlainKey(key)).map(([key, values]): [string, string[]] => [`params.${key}`, values]),
    ...[...seen.tags].filter(([key]) => isPlainKey(key)).map(([key, values]): [string, string[]] => [`tags.${key}`, values]),
    ['attributes.run_name', runNames],
  ];
  const examples: string[] = [];
  const cased = subjects.flatMap(([subject, values]) => values.filter(telling).map((value): [string, string] => [subject, value]))[0];
  if (cased) {
    const [subject, value] = cased;
    const tail = value.slice(Math.floor(value.length / 2));
    examples.push(`${subject} LIKE ${formatString(swapCase(value))}`, `${subject} ILIKE ${formatString(`%${swapCase(tail)}`)}`);
  }
  const name = runNames.find(telling);
  if (name !== undefined) examples.push(`attributes.run_name LIKE ${formatString(`_${name.slice(1, -1)}%`)}`);
  return examples;
}

/** The value with [from, to) replaced by % (when percent) and the characters at `unders` outside it by _. */
function likePatternOf(value: string, { from, to, percent, unders }: { from: number; to: number; percent: boolean; unders: number[] }): string {
  const chars = [...value];
  const [start, end] = [from % (chars.length + 1), to % (chars.length + 1)].sort((a, b) => a - b) as [number, number];
  for (const at of unders) {
    const i = at % Math.max(1, chars.length);
    if (chars.length > 0 && (!percent || i < start || i >= end)) chars[i] = '_';
  }
  return percent ? [...chars.slice(0, start), '%', ...chars.slice(end)].join('') : chars.join('');
}

function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}

export function attributeFilter(data: Data): fc.Arbitrary<string> {
  const runs = data.runs;
  const run = fc.constantFrom(...runs);
  return fc.oneof(
    run.map((r) => `attributes.run_name = ${formatString(r.ref)}`),
    run.map((r) => `attributes.status != ${formatString(r.status)}`),
    fc.tuple(run, fc.constantFrom('>', '>=', '<', '<=', '=')).map(([r, op]) => `attributes.start_time ${op} ${r.startTime}`),
    fc.tuple(run, fc.constantFrom('>', '<=')).map(([r, op]) => `attributes.end_time ${op} ${r.endTime ?? r.startTime}`),
  );
}

export function runIdInFilter(runs: readonly SeededRun[]): fc.Arbitrary<string> {
  return fc
    .subarray([...runs], { minLength: 1, maxLength: 4 })
    .chain((chosen) => fc.constantFrom('IN', 'NOT IN').map((op) => `attributes.run_id ${op} (${chosen.map((r) => formatString(r.runId)).join(', ')})`));
}

export function caseSwappedEquality(data: Data): fc.Arbitrary<string> {
  const swap = (s: string) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
  // Only values with a letter: a filter on the draw would never end where every value is digits.
  const cased = new Map([...observe(data.runs).params].map(([key, values]) => [key, values.filter((v) => swap(v) !== v)]));
  const pick = required(keyAndValue(cased), 'param value with a letter');
  return pick.map(({ key, value }) => `params.${formatKey(key)} = ${formatString(swap(value))}`);
}

/** The param and tag keys some run holds the empty string for, sorted. */
export function emptyValueKeys(runs: readonly RunSpec[]): { entity: 'params' | 'tags'; key: string }[] {
  const found = new Map<string, { entity: 'params' | 'tags'; key: string }>();
  for (const run of runs) {
    for (const [entity, values] of [['params', run.params], ['tags', run.tags]] as const) {
      for (const [key, value] of Object.entries(values)) if (value === '') found.set(`${entity}.${key}`, { entity, key });
    }
  }
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, subject]) => subject);
}

/**
 * = '' and != '' on a key some run holds '' for, and != one of the key's other values (a run
 * holding '' satisfies it when '' is a value; read as NULL, it satisfies none of the three).
 */
export function emptyStringFilter(data: Data): fc.Arbitrary<string> {
  const keys = emptyValueKeys(data.runs);
  const seen = observe(data.runs);
  return fc
    .record({ subject: required(keys.length ? fc.constantFrom(...keys) : undefined, "param or tag value ''"), op: fc.constantFrom('=', '!='), other: fc.nat() })
    .map(({ subject: { entity, key }, op, other }) => {
      const others = seen[entity].get(key) ?? [];
      const value = op === '!=' && others.length > 0 && other % 2 === 1 ? others[other % others.length]! : '';
      return `${entity}.${formatKey(key)} ${op} ${formatString(value)}`;
    });
}

/** = '' and != '' on the first such key, tried first in every tier. */
export function emptyStringExamples(data: { runs: readonly RunSpec[] }): string[] {
  const [first] = emptyValueKeys(data.runs);
  return first === undefined ? [] : ['=', '!='].map((op) => `${first.entity}.${formatKey(first.key)} ${op} ''`);
}
