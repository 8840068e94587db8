/**
 * order_by lists: valid ones over a data set's keys, and invalid ones by category.
 *
 *   orderByList := column{0,3}, columns distinct     (a repeated column makes MLflow's SQL store 500)
 *   column      := ('metrics.' | 'params.' | 'tags.') key direction
 *                | 'attributes.' attribute direction
 *   attribute   := run_id | run_name | status | start_time | end_time    (end_time: null until a run ends)
 *   direction   := '' | ' ASC' | ' DESC'             (the spec's spelling: upper case)
 *   key         := as in filter.ts
 *
 *   aliasedAttribute := spelling of an attribute MLflow reads as the canonical one (upstream):
 *                       prefix '.' name | name | '"' name '"' | created | Created (= start_time)
 *   prefix           := attribute | attributes | attr | run | '`attributes`'
 *
 * Attributes carry the `attributes.` prefix: the spec names no syntax for them, MLflow accepts it
 * and FastTrackML accepts nothing else. documentedOrderByList leaves them out: metrics, params
 * and tags are the columns with a documented syntax.
 */
import fc from 'fast-check';
import { formatKey } from '../src/oracle';
import type { DataSet } from '../src/oracle';
import { plainKey } from './key';
import { observe } from './observed';

const DIRECTION = fc.constantFrom('', ' ASC', ' DESC');

/**
 * The RunInfo attributes a server can order by whose values the suite knows (upstream: SU
 * `VALID_ORDER_BY_ATTRIBUTE_KEYS` = RunInfo's orderable attributes + created, Created). artifact_uri
 * and user_id are orderable too, but their values are the server's, not the suite's.
 */
export const ORDERABLE_ATTRIBUTES = ['run_id', 'run_name', 'status', 'start_time', 'end_time'] as const;

/** Every other spelling MLflow reads as `attributes.<name>` in order_by (SU `_ALTERNATE_ATTRIBUTE_IDENTIFIERS`, `_ALTERNATE_NUMERIC_ATTRIBUTES`). */
export function attributeAliases(name: (typeof ORDERABLE_ATTRIBUTES)[number]): string[] {
  const spellings = [...['attribute', 'attr', 'run', '`attributes`'].map((p) => `${p}.${name}`), name, `"${name}"`, `attributes.\`${name}\``];
  return name === 'start_time' ? [...spellings, 'created', 'Created', 'attributes.created', 'run.Created'] : spellings;
}

/**
 * Names that are no attribute in order_by (upstream: SU `_get_identifier` rejects them with
 * "Invalid attribute key"): run fields MLflow does not search, a wrong letter case, the filter-only
 * `run name` alias, and plain unknown words.
 */
const UNKNOWN_ATTRIBUTES = ['lifecycle_stage', 'experiment_id', 'run_uuid', 'name', 'Status', 'END_TIME', 'startTime', '"run name"', 'duration'];

export function orderByList(data: Pick<DataSet, 'runs'>): fc.Arbitrary<string[]> {
  const observed = observe(data.runs);
  const columns = [
    ...[...observed.metrics.keys()].map((k) => `metrics.${formatKey(k)}`),
    ...[...observed.params.keys()].map((k) => `params.${formatKey(k)}`),
    ...[...observed.tags.keys()].map((k) => `tags.${formatKey(k)}`),
    ...ORDERABLE_ATTRIBUTES.map((a) => `attributes.${a}`),
  ];
  return fc
    .uniqueArray(fc.constantFrom(...columns), { maxLength: Math.min(3, columns.length) })
    .chain((chosen) => fc.tuple(...chosen.map((column) => DIRECTION.map((d) => column + d))));
}

export function documentedOrderByList(data: Pick<DataSet, 'runs'>): fc.Arbitrary<string[]> {
  return orderByList(data).map((list) => list.filter((column) => !column.startsWith('attributes.')));
}

/**
 * Lists worth trying first in every tier: a param or tag column, whose few values tie many runs,
 * then another column DESC, so only a server that orders ties by the second key, in its
 * direction, passes.
 */
export function tiedOrderByLists(data: Pick<DataSet, 'runs'>): string[][] {
  const observed = observe(data.runs);
  const strings = [
    ...[...observed.params.keys()].map((k) => `params.${formatKey(k)}`),
    ...[...observed.tags.keys()].map((k) => `tags.${formatKey(k)}`),
  ];
  const [first, ...others] = strings;
  const second = others[0] ?? [...observed.metrics.keys()].map((k) => `metrics.${formatKey(k)}`)[0];
  return first !== undefined && second !== undefined ? [[first, `${second} DESC`]] : [];
}

export type InvalidOrderByCategory = 'bad-direction' | 'unknown-entity' | 'extra-tokens' | 'comparison';

/** order_by lists holding one clause a conforming server must reject, sometimes after a valid one. */
export function invalidOrderBy(): fc.Arbitrary<{ category: InvalidOrderByCategory; orderBy: string[] }> {
  const column = fc.tuple(fc.constantFrom('metrics', 'params', 'tags'), plainKey()).map(([e, k]) => `${e}.${k}`);
  const as = (category: InvalidOrderByCategory, clause: fc.Arbitrary<string>) =>
    fc.tuple(fc.option(column.map((c) => `${c} DESC`), { freq: 2 }), clause).map(([valid, bad]) => ({
      category,
      orderBy: valid === null ? [bad] : [valid, bad],
    }));
  return fc.oneof(
    as('bad-direction', fc.tuple(column, fc.constantFrom('ASCENDING', 'DESCENDING', 'ACS', 'decs', 'UP', 'down')).map((p) => p.join(' '))),
    as(
      'unknown-entity',
      fc.tuple(fc.constantFrom('foo', 'metricz', 'paramz', 'tagz', 'experiment', 'xyz'), plainKey(), DIRECTION).map(([e, k, d]) => `${e}.${k}${d}`),
    ),
    as(
      'extra-tokens',
      fc.oneof(
        column.map((c) => `${c} DESC ASC`),
        column.map((c) => `${c} ASC DESC`),
        fc.tuple(column, plainKey()).map(([c, w]) => `${c} DESC ${w}`),
        fc.tuple(column, column).map(([a, b]) => `${a} ${b}`),
      ),
    ),
    as(
      'comparison',
      fc.oneof(
        fc.tuple(column, fc.constantFrom('>', '=', '!=', '<='), fc.integer({ min: -9, max: 9 })).map(([c, op, v]) => `${c} ${op} ${v}`),
        column.map((c) => `${c} = 'x'`),
      ),
    ),
  );
}

/**
 * order_by lists holding one attribute column whose name is no attribute (prefixed or bare), after
 * a valid column at times: MLflow refuses them with 400 (upstream), the spec names no attribute.
 */
export function unknownAttributeOrderBy(): fc.Arbitrary<string[]> {
  const valid = fc.constantFrom(...ORDERABLE_ATTRIBUTES).map((a) => `attributes.${a} DESC`);
  const unknown = fc
    .tuple(fc.constantFrom('attributes.', 'attr.', 'run.', ''), fc.constantFrom(...UNKNOWN_ATTRIBUTES), DIRECTION)
    .map(([prefix, name, direction]) => prefix + name + direction);
  return fc.tuple(fc.option(valid, { freq: 2 }), unknown).map(([first, bad]) => (first === null ? [bad] : [first, bad]));
}
