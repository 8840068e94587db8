/**
 * Building blocks for order mutants: the reference's own value comparison and tiebreak, so a
 * mutant changes exactly one decision of the order and keeps the rest.
 */
import { compareNumeric } from '../../reference';
import type { OrderKey } from '../../reference';
import { compareCodePoints, type SortableRun, type SortValue } from '../../reference';

/** Two present, non-NaN values of one key, ascending. */
export function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  return compareNumeric(a as number | bigint, b as number | bigint) ?? 0;
}

/** The documented tiebreak: start_time DESC, then run_id ascending. */
export function tiebreak(a: SortableRun, b: SortableRun): number {
  return compareNumeric(b.run.startTime, a.run.startTime) || compareCodePoints(a.run.runId, b.run.runId);
}

/**
 * The reference's placement of missing values (last) and NaN metrics (just before them), both
 * directions, around a value comparison: a mutant of one decision keeps these two.
 */
export function compareKey(a: SortValue, b: SortValue, key: OrderKey, compare = compareValues): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const [nanA, nanB] = [isNaNValue(a), isNaNValue(b)];
  if (nanA || nanB) return nanA === nanB ? 0 : nanA ? 1 : -1;
  const order = compare(a, b);
  return key.ascending ? order : -order;
}

function isNaNValue(value: SortValue): boolean {
  return typeof value === 'number' && Number.isNaN(value);
}

/** Key by key with `perKey`, then `after` for runs equal on every key. */
export function byKeys(
  perKey: (a: SortValue, b: SortValue, key: OrderKey) => number,
  after: (a: SortableRun, b: SortableRun) => number = tiebreak,
) {
  return (a: SortableRun, b: SortableRun, keys: readonly OrderKey[]): number => {
    for (let i = 0; i < keys.length; i++) {
      const order = perKey(a.values[i], b.values[i], keys[i]!);
      if (order !== 0) return order;
    }
    return after(a, b);
  };
}
