/**
 * parseFilter on both sides of the grammar. Each row names what it rests on: the spec's filter
 * description (quoted), DESIGN.md's reading, or MLflow's behaviour (research/mlflow-semantics.md §2).
 */
import { expect, test } from '@playwright/test';
import { FilterSyntaxError, UnsupportedByOracle, parseFilter, type Comparison } from './filter';

const m = (key: string, comparator: Comparison['comparator'], value: number): Comparison => ({ entity: 'metric', key, comparator, value });
const p = (key: string, comparator: Comparison['comparator'], value: string): Comparison => ({ entity: 'param', key, comparator, value });
const t = (key: string, comparator: Comparison['comparator'], value: string): Comparison => ({ entity: 'tag', key, comparator, value });
const a = (key: string, comparator: Comparison['comparator'], value: Comparison['value']): Comparison => ({ entity: 'attribute', key, comparator, value });

const ACCEPTED: { filter: string; clauses: Comparison[]; source: string }[] = [
  { filter: '', clauses: [], source: 'inferred: an absent restriction selects every run' },
  { filter: ' \t\n ', clauses: [], source: 'inferred: whitespace only is no restriction' },
  {
    filter: "metrics.rmse < 1 and params.model_class = 'LogisticRegression'",
    clauses: [m('rmse', '<', 1), p('model_class', '=', 'LogisticRegression')],
    source: 'spec: "Example: metrics.rmse < 1 and params.model_class = \'LogisticRegression\'"',
  },
  {
    filter: `params."model class" = 'LinearRegression' and tags."user-name" = 'Tomas'`,
    clauses: [p('model class', '=', 'LinearRegression'), t('user-name', '=', 'Tomas')],
    source: 'spec: "You can select columns with special characters (hyphen, space, period, etc.) by using double quotes"',
  },
  { filter: 'tags."a.b c-d" = \'v\'', clauses: [t('a.b c-d', '=', 'v')], source: 'spec: "(hyphen, space, period, etc.)"' },
  {
    filter: 'metrics.a = 1 AND metrics.b != -2 aNd metrics.c > 3.5 And metrics.d >= 0 and metrics.e < .5 AND metrics.f <= 7.',
    clauses: [m('a', '=', 1), m('b', '!=', -2), m('c', '>', 3.5), m('d', '>=', 0), m('e', '<', 0.5), m('f', '<=', 7)],
    source: 'spec: "Supported operators are =, !=, >, >=, <, and <="; AND in any case (the spec\'s example writes `and`)',
  },
  { filter: 'metrics.x > -1.5e-3', clauses: [m('x', '>', -0.0015)], source: 'DESIGN: negative numbers, decimals and exponents are constants' },
  { filter: 'metrics.x <= 2.5E+3', clauses: [m('x', '<=', 2500)], source: 'DESIGN: exponents are constants' },
  { filter: "metrics.a=1 and params.b!='x'", clauses: [m('a', '=', 1), p('b', '!=', 'x')], source: 'upstream: sqlparse needs no spaces around operators' },
  { filter: "tags.mlflow.runName = 'x'", clauses: [t('mlflow.runName', '=', 'x')], source: 'upstream SU `_get_identifier`: the first dot splits, later dots stay in the key' },
  {
    filter: "metric.a > 1 and param.b = 'x' and parameter.c = 'x' and parameters.d = 'x' and tag.e = 'x'",
    clauses: [m('a', '>', 1), p('b', '=', 'x'), p('c', '=', 'x'), p('d', '=', 'x'), t('e', '=', 'x')],
    source: 'upstream SU `_valid_entity_type`: singular and long prefixes',
  },
  {
    filter: "attribute.status = 'A' and attributes.status = 'B' and attr.status = 'C' and run.status = 'D' and status = 'E'",
    clauses: ['A', 'B', 'C', 'D', 'E'].map((v) => a('status', '=', v)),
    source: 'upstream SU: attribute prefixes, and a bare name is an attribute',
  },
  {
    filter: "metrics.`spacey name` > 1 and `metric`.a < 2 and `tags`.\"x-y\" = 'v'",
    clauses: [m('spacey name', '>', 1), m('a', '<', 2), t('x-y', '=', 'v')],
    source: 'upstream SU `_trim_backticks`: backticked keys and prefixes',
  },
  { filter: `params.p = "L'Hosp"`, clauses: [p('p', '=', "L'Hosp")], source: 'upstream TSU: double-quoted values carry apostrophes' },
  { filter: "params.p = ''", clauses: [p('p', '=', '')], source: 'upstream: an empty string is a string' },
  {
    filter: "params.p like 'a%' and tags.t ILIKE '%B_' and run_name LIKE 'r0_'",
    clauses: [p('p', 'LIKE', 'a%'), t('t', 'ILIKE', '%B_'), a('run_name', 'LIKE', 'r0_')],
    source: 'upstream SU: LIKE/ILIKE on params, tags and string attributes; comparators upper-cased',
  },
  {
    filter: `run_id IN ('a', 'b') and attributes.run_id not in ("c",)`,
    clauses: [a('run_id', 'IN', ['a', 'b']), a('run_id', 'NOT IN', ['c'])],
    source: 'upstream SU `_parse_run_ids`: IN / NOT IN lists of strings (Python literal: trailing comma allowed)',
  },
  {
    filter: "created > 5 and Created < 9 and end_time <= 10 and start_time != 3 and attributes.\"Run name\" = 'r01' and `run name` = 'r02'",
    clauses: [a('start_time', '>', 5), a('start_time', '<', 9), a('end_time', '<=', 10), a('start_time', '!=', 3), a('run_name', '=', 'r01'), a('run_name', '=', 'r02')],
    source: 'upstream SU `translate_key_alias`: created = start_time, "run name" = run_name',
  },
];

const REJECTED: { filter: string; because: RegExp; source: string }[] = [
  { filter: 'metrics.a > 1 OR metrics.b < 2', because: /OR/, source: 'spec: "ANDing together binary operations"; SU "Invalid clause(s)"' },
  { filter: '(metrics.a > 1)', because: /parenthes/, source: 'spec: binary operations ANDed, no grouping; SU rejects Parenthesis' },
  { filter: "metrics.a > 1 AND (params.b = 'x')", because: /parenthes/, source: 'as above' },
  { filter: 'metrics.a >', because: /missing value/, source: 'spec: "binary operations between a param, metric, or tag and a constant"' },
  { filter: 'metrics.a > 1 AND', because: /AND at the end/, source: 'spec: ANDing together binary operations' },
  { filter: 'AND metrics.a > 1', because: /without a comparison/, source: 'as above' },
  { filter: 'metrics.a > 1 and and metrics.b > 2', because: /without a comparison/, source: 'as above' },
  { filter: 'metrics.a > 1 metrics.b < 2', because: /expected AND/, source: 'as above' },
  { filter: 'metrics.a', because: /expected a comparator/, source: 'as above' },
  { filter: 'params.p = abc', because: /must be quoted/, source: 'spec example quotes strings; SU "value is either not quoted"' },
  { filter: 'tags.t = 5', because: /must be quoted/, source: 'SU "Expected a quoted string value for param"' },
  { filter: 'params.p = `abc`', because: /must be quoted/, source: 'SU: backticks quote identifiers, not values' },
  { filter: "metrics.a > '1'", because: /must not be quoted/, source: 'upstream SU "Expected numeric value type for metric"' },
  { filter: "start_time > '1'", because: /must not be quoted/, source: 'upstream SU "Expected numeric value type for numeric attribute"' },
  { filter: "foo.a = 'x'", because: /unknown entity 'foo'/, source: 'spec: params, metrics, and tags; SU "Invalid entity type"' },
  { filter: 'Metrics.a > 1', because: /unknown entity 'Metrics'/, source: 'upstream SU `_valid_entity_type` compares case-sensitively' },
  { filter: '1 = 1', because: /expected an identifier/, source: 'SU "Expected \'Identifier\' found"' },
  { filter: "'a' = 'a'", because: /expected an identifier/, source: 'as above' },
  { filter: 'metrics.a > 1; metrics.b < 2', because: /one statement/, source: 'SU "Search filter contained multiple expression"' },
  { filter: 'metrics.a > 1;', because: /one statement/, source: 'as above' },
  { filter: 'metrics."" > 1', because: /empty key/, source: 'inferred: a key names something (MLflow itself parses this and matches nothing)' },
  { filter: "params.`` = 'x'", because: /empty key/, source: 'as above' },
  { filter: 'metrics. > 1', because: /empty key/, source: 'as above' },
  { filter: "params.p < 'x'", because: /not a comparator/, source: 'DESIGN: `<`/`>` on params or tags is not given a meaning; SU VALID_PARAM_COMPARATORS' },
  { filter: "tags.t >= 'x'", because: /not a comparator/, source: 'as above, SU VALID_TAG_COMPARATORS' },
  { filter: 'metrics.a LIKE 1', because: /not a comparator/, source: 'SU VALID_METRIC_COMPARATORS' },
  { filter: "status IN ('FINISHED')", because: /not a comparator/, source: 'SU "Only the \'run_id\' attribute supports comparison with a list"' },
  { filter: "params.p IN ('a')", because: /not a comparator/, source: 'as above' },
  { filter: 'run_id IN ()', because: /IN lists hold quoted strings/, source: 'SU "expected a non-empty list of string values"' },
  { filter: 'run_id IN (1, 2)', because: /IN lists hold quoted strings/, source: 'as above' },
  { filter: "run_id IN 'a'", because: /parenthesised list/, source: 'as above' },
  { filter: "experiment_id = '1'", because: /unknown attribute/, source: 'TSU `test_error_filter`: experiment_id is not searchable' },
  { filter: "lifecycle_stage = 'active'", because: /unknown attribute/, source: 'as above' },
  { filter: 'rmse < 1', because: /unknown attribute 'rmse'/, source: 'spec: keys carry metrics., params. or tags.' },
  { filter: 'metrics.a == 1', because: /expected a number/, source: 'spec: "Supported operators are =, !=, >, >=, <, and <="' },
  { filter: 'metrics.a <> 1', because: /expected a number/, source: 'as above' },
  { filter: 'metrics.a IS NULL', because: /expected a comparator/, source: 'SU rejects IS NULL' },
  { filter: 'metrics.a > 1e', because: /malformed number/, source: 'spec: a constant' },
  { filter: "params.p = 'open", because: /unterminated/, source: 'spec: strings are quoted' },
  { filter: 'metrics.a > 1 && metrics.b > 2', because: /unexpected character/, source: 'spec: AND only' },
];

const UNSUPPORTED: { filter: string; source: string }[] = [
  { filter: "artifact_uri = 'x'", source: 'brief: the oracle does not know artifact_uri (valid upstream)' },
  { filter: "attributes.user_id != 'u'", source: 'brief: the oracle does not know user_id (valid upstream)' },
  { filter: "dataset.name = 'x'", source: 'upstream SU dataset entity; the data model has no inputs' },
  { filter: "params.p = 'a\\b'", source: 'DESIGN: escaping is never defined by the spec' },
  { filter: "params.p = 'it''s'", source: 'as above: SQL reads it\'s, MLflow keeps it\'\'s' },
  { filter: 'start_time > 1.5', source: 'upstream SU calls int() on time constants' },
  { filter: 'metrics.a > 1e400', source: 'a constant no double holds' },
];

test.describe('parseFilter accepts the documented grammar and MLflow extensions', () => {
  for (const row of ACCEPTED) {
    test(`accepts ${JSON.stringify(row.filter)} — ${row.source}`, () => {
      expect(parseFilter(row.filter)).toEqual({ clauses: row.clauses });
    });
  }
});

test.describe('parseFilter rejects what a server must reject', () => {
  for (const row of REJECTED) {
    test(`rejects ${JSON.stringify(row.filter)} — ${row.source}`, () => {
      expect(() => parseFilter(row.filter)).toThrow(FilterSyntaxError);
      expect(() => parseFilter(row.filter)).toThrow(row.because);
    });
  }
});

test.describe('parseFilter refuses to judge what the oracle does not model', () => {
  for (const row of UNSUPPORTED) {
    test(`UnsupportedByOracle for ${JSON.stringify(row.filter)} — ${row.source}`, () => {
      let thrown: unknown;
      try {
        parseFilter(row.filter);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UnsupportedByOracle);
      expect(thrown).not.toBeInstanceOf(FilterSyntaxError);
    });
  }
});

test('the spec\'s own quoted-identifier example compares a metric with a string, which MLflow rejects', () => {
  // spec: `metrics."model class" = 'LinearRegression'` — kept here so the conflict stays visible.
  expect(() => parseFilter(`metrics."model class" = 'LinearRegression' and tags."user-name" = 'Tomas'`)).toThrow(/must not be quoted/);
});
