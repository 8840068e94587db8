/**
 * matchesFilter: every clause holds. A run lacking the key satisfies no comparison, `!=`
 * included (inferred from SQL; MLflow: SU `_does_run_match_clause` returns False for None).
 * `=`, `!=` and LIKE are case-sensitive; ILIKE is not (upstream, TSA `test_search_params`).
 */
import { UnsupportedByOracle } from './errors';
import type { Comparison, FilterAst } from './filter-ast';
import { latestMetrics } from './latest-metric';
import { likePattern } from './like-pattern';
import type { MetricPoint, SeededRun } from './model';
import { runValue, type RunValue } from './run-value';

export function matchesFilter(run: SeededRun, ast: FilterAst): boolean {
  let latest: Map<string, MetricPoint> | undefined;
  const metrics = () => (latest ??= latestMetrics(run));
  return ast.clauses.every((clause) => holds(runValue(run, clause.entity, clause.key, metrics), clause));
}

function holds(actual: RunValue, { comparator, value, entity, key }: Comparison): boolean {
  if (actual === undefined) return false;
  switch (comparator) {
    case '=':
      return actual === value;
    case '!=':
      return actual !== value;
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
