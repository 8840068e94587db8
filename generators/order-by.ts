/**
 * order_by lists: valid ones over a data set's keys, and invalid ones by category.
 *
 *   orderByList := column{0,3}, columns distinct     (a repeated column makes MLflow's SQL store 500)
 *   column      := ('metrics.' | 'params.' | 'tags.') key direction
 *                | 'attributes.' ('start_time' | 'run_name') direction
 *   direction   := '' | ' ASC' | ' DESC'             (the spec's spelling: upper case)
 *   key         := as in filter.ts
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

export function orderByList(data: Pick<DataSet, 'runs'>): fc.Arbitrary<string[]> {
  const observed = observe(data.runs);
  const columns = [
    ...[...observed.metrics.keys()].map((k) => `metrics.${formatKey(k)}`),
    ...[...observed.params.keys()].map((k) => `params.${formatKey(k)}`),
    ...[...observed.tags.keys()].map((k) => `tags.${formatKey(k)}`),
    'attributes.start_time',
    'attributes.run_name',
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
