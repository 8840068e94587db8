/** The parsed form of a runs/search filter: comparisons ANDed together. */

export type Entity = 'metric' | 'param' | 'tag' | 'attribute';

export type Comparator = '=' | '!=' | '>' | '>=' | '<' | '<=' | 'LIKE' | 'ILIKE' | 'IN' | 'NOT IN';

/**
 * One `<entity>.<key> <comparator> <value>`. Attribute keys are canonical (`created` is stored as
 * `start_time`, `Run name` as `run_name`); metric and numeric-attribute values are numbers, param,
 * tag and string-attribute values strings, IN / NOT IN values string lists.
 */
export interface Comparison {
  entity: Entity;
  key: string;
  comparator: Comparator;
  value: number | string | string[];
}

/** Clauses are ANDed; an empty or whitespace-only filter has none and matches every run. */
export interface FilterAst {
  clauses: Comparison[];
}
