/**
 * The runs/search filter: comparisons joined by AND (any case), MLflow's subset of SQL.
 *
 *   filter     := ws? ( clause ( ws AND ws clause )* )? ws?
 *   clause     := identifier ws? comparator ws? value
 *   value      := number                       metrics, start_time, end_time
 *               | 'text' | "text"              params, tags, string attributes
 *               | ( 'id' [, 'id']* )           run_id IN / NOT IN only
 *
 * Anything else (OR, parentheses around clauses, `;`, unquoted strings) is rejected.
 */
import { normaliseBigInt } from './int64';
import { readIdentifier, type Identifier } from './identifier';
import { NUMERIC_ATTRIBUTES, type Clause, type Comparator } from './model';
import { Scanner } from './scanner';

const NUMERIC_COMPARATORS: readonly Comparator[] = ['=', '!=', '>', '>=', '<', '<='];
const STRING_COMPARATORS: readonly Comparator[] = ['=', '!=', 'LIKE', 'ILIKE'];
const LIST_COMPARATORS: readonly Comparator[] = ['IN', 'NOT IN'];
/** Longest first, so `>=` is not read as `>`. */
const SYMBOLS = ['!=', '>=', '<=', '=', '>', '<'] as const;

export function parseFilter(filter: string): Clause[] {
  const scanner = new Scanner(filter, 'filter');
  const clauses: Clause[] = [];
  scanner.skipWhitespace();
  if (scanner.atEnd()) return clauses;
  for (;;) {
    clauses.push(readClause(scanner));
    const spaced = scanner.skipWhitespace();
    if (scanner.atEnd()) return clauses;
    const word = scanner.readWord();
    if (!spaced || word?.toUpperCase() !== 'AND') scanner.fail('expected AND between comparisons');
    if (!scanner.skipWhitespace()) scanner.fail('expected a comparison after AND');
  }
}

function readClause(scanner: Scanner): Clause {
  const identifier = readIdentifier(scanner, { runNameAliases: true });
  scanner.skipWhitespace();
  const comparator = readComparator(scanner);
  scanner.skipWhitespace();
  const allowed = allowedComparators(identifier);
  if (!allowed.includes(comparator)) {
    scanner.fail(`comparator '${comparator}' is not one of ${allowed.join(', ')} for ${describe(identifier)}`);
  }
  if (LIST_COMPARATORS.includes(comparator)) {
    return { ...identifier, comparator, value: readStringList(scanner) };
  }
  const value = isNumeric(identifier) ? readNumber(scanner, identifier) : readString(scanner);
  return { ...identifier, comparator, value };
}

function readComparator(scanner: Scanner): Comparator {
  const symbol = scanner.readSymbol(SYMBOLS);
  if (symbol !== undefined) return symbol;
  const word = scanner.readWord()?.toUpperCase();
  if (word === 'LIKE' || word === 'ILIKE' || word === 'IN') return word;
  if (word === 'NOT' && scanner.skipWhitespace() && scanner.readWord()?.toUpperCase() === 'IN') {
    return 'NOT IN';
  }
  return scanner.fail('expected a comparator');
}

function isNumeric(identifier: Identifier): boolean {
  if (identifier.entity === 'metric') return true;
  return identifier.entity === 'attribute' && (NUMERIC_ATTRIBUTES as readonly string[]).includes(identifier.key);
}

function allowedComparators(identifier: Identifier): readonly Comparator[] {
  if (isNumeric(identifier)) return NUMERIC_COMPARATORS;
  if (identifier.entity === 'attribute' && identifier.key === 'run_id') {
    return [...STRING_COMPARATORS, ...LIST_COMPARATORS];
  }
  return STRING_COMPARATORS;
}

function describe(identifier: Identifier): string {
  return `${identifier.entity} '${identifier.key}'`;
}

/** Metrics are doubles; time attributes are int64, kept exact beyond 2^53. */
function readNumber(scanner: Scanner, identifier: Identifier): number | bigint {
  const text = scanner.readNumber();
  if (text === undefined) scanner.fail(`expected a numeric value for ${describe(identifier)}`);
  if (/[A-Za-z0-9_.'"`]/.test(scanner.peek() ?? '')) scanner.fail('unexpected character after number');
  if (identifier.entity === 'attribute' && /^-?\d+$/.test(text)) return normaliseBigInt(BigInt(text));
  return Number(text);
}

function readString(scanner: Scanner): string {
  const quote = scanner.peek();
  if (quote !== "'" && quote !== '"') scanner.fail('expected a quoted string value');
  return scanner.readQuoted();
}

function readStringList(scanner: Scanner): string[] {
  if (scanner.readSymbol(['(']) === undefined) scanner.fail("expected '(' to start a list");
  const values: string[] = [];
  for (;;) {
    scanner.skipWhitespace();
    values.push(readString(scanner));
    scanner.skipWhitespace();
    const separator = scanner.readSymbol([',', ')']);
    if (separator === ')') return values;
    if (separator === undefined) scanner.fail("expected ',' or ')' in list");
  }
}
