/** Whether a run satisfies one filter comparison. */
import { compareNumeric } from './int64';
import type { AttributeKey, Clause, Comparator, RunRecord } from './model';

const ATTRIBUTE_VALUES: Record<AttributeKey, (run: RunRecord) => string | number | bigint | undefined> = {
  run_id: (run) => run.runId,
  run_name: (run) => run.runName,
  status: (run) => run.status,
  user_id: (run) => run.userId,
  artifact_uri: (run) => run.artifactUri,
  start_time: (run) => run.startTime,
  end_time: (run) => run.endTime,
};

/** The run's value for a key, or undefined when the run lacks it (then nothing matches). */
export function attributeValue(run: RunRecord, key: string): string | number | bigint | undefined {
  return Object.hasOwn(ATTRIBUTE_VALUES, key) ? ATTRIBUTE_VALUES[key as AttributeKey](run) : undefined;
}

export function clauseSubject(run: RunRecord, clause: Pick<Clause, 'entity' | 'key'>) {
  switch (clause.entity) {
    case 'metric':
      return run.latestMetrics.get(clause.key)?.value;
    case 'param':
      return run.params.get(clause.key);
    case 'tag':
      return run.tags.get(clause.key);
    case 'attribute':
      return attributeValue(run, clause.key);
  }
}

export function matchesClause(run: RunRecord, clause: Clause): boolean {
  const subject = clauseSubject(run, clause);
  // SQL semantics (and MLflow's): a run lacking the key matches no comparison, != included.
  if (subject === undefined) return false;
  const { comparator, value } = clause;
  if (Array.isArray(value)) {
    return typeof subject === 'string' && value.includes(subject) === (comparator === 'IN');
  }
  if (typeof subject === 'string' && typeof value === 'string') {
    return compareStrings(subject, comparator, value, clause);
  }
  if (typeof subject !== 'string' && typeof value !== 'string') {
    return compareNumbers(subject, comparator, value);
  }
  return false;
}

function compareNumbers(subject: number | bigint, comparator: Comparator, value: number | bigint): boolean {
  const order = compareNumeric(subject, value);
  // NaN is unordered: every comparison is false except !=.
  if (order === undefined) return comparator === '!=';
  return orderSatisfies(order, comparator);
}

/** Whether a subject that sorts `order` (<0, 0, >0) against the constant satisfies the comparator. */
export function orderSatisfies(order: number, comparator: Comparator): boolean {
  switch (comparator) {
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    default:
      return false;
  }
}

function compareStrings(subject: string, comparator: Comparator, value: string, clause: Clause): boolean {
  switch (comparator) {
    case '=':
      return subject === value;
    case '!=':
      return subject !== value;
    case 'LIKE':
    case 'ILIKE':
      return likePattern(clause, value, comparator === 'ILIKE').test(subject);
    default:
      return false;
  }
}

/** Compiled once per clause, not once per run. */
const compiledPatterns = new WeakMap<Clause, RegExp>();

function likePattern(clause: Clause, pattern: string, ignoreCase: boolean): RegExp {
  let compiled = compiledPatterns.get(clause);
  if (compiled === undefined) {
    compiled = likeRegExp(pattern, ignoreCase);
    compiledPatterns.set(clause, compiled);
  }
  return compiled;
}

/** SQL LIKE: `%` any run of characters, `_` exactly one, anchored at both ends. */
export function likeRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const body = [...pattern]
    .map((char) => (char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, ignoreCase ? 'isu' : 'su');
}
