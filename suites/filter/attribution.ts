/**
 * Whose failure is it? A filter of several comparisons (or of a spelling another requirement is
 * about) that selects otherwise than the oracle may fail because one of its comparisons is
 * already wrong on its own: then the failure belongs to that comparison's requirement, and the
 * check that sent the composite is blocked by it (INCONCLUSIVE), never FAIL. Only when every
 * comparison alone selects as the oracle says does the composite's failure stay with the check.
 */
import { isPlainKey, isPlainStringValue } from '../../generators';
import type { SearchClient } from '../../src/client';
import { expectedSearch, judgedIds, latestMetrics, openReadings, parseFilter, settledSearch, type Comparison, type Reading } from '../../src/oracle';
import { formatComparison } from '../../src/oracle';
import type { SearchQuery, SeededRun } from '../../src/oracle';
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
      // A signed constant has no plainer spelling: ask the metric comparison with plain integer
      // constants instead, so a server comparing metrics wrongly fails FILTER-METRIC-COMPARE only.
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

/**
 * For a reading's owner (FILTER-METRIC-NAN, FILTER-LATEST-METRIC, FILTER-MISSING-KEY,
 * FILTER-EMPTY-STRING), whose filters are one comparison: the comparison's blame when the same
 * comparator with plain constants already selects wrongly on runs no reading decides. A server
 * comparing metrics as text misjudges a NaN too, and that is FILTER-METRIC-COMPARE's failure, not
 * the reading's.
 */
export async function blameReading(
  client: SearchClient,
  seeded: SeededData,
  scope: SearchQuery,
  base: ReadonlySet<string>,
  filter: string,
  requirement: string,
): Promise<Blame | undefined> {
  const { clauses } = parseFilter(filter);
  const [comparison] = clauses;
  if (clauses.length !== 1 || comparison === undefined || ownerOf(comparison) === requirement) return undefined;
  const probe =
    comparison.entity === 'metric'
      ? await plainMetricProbeFails(client, seeded, scope, base, comparison)
      : comparison.entity === 'param' || comparison.entity === 'tag'
        ? await plainStringProbeFails(client, seeded, scope, base, comparison)
        : undefined;
  return probe ? { requirement: ownerOf(comparison), comparison: probe } : undefined;
}

/** At most this many param or tag values are tried (only after a failure). */
const STRING_PROBES = 3;

/**
 * The first `= 'v'` or `!= 'v'` (the failing comparator) on the same param or tag key, else on
 * another key of the entity, with a value some run holds that no reading disputes
 * (isPlainStringValue), that selects otherwise than the oracle on the runs every reading agrees
 * on, or is refused. A server that reads tags.k from the params misjudges tags.k = '' too, and
 * that is FILTER-TAG-EQUALITY's failure, not the empty string's.
 */
async function plainStringProbeFails(
  client: SearchClient,
  seeded: SeededData,
  scope: SearchQuery,
  base: ReadonlySet<string>,
  comparison: Comparison,
): Promise<string | undefined> {
  const { entity, key, comparator } = comparison;
  if (comparator !== '=' && comparator !== '!=') return undefined;
  const inBase = seeded.runs.filter((run) => base.has(run.runId));
  const valuesOf = (run: SeededRun) => (entity === 'param' ? run.params : run.tags);
  // The key itself first, then the entity's other keys (a key may hold nothing but '').
  const keys = [...new Set([key, ...inBase.flatMap((run) => Object.keys(valuesOf(run)))])];
  const pairs = keys.flatMap((k) =>
    [...new Set(inBase.map((run) => valuesOf(run)[k]))]
      .filter((v): v is string => v !== undefined && isPlainStringValue(v))
      .map((value) => ({ key: k, value })),
  );
  const open = openReadings(ownerOf(comparison));
  for (const { key: probed, value } of pairs.slice(0, STRING_PROBES)) {
    const probe = formatComparison({ entity, key: probed, comparator, value });
    if (await selectsOtherwise(client, seeded, scope, base, probe, open)) return probe;
  }
  return undefined;
}

/**
 * Whether the server refuses the probe filter, or selects otherwise than the oracle among `base`
 * on the runs every `open` reading agrees on.
 */
async function selectsOtherwise(
  client: SearchClient,
  seeded: SeededData,
  scope: SearchQuery,
  base: ReadonlySet<string>,
  probe: string,
  open: ReadonlySet<Reading>,
): Promise<boolean> {
  const response = await client.searchRuns(searchBody({ ...scope, filter: probe, maxResults: ONE_PAGE }));
  if (response.status !== 200) return true;
  const answer = settledSearch(seeded.runs, { ...scope, filter: probe }, open);
  const expected = new Set(answer.runs.map((r) => r.runId).filter((id) => base.has(id)));
  const received = judgedIds(runIdsOf(response), answer).filter((id) => base.has(id));
  return received.length !== expected.size || received.some((id) => !expected.has(id));
}

/**
 * Integer constants tried besides the data's own: one digit and powers of ten up to 10^16, past
 * 2^53, so that some constant of fewer and some of more digits than each value sits on either side
 * of it (where the order of text and of numbers part).
 */
const PROBE_CONSTANTS = [0, 1, 2, 9, 10, 100, 1e4, 1e8, 1e16];
/** At most this many constants per metric key (only after a failure, so a correct server never pays). */
const PROBES_PER_KEY = 13;
const probed = new WeakMap<ReadonlySet<string>, Map<string, Promise<string | undefined>>>();

/**
 * The first comparison with `comparator` and a plain integer constant, on `key` first and then on
 * every other metric key of the runs in `base`, that selects otherwise than the oracle on the runs
 * every reading agrees on (a NaN or a stale point decides nothing), or is refused; undefined when
 * each selects as it should. A failure written otherwise (a signed constant, a NaN metric) is the
 * metric comparison's when this already fails: plain integers are what every reading accepts.
 * Cached per comparator for one `base`, so shrinking a failure asks once.
 */
export function plainMetricProbeFails(
  client: SearchClient,
  seeded: SeededData,
  scope: SearchQuery,
  base: ReadonlySet<string>,
  { key, comparator }: Pick<Comparison, 'key' | 'comparator'>,
): Promise<string | undefined> {
  const cache = probed.get(base) ?? new Map<string, Promise<string | undefined>>();
  probed.set(base, cache);
  const cacheKey = `${comparator} ${key}`;
  if (!cache.has(cacheKey)) cache.set(cacheKey, probeMetricKeys(client, seeded, scope, base, key, comparator));
  return cache.get(cacheKey)!;
}

async function probeMetricKeys(
  client: SearchClient,
  seeded: SeededData,
  scope: SearchQuery,
  base: ReadonlySet<string>,
  first: string,
  comparator: Comparison['comparator'],
): Promise<string | undefined> {
  const inBase = seeded.runs.filter((run) => base.has(run.runId));
  const keys = [...new Set([first, ...inBase.flatMap((run) => [...latestMetrics(run).keys()])])];
  const open = openReadings('FILTER-METRIC-COMPARE');
  for (const key of keys) {
    for (const value of probeConstants(inBase, key)) {
      const probe = formatComparison({ entity: 'metric', key, comparator, value });
      if (await selectsOtherwise(client, seeded, scope, base, probe, open)) return probe;
    }
  }
  return undefined;
}

/** The key's finite values among `runs` floored to non-negative integers, spread, then PROBE_CONSTANTS. */
function probeConstants(runs: readonly SeededRun[], key: string): number[] {
  const fromData = new Set<number>();
  for (const run of runs) {
    const value = latestMetrics(run).get(key)?.value;
    if (value !== undefined && Number.isFinite(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER) fromData.add(Math.floor(value));
  }
  const sorted = [...fromData].sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil(sorted.length / (PROBES_PER_KEY / 2)));
  const spread = sorted.filter((_, i) => i % step === 0);
  return [...new Set([...spread, ...PROBE_CONSTANTS])].slice(0, PROBES_PER_KEY);
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
