/**
 * The filter oracle: parse (filter-parse.ts), evaluate (filter-match.ts), print (filter-format.ts).
 * Syntax MLflow adds to the documented grammar is marked upstream where it is handled.
 */
export type { Comparator, Comparison, Entity, FilterAst } from './filter-ast';
export { FilterSyntaxError, UnsupportedByOracle } from './errors';
export { parseFilter } from './filter-parse';
export { matchesFilter } from './filter-match';
export { formatFilter } from './filter-format';
