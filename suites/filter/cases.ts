/**
 * The generated filter checks as data, one row per test: the requirement, the rest of the test's
 * title, and the filters it tries on the worker's data set. The specs run the rows;
 * suites/filter/readings.test.ts checks that what each row judges rests on no reading another
 * requirement owns.
 */
import type fc from 'fast-check';
import { validFilter } from '../../generators';
import {
  attributeFilter,
  backtickKeyFilter,
  caseSwappedEquality,
  conjunction,
  conjunctionExamples,
  doubleQuotedValue,
  emptyStringExamples,
  emptyStringFilter,
  likeCaseExamples,
  likeFilter,
  metricComparison,
  metricCompareExamples,
  missingKeyInequality,
  nanMetricComparison,
  nanMetricExamples,
  quotedKeyFilter,
  runIdInFilter,
  signedNumberExamples,
  signedNumberFilter,
  staleMetricEquality,
  stringEquality,
} from '../../generators';
import type { SeededRun } from '../../src/oracle';

export interface FilterCheck {
  requirement: string;
  /** The title after "<requirement>: ". */
  title: string;
  filters: (data: { runs: SeededRun[] }) => fc.Arbitrary<string>;
  /** Some generated filter must select a run (off where the right answer is often none). */
  requireSelection?: boolean;
  /** Filters tried first in every tier: the cases that tell the requirement's faults apart. */
  examples?: (data: { runs: SeededRun[] }) => string[];
}

export const FILTER_GRAMMAR_CHECKS: readonly FilterCheck[] = [
  { requirement: 'FILTER-METRIC-COMPARE', title: 'metrics compare numerically with = != > >= < <=', filters: metricComparison, examples: metricCompareExamples },
  { requirement: 'FILTER-NUMERIC-LITERALS', title: 'constants with a sign, decimals or an exponent compare by value', filters: signedNumberFilter, examples: signedNumberExamples },
  { requirement: 'FILTER-PARAM-EQUALITY', title: 'params.k = and != a single-quoted string', filters: (data) => stringEquality(data, 'params') },
  { requirement: 'FILTER-TAG-EQUALITY', title: 'tags.k = and != a single-quoted string', filters: (data) => stringEquality(data, 'tags') },
  { requirement: 'FILTER-AND', title: 'clauses joined by and, in any letter case, must all hold', filters: conjunction, examples: conjunctionExamples },
  {
    requirement: 'FILTER-QUOTED-IDENTIFIER',
    title: 'double-quoted keys, with hyphens, spaces and periods, select that key',
    filters: quotedKeyFilter,
  },
  { requirement: 'FILTER-AND', title: 'mixed documented filters (metrics, params, tags, any-case and) select what the oracle selects', filters: validFilter },
];

export const FILTER_READING_CHECKS: readonly FilterCheck[] = [
  { requirement: 'FILTER-MISSING-KEY', title: 'a run lacking the key matches no comparison, != included', filters: missingKeyInequality },
  {
    requirement: 'FILTER-LATEST-METRIC',
    title: 'a metric compares by its latest point (highest step, then timestamp, then value)',
    filters: staleMetricEquality,
    requireSelection: false,
  },
  {
    requirement: 'FILTER-METRIC-NAN',
    title: 'a NaN metric satisfies != and no other comparison, 0 included',
    filters: nanMetricComparison,
    examples: nanMetricExamples,
    requireSelection: false,
  },
  {
    requirement: 'FILTER-EMPTY-STRING',
    title: "an empty param or tag value is a value: = '' selects it, != '' and != 'v' see it",
    filters: emptyStringFilter,
    examples: emptyStringExamples,
  },
  { requirement: 'FILTER-BACKTICK-IDENTIFIER', title: 'backticked keys select that key', filters: backtickKeyFilter },
  { requirement: 'FILTER-DOUBLE-QUOTED-VALUE', title: 'a double-quoted string constant matches as a single-quoted one', filters: doubleQuotedValue },
  { requirement: 'FILTER-LIKE', title: 'LIKE (case-sensitive) and ILIKE (case-insensitive) with % and _', filters: likeFilter, examples: likeCaseExamples },
  { requirement: 'FILTER-ATTRIBUTE', title: 'attributes.run_name, status, start_time and end_time filter on run info', filters: attributeFilter },
  { requirement: 'FILTER-RUN-ID-IN', title: 'attributes.run_id IN and NOT IN a list', filters: (data) => runIdInFilter(data.runs) },
  {
    requirement: 'FILTER-EQUALITY-CASE-SENSITIVE',
    title: '= on params compares with letter case',
    filters: caseSwappedEquality,
    requireSelection: false,
  },
];
