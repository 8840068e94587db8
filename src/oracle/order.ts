/**
 * order_by: parse the clauses and compare runs in the documented total order.
 *
 *   clause    := identifier [direction]       (identifier: see identifier.ts; whitespace between the
 *                                              two, never around the clause: MLflow and the reference
 *                                              refuse a leading or trailing space, upstream SU
 *                                              `_validate_order_by_and_generate_token`)
 *   direction := ASC | DESC                   case-insensitive (upstream: SU lower-cases it); ASC default
 *
 * Order (spec: "Tiebreaks are done by start_time DESC followed by run_id"): the keys in turn,
 * then start_time DESC, then run_id ascending (inferred: ASC is the spec's default direction).
 * Metrics compare as numbers (their latest value), params and tags as strings in code point order
 * (inferred), -0 equal to 0 and ±Infinity beyond every finite value. A run lacking a key sorts
 * after every run that has it, in both directions; NaN sorts after numbers and before missing, in
 * both directions (upstream, research §3).
 * Those are the catalogue's readings (readings.ts); another `readings` orders by other answers.
 * A repeated key is accepted here (it cannot change the order); MLflow's SQL store answers it with 500.
 */
import { compareCodePoints } from './code-point-order';
import { OrderBySyntaxError } from './errors';
import type { Entity } from './filter-ast';
import { isIdentifierToken, resolveIdentifier } from './identifier';
import { describeToken, tokenize } from './lexer';
import type { MetricPoint, SeededRun } from './model';
import { CATALOGUE_READINGS, compareStrings, metricPoints, type Readings } from './readings';
import { runValue, type RunValue } from './run-value';

export { OrderBySyntaxError } from './errors';

export interface OrderKey {
  entity: Entity;
  key: string;
  descending: boolean;
}

export function parseOrderBy(clauses: string[]): OrderKey[] {
  return clauses.map(parseClause);
}

function parseClause(clause: string): OrderKey {
  const fail = (message: string) => new OrderBySyntaxError(`order_by ${JSON.stringify(clause)}: ${message}`);
  if (/^\s|\s$/u.test(clause)) throw fail('whitespace before or after the clause');
  const [identifier, direction, ...extra] = tokenize(clause, fail);
  if (identifier === undefined) throw fail('empty clause');
  if (!isIdentifierToken(identifier)) throw fail(`expected a column such as metrics.<key>, found ${describeToken(identifier)}`);
  const { entity, key } = resolveIdentifier(identifier, 'order_by', fail);
  if (direction === undefined) return { entity, key, descending: false };
  const word = direction.kind === 'word' ? direction.text.toUpperCase() : '';
  if (word !== 'ASC' && word !== 'DESC') throw fail(`expected ASC or DESC, found ${describeToken(direction)}`);
  if (extra[0] !== undefined) throw fail(`unexpected ${describeToken(extra[0])} after ${word}`);
  return { entity, key, descending: word === 'DESC' };
}

export function compareRuns(keys: OrderKey[], readings: Readings = CATALOGUE_READINGS): (a: SeededRun, b: SeededRun) => number {
  const byKeys = compareKeys(keys, readings);
  return (a, b) => {
    const byRunId = compareCodePoints(a.runId, b.runId);
    return byKeys(a, b) || compareNumbers(b.startTime, a.startTime) || (readings.runIdOrder === 'ascending' ? byRunId : -byRunId);
  };
}

/** The order_by keys alone, without the tiebreak: 0 when two runs tie on every key. */
export function compareKeys(keys: OrderKey[], readings: Readings = CATALOGUE_READINGS): (a: SeededRun, b: SeededRun) => number {
  const points = new WeakMap<SeededRun, Map<string, MetricPoint>>();
  const metricsOf = (run: SeededRun) => () => {
    let metrics = points.get(run);
    if (metrics === undefined) points.set(run, (metrics = metricPoints(run, readings.latestMetric)));
    return metrics;
  };
  return (a, b) => {
    for (const { entity, key, descending } of keys) {
      const byKey = compareValues(
        runValue(a, entity, key, metricsOf(a)),
        runValue(b, entity, key, metricsOf(b)),
        descending,
        readings,
      );
      if (byKey !== 0) return byKey;
    }
    return 0;
  };
}

/** Present values first (in the requested direction), then NaN, then missing — unless other readings place NaN or missing. */
function compareValues(a: RunValue, b: RunValue, descending: boolean, readings: Readings): number {
  const rankA = rank(a, descending, readings);
  const rankB = rank(b, descending, readings);
  if (rankA !== rankB || rankA !== 0) return rankA - rankB;
  const ascending =
    typeof a === 'number' && typeof b === 'number'
      ? compareMetricValues(a, b, readings.nanOrder)
      : compareStrings(String(a), String(b), readings.collation);
  return descending ? -ascending : ascending;
}

function rank(value: RunValue, descending: boolean, { missingLast, nanOrder, emptyString }: Readings): number {
  if (value === undefined || (value === '' && emptyString === 'null')) return missingLast === 'first' || (missingLast === 'first-on-asc' && !descending) ? -1 : 2;
  return nanOrder === 'after-numbers' && Number.isNaN(value) ? 1 : 0;
}

/** Numbers in value order; a NaN that the reading ranks among them as 0, or above +Infinity. */
function compareMetricValues(a: number, b: number, nanOrder: Readings['nanOrder']): number {
  const nanAs = nanOrder === 'as-zero' ? 0 : Number.POSITIVE_INFINITY;
  const [x, y] = [Number.isNaN(a) ? nanAs : a, Number.isNaN(b) ? nanAs : b];
  if (nanOrder === 'largest' && Number.isNaN(a) !== Number.isNaN(b)) return Number.isNaN(a) ? 1 : -1;
  return compareNumbers(x, y);
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
