/** The requirements that ask for a 400: a fault that answers bad requests otherwise breaks each. */
export const REJECTION_REQUIREMENTS = [
  'FILTER-INVALID-400',
  'ORDER-INVALID-400',
  'ORDER-ATTRIBUTE-UNKNOWN-400',
  'FILTER-MISTYPED-400',
  'PAGE-TOKEN-INVALID-400',
  'PAGE-MAX-RESULTS-INVALID-400',
  'PAGE-MAX-RESULTS-NEGATIVE-400',
  'VIEW-INVALID-400',
  'ERR-MALFORMED-BODY-400',
] as const;
