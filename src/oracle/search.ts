/**
 * The full expected answer of runs/search on data the suite knows, before pagination: the runs of
 * the requested experiments, in the requested view, matching the filter, in the documented order.
 * Throws what parseFilter / parseOrderBy throw: a query the oracle cannot judge has no expected answer.
 */
import { matchesFilter, parseFilter } from './filter';
import type { SearchQuery, SeededRun } from './model';
import { compareRuns, parseOrderBy } from './order';
import { inView } from './view-type';
import { measure } from '../meter';

export function expectedSearch(runs: SeededRun[], q: SearchQuery): SeededRun[] {
  return measure('oracle', () => computeSearch(runs, q));
}

function computeSearch(runs: SeededRun[], q: SearchQuery): SeededRun[] {
  const filter = parseFilter(q.filter ?? '');
  const order = compareRuns(parseOrderBy(q.orderBy ?? []));
  const experiments = new Set(q.experimentIds);
  return runs
    .filter((run) => experiments.has(run.experimentId) && inView(run, q.runViewType) && matchesFilter(run, filter))
    .sort(order);
}
