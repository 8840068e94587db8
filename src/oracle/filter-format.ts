/**
 * formatFilter: the canonical text of a FilterAst, which parseFilter reads back to the same AST.
 *
 *   canonical  := clause (' AND ' clause)*
 *   clause     := prefix '.' key ' ' comparator ' ' value      prefix: metrics|params|tags|attributes
 *   key        := plain identifier as is | "double-quoted" | `backticked` (when it holds a ")
 *   string     := 'single-quoted' | "double-quoted" (when it holds a ')
 *   number     := shortest round-trip decimal, exponent without '+' (sqlparse reads 1e21, not
 *                 1e+21), '-0' kept; plain: unsigned and without exponent (readings.ts)
 *
 * Text the spec gives no way to write (a backslash, both quote kinds, NaN, infinities) throws
 * UnsupportedByOracle. The helpers are exported for generators that build filter text.
 */
import { UnsupportedByOracle } from './errors';
import type { Comparison, Entity, FilterAst } from './filter-ast';

const PREFIX: Record<Entity, string> = { metric: 'metrics', param: 'params', tag: 'tags', attribute: 'attributes' };
const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function formatFilter(ast: FilterAst): string {
  return ast.clauses.map(formatComparison).join(' AND ');
}

export function formatComparison({ entity, key, comparator, value }: Comparison): string {
  return `${formatIdentifier(entity, key)} ${comparator} ${formatValue(value)}`;
}

export function formatIdentifier(entity: Entity, key: string): string {
  return `${PREFIX[entity]}.${formatKey(key)}`;
}

/** A key as is when it is a plain identifier, else quoted (double quotes first: documented). */
export function formatKey(key: string, alwaysQuote = false): string {
  if (key === '') throw new UnsupportedByOracle('an empty key cannot be written');
  if (!alwaysQuote && PLAIN_IDENTIFIER.test(key)) return key;
  return quote(key, ['"', '`'], 'key');
}

export function formatString(value: string): string {
  return quote(value, ["'", '"'], 'string');
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new UnsupportedByOracle(`${value} cannot be written as a filter constant`);
  return Object.is(value, -0) ? '-0' : String(value).replace('e+', 'e');
}

/** An unsigned constant without exponent: the spelling every check but FILTER-NUMERIC-LITERALS keeps to. */
export const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

/** The value as a plain constant ("0.5", "12"), or undefined when it needs a sign or an exponent, or is NaN or infinite. */
export function formatPlainNumber(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = formatNumber(value);
  return PLAIN_NUMBER.test(text) ? text : undefined;
}

function formatValue(value: Comparison['value']): string {
  if (Array.isArray(value)) return `(${value.map(formatString).join(', ')})`;
  return typeof value === 'number' ? formatNumber(value) : formatString(value);
}

function quote(text: string, quotes: readonly string[], what: string): string {
  if (text.includes('\\')) throw new UnsupportedByOracle(`a ${what} holding a backslash cannot be written`);
  const mark = quotes.find((q) => !text.includes(q));
  if (mark === undefined) throw new UnsupportedByOracle(`a ${what} holding both ${quotes.join(' and ')} cannot be written`);
  return `${mark}${text}${mark}`;
}
