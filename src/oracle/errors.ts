/**
 * The oracle's three refusals. A syntax error means "a conforming server must reject this";
 * UnsupportedByOracle means "this may well be valid, but the oracle gives it no meaning", so
 * suites must never derive an expected answer (or an expected 400) from it.
 */

/** The filter is outside the documented grammar and MLflow's extensions (see filter-parse.ts). */
export class FilterSyntaxError extends Error {
  override name = 'FilterSyntaxError';
}

/** An order_by clause is not `<identifier> [ASC|DESC]` (see order.ts). */
export class OrderBySyntaxError extends Error {
  override name = 'OrderBySyntaxError';
}

/**
 * Deliberately not a subclass of either syntax error: a catch of FilterSyntaxError must not
 * mistake "the oracle does not model artifact_uri" for "a server must answer 400".
 */
export class UnsupportedByOracle extends Error {
  override name = 'UnsupportedByOracle';
}
