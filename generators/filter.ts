/**
 * Filter strings: valid ones built from a data set, and invalid ones by category.
 *
 *   validFilter   := clause (' ' AND ' ' clause){0,2}        AND ∈ AND | and | And | aNd
 *   clause        := 'metrics.' key ' ' op ' ' number        op ∈ = != > >= < <=
 *                  | ('params.' | 'tags.') key ' ' ('=' | '!=') ' ' 'string'
 *   key           := as is if a plain identifier, else "double-quoted" (sometimes quoted anyway)
 *   number        := plain: unsigned, no exponent (2.5, 0.0015); 0 where a value needs a sign
 *
 * Only documented syntax: a sign or an exponent is FILTER-NUMERIC-LITERALS's question. Clauses are built around one anchor run and hold for it 4 times in 5,
 * so most filters select something; the rest pick keys and values from other runs.
 */
import fc from 'fast-check';
import { formatKey, formatPlainNumber, formatString } from '../src/oracle';
import { latestMetrics } from '../src/oracle';
import type { DataSet, RunSpec } from '../src/oracle';
import { plainKey } from './key';
import { observe, type Observed } from './observed';

const METRIC_OPS = ['=', '!=', '>', '>=', '<', '<='] as const;
type MetricOp = (typeof METRIC_OPS)[number];
const AND = fc.constantFrom('AND', 'and', 'And', 'aNd');

export function validFilter(data: Pick<DataSet, 'runs'>): fc.Arbitrary<string> {
  const observed = observe(data.runs);
  const runs = data.runs;
  if (runs.length === 0 || (observed.metrics.size === 0 && observed.params.size === 0 && observed.tags.size === 0)) {
    return fc.constant('metrics.loss >= 0');
  }
  return fc
    .nat(runs.length - 1)
    .chain((anchor) =>
      fc.tuple(fc.array(clause(runs[anchor]!, observed), { minLength: 1, maxLength: 3 }), fc.array(AND, { minLength: 2, maxLength: 2 })),
    )
    .map(([clauses, ands]) => clauses.reduce((text, c, i) => `${text} ${ands[i - 1]} ${c}`));
}

function clause(anchor: RunSpec, observed: Observed): fc.Arbitrary<string> {
  const options = [
    ...(observed.metrics.size ? [metricClause(anchor, observed.metrics)] : []),
    ...(observed.params.size ? [stringClause('params', anchor.params, observed.params)] : []),
    ...(observed.tags.size ? [stringClause('tags', anchor.tags, observed.tags)] : []),
  ];
  return fc.oneof(...options);
}

/** Keys the anchor has, three times as often as any observed key. */
function keyFor(own: string[], all: string[]): fc.Arbitrary<string> {
  const any = fc.constantFrom(...all);
  return own.length ? fc.oneof({ arbitrary: fc.constantFrom(...own), weight: 3 }, { arbitrary: any, weight: 1 }) : any;
}

const truthful = fc.nat(4).map((x) => x > 0);
const rarely = fc.nat(7).map((x) => x === 0);

function metricClause(anchor: RunSpec, metrics: Map<string, number[]>): fc.Arbitrary<string> {
  const latest = latestMetrics(anchor);
  const own = [...latest.keys()].filter((k) => metrics.has(k));
  return fc
    .record({
      key: keyFor(own, [...metrics.keys()]),
      op: fc.constantFrom(...METRIC_OPS),
      truthful,
      pick: fc.nat(),
      quoteKey: rarely,
    })
    .map(({ key, op, truthful, pick, quoteKey }) => {
      const values = metrics.get(key)!;
      const mine = latest.get(key)?.value;
      const value = truthful && mine !== undefined ? satisfying(op, mine, values) : (values[pick % values.length] ?? 0);
      return `metrics.${formatKey(key, quoteKey)} ${op} ${formatPlainNumber(value) ?? '0'}`;
    });
}

/** A constant for which `mine <op> constant` holds, preferring values other runs carry. */
function satisfying(op: MetricOp, mine: number, values: number[]): number {
  switch (op) {
    case '=':
    case '>=':
    case '<=':
      return mine;
    case '>':
      return Math.max(...values.filter((v) => v < mine), mine - 1);
    case '<':
      return Math.min(...values.filter((v) => v > mine), mine + 1);
    case '!=':
      return values.find((v) => v !== mine) ?? mine + 1;
  }
}

function stringClause(prefix: 'params' | 'tags', own: Record<string, string>, observed: Map<string, string[]>): fc.Arbitrary<string> {
  const ownKeys = Object.keys(own).filter((k) => observed.has(k));
  return fc
    .record({ key: keyFor(ownKeys, [...observed.keys()]), op: fc.constantFrom('=', '!='), truthful, pick: fc.nat(), quoteKey: rarely })
    .map(({ key, op, truthful, pick, quoteKey }) => {
      const values = observed.get(key)!;
      // The anchor's value only when a filter may write it (observed: not '', no apostrophe).
      const mine = Object.hasOwn(own, key) && values.includes(own[key]!) ? own[key] : undefined;
      const other = values.find((v) => v !== mine);
      const value =
        truthful && mine !== undefined ? (op === '=' ? mine : (other ?? `${mine}-other`)) : values[pick % values.length]!;
      return `${prefix}.${formatKey(key, quoteKey)} ${op} ${formatString(value)}`;
    });
}

export type InvalidFilterCategory =
  | 'or'
  | 'parentheses'
  | 'dangling-operator'
  | 'unquoted-string'
  | 'bad-identifier'
  | 'unknown-entity'
  | 'multiple-statements'
  | 'quoted-metric-value'
  | 'empty-key';

/**
 * Filters a conforming server must reject, by category. `empty-key` rests on a reading, not on the
 * spec or MLflow (MLflow parses `metrics."" > 1` and matches nothing): use it for inferred checks.
 */
export function invalidFilter(): fc.Arbitrary<{ category: InvalidFilterCategory; filter: string }> {
  const k = plainKey();
  const n = fc.integer({ min: -100, max: 100 }).map(String);
  const s = fc.constantFrom('x', 'abc', 'LogisticRegression');
  const metric = fc.tuple(k, fc.constantFrom(...METRIC_OPS), n).map(([key, op, v]) => `metrics.${key} ${op} ${v}`);
  const param = fc.tuple(k, s).map(([key, v]) => `params.${key} = '${v}'`);
  const valid = fc.oneof(metric, param);
  const as = <C extends InvalidFilterCategory>(category: C, filter: fc.Arbitrary<string>) =>
    filter.map((f) => ({ category, filter: f }));
  return fc.oneof(
    as('or', fc.tuple(valid, fc.constantFrom('OR', 'or', 'Or'), valid).map((p) => p.join(' '))),
    as(
      'parentheses',
      fc.oneof(
        valid.map((v) => `(${v})`),
        fc.tuple(valid, valid).map(([a, b]) => `${a} AND (${b})`),
      ),
    ),
    as(
      'dangling-operator',
      fc.oneof(
        fc.tuple(k, fc.constantFrom(...METRIC_OPS)).map(([key, op]) => `metrics.${key} ${op}`),
        k.map((key) => `params.${key} =`),
        valid.map((v) => `${v} AND`),
      ),
    ),
    as('unquoted-string', fc.tuple(fc.constantFrom('params', 'tags'), k, fc.constantFrom('=', '!='), s).map(([e, key, op, v]) => `${e}.${key} ${op} ${v}`)),
    as('bad-identifier', fc.oneof(fc.constant('1 = 1'), n.map((v) => `${v} > 0`), s.map((v) => `'${v}' = 'x'`))),
    as(
      'unknown-entity',
      fc.tuple(fc.constantFrom('foo', 'metricz', 'paramz', 'tagz', 'experiment', 'xyz'), k, n).map(([e, key, v]) => `${e}.${key} = ${v}`),
    ),
    as('multiple-statements', fc.oneof(fc.tuple(valid, valid).map(([a, b]) => `${a}; ${b}`), valid.map((v) => `${v};`))),
    as('quoted-metric-value', fc.tuple(k, fc.constantFrom(...METRIC_OPS), n, fc.constantFrom("'", '"')).map(([key, op, v, q]) => `metrics.${key} ${op} ${q}${v}${q}`)),
    as(
      'empty-key',
      fc.oneof(
        n.map((v) => `metrics."" > ${v}`),
        s.map((v) => `params.\`\` = '${v}'`),
        n.map((v) => `metrics. > ${v}`),
      ),
    ),
  );
}

/**
 * Categories a documented check leaves out: the spec's own example compares a metric with a
 * quoted string (metrics."model class" = 'LinearRegression'), and an empty key is rejected only
 * by a reading (MLflow parses it and matches nothing).
 */
export const NOT_DOCUMENTED_AS_INVALID: ReadonlySet<InvalidFilterCategory> = new Set(['quoted-metric-value', 'empty-key']);

/** invalidFilter without the categories the spec does not make invalid: what FILTER-INVALID-400 judges. */
export function documentedInvalidFilter(): fc.Arbitrary<{ category: InvalidFilterCategory; filter: string }> {
  return invalidFilter().filter(({ category }) => !NOT_DOCUMENTED_AS_INVALID.has(category));
}

export type MistypedFilterCategory = 'comparator-for-entity' | 'value-type' | 'list-outside-run-id' | 'unknown-attribute' | 'quoted-metric-value';

/**
 * Comparisons whose parts are each valid but do not fit together in MLflow's grammar (upstream,
 * SU `_get_comparison` / `_get_value` and the comparator sets per entity; research §2):
 *
 *   comparator-for-entity  params|tags|string attribute  > >= < <= ;  metrics|start_time|end_time  LIKE ILIKE
 *   value-type             params|tags|string attribute = number ;  start_time|end_time = 'text'
 *   list-outside-run-id    params|tags|status|run_name  IN|NOT IN ('a', 'b')
 *   unknown-attribute      attributes.lifecycle_stage|experiment_id|Status|name = 'x'
 *   quoted-metric-value    metrics.k OP '5'  (the spec's own example compares a metric with a quoted
 *                          string, so only MLflow makes this invalid)
 *
 * The comparison may stand between valid ones (amongValidComparisons), as a second or third clause.
 */
export function mistypedFilter(): fc.Arbitrary<{ category: MistypedFilterCategory; filter: string }> {
  return amongValidComparisons(mistypedComparison());
}

/**
 * The wrong comparison with up to one valid comparison before and after it, joined by AND: a
 * server must refuse the filter whichever clause is wrong, not only when it is the first. The
 * neighbours shrink away first, so a failure one clause shows ends as that one clause.
 */
function amongValidComparisons<T extends { filter: string }>(wrong: fc.Arbitrary<T>): fc.Arbitrary<T> {
  const neighbour = fc.array(validComparison(), { maxLength: 1 });
  return fc
    .tuple(neighbour, wrong, neighbour, AND)
    .map(([before, item, after, and]) => ({ ...item, filter: [...before, item.filter, ...after].join(` ${and} `) }));
}

/** A documented comparison on any key, for wrapping an invalid one: `metrics.k OP n` or `params.k = 's'`. */
function validComparison(): fc.Arbitrary<string> {
  const metric = fc.tuple(plainKey(), fc.constantFrom(...METRIC_OPS), fc.integer({ min: 0, max: 100 })).map(([key, op, v]) => `metrics.${key} ${op} ${v}`);
  const param = fc.tuple(plainKey(), fc.constantFrom('x', 'abc')).map(([key, v]) => `params.${key} = '${v}'`);
  return fc.oneof(metric, param);
}

function mistypedComparison(): fc.Arbitrary<{ category: MistypedFilterCategory; filter: string }> {
  const k = plainKey();
  const n = fc.integer({ min: 0, max: 100 }).map(String);
  const s = fc.constantFrom("'x'", "'abc'", '"LogisticRegression"');
  const strings = fc.oneof(fc.tuple(fc.constantFrom('params', 'tags'), k).map(([e, key]) => `${e}.${key}`), fc.constantFrom('attributes.run_name', 'attributes.status', 'attributes.run_id'));
  const numbers = fc.oneof(k.map((key) => `metrics.${key}`), fc.constantFrom('attributes.start_time', 'attributes.end_time'));
  const as = <C extends MistypedFilterCategory>(category: C, filter: fc.Arbitrary<string>) => filter.map((f) => ({ category, filter: f }));
  return fc.oneof(
    as(
      'comparator-for-entity',
      fc.oneof(
        fc.tuple(strings, fc.constantFrom('>', '>=', '<', '<='), s).map((p) => p.join(' ')),
        fc.tuple(numbers, fc.constantFrom('LIKE', 'ILIKE'), fc.constantFrom("'1%'", "'%'")).map((p) => p.join(' ')),
      ),
    ),
    as(
      'value-type',
      fc.oneof(
        fc.tuple(strings, fc.constantFrom('=', '!='), n).map((p) => p.join(' ')),
        fc.tuple(fc.constantFrom('attributes.start_time', 'attributes.end_time'), fc.constantFrom('=', '>', '<='), s).map((p) => p.join(' ')),
      ),
    ),
    as(
      'list-outside-run-id',
      fc
        .tuple(fc.oneof(fc.tuple(fc.constantFrom('params', 'tags'), k).map(([e, key]) => `${e}.${key}`), fc.constantFrom('attributes.status', 'attributes.run_name')), fc.constantFrom('IN', 'NOT IN'))
        .map(([subject, op]) => `${subject} ${op} ('a', 'b')`),
    ),
    as(
      'unknown-attribute',
      fc.tuple(fc.constantFrom('attributes.lifecycle_stage', 'attributes.experiment_id', 'attributes.Status', 'attr.name', 'run_uuid'), fc.constantFrom('=', '!=')).map(([a, op]) => `${a} ${op} 'x'`),
    ),
    as('quoted-metric-value', fc.tuple(k, fc.constantFrom('=', '>', '<='), n, fc.constantFrom("'", '"')).map(([key, op, v, q]) => `metrics.${key} ${op} ${q}${v}${q}`)),
  );
}
