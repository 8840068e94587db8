/**
 * What a check may judge when some readings (readings.ts) are left open: the runs whose
 * selection, and the orders whose sequence, every answer to those questions agrees on. A run on
 * which the answers disagree is left out of the judgement, on both sides: neither expected nor
 * held against the server.
 */
import type { Comparison, FilterAst } from './filter-ast';
import { parseFilter } from './filter-parse';
import { holds } from './filter-match';
import { latestMetrics } from './latest-metric';
import type { SearchQuery, SeededRun } from './model';
import { compareRuns, parseOrderBy, type OrderKey } from './order';
import { CATALOGUE_READINGS, READING_CHOICES, type Reading } from './readings';
import { runValue, type RunValue } from './run-value';
import { inView } from './view-type';

/** Whether the run matches under every open reading; undefined when they disagree. */
export function settledMatch(run: SeededRun, ast: FilterAst, open: ReadonlySet<Reading>): boolean | undefined {
  let settled: boolean | undefined = true;
  for (const clause of ast.clauses) {
    const outcomes = clauseOutcomes(run, clause, open);
    if (outcomes.size === 1 && outcomes.has(false)) return false;
    if (outcomes.size > 1) settled = undefined;
  }
  return settled;
}

/** The clause's truth value under each open reading: any logged point of a metric, every missing-key, case, NaN and empty-string answer. */
function clauseOutcomes(run: SeededRun, clause: Comparison, open: ReadonlySet<Reading>): Set<boolean> {
  const values: RunValue[] =
    clause.entity === 'metric' && open.has('latest-metric')
      ? loggedValues(run, clause.key)
      : [runValue(run, clause.entity, clause.key, () => latestMetrics(run))];
  const missingKeys = open.has('missing-key') ? READING_CHOICES.missingKey : [CATALOGUE_READINGS.missingKey];
  const cases = open.has('string-case') ? READING_CHOICES.stringCase : [CATALOGUE_READINGS.stringCase];
  const nans = open.has('nan-compare') ? READING_CHOICES.nanCompare : [CATALOGUE_READINGS.nanCompare];
  const empties = open.has('empty-string') ? READING_CHOICES.emptyString : [CATALOGUE_READINGS.emptyString];
  const outcomes = new Set<boolean>();
  for (const value of values) {
    for (const missingKey of missingKeys) {
      for (const stringCase of cases) {
        for (const nanCompare of nans) {
          for (const emptyString of empties) outcomes.add(holds(value, clause, { missingKey, stringCase, nanCompare, emptyString }));
        }
      }
    }
  }
  return outcomes;
}

/** Every distinct value the run logged for a metric key; [undefined] when it logged none. */
function loggedValues(run: SeededRun, key: string): RunValue[] {
  const values = [...new Set(run.metrics.filter((p) => p.key === key).map((p) => p.value))];
  return values.length > 0 ? values : [undefined];
}

export interface SettledAnswer {
  /** The runs every open reading selects, in the catalogue's order. */
  runs: SeededRun[];
  /** Runs in scope and view that some open reading selects and another does not. */
  unsettled: ReadonlySet<string>;
}

/** expectedSearch (search.ts) restricted to what the open readings agree on. */
export function settledSearch(runs: readonly SeededRun[], q: SearchQuery, open: ReadonlySet<Reading>): SettledAnswer {
  const ast = parseFilter(q.filter ?? '');
  const experiments = new Set(q.experimentIds);
  const selected: SeededRun[] = [];
  const unsettled = new Set<string>();
  for (const run of runs) {
    if (!experiments.has(run.experimentId) || !inView(run, q.runViewType)) continue;
    const match = settledMatch(run, ast, open);
    if (match === undefined) unsettled.add(run.runId);
    else if (match) selected.push(run);
  }
  return { runs: selected.sort(compareRuns(parseOrderBy(q.orderBy ?? []))), unsettled };
}

/** The run ids a check judges in a server's answer: all but the unsettled runs (unknown ids stay, as extras). */
export function judgedIds(received: readonly string[], answer: SettledAnswer): string[] {
  return received.filter((id) => !answer.unsettled.has(id));
}

/**
 * Whether every open reading gives the run the same value for each order key: it has the key
 * (unless where missing runs go is this check's own reading), for a metric one value in all its
 * logged points, and not NaN (unless where NaN goes is this check's own reading), and not an
 * empty string (unless whether '' is a value is this check's own reading).
 */
export function hasSettledKeys(run: SeededRun, keys: readonly OrderKey[], open: ReadonlySet<Reading>): boolean {
  return keys.every(({ entity, key }) => {
    if (entity === 'metric') {
      const values = open.has('latest-metric')
        ? new Set(run.metrics.filter((p) => p.key === key).map((p) => p.value))
        : new Set(latestMetrics(run).has(key) ? [latestMetrics(run).get(key)!.value] : []);
      if (open.has('nan-order') && [...values].some(Number.isNaN)) return false;
      if (open.has('latest-metric') && values.size > 1) return false;
      return values.size === 1 || !open.has('missing-last');
    }
    const value = runValue(run, entity, key, () => latestMetrics(run));
    if (value === '' && open.has('empty-string')) return false;
    return value !== undefined || !open.has('missing-last');
  });
}

/**
 * The sequences the runs may come in: the catalogue's order and, while the run_id tiebreak's
 * direction is open, the same order with each group of runs tied up to run_id reversed.
 */
export function acceptableOrders(runs: readonly SeededRun[], orderBy: string[], open: ReadonlySet<Reading>): string[][] {
  const order = compareRuns(parseOrderBy(orderBy));
  const ascending = [...runs].sort(order);
  if (!open.has('run-id-order')) return [ascending.map((r) => r.runId)];
  const tied = (a: SeededRun, b: SeededRun) => order(a, { ...b, runId: a.runId }) === 0;
  const descending: SeededRun[] = [];
  let group: SeededRun[] = [];
  for (const run of ascending) {
    if (group.length > 0 && !tied(group[0]!, run)) {
      descending.push(...group.reverse());
      group = [];
    }
    group.push(run);
  }
  descending.push(...group.reverse());
  return [ascending.map((r) => r.runId), descending.map((r) => r.runId)];
}

export interface SettledOrder {
  /** The runs the order is judged on: selected under every open reading, with settled order keys. */
  judged: ReadonlySet<string>;
  /** The sequences they may come in (acceptableOrders). */
  orders: string[][];
}

/** What an order check judges of a query's answer, and the sequences it accepts for those runs. */
export function settledOrder(runs: readonly SeededRun[], q: SearchQuery, open: ReadonlySet<Reading>): SettledOrder {
  const orderBy = q.orderBy ?? [];
  const keys = parseOrderBy(orderBy);
  const judged = settledSearch(runs, { ...q, orderBy: [] }, open).runs.filter((run) => hasSettledKeys(run, keys, open));
  return { judged: new Set(judged.map((run) => run.runId)), orders: acceptableOrders(judged, orderBy, open) };
}
