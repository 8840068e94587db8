/**
 * Whose failure is it? A filter of several comparisons (or of a spelling another requirement is
 * about) that selects otherwise than the oracle may fail because one of its comparisons is
 * already wrong on its own: then the failure belongs to that comparison's requirement, and the
 * check that sent the composite is blocked by it (INCONCLUSIVE), never FAIL. Only when every
 * comparison alone selects as the oracle says does the composite's failure stay with the check.
 */
import { isPlainKey } from '../../generators';
import type { SearchClient } from '../../src/client';
import { expectedSearch, judgedIds, latestMetrics, openReadings, parseFilter, settledSearch, type Comparison } from '../../src/oracle';
import { formatComparison, formatPlainNumber } from '../../src/oracle';
import type { SearchQuery } from '../../src/oracle';
import type { SeededData } from '../../src/seed';
import { ONE_PAGE, searchBody } from '../support';
import { runIdsOf } from '../support';

/** Requirements about how a comparison is written, not what it selects. */
export const SPELLINGS = new Set(['FILTER-QUOTED-IDENTIFIER', 'FILTER-BACKTICK-IDENTIFIER', 'FILTER-DOUBLE-QUOTED-VALUE', 'FILTER-NUMERIC-LITERALS']);

/** The requirement whose semantics one comparison rests on. */
export function ownerOf({ entity, comparator }: Comparison): string {
  if (entity === 'metric') return 'FILTER-METRIC-COMPARE';
  if (comparator === 'IN' || comparator === 'NOT IN') return 'FILTER-RUN-ID-IN';
  // LIKE on a string attribute is FILTER-LIKE's, as on params and tags (its title names all three).
  if (comparator === 'LIKE' || comparator === 'ILIKE') return 'FILTER-LIKE';
  if (entity === 'attribute') return 'FILTER-ATTRIBUTE';
  return entity === 'param' ? 'FILTER-PARAM-EQUALITY' : 'FILTER-TAG-EQUALITY';
}

export interface Blame {
  requirement: string;
  comparison: string;
}

/**
 * The first comparison of `filter`, written plainly and sent alone, that selects otherwise than
 * the oracle among `base` (or is refused), and is owned by another requirement; undefined when
 * each holds alone, or when the filter has nothing simpler to try.
 */
export async function blameComparison(
  client: SearchClient,
  seeded: SeededData,
  scope: SearchQuery,
  base: ReadonlySet<string>,
  filter: string,
  requirement: string,
): Promise<Blame | undefined> {
  const { clauses } = parseFilter(filter);
  for (const comparison of clauses) {
    const owner = ownerOf(comparison);
    const alone = formatComparison(comparison);
    if (owner === requirement) continue;
    if (clauses.length === 1 && alone === filter.trim()) {
      // The filter is nothing but that comparison, written plainly: unless the requirement is about
      // how it is written, its failure is the comparison's.
      if (!SPELLINGS.has(requirement)) return { requirement: owner, comparison: alone };
      // A signed constant has no plainer spelling: ask the metric comparison with plain constants
      // from the data instead, so a server comparing metrics wrongly fails FILTER-METRIC-COMPARE only.
      const probe = comparison.entity === 'metric' ? await plainMetricProbeFails(client, seeded, scope, base, comparison) : undefined;
      if (probe) return { requirement: owner, comparison: probe };
      continue;
    }
    const response = await client.searchRuns(searchBody({ ...scope, filter: alone, maxResults: ONE_PAGE }));
    if (response.status !== 200) return { requirement: owner, comparison: alone };
    const expected = new Set(expectedSearch(seeded.runs, { ...scope, filter: alone }).map((r) => r.runId).filter((id) => base.has(id)));
    const received = runIdsOf(response).filter((id) => base.has(id));
    if (received.length !== expected.size || received.some((id) => !expected.has(id))) return { requirement: owner, comparison: alone };
  }
  return undefined;
}

/** At most this many plain constants are tried (only after a failure, so a correct server never pays). */
const PLAIN_PROBES = 6;

/**
 * The first of `comparison`'s comparator and key with a plain constant (the key's latest values
 * among `base`) that selects otherwise than the oracle on the runs every reading agrees on, or is
 * refused; undefined when each selects as it should.
 */
async function plainMetricProbeFails(
  client: SearchClient,
  seeded: SeededData,
  scope: SearchQuery,
  base: ReadonlySet<string>,
  { key, comparator }: Comparison,
): Promise<string | undefined> {
  const values = new Set<string>();
  for (const run of seeded.runs) {
    const value = base.has(run.runId) ? latestMetrics(run).get(key)?.value : undefined;
    const plain = value === undefined ? undefined : formatPlainNumber(value);
    if (plain !== undefined) values.add(plain);
  }
  const sorted = [...values].sort((a, b) => Number(a) - Number(b));
  const step = Math.max(1, Math.ceil(sorted.length / PLAIN_PROBES));
  const open = openReadings('FILTER-METRIC-COMPARE');
  for (let i = 0; i < sorted.length; i += step) {
    const probe = formatComparison({ entity: 'metric', key, comparator, value: Number(sorted[i]) });
    const response = await client.searchRuns(searchBody({ ...scope, filter: probe, maxResults: ONE_PAGE }));
    if (response.status !== 200) return probe;
    const answer = settledSearch(seeded.runs, { ...scope, filter: probe }, open);
    const expected = new Set(answer.runs.map((r) => r.runId).filter((id) => base.has(id)));
    const received = judgedIds(runIdsOf(response), answer).filter((id) => base.has(id));
    if (received.length !== expected.size || received.some((id) => !expected.has(id))) return probe;
  }
  return undefined;
}

/**
 * Whether the server reads a quoted key (double quotes, or `quote`) as the key: one plain param or tag key of the data,
 * searched as `params."k" = 'v'` and as `params.k = 'v'`, must select the same runs. The seeded
 * data set always has one (generators/dataset.ts); without one to try, nothing is blamed (true).
 */
export async function quotedKeysWork(client: SearchClient, seeded: SeededData, scope: SearchQuery, quote = '"'): Promise<boolean> {
  for (const [entity, prefix] of [['params', 'params'], ['tags', 'tags']] as const) {
    for (const run of seeded.runs) {
      const plain = Object.entries(run[entity]).find(([key, value]) => isPlainKey(key) && !/['"\\]/.test(value));
      if (!plain) continue;
      const [key, value] = plain;
      const ids = async (filter: string) => {
        const response = await client.searchRuns(searchBody({ ...scope, filter, maxResults: ONE_PAGE }));
        return response.status === 200 ? runIdsOf(response).sort().join(',') : `HTTP ${response.status}`;
      };
      return (await ids(`${prefix}.${quote}${key}${quote} = '${value}'`)) === (await ids(`${prefix}.${key} = '${value}'`));
    }
  }
  return true;
}
