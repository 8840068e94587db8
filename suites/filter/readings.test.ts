/**
 * Documented verdicts rest on documented readings (openapi/requirements.yaml, "Readings"): what a
 * check judges must come out the same whatever the answers to the questions other requirements
 * own (src/oracle/readings.ts). The filter checks' generated cases (./filter/cases.ts) and the
 * order checks' expected sequences are judged here under every combination of the oracle's
 * readings, on data sets like the worker's.
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { dataSet } from '../../generators';
import { narrowing } from '../../generators';
import { documentedOrderByList, orderByList } from '../../generators';
import { loadCatalogue } from '../../src/catalogue';
import { TIER_BUDGETS } from '../harness';
import {
  CATALOGUE_READINGS,
  compareRuns,
  matchesFilter,
  openReadings,
  parseFilter,
  parseOrderBy,
  READING_CHOICES,
  READING_FIELDS,
  READING_OWNERS,
  READINGS,
  settledOrder,
  settledSearch,
  type Reading,
  type Readings,
  type SemanticReading,
  type SearchQuery,
  type SeededRun,
} from '../../src/oracle';
import { PLAIN_NUMBER } from '../../src/oracle';
import { tokenize } from '../../src/oracle';
import { seedLocally } from '../../src/oracle';
import { FILTER_GRAMMAR_CHECKS, FILTER_READING_CHECKS, type FilterCheck } from './cases';

interface Seeded {
  experimentIds: string[];
  runs: SeededRun[];
}

const { min, max } = TIER_BUDGETS.standard.dataSetRuns;
const seededDataSets: fc.Arbitrary<Seeded> = dataSet({ minRuns: min, maxRuns: max }).map((data) => ({
  experimentIds: data.experiments.map((_, i) => String(100 + i)),
  runs: seedLocally(data),
}));
const SAMPLE = { seed: 10, numRuns: 150 };

/** Every combination of the answers to the open questions among `questions`; the catalogue's answer to the rest. */
function variations(open: ReadonlySet<Reading>, questions: SemanticReading[]): Readings[] {
  return questions
    .filter((question) => open.has(question))
    .reduce<Readings[]>((all, question) => {
      const field = READING_FIELDS[question];
      return all.flatMap((readings) => READING_CHOICES[field].map((choice) => ({ ...readings, [field]: choice })));
    }, [CATALOGUE_READINGS]);
}

test('every reading belongs to one inferred or upstream requirement, so documented checks leave all of them open', () => {
  const catalogue = loadCatalogue();
  for (const [reading, owner] of Object.entries(READING_OWNERS)) {
    expect(catalogue.byId.get(owner)?.strength, `${reading} is owned by ${owner}`).toMatch(/^(inferred|upstream)$/);
  }
  const documented = catalogue.requirements.filter((r) => r.strength === 'documented');
  expect(documented.filter((r) => openReadings(r.id).size !== READINGS.length).map((r) => r.id)).toEqual([]);
});

/** A check's generated filters and the examples it tries first, which must keep the same rules. */
function filtersAndExamples(check: FilterCheck, seeded: Seeded): fc.Arbitrary<string> {
  const examples = check.examples?.(seeded) ?? [];
  return examples.length > 0 ? fc.oneof(check.filters(seeded), fc.constantFrom(...examples)) : check.filters(seeded);
}

for (const check of [...FILTER_GRAMMAR_CHECKS, ...FILTER_READING_CHECKS]) {
  test(`${check.requirement}: ${check.title} — the runs it judges are selected alike under every reading it leaves open`, () => {
    const open = openReadings(check.requirement);
    const readings = variations(open, ['missing-key', 'latest-metric', 'string-case', 'nan-compare', 'empty-string']);
    const cases = seededDataSets.chain((seeded) => fc.record({ seeded: fc.constant(seeded), filter: filtersAndExamples(check, seeded) }));
    const disagreements: string[] = [];
    let judged = 0;
    for (const { seeded, filter } of fc.sample(cases, SAMPLE)) {
      const ast = parseFilter(filter);
      const answer = settledSearch(seeded.runs, { experimentIds: seeded.experimentIds, runViewType: 'ALL', filter }, open);
      const selected = new Set(answer.runs.map((run) => run.runId));
      for (const run of seeded.runs.filter((r) => !answer.unsettled.has(r.runId))) {
        judged += 1;
        const differing = readings.filter((r) => matchesFilter(run, ast, r) !== selected.has(run.runId));
        if (differing.length > 0) disagreements.push(`${filter} on ${run.ref}: ${JSON.stringify(differing[0])}`);
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(judged).toBeGreaterThan(SAMPLE.numRuns);
  });
}

/** `numRuns` sampled filters (and examples) of every filter check that leaves `reading` open, as `<requirement>: <filter>`. */
function filtersLeavingOpen(reading: Reading, numRuns: number): { label: string; filter: string }[] {
  return [...FILTER_GRAMMAR_CHECKS, ...FILTER_READING_CHECKS]
    .filter((check) => openReadings(check.requirement).has(reading))
    .flatMap((check) =>
      fc
        .sample(seededDataSets.chain((seeded) => filtersAndExamples(check, seeded)), { ...SAMPLE, numRuns })
        .map((filter) => ({ label: `${check.requirement}: ${filter}`, filter })),
    );
}

test('every filter check but FILTER-NUMERIC-LITERALS writes its constants without a sign or an exponent', () => {
  const spelled = filtersLeavingOpen('signed-number', 50).flatMap(({ label, filter }) => {
    const numbers = tokenize(filter, (message) => new Error(message)).flatMap((t) => (t.kind === 'number' ? [t.text] : []));
    return numbers.filter((text) => !PLAIN_NUMBER.test(text)).map(() => label);
  });
  expect(spelled.slice(0, 5)).toEqual([]);
});

test("no filter check but FILTER-EMPTY-STRING writes the constant '' (a server refusing it would fail them all)", () => {
  const empty = filtersLeavingOpen('empty-string', 100).filter(({ filter }) => parseFilter(filter).clauses.some((c) => c.value === ''));
  expect(empty.slice(0, 5).map(({ label }) => label)).toEqual([]);
});

test('a documented != judges only runs that have the key; the runs lacking it are left to FILTER-MISSING-KEY', () => {
  const notEqual = FILTER_GRAMMAR_CHECKS.filter((c) => ['FILTER-METRIC-COMPARE', 'FILTER-PARAM-EQUALITY', 'FILTER-TAG-EQUALITY'].includes(c.requirement));
  let lacking = 0;
  for (const check of notEqual) {
    const cases = seededDataSets.chain((seeded) => fc.record({ seeded: fc.constant(seeded), filter: check.filters(seeded) }));
    for (const { seeded, filter } of fc.sample(cases, SAMPLE)) {
      const [clause] = parseFilter(filter).clauses;
      if (clause?.comparator !== '!=') continue;
      const answer = settledSearch(seeded.runs, { experimentIds: seeded.experimentIds, runViewType: 'ALL', filter }, openReadings(check.requirement));
      for (const run of seeded.runs) {
        const has = clause.entity === 'metric' ? run.metrics.some((p) => p.key === clause.key) : Object.hasOwn(clause.entity === 'param' ? run.params : run.tags, clause.key);
        if (!has) lacking += 1;
        if (!has) expect(answer.unsettled.has(run.runId), `${filter} on ${run.ref}, which lacks the key`).toBe(true);
        if (!has) expect(matchesFilter(run, parseFilter(filter), { ...CATALOGUE_READINGS, missingKey: 'not-equal-matches' })).toBe(true);
      }
    }
  }
  expect(lacking, 'the sample holds runs lacking a compared key').toBeGreaterThan(0);
});

const ORDER_CHECKS: Array<{ requirement: string; queries: (seeded: Seeded) => fc.Arbitrary<SearchQuery> }> = [
  { requirement: 'ORDER-DEFAULT', queries: (seeded) => narrowing(seeded).map((slice) => ({ ...slice, runViewType: 'ALL' })) },
  {
    requirement: 'ORDER-BY-KEYS',
    queries: (seeded) => documentedOrderByList(seeded).map((orderBy) => ({ experimentIds: seeded.experimentIds, runViewType: 'ALL', orderBy })),
  },
  {
    requirement: 'PAGE-EXHAUSTION',
    queries: (seeded) =>
      fc.constantFrom('ACTIVE_ONLY' as const, 'DELETED_ONLY' as const, 'ALL' as const).map((runViewType) => ({ experimentIds: seeded.experimentIds, runViewType })),
  },
  {
    requirement: 'ORDER-BY-ATTRIBUTE',
    queries: (seeded) => orderByList(seeded).map((orderBy) => ({ experimentIds: seeded.experimentIds, runViewType: 'ALL', orderBy })),
  },
];

for (const { requirement, queries } of ORDER_CHECKS) {
  test(`${requirement}: the runs it judges come in an accepted sequence under every reading it leaves open`, () => {
    const open = openReadings(requirement);
    const readings = variations(open, ['latest-metric', 'collation', 'missing-last', 'run-id-order', 'nan-order']);
    const cases = seededDataSets.chain((seeded) => fc.record({ seeded: fc.constant(seeded), query: queries(seeded) }));
    const disagreements: string[] = [];
    let pairs = 0;
    for (const { seeded, query } of fc.sample(cases, SAMPLE)) {
      const { judged, orders } = settledOrder(seeded.runs, query, open);
      const runs = seeded.runs.filter((run) => judged.has(run.runId));
      if (runs.length >= 2) pairs += 1;
      for (const r of readings) {
        const sequence = [...runs].sort(compareRuns(parseOrderBy(query.orderBy ?? []), r)).map((run) => run.runId);
        if (!orders.some((order) => order.join() === sequence.join())) disagreements.push(`${JSON.stringify(query.orderBy ?? [])}: ${JSON.stringify(r)}`);
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(pairs, 'cases that order two or more judged runs').toBeGreaterThan(SAMPLE.numRuns / 2);
  });
}
