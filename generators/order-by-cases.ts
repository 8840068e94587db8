/**
 * order_by lists shaped for one order check each, from orderByList / documentedOrderByList, so
 * that a check meets only the part of the order it judges:
 *
 *   explicitOrderByList := documented list, every key with its direction written (bare → ASC)
 *   bareOrderByKey      := one documented key, no direction
 *   tieBreakOrderBy     := one param or tag key (few values: many ties)
 *   keyMissingOrderBy   := one documented key, or attributes.end_time (null until a run ends),
 *                          some run of the data lacks, in any direction
 *   stringOrderBySlice  := one param or tag key ASC × a narrowing slice
 *   attributeOrderByKey := one attributes.* key ASC, over every orderable attribute
 *   aliasedAttributeOrderBy := one attribute column in another spelling × the same in its canonical one
 *   anyCaseDirection    := a non-empty documented list × a direction in any letter case
 */
import fc from 'fast-check';
import { expectedSearch, latestMetrics, parseOrderBy, type DataSet, type SeededRun } from '../src/oracle';
import { narrowing, type Narrowing } from './narrowing';
import { attributeAliases, documentedOrderByList, ORDERABLE_ATTRIBUTES, orderByList } from './order-by';

interface Seeded {
  experimentIds: string[];
  runs: SeededRun[];
}

/** Whether the run has a value for every key of the order_by list. */
export function hasAllKeys(run: SeededRun, orderBy: string[]): boolean {
  return parseOrderBy(orderBy).every(({ entity, key }) => {
    if (entity === 'metric') return latestMetrics(run).has(key);
    if (entity === 'param') return Object.hasOwn(run.params, key);
    if (entity === 'tag') return Object.hasOwn(run.tags, key);
    // Every attribute but end_time is set on every run; end_time is null until the run ends.
    return key !== 'end_time' || run.endTime !== undefined;
  });
}

/** A column with its direction made ASC. */
export function ascending(column: string): string {
  return `${column.replace(/ (ASC|DESC)$/i, '')} ASC`;
}

/** Every key with its direction written out: how a bare key orders is another check's. */
export function explicitOrderByList(data: Pick<DataSet, 'runs'>): fc.Arbitrary<string[]> {
  return documentedOrderByList(data).map((list) => list.map((c) => (/ (ASC|DESC)$/.test(c) ? c : `${c} ASC`)));
}

/** One key without a direction: how several keys combine is another check's. */
export function bareOrderByKey(data: Pick<DataSet, 'runs'>): fc.Arbitrary<string[]> {
  return documentedOrderByList(data)
    .map((list) => list.slice(0, 1).map((column) => column.replace(/ (ASC|DESC)$/, '')))
    .filter((list) => list.length > 0);
}

/** One param or tag column: few distinct values, so most runs tie on it. */
export function tieBreakOrderBy(data: Pick<DataSet, 'runs'>): fc.Arbitrary<string[]> {
  return documentedOrderByList(data)
    .map((list) => list.filter((c) => c.startsWith('params.') || c.startsWith('tags.')).slice(0, 1))
    .filter((list) => list.length === 1);
}

/** One documented key, or the nullable attributes.end_time, that some run of every experiment's ALL view lacks. */
export function keyMissingOrderBy(data: Seeded): fc.Arbitrary<string[]> {
  const query = { experimentIds: data.experimentIds, runViewType: 'ALL' as const };
  const endTime = fc.constantFrom('', ' ASC', ' DESC').map((d) => [`attributes.end_time${d}`]);
  return fc
    .oneof({ arbitrary: documentedOrderByList(data).map((list) => list.slice(0, 1)), weight: 3 }, endTime)
    .filter((list) => list.length === 1 && expectedSearch(data.runs, query).some((r) => !hasAllKeys(r, list)));
}

/** One param or tag key, ascending, within a slice of the data (experiments, filter). */
export function stringOrderBySlice(data: Seeded): fc.Arbitrary<[string[], Narrowing]> {
  const stringFirst = orderByList(data)
    .filter((list) => /^(params|tags)\./.test(list[0] ?? ''))
    .map((list) => [ascending(list[0]!)]);
  return fc.tuple(stringFirst, narrowing(data));
}

/** One orderable attribute key, ascending. */
export function attributeOrderByKey(): fc.Arbitrary<string[]> {
  return fc.constantFrom(...ORDERABLE_ATTRIBUTES).map((name) => [`attributes.${name} ASC`]);
}

/** One attribute column in an alias spelling, then the same column spelled `attributes.<name>`, same direction. */
export function aliasedAttributeOrderBy(): fc.Arbitrary<[string[], string[]]> {
  return fc
    .constantFrom(...ORDERABLE_ATTRIBUTES)
    .chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...attributeAliases(name)), fc.constantFrom('', ' ASC', ' DESC')))
    .map(([name, alias, direction]) => [[alias + direction], [`attributes.${name}${direction}`]]);
}

/** A non-empty documented list and a direction spelled in another letter case than the spec's. */
export function anyCaseDirection(data: Pick<DataSet, 'runs'>): fc.Arbitrary<[string[], string]> {
  return fc.tuple(documentedOrderByList(data).filter((l) => l.length > 0), fc.constantFrom('asc', 'desc', 'Desc', 'aSC'));
}
