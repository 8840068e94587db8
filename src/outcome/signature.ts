/**
 * Failure signatures: the requirement, the check and the shape of what showed it, with every
 * seed-dependent part (generated keys and values, run and experiment ids, positions, counts)
 * abstracted away, so that the same fault gives the same signature under any SUITE_SEED.
 */

const ORDER_COLUMN = /^(metrics?|params?|tags?|attributes?)\.("[^"]*"|`[^`]*`|\S+)(\s+(asc|desc))?$/i;
const ENUM_WORDS = new Set(['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL']);
/** Run ids (32 hex), uuids, and the numeric strings MLflow uses as experiment ids. */
const ID_LIKE = /^([0-9a-f]{32}|[0-9a-f-]{36}|\d+)$/i;

export function signatureOf(requirement: string, check: string, shape = ''): string {
  return [requirement, check, shape].filter((part) => part !== '').join(' | ');
}

/** A summary or violation text without its values: quoted text, JSON lists and objects, numbers. */
export function abstractText(text: string): string {
  let out = text
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, 'S')
    .replace(/\b[0-9a-f]{32}\b/gi, 'ID')
    .replace(/\/\d+(?=\/|$|\s)/g, '/*');
  // Lists and objects, innermost first, however deep.
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/\[[^[\]]*\]/g, '[…]').replace(/\{[^{}]*\}/g, '{…}');
  }
  return out.replace(/-?\b\d+(\.\d+)?(e[+-]?\d+)?\b/gi, 'N').replace(/\s+/g, ' ').trim();
}

/** A filter's structure: entities (attribute names kept), comparators, keywords; values as S or N. */
export function filterShape(filter: string): string {
  return filter
    .replace(/'(?:[^'\\]|\\.)*'/g, 'S')
    .replace(/\b(metrics?|params?|tags?)\.("[^"]*"|`[^`]*`|[\w.-]+)/gi, (_m, entity: string) => entity.toLowerCase().replace(/s$/, ''))
    .replace(/"(?:[^"\\]|\\.)*"/g, 'S')
    .replace(/(^|[\s(,=<>!])-?\d+(\.\d+)?(e[+-]?\d+)?(?=$|[\s),])/gi, '$1N')
    .replace(/\b(and|like|ilike|in)\b/gi, (k) => k.toUpperCase())
    .replace(/\s+/g, ' ')
    .trim();
}

function looksLikeFilter(text: string): boolean {
  return /(metrics?|params?|tags?|attributes?)\.\S+\s*(=|!=|<|>|LIKE|ILIKE|IN)/i.test(text);
}

/** The shape of a generated value: what kind of case it is, not which one. */
export function shapeOf(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint' || typeof value === 'number') return numberShape(Number(value));
  if (typeof value === 'string') return stringShape(value);
  if (Array.isArray(value)) {
    const shapes = [...new Set(value.map(shapeOf))].sort();
    return `[${shapes.join(',')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}:${shapeOf(v)}`);
    return `{${entries.join(',')}}`;
  }
  return typeof value;
}

function numberShape(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (!Number.isInteger(n)) return 'F';
  return n < 0 ? '-N' : n === 0 ? '0' : n === 1 ? '1' : 'N';
}

function stringShape(text: string): string {
  if (text === '') return '""';
  if (ENUM_WORDS.has(text)) return text;
  if (ID_LIKE.test(text)) return 'ID';
  const column = ORDER_COLUMN.exec(text.trim());
  if (column) {
    const entity = column[1]!.toLowerCase().replace(/s$/, '');
    const key = entity === 'attribute' ? `.${column[2]}` : '';
    return `${entity}${key}${column[4] ? ` ${column[4].toUpperCase()}` : ''}`;
  }
  if (looksLikeFilter(text)) return filterShape(text);
  return 'S';
}
