/**
 * SQL LIKE as MLflow reads it (upstream, SU `_convert_like_pattern_to_regex`): `%` is any run of
 * characters, `_` exactly one, anchored at both ends; everything else is literal. Unlike MLflow's
 * FileStore we escape regex metacharacters and let `%` span newlines, as SQL stores do. ILIKE
 * folds case with Unicode simple case folding; SQL stores agree on ASCII only (SQLite's lower()
 * is ASCII-only), so checks built on ILIKE should use ASCII values.
 */
export function likePattern(pattern: string, caseInsensitive: boolean): RegExp {
  let source = '';
  for (const ch of pattern) {
    source += ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, caseInsensitive ? 'isu' : 'su');
}
