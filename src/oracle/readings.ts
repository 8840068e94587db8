/**
 * Readings: questions the spec leaves open, each given by the catalogue to one inferred or
 * upstream requirement. Only that requirement's check may rest on the catalogue's answer; every
 * other check judges only what all the answers below agree on (openapi/requirements.yaml,
 * "Readings"), so a server that answers one question otherwise fails one requirement.
 *
 *   reading        owner                           question                                  catalogue's answer, other answers
 *   missing-key    FILTER-MISSING-KEY              does != select a run lacking the key?     no; yes (NULL read as "not v")
 *   latest-metric  FILTER-LATEST-METRIC            which logged point does a metric read?    highest step, timestamp, value; any other point
 *   string-case    FILTER-EQUALITY-CASE-SENSITIVE  do = and != on strings see letter case?   yes; no (case-insensitive collations)
 *   collation      ORDER-STRINGS-LEXICOGRAPHIC     how do param and tag values order?        code point; ignoring case; a locale's
 *   missing-last   ORDER-MISSING-LAST              where do runs lacking an order key go?    last both ways; first; first on ASC (SQLite)
 *   run-id-order   ORDER-RUN-ID-ASC                which way does the run_id tiebreak go?    ascending; descending
 *   signed-number  FILTER-NUMERIC-LITERALS         may a constant carry a sign or an exponent?  yes; no (FastTrackML)
 *   nan-compare    FILTER-METRIC-NAN               what does a comparison make of a NaN metric?  IEEE 754: only != holds; NaN read as 0
 *                                                                                             (MLflow's SQL store, FastTrackML); nothing holds
 *   nan-order      ORDER-NAN-AFTER-NUMBERS         where does a NaN metric sort?             after every number, both ways; as 0;
 *                                                                                             above +Infinity (PostgreSQL's double order)
 *   empty-string   FILTER-EMPTY-STRING             is an empty param or tag value a value?   yes: = '' selects it, it sorts first;
 *                                                                                             no: '' is NULL (Oracle Database), the
 *                                                                                             run lacks the key and '' equals nothing
 *
 * The last is about spelling, not meaning: the other checks write their constants plain
 * (filter-format.ts formatPlainNumber), so a server refusing -0.5 or 1e-3 fails one requirement.
 */
import { compareCodePoints } from './code-point-order';
import { latestMetrics } from './latest-metric';
import type { MetricPoint, RunSpec } from './model';

export type Reading =
  | 'missing-key'
  | 'latest-metric'
  | 'string-case'
  | 'collation'
  | 'missing-last'
  | 'run-id-order'
  | 'signed-number'
  | 'nan-compare'
  | 'nan-order'
  | 'empty-string';

export const READING_OWNERS: Readonly<Record<Reading, string>> = {
  'missing-key': 'FILTER-MISSING-KEY',
  'latest-metric': 'FILTER-LATEST-METRIC',
  'string-case': 'FILTER-EQUALITY-CASE-SENSITIVE',
  collation: 'ORDER-STRINGS-LEXICOGRAPHIC',
  'missing-last': 'ORDER-MISSING-LAST',
  'run-id-order': 'ORDER-RUN-ID-ASC',
  'signed-number': 'FILTER-NUMERIC-LITERALS',
  'nan-compare': 'FILTER-METRIC-NAN',
  'nan-order': 'ORDER-NAN-AFTER-NUMBERS',
  'empty-string': 'FILTER-EMPTY-STRING',
};

export const READINGS = Object.keys(READING_OWNERS) as Reading[];

/** The readings a requirement's check must leave open: all but the ones it owns. */
export function openReadings(requirement: string): ReadonlySet<Reading> {
  return new Set(READINGS.filter((reading) => READING_OWNERS[reading] !== requirement));
}

/** One answer to every open question; the oracle computes with the catalogue's by default. */
export interface Readings {
  missingKey: 'matches-nothing' | 'not-equal-matches';
  latestMetric: 'latest' | 'first-logged' | 'last-logged' | 'largest' | 'smallest';
  stringCase: 'sensitive' | 'insensitive';
  collation: 'code-point' | 'case-insensitive' | 'locale';
  missingLast: 'last' | 'first' | 'first-on-asc';
  runIdOrder: 'ascending' | 'descending';
  /** unordered: IEEE 754, NaN satisfies != and nothing else. */
  nanCompare: 'unordered' | 'as-zero' | 'matches-nothing';
  /** after-numbers: after every number and before missing values, in both directions. */
  nanOrder: 'after-numbers' | 'as-zero' | 'largest';
  /** value: '' is a string like any other. null: a stored '' is no value, and a '' constant equals nothing. */
  emptyString: 'value' | 'null';
}

/** The questions of meaning: those the oracle can answer otherwise (Readings). */
export type SemanticReading = Exclude<Reading, 'signed-number'>;

/** The field of Readings that answers each question of meaning. */
export const READING_FIELDS: Readonly<Record<SemanticReading, keyof Readings>> = {
  'missing-key': 'missingKey',
  'latest-metric': 'latestMetric',
  'string-case': 'stringCase',
  collation: 'collation',
  'missing-last': 'missingLast',
  'run-id-order': 'runIdOrder',
  'nan-compare': 'nanCompare',
  'nan-order': 'nanOrder',
  'empty-string': 'emptyString',
};

export const CATALOGUE_READINGS: Readings = {
  missingKey: 'matches-nothing',
  latestMetric: 'latest',
  stringCase: 'sensitive',
  collation: 'code-point',
  missingLast: 'last',
  runIdOrder: 'ascending',
  nanCompare: 'unordered',
  nanOrder: 'after-numbers',
  emptyString: 'value',
};

/** Every answer the oracle models, per question (the unit tests try each combination). */
export const READING_CHOICES: { readonly [K in keyof Readings]: readonly Readings[K][] } = {
  missingKey: ['matches-nothing', 'not-equal-matches'],
  latestMetric: ['latest', 'first-logged', 'last-logged', 'largest', 'smallest'],
  stringCase: ['sensitive', 'insensitive'],
  collation: ['code-point', 'case-insensitive', 'locale'],
  missingLast: ['last', 'first', 'first-on-asc'],
  runIdOrder: ['ascending', 'descending'],
  nanCompare: ['unordered', 'as-zero', 'matches-nothing'],
  nanOrder: ['after-numbers', 'as-zero', 'largest'],
  emptyString: ['value', 'null'],
};

/** The point of each metric key that a reading makes searchable. */
export function metricPoints(run: RunSpec, reading: Readings['latestMetric']): Map<string, MetricPoint> {
  if (reading === 'latest') return latestMetrics(run);
  const chosen = new Map<string, MetricPoint>();
  for (const point of run.metrics) {
    const current = chosen.get(point.key);
    const replace =
      current === undefined ||
      reading === 'last-logged' ||
      (reading === 'largest' && point.value > current.value) ||
      (reading === 'smallest' && point.value < current.value);
    if (replace) chosen.set(point.key, point);
  }
  return chosen;
}

const LOCALE = new Intl.Collator('en');

export function compareStrings(a: string, b: string, collation: Readings['collation']): number {
  switch (collation) {
    case 'code-point':
      return compareCodePoints(a, b);
    case 'case-insensitive':
      return compareCodePoints(a.toLowerCase(), b.toLowerCase());
    case 'locale':
      return LOCALE.compare(a, b);
  }
}
