/**
 * matchesFilter: every clause holds. With the catalogue's readings (readings.ts): a run lacking
 * the key satisfies no comparison, `!=` included (inferred from SQL; MLflow: SU
 * `_does_run_match_clause` returns False for None); a metric reads its latest point; `=`, `!=`
 * and LIKE are case-sensitive, ILIKE is not (upstream, TSA `test_search_params`); a NaN metric
 * satisfies != and nothing else (IEEE 754, inferred; -0 equals 0 there too). Another
 * `readings` answers those questions otherwise, for checks that must not depend on them.
 */
import { UnsupportedByOracle } from './errors';
import type { Comparison, FilterAst } from './filter-ast';
import { likePattern } from './like-pattern';
import type { MetricPoint, SeededRun } from './model';
import { CATALOGUE_READINGS, metricPoints, type Readings } from './readings';
import { runValue, type RunValue } from './run-value';

export function matchesFilter(run: SeededRun, ast: FilterAst, readings: Readings = CATALOGUE_READINGS): boolean {
  let points: Map<string, MetricPoint> | undefined;
  const metrics = () => (points ??= metricPoints(run, readings.latestMetric));
  return ast.clauses.every((clause) => holds(runValue(run, clause.entity, clause.key, metrics), clause, readings));
}

/** Whether a run's value (undefined: the run lacks the key) satisfies one comparison. */
export function holds(
  actual: RunValue,
  { comparator, value, entity, key }: Comparison,
  readings: Pick<Readings, 'missingKey' | 'stringCase' | 'nanCompare' | 'emptyString'>,
): boolean {
  if (readings.emptyString === 'null') {
    // SQL NULL: a comparison with a NULL constant is never true, and a stored '' is no value.
    if (value === '') return false;
    if (actual === '') actual = undefined;
  }
  if (actual === undefined) return comparator === '!=' && readings.missingKey === 'not-equal-matches';
  if (typeof actual === 'number' && Number.isNaN(actual)) {
    if (readings.nanCompare === 'matches-nothing') return false;
    if (readings.nanCompare === 'as-zero') actual = 0;
  }
  switch (comparator) {
    case '=':
      return same(actual, value, entity, readings);
    case '!=':
      return !same(actual, value, entity, readings);
    case 'IN':
    case 'NOT IN':
      if (!Array.isArray(value)) throw new TypeError(`${comparator} on ${entity} '${key}' needs a list`);
      return value.includes(String(actual)) === (comparator === 'IN');
    case 'LIKE':
    case 'ILIKE':
      if (typeof actual !== 'string' || typeof value !== 'string') {
        throw new TypeError(`${comparator} on ${entity} '${key}' needs strings`);
      }
      return likePattern(value, comparator === 'ILIKE').test(actual);
    default:
      if (typeof actual !== 'number' || typeof value !== 'number') {
        throw new UnsupportedByOracle(`'${comparator}' on ${entity} '${key}' has no documented meaning for strings`);
      }
      return order(actual, value, comparator);
  }
}

/** `=` on params and tags ignores letter case under the case-insensitive reading. */
function same(actual: string | number, value: Comparison['value'], entity: Comparison['entity'], readings: Pick<Readings, 'stringCase'>): boolean {
  const folds = readings.stringCase === 'insensitive' && (entity === 'param' || entity === 'tag');
  if (folds && typeof actual === 'string' && typeof value === 'string') return actual.toLowerCase() === value.toLowerCase();
  return actual === value;
}

function order(a: number, b: number, comparator: '>' | '>=' | '<' | '<='): boolean {
  switch (comparator) {
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
  }
}
