/**
 * From an identifier token to (entity, key), shared by filter and order_by.
 *
 *   identifier := prefix '.' key | attribute          (a bare name is an attribute: MLflow, upstream)
 *   prefix     := metric | metrics                                     documented: metrics.
 *              |  param | params | parameter | parameters              documented: params.
 *              |  tag | tags                                           documented: tags.
 *              |  attribute | attributes | attr | run                  upstream
 *                 (case-sensitive, optionally backticked — upstream, SU `_valid_entity_type`)
 *   attribute  := run_id | run_name | status | start_time | end_time | created | Created
 *              |  "run name" | "Run name" | "Run Name"                 (filter only, upstream)
 *
 * artifact_uri and user_id are valid upstream but the suite does not know their values, and
 * dataset(s).* needs inputs the data model lacks: both are UnsupportedByOracle, never syntax errors.
 */
import { UnsupportedByOracle } from './errors';
import type { Entity } from './filter-ast';
import { describeToken, type Fail, type Token } from './lexer';

export type IdentifierContext = 'filter' | 'order_by';

export interface Identifier {
  entity: Entity;
  key: string;
}

const PREFIXES = new Map<string, Entity>([
  ['metric', 'metric'],
  ['metrics', 'metric'],
  ['param', 'param'],
  ['params', 'param'],
  ['parameter', 'param'],
  ['parameters', 'param'],
  ['tag', 'tag'],
  ['tags', 'tag'],
  ['attribute', 'attribute'],
  ['attributes', 'attribute'],
  ['attr', 'attribute'],
  ['run', 'attribute'],
]);
const UNMODELLED_PREFIXES = new Set(['dataset', 'datasets']);

const ATTRIBUTES = new Map<string, string>([
  ['run_id', 'run_id'],
  ['run_name', 'run_name'],
  ['status', 'status'],
  ['start_time', 'start_time'],
  ['end_time', 'end_time'],
  ['created', 'start_time'],
  ['Created', 'start_time'],
]);
/** MLflow accepts these in filters only (SU `VALID_ORDER_BY_ATTRIBUTE_KEYS` lacks them). */
const FILTER_ONLY_ATTRIBUTES = new Map<string, string>([
  ['run name', 'run_name'],
  ['Run name', 'run_name'],
  ['Run Name', 'run_name'],
]);
const UNMODELLED_ATTRIBUTES = new Set(['artifact_uri', 'user_id']);

export const NUMERIC_ATTRIBUTES: ReadonlySet<string> = new Set(['start_time', 'end_time']);

export function isIdentifierToken(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'dotted' || (token.kind === 'quoted' && token.quote !== "'");
}

export function resolveIdentifier(token: Token, context: IdentifierContext, fail: Fail): Identifier {
  if (token.kind === 'dotted') {
    const entity = PREFIXES.get(token.prefix);
    if (!entity) {
      if (UNMODELLED_PREFIXES.has(token.prefix)) {
        throw new UnsupportedByOracle(`'${token.prefix}.${token.key}': the data model has no dataset inputs`);
      }
      throw fail(`unknown entity '${token.prefix}': expected metrics, params, tags or attributes`);
    }
    if (token.key === '') throw fail(`empty key after '${token.prefix}.'`);
    return { entity, key: entity === 'attribute' ? attributeKey(token.key, context, fail) : token.key };
  }
  if (isIdentifierToken(token) && 'text' in token) {
    if (token.text === '') throw fail('empty attribute name');
    return { entity: 'attribute', key: attributeKey(token.text, context, fail) };
  }
  throw fail(`expected an identifier such as metrics.<key>, found ${describeToken(token)}`);
}

/** The canonical name of an attribute the oracle models, or undefined. Accepts every alias. */
export function canonicalAttribute(key: string): string | undefined {
  return ATTRIBUTES.get(key) ?? FILTER_ONLY_ATTRIBUTES.get(key);
}

function attributeKey(key: string, context: IdentifierContext, fail: Fail): string {
  const canonical = ATTRIBUTES.get(key) ?? (context === 'filter' ? FILTER_ONLY_ATTRIBUTES.get(key) : undefined);
  if (canonical) return canonical;
  if (UNMODELLED_ATTRIBUTES.has(key)) {
    throw new UnsupportedByOracle(`attribute '${key}': the suite does not know its value`);
  }
  throw fail(`unknown attribute '${key}'`);
}
