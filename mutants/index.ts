/** Every mutant, one fault per file (see mutant.ts). A new mutant file is listed here. */
import activeOnlyChecksExperimentStage from './active-only-checks-experiment-stage';
import andKeepsFirstClause from './and-keeps-first-clause';
import andUpperCaseOnly from './and-upper-case-only';
import anyBearerTokenAccepted from './any-bearer-token-accepted';
import attributeFilterIgnored from './attribute-filter-ignored';
import backtickIdentifierRejected from './backtick-identifier-rejected';
import badRequestsAnswered500 from './bad-requests-answered-500';
import contentTypeNotChecked from './content-type-not-checked';
import contentTypeTextPlain from './content-type-text-plain';
import defaultOrderStartTimeAscending from './default-order-start-time-ascending';
import defaultOrderUnsorted from './default-order-unsorted';
import defaultPageSize100 from './default-page-size-100';
import defaultPageSize1001 from './default-page-size-1001';
import defaultPageSizeUnbounded from './default-page-size-unbounded';
import deletedOnlyReturnsAll from './deleted-only-returns-all';
import doubleQuotedValueRejected from './double-quoted-value-rejected';
import duplicateOrderBy500 from './duplicate-order-by-500';
import emptyStringAsNull from './empty-string-as-null';
import endTimeNullFirstOnAsc from './end-time-null-first-on-asc';
import equalityCaseInsensitive from './equality-case-insensitive';
import errorCodeInsteadOfCode from './error-code-instead-of-code';
import everyViewAnswered400 from './every-view-answered-400';
import experimentDeleteKeepsRunsActive from './experiment-delete-keeps-runs-active';
import experimentIdsIgnored from './experiment-ids-ignored';
import experimentRestoreKeepsRunsDeleted from './experiment-restore-keeps-runs-deleted';
import experimentRestoreRestoresEveryRun from './experiment-restore-restores-every-run';
import explicitViewsSelectNothing from './explicit-views-select-nothing';
import filterComparatorNotChecked from './filter-comparator-not-checked';
import filterTypesCheckedOnFirstClauseOnly from './filter-types-checked-on-first-clause-only';
import infinityClamped from './infinity-clamped';
import int64AsStrings from './int64-as-strings';
import int64ThroughDouble from './int64-through-double';
import invalidFilter500 from './invalid-filter-500';
import invalidFilterIgnored from './invalid-filter-ignored';
import invalidOrderByIgnored from './invalid-order-by-ignored';
import invalidViewTypeIgnored from './invalid-view-type-ignored';
import latestMetricLastLogged from './latest-metric-last-logged';
import latestMetricMaxValue from './latest-metric-max-value';
import lifecycleStageAlwaysActive from './lifecycle-stage-always-active';
import likeCaseInsensitive from './like-case-insensitive';
import likeOnAttributesAsEquality from './like-on-attributes-as-equality';
import likePercentTrailingOnly from './like-percent-trailing-only';
import malformedJson500 from './malformed-json-500';
import maxResultsFractionTruncated from './max-results-fraction-truncated';
import maxResultsIgnored from './max-results-ignored';
import maxResultsLimit10000 from './max-results-limit-10000';
import metricBoundsExclusive from './metric-bounds-exclusive';
import metricCompareAsStrings from './metric-compare-as-strings';
import missingKeysFirstOnAsc from './missing-keys-first-on-asc';
import nanComparesAsZero from './nan-compares-as-zero';
import nanSortsAsZero from './nan-sorts-as-zero';
import negativeMaxResultsUnlimited from './negative-max-results-unlimited';
import nextPageHeaderOffset from './next-page-header-offset';
import notEqualMatchesMissingKey from './not-equal-matches-missing-key';
import notFoundHtmlPage from './not-found-html-page';
import orderAttributeAliasIgnored from './order-attribute-alias-ignored';
import orderByAttributeIgnored from './order-by-attribute-ignored';
import orderByBareKeyDescending from './order-by-bare-key-descending';
import orderByFirstKeyOnly from './order-by-first-key-only';
import orderByIgnoresDesc from './order-by-ignores-desc';
import orderByStatusIgnored from './order-by-status-ignored';
import orderByUnknownAttributeIgnored from './order-by-unknown-attribute-ignored';
import orderDirectionUpperCaseOnly from './order-direction-upper-case-only';
import pageBoundaryRepeatsRun from './page-boundary-repeats-run';
import pageBoundarySkipsRun from './page-boundary-skips-run';
import pageOneExtraRun from './page-one-extra-run';
import pageTokenError500 from './page-token-error-500';
import pageTokenNotValidated from './page-token-not-validated';
import paramNotEqualIgnoresValue from './param-not-equal-ignores-value';
import paramsOmitted from './params-omitted';
import paramsSortedNumerically from './params-sorted-numerically';
import quotedIdentifierKeepsQuotes from './quoted-identifier-keeps-quotes';
import rateLimitedAs503 from './rate-limited-as-503';
import rateLimitedWithoutBody from './rate-limited-without-body';
import requestIdMissing from './request-id-missing';
import requestIdMissingOnErrors from './request-id-missing-on-errors';
import requestIdUnderscoreRejected from './request-id-underscore-rejected';
import retryAfterNotSeconds from './retry-after-not-seconds';
import runIdInFirstOnly from './run-id-in-first-only';
import runIdTiebreakDescending from './run-id-tiebreak-descending';
import runRestoreIgnored from './run-restore-ignored';
import runStatusLowerCase from './run-status-lower-case';
import runsFromOtherExperiments from './runs-from-other-experiments';
import runsOmittedWhenEmpty from './runs-omitted-when-empty';
import serverErrorWithoutCode from './server-error-without-code';
import signedLiteralsRejected from './signed-literals-rejected';
import stringsSortedCaseInsensitively from './strings-sorted-case-insensitively';
import tagFilterReadsParams from './tag-filter-reads-params';
import tiebreakRunIdOnly from './tiebreak-run-id-only';
import tiebreakStartTimeAscending from './tiebreak-start-time-ascending';
import tokenOnEveryPage from './token-on-every-page';
import trailingEmptyPage from './trailing-empty-page';
import truncatedPageToken from './truncated-page-token';
import unauthenticatedAs403 from './unauthenticated-as-403';
import unauthenticatedWithoutBody from './unauthenticated-without-body';
import unknownExperiment500 from './unknown-experiment-500';
import unknownField500 from './unknown-field-500';
import unknownWorkspaceIgnored from './unknown-workspace-ignored';
import userPrincipal500 from './user-principal-500';
import viewAllReturnsActive from './view-all-returns-active';
import viewTypeDefaultAll from './view-type-default-all';
import wrongFieldTypesCoerced from './wrong-field-types-coerced';
import type { Mutant } from './mutant';

export const MUTANTS: readonly Mutant[] = [
  activeOnlyChecksExperimentStage,
  andKeepsFirstClause,
  andUpperCaseOnly,
  anyBearerTokenAccepted,
  attributeFilterIgnored,
  backtickIdentifierRejected,
  badRequestsAnswered500,
  contentTypeNotChecked,
  contentTypeTextPlain,
  defaultOrderStartTimeAscending,
  defaultOrderUnsorted,
  defaultPageSize100,
  defaultPageSize1001,
  defaultPageSizeUnbounded,
  deletedOnlyReturnsAll,
  doubleQuotedValueRejected,
  duplicateOrderBy500,
  emptyStringAsNull,
  endTimeNullFirstOnAsc,
  equalityCaseInsensitive,
  errorCodeInsteadOfCode,
  everyViewAnswered400,
  experimentDeleteKeepsRunsActive,
  experimentIdsIgnored,
  experimentRestoreKeepsRunsDeleted,
  experimentRestoreRestoresEveryRun,
  explicitViewsSelectNothing,
  filterComparatorNotChecked,
  filterTypesCheckedOnFirstClauseOnly,
  infinityClamped,
  int64AsStrings,
  int64ThroughDouble,
  invalidFilter500,
  invalidFilterIgnored,
  invalidOrderByIgnored,
  invalidViewTypeIgnored,
  latestMetricLastLogged,
  latestMetricMaxValue,
  lifecycleStageAlwaysActive,
  likeCaseInsensitive,
  likeOnAttributesAsEquality,
  likePercentTrailingOnly,
  malformedJson500,
  maxResultsFractionTruncated,
  maxResultsIgnored,
  maxResultsLimit10000,
  metricBoundsExclusive,
  metricCompareAsStrings,
  missingKeysFirstOnAsc,
  nanComparesAsZero,
  nanSortsAsZero,
  negativeMaxResultsUnlimited,
  nextPageHeaderOffset,
  notEqualMatchesMissingKey,
  notFoundHtmlPage,
  orderAttributeAliasIgnored,
  orderByAttributeIgnored,
  orderByBareKeyDescending,
  orderByFirstKeyOnly,
  orderByIgnoresDesc,
  orderByStatusIgnored,
  orderByUnknownAttributeIgnored,
  orderDirectionUpperCaseOnly,
  pageBoundaryRepeatsRun,
  pageBoundarySkipsRun,
  pageOneExtraRun,
  pageTokenError500,
  pageTokenNotValidated,
  paramNotEqualIgnoresValue,
  paramsOmitted,
  paramsSortedNumerically,
  quotedIdentifierKeepsQuotes,
  rateLimitedAs503,
  rateLimitedWithoutBody,
  requestIdMissing,
  requestIdMissingOnErrors,
  requestIdUnderscoreRejected,
  retryAfterNotSeconds,
  runIdInFirstOnly,
  runIdTiebreakDescending,
  runRestoreIgnored,
  runStatusLowerCase,
  runsFromOtherExperiments,
  runsOmittedWhenEmpty,
  serverErrorWithoutCode,
  signedLiteralsRejected,
  stringsSortedCaseInsensitively,
  tagFilterReadsParams,
  tiebreakRunIdOnly,
  tiebreakStartTimeAscending,
  tokenOnEveryPage,
  trailingEmptyPage,
  truncatedPageToken,
  unauthenticatedAs403,
  unauthenticatedWithoutBody,
  unknownExperiment500,
  unknownField500,
  unknownWorkspaceIgnored,
  userPrincipal500,
  viewAllReturnsActive,
  viewTypeDefaultAll,
  wrongFieldTypesCoerced,
];

export type { Mutant } from './mutant';
export * from './build';
export * from './configurations';
export * from './equivalent';
export * from './support/probes';
