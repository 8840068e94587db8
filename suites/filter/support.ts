/**
 * The shape of every filter semantics check: for each generated filter, the runs the server
 * returns are exactly the runs the oracle selects (as a set; order has its own requirements)
 * among the runs the server returns for the same experiments and view without a filter, and
 * only the runs whose selection no reading the requirement does not own could change
 * (src/oracle/readings.ts): a run lacking the key of a `!=` is left to FILTER-MISSING-KEY, a
 * metric whose logged points disagree to FILTER-LATEST-METRIC. Which runs the unfiltered search
 * holds is the view and scope requirements' to judge, so a server whose ALL view drops deleted
 * runs fails VIEW-ALL, not every filter requirement. A composite filter that fails because one of
 * its comparisons is wrong on its own is that comparison's failure (attribution.ts). Across the
 * property, some filter must select judged runs and some must exclude them, so a server that
 * returns everything or nothing cannot pass.
 */
import type fc from 'fast-check';
import type { SearchClient } from '../../src/client';
import { judgedIds, openReadings, READING_FIELDS, READINGS, settledSearch } from '../../src/oracle';
import type { SeededData } from '../../src/seed';
import type { SearchQuery } from '../../src/oracle';
import { Inconclusive } from '../../src/outcome';
import { blameComparison, blameReading, ownerOf, quotedKeysWork } from './attribution';
import { parseFilter } from '../../src/oracle';
import { checkOk, checkSameSet } from '../support';
import type { Property } from '../support';
import { allExperiments, ONE_PAGE, searchBody } from '../support';
import { runIdsOf, runShower } from '../support';

/** An identifier written in double quotes or backticks. */
const QUOTED_IDENTIFIER = /\b(metrics?|params?|tags?|attributes?)\.["`]/;
const QUOTING = new Set(['FILTER-QUOTED-IDENTIFIER', 'FILTER-BACKTICK-IDENTIFIER']);
const QUOTE_OF: Record<string, string> = { 'FILTER-QUOTED-IDENTIFIER': '"', 'FILTER-BACKTICK-IDENTIFIER': '`' };

/** The test's property judges its requirement (`property.requirement`) over the filters generated for `seeded`. */
export async function checkFilterSelectsLikeOracle(
  property: Property,
  seeded: SeededData,
  filters: fc.Arbitrary<string>,
  { requireSelection = true, examples = [] as readonly string[] } = {},
): Promise<void> {
  const { client, requirement } = property;
  const open = openReadings(requirement);
  // Readings of meaning only: a spelling's reading (signed-number: is the constant accepted?) decides
  // no run's membership, so its owner judges every run, like a documented requirement.
  const own = READINGS.filter((reading) => !open.has(reading) && Object.hasOwn(READING_FIELDS, reading));
  let selectedSome = false;
  let decidedSome = false;
  let excludedSome = false;
  const scope = { ...allExperiments(seeded), runViewType: 'ALL' as const };
  const base = await unfilteredRuns(client, seeded, scope);
  let quoting: Promise<boolean> | undefined;
  await property(
    filters,
    async (filter) => {
      const query = { ...scope, filter };
      const answer = settledSearch(seeded.runs, query, open);
      // The owner of a reading judges only the runs its reading decides (the others are the
      // documented requirements'), so a fault in what every reading agrees on is not its.
      const judged = own.length > 0 ? settledSearch(seeded.runs, query, new Set([...open, ...own])).unsettled : base;
      const inScope = (id: string) => base.has(id) && judged.has(id);
      decidedSome ||= [...base].some((id) => judged.has(id));
      const expected = answer.runs.map((run) => run.runId).filter(inScope);
      selectedSome ||= expected.length > 0;
      excludedSome ||= expected.length + answer.unsettled.size < [...base].filter((id) => judged.has(id)).length;
      const response = await client.searchRuns(searchBody({ ...query, maxResults: ONE_PAGE }));
      checkOk(response, `the filter ${JSON.stringify(filter)}`);
      const received = judgedIds(runIdsOf(response), answer).filter(inScope);
      // A reading's owner judges only the runs its reading decides: a mismatch there is its own.
      // A key that must be quoted, on a server that reads quoted keys otherwise, is the quoting
      // requirement's failure, for a reading's owner too (its filters may quote their keys).
      if (!sameSet(received, expected) && !QUOTING.has(requirement) && QUOTED_IDENTIFIER.test(filter) && !(await (quoting ??= quotedKeysWork(client, seeded, scope)))) {
        throw new Inconclusive('blocked by FILTER-QUOTED-IDENTIFIER: the server reads a double-quoted plain key otherwise than the same key unquoted', { blockedBy: 'FILTER-QUOTED-IDENTIFIER' });
      }
      if (own.length > 0 && !sameSet(received, expected)) {
        const blame = await blameReading(client, seeded, scope, base, filter, requirement);
        if (blame) throw new Inconclusive(`blocked by ${blame.requirement}: ${blame.comparison} alone selects otherwise`, { blockedBy: blame.requirement });
      }
      if (own.length === 0 && !sameSet(received, expected)) {
        // A quoting requirement whose spelling works on a plain key: the comparison itself is wrong.
        const spelling = QUOTE_OF[requirement];
        if (spelling && (await (quoting ??= quotedKeysWork(client, seeded, scope, spelling)))) {
          const [first] = parseFilter(filter).clauses;
          if (first) throw new Inconclusive(`blocked by ${ownerOf(first)}: quoted keys are read as keys, so the comparison is what selects otherwise`, { blockedBy: ownerOf(first) });
        }
        const blame = await blameComparison(client, seeded, scope, base, filter, requirement);
        if (blame) throw new Inconclusive(`blocked by ${blame.requirement}: ${blame.comparison} alone selects otherwise`, { blockedBy: blame.requirement });
      }
      checkSameSet(received, expected, `the runs selected by filter ${JSON.stringify(filter)}`, runShower(seeded));
    },
    { examples },
  );
  // Nothing judged is not a fault of the filter: which runs the unfiltered search returns is the
  // views' and scope's to judge, and a draw that met no deciding run is the suite's shortfall.
  const vacuous = (what: string) => new Inconclusive(`${what}: nothing was judged, so the check would be vacuous`);
  if (own.length > 0) {
    if (!decidedSome) throw vacuous(`no generated filter met a run that its reading (${own.join(', ')}) decides`);
    return;
  }
  if (requireSelection && !selectedSome) throw vacuous('no generated filter selected a run');
  if (!excludedSome) throw vacuous('no generated filter excluded a run');
}

/**
 * The seeded runs the server returns for the experiments and view alone: the universe a filter
 * check judges in. None at all leaves nothing to judge (the view requirements say why).
 */
export async function unfilteredRuns(client: SearchClient, seeded: SeededData, scope: SearchQuery): Promise<Set<string>> {
  const response = await client.searchRuns(searchBody({ ...scope, maxResults: ONE_PAGE }));
  checkOk(response, `the unfiltered search ${JSON.stringify(searchBody(scope))}`, { auxiliary: true });
  const seededIds = new Set(seeded.runs.map((r) => r.runId));
  const base = new Set(runIdsOf(response).filter((id) => seededIds.has(id)));
  if (base.size === 0) throw new Inconclusive('the unfiltered search returned none of the seeded runs, so no filter can be judged');
  return base;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const want = new Set(b);
  return a.length === b.length && a.every((id) => want.has(id));
}
