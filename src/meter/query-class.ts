/**
 * The class of a runs/search request, for latency per class (issue #12): what the server had to
 * do, read from the body the client sent and the status it got.
 *
 * Rule: a request counts in every class it exercises — one `filter-<entity>` per entity its
 * filter names (metrics, params, tags, attributes; a bare name is an attribute), `order-by` when
 * it sends a non-empty order_by, `page` when it sends a page_token — and is `plain` when it does
 * none of these. An answer of 4xx puts it in `rejected` only (429 in `throttled`): its time says
 * how fast the server refuses, not how fast it searches. `other`: a body that is not a JSON object,
 * or a filter naming no entity the suite knows, answered without a 4xx.
 *
 * Self-contained on purpose: src/oracle imports the meter, so this cannot use its parser, and it
 * must classify what no parser accepts (invalid filters).
 */

export const QUERY_CLASSES = [
  'plain',
  'filter-metric',
  'filter-param',
  'filter-tag',
  'filter-attribute',
  'order-by',
  'page',
  'rejected',
  'throttled',
  'other',
] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

/** Entity prefixes as MLflow spells them (src/oracle/identifier.ts has the grammar). */
const ENTITIES = new Map<string, QueryClass>([
  ...['metric', 'metrics'].map((p) => [p, 'filter-metric'] as const),
  ...['param', 'params', 'parameter', 'parameters'].map((p) => [p, 'filter-param'] as const),
  ...['tag', 'tags'].map((p) => [p, 'filter-tag'] as const),
  ...['attribute', 'attributes', 'attr', 'run'].map((p) => [p, 'filter-attribute'] as const),
]);

type Token = { kind: 'word' | 'quoted'; text: string } | { kind: 'dot' | 'other' };

/** Quoted strings (any quote), words, dots; everything else one character at a time. */
const TOKEN = /\s*(?:(['"`])((?:(?!\1)[^\\]|\\.)*)\1?|([A-Za-z_][\w]*)|(\.)|(\S))/gy;

function tokens(filter: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(filter); m && m[0] !== ''; m = TOKEN.exec(filter)) {
    if (m[1] !== undefined) out.push({ kind: 'quoted', text: m[2] ?? '' });
    else if (m[3] !== undefined) out.push({ kind: 'word', text: m[3] });
    else out.push({ kind: m[4] ? 'dot' : 'other' });
  }
  return out;
}

/** The entity classes a filter names: the identifier opening each AND-ed clause. */
export function filterClasses(filter: string): QueryClass[] {
  const found = new Set<QueryClass>();
  const all = tokens(filter);
  let clauseStart = true;
  for (let i = 0; i < all.length; i++) {
    const token = all[i]!;
    if (clauseStart) {
      clauseStart = false;
      const text = token.kind === 'word' || token.kind === 'quoted' ? token.text : undefined;
      if (text === undefined) found.add('other');
      else if (all[i + 1]?.kind === 'dot') found.add(ENTITIES.get(text) ?? 'other');
      else found.add('filter-attribute');
    } else if (token.kind === 'word' && token.text.toLowerCase() === 'and' && all[i - 1]?.kind !== 'dot') {
      clauseStart = true;
    }
  }
  return QUERY_CLASSES.filter((c) => found.has(c));
}

const present = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The classes of one runs/search exchange: the body as sent (JSON text) and the answer's status. */
export function queryClasses(body: string | undefined, status: number): QueryClass[] {
  if (status === 429) return ['throttled'];
  if (status >= 400 && status < 500) return ['rejected'];
  let parsed: unknown;
  try {
    // Plain JSON.parse: a number's precision does not matter to the class.
    parsed = body === undefined ? undefined : JSON.parse(body);
  } catch {
    return ['other'];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return ['other'];
  const { filter, order_by: orderBy, page_token: pageToken } = parsed as Record<string, unknown>;
  const classes = new Set<QueryClass>();
  if (typeof filter === 'string' && filter.trim() !== '') for (const c of filterClasses(filter)) classes.add(c);
  else if (present(filter) && typeof filter !== 'string') classes.add('other');
  if (present(orderBy)) classes.add('order-by');
  if (present(pageToken)) classes.add('page');
  return classes.size === 0 ? ['plain'] : QUERY_CLASSES.filter((c) => classes.has(c));
}
