/**
 * parseFilter: the documented grammar plus MLflow's extensions (upstream).
 *
 *   filter     := ε | clause (AND clause)*            AND in any case (the spec's example: `and`)
 *   clause     := identifier comparator value          (identifier: see identifier.ts)
 *   metric, start_time, end_time:
 *                 ('=' | '!=' | '>' | '>=' | '<' | '<=') number          documented for metrics
 *   param, tag:   ('=' | '!=') string                                       documented
 *              |  (LIKE | ILIKE) string                                     upstream
 *   run_name, status:   ('=' | '!=' | LIKE | ILIKE) string                  upstream
 *   run_id:       the same | (IN | NOT IN) '(' string (',' string)* ','? ')'   upstream
 *   string     := 'single-quoted' (documented) | "double-quoted" (upstream)
 *   LIKE, ILIKE, IN, NOT, AND, OR are case-insensitive (MLflow upper-cases comparators).
 *
 * Refused (FilterSyntaxError): OR, parentheses, a missing value, unquoted or quoted-where-numeric
 * values, unknown entities and attributes, non-identifiers on the left (`1 = 1`), `;`, empty keys,
 * `<`/`>` on params and tags (the spec gives them no meaning). Numeric attribute constants must
 * be safe integers, and no constant may overflow a double: otherwise UnsupportedByOracle.
 */
import { FilterSyntaxError, UnsupportedByOracle } from './errors';
import type { Comparator, Comparison, Entity, FilterAst } from './filter-ast';
import { NUMERIC_ATTRIBUTES, isIdentifierToken, resolveIdentifier } from './identifier';
import { describeToken, tokenize, type Token } from './lexer';

const NUMERIC_COMPARATORS: readonly Comparator[] = ['=', '!=', '>', '>=', '<', '<='];
const STRING_COMPARATORS: readonly Comparator[] = ['=', '!=', 'LIKE', 'ILIKE'];
const RUN_ID_COMPARATORS: readonly Comparator[] = [...STRING_COMPARATORS, 'IN', 'NOT IN'];

const fail = (message: string) => new FilterSyntaxError(message);

export function parseFilter(source: string): FilterAst {
  const tokens = new Cursor(tokenize(source, fail));
  const clauses: Comparison[] = [];
  if (tokens.done()) return { clauses };
  for (;;) {
    clauses.push(parseComparison(tokens));
    const next = tokens.next();
    if (next === undefined) return { clauses };
    if (isKeyword(next, 'OR')) throw fail('OR is not supported: comparisons can only be ANDed');
    if (!isKeyword(next, 'AND')) throw fail(`expected AND after a comparison, found ${describeToken(next)}`);
    if (tokens.done()) throw fail('AND at the end of the filter, with no comparison after it');
  }
}

export function isNumericKey(entity: Entity, key: string): boolean {
  return entity === 'metric' || (entity === 'attribute' && NUMERIC_ATTRIBUTES.has(key));
}

function parseComparison(tokens: Cursor): Comparison {
  const first = tokens.next()!;
  if (first.kind === 'punct' && first.text === '(') throw fail('parentheses are not supported');
  if (isKeyword(first, 'AND') || isKeyword(first, 'OR')) {
    throw fail(`${describeToken(first)} without a comparison before it`);
  }
  if (!isIdentifierToken(first)) {
    throw fail(`expected an identifier such as metrics.<key>, found ${describeToken(first)}`);
  }
  const { entity, key } = resolveIdentifier(first, 'filter', fail);
  const comparator = readComparator(tokens);
  if (comparator === undefined) {
    const found = tokens.peek();
    throw fail(`expected a comparator after ${describeToken(first)}, found ${found ? describeToken(found) : 'the end'}`);
  }
  const allowed = isNumericKey(entity, key)
    ? NUMERIC_COMPARATORS
    : entity === 'attribute' && key === 'run_id'
      ? RUN_ID_COMPARATORS
      : STRING_COMPARATORS;
  if (!allowed.includes(comparator)) {
    throw fail(`'${comparator}' is not a comparator for ${entity} '${key}': use one of ${allowed.join(' ')}`);
  }
  return { entity, key, comparator, value: readValue(tokens, entity, key, comparator) };
}

function readComparator(tokens: Cursor): Comparator | undefined {
  const token = tokens.peek();
  if (token?.kind === 'op') {
    tokens.skip(1);
    return token.text;
  }
  if (token?.kind !== 'word') return undefined;
  const word = token.text.toUpperCase();
  if (word === 'LIKE' || word === 'ILIKE' || word === 'IN') {
    tokens.skip(1);
    return word;
  }
  if (word === 'NOT' && isKeyword(tokens.peek(1), 'IN')) {
    tokens.skip(2);
    return 'NOT IN';
  }
  return undefined;
}

function readValue(tokens: Cursor, entity: Entity, key: string, comparator: Comparator): Comparison['value'] {
  const token = tokens.next();
  if (token === undefined) throw fail(`missing value after '${comparator}'`);
  if (comparator === 'IN' || comparator === 'NOT IN') return readList(token, tokens);
  if (isNumericKey(entity, key)) {
    if (token.kind === 'number') return numericConstant(token.value, token.text, entity);
    if (isString(token)) throw fail(`${entity} '${key}' compares with numbers: ${describeToken(token)} must not be quoted`);
    throw fail(`expected a number after '${comparator}', found ${describeToken(token)}`);
  }
  if (isString(token)) return token.text;
  throw fail(`${entity} values are strings and must be quoted, e.g. '${'text' in token ? token.text : 'value'}'; found ${describeToken(token)}`);
}

function readList(open: Token, tokens: Cursor): string[] {
  if (open.kind !== 'punct' || open.text !== '(') throw fail(`IN expects a parenthesised list, found ${describeToken(open)}`);
  const values: string[] = [];
  for (;;) {
    const token = tokens.next();
    if (token === undefined) throw fail('unterminated IN list');
    if (token.kind === 'punct' && token.text === ')' && values.length > 0) return values;
    if (!isString(token)) throw fail(`IN lists hold quoted strings only, found ${describeToken(token)}`);
    values.push(token.text);
    const after = tokens.next();
    if (after?.kind === 'punct' && after.text === ')') return values;
    if (after?.kind !== 'punct' || after.text !== ',') throw fail('expected , or ) in IN list');
  }
}

function numericConstant(value: number, text: string, entity: Entity): number {
  if (!Number.isFinite(value)) throw new UnsupportedByOracle(`${text} overflows a double`);
  if (entity === 'attribute' && !Number.isSafeInteger(value)) {
    throw new UnsupportedByOracle(`${text}: time attributes are compared with integers (MLflow calls int())`);
  }
  return value;
}

function isString(token: Token): token is Extract<Token, { kind: 'quoted' }> {
  return token.kind === 'quoted' && token.quote !== '`';
}

function isKeyword(token: Token | undefined, keyword: string): boolean {
  return token?.kind === 'word' && token.text.toUpperCase() === keyword;
}

class Cursor {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}
  peek(ahead = 0): Token | undefined {
    return this.tokens[this.index + ahead];
  }
  next(): Token | undefined {
    return this.tokens[this.index++];
  }
  skip(count: number): void {
    this.index += count;
  }
  done(): boolean {
    return this.index >= this.tokens.length;
  }
}
