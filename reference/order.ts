/**
 * order_by: `<identifier> [ASC|DESC]` per entry, ASC by default, direction in any case.
 * Runs compare by each key in turn (missing values last in both directions, NaN metrics just
 * before them, as MLflow), then start_time DESC, then run_id ASC, so the order is total.
 */
import { compareNumeric } from './int64';
import { readIdentifier } from './identifier';
import { clauseSubject } from './match';
import type { OrderKey, RunRecord } from './model';
import { Scanner } from './scanner';

export function parseOrderBy(orderBy: readonly string[]): OrderKey[] {
  return orderBy.map(parseOrderByClause);
}

function parseOrderByClause(clause: string): OrderKey {
  const scanner = new Scanner(clause, 'order_by clause');
  const identifier = readIdentifier(scanner, { runNameAliases: false });
  if (scanner.atEnd()) return { ...identifier, ascending: true };
  if (!scanner.skipWhitespace()) scanner.fail('expected whitespace before the direction');
  const direction = scanner.readWord()?.toUpperCase();
  if (direction !== 'ASC' && direction !== 'DESC') scanner.fail('expected ASC or DESC');
  if (!scanner.atEnd()) scanner.fail('unexpected text after the direction');
  return { ...identifier, ascending: direction === 'ASC' };
}

export type SortValue = string | number | bigint | undefined;

/** A run with its order_by values looked up once: a sort compares ~n log n times. */
export interface SortableRun {
  run: RunRecord;
  /** `values[i]` is the run's value for `keys[i]`; undefined when the run lacks the key. */
  values: SortValue[];
}

export function sortable(run: RunRecord, keys: readonly OrderKey[]): SortableRun {
  return { run, values: keys.map((key) => clauseSubject(run, key)) };
}

export function compareRuns(a: SortableRun, b: SortableRun, keys: readonly OrderKey[]): number {
  for (let i = 0; i < keys.length; i++) {
    const order = compareSortValues(a.values[i], b.values[i], keys[i]?.ascending ?? true);
    if (order !== 0) return order;
  }
  return compareNumeric(b.run.startTime, a.run.startTime) || compareCodePoints(a.run.runId, b.run.runId);
}

function compareSortValues(a: SortValue, b: SortValue, ascending: boolean): number {
  const placeA = placement(a);
  const placeB = placement(b);
  // Placement ignores the direction: missing and NaN stay last whether ASC or DESC.
  if (placeA !== placeB || placeA !== 0) return placeA - placeB;
  const order =
    typeof a === 'string' && typeof b === 'string'
      ? compareCodePoints(a, b)
      : (compareNumeric(a as number | bigint, b as number | bigint) ?? 0);
  return ascending ? order : -order;
}

/** 0 for an ordinary value, 1 for NaN, 2 for a missing value. */
function placement(value: SortValue): number {
  if (value === undefined) return 2;
  return typeof value === 'number' && Number.isNaN(value) ? 1 : 0;
}

/** Unicode code-point order; plain `<` compares UTF-16 units and misplaces astral characters. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Moves surrogates (D800–DFFF) above the rest of the BMP, where their code points lie. */
function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}
