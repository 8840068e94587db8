import fc from 'fast-check';
import type { Narrowing } from '../../generators';
import { test } from '../harness';
import { aliasedAttributeOrderBy, anyCaseDirection, attributeOrderByKey, dataSet, emptyValueKeys, hasAllKeys, keyMissingOrderBy, narrowing, stringOrderBySlice, unknownAttributeOrderBy } from '../../generators';
import { compareKeys, compareRuns, expectedSearch, formatKey, hasSettledKeys, judgedIds, openReadings, parseOrderBy, settledSearch } from '../../src/oracle';
import { Inconclusive } from '../../src/outcome';
import type { DataSet, RunSpec, SearchQuery, SeededRun } from '../../src/oracle';
import type { SearchClient } from '../../src/client';
import type { SeededData } from '../../src/seed';
import { check, checkOk, checkSameSequence, checkStatus400 } from '../support';
import { allExperiments, ONE_PAGE, searchBody, searchSlice } from '../support';
import { runIdsOf, runShower } from '../support';
import { checkOrderProperty } from './support';

/**
 * The first direction of `clause`'s key (ASC, then DESC) in which the runs that have the key do not
 * come in the key's order, with the requirement that owns ordering by it; undefined when both do.
 */
async function keyLeftUnordered(
  client: SearchClient,
  query: SearchQuery,
  byId: ReadonlyMap<string, SeededRun>,
  clause: string,
): Promise<{ owner: string; clause: string } | undefined> {
  const column = clause.replace(/\s+(ASC|DESC)$/i, '');
  for (const direction of ['ASC', 'DESC']) {
    const probe = `${column} ${direction}`;
    const [key] = parseOrderBy([probe]);
    const owner = key!.entity === 'attribute' ? 'ORDER-BY-ATTRIBUTE' : 'ORDER-BY-KEYS';
    const response = await client.searchRuns(searchBody({ ...query, orderBy: [probe], maxResults: ONE_PAGE }));
    if (response.status !== 200) return { owner, clause: probe };
    // Only runs whose value every reading the owner leaves open agrees on (one logged point).
    const open = openReadings(owner);
    const having = runIdsOf(response)
      .map((id) => byId.get(id))
      .filter((run): run is SeededRun => run !== undefined && hasAllKeys(run, [probe]) && hasSettledKeys(run, [key!], open));
    const byKey = compareKeys([key!]);
    if (having.some((run, i) => i > 0 && byKey(having[i - 1]!, run) > 0)) return { owner, clause: probe };
  }
  return undefined;
}

/** Whether the run holds the empty string for a param or tag key of the order_by. */
function holdsEmpty(run: SeededRun, orderBy: string[]): boolean {
  return parseOrderBy(orderBy).some(({ entity, key }) => (entity === 'param' ? run.params[key] : entity === 'tag' ? run.tags[key] : undefined) === '');
}

test.describe('order_by: readings and MLflow extensions', () => {
  test('ORDER-RUN-ID-ASC: runs with equal start_time come by run_id ascending, in any experiments and filter', async ({ client, seeded, property }) => {
    let expectedSome = false;
    let receivedSome = false;
    await property(
      narrowing(seeded),
      async (slice) => {
        const { query, response } = await searchSlice(client, seeded, slice);
        const answer = settledSearch(seeded.runs, query, openReadings(property.requirement));
        const settled = new Set(answer.runs.map((r) => r.runId));
        const byId = new Map(seeded.runs.map((r) => [r.runId, r]));
        expectedSome ||= hasTie(answer.runs);
        // Only inside start_time ties, over the runs received: whether start_time comes DESC is
        // ORDER-DEFAULT's to judge, which runs come back the filter's and the view's.
        const ties = new Map<number, SeededRun[]>();
        for (const id of judgedIds(runIdsOf(response), answer).filter((id) => settled.has(id))) {
          const run = byId.get(id)!;
          ties.set(run.startTime, [...(ties.get(run.startTime) ?? []), run]);
        }
        for (const tie of [...ties.values()].filter((t) => t.length > 1)) {
          receivedSome = true;
          const expected = [...tie].sort(compareRuns(parseOrderBy([]))).map((r) => r.runId);
          checkSameSequence(tie.map((r) => r.runId), expected, 'runs with equal start_time come by run_id ascending', runShower(seeded));
        }
      },
      // Every experiment, no filter, tried first in every tier: every run, start_time ties included.
      { examples: [{ experimentIds: seeded.experimentIds }] },
    );
    check(expectedSome, 'no generated case held two runs with equal start_time: the check would be vacuous');
    // The runs come from the server: no tie among them is something not observed, not a fault of the order.
    if (!receivedSome) throw new Inconclusive('no page held two runs with equal start_time, so no tie could be judged; which runs come back is judged elsewhere');
  });

  test('ORDER-MISSING-LAST: runs lacking an order_by key (a metric, param or tag, or end_time before the run ends) come after all runs that have it, ASC and DESC', async ({ client, seeded, property }) => {
    const query = { ...allExperiments(seeded), runViewType: 'ALL' as const };
    // Which runs come back is the view's and scope's to judge: only the runs the server returns
    // without an order are placed, so an answer holding none of one kind has nothing to order.
    const base = await unorderedRuns(client, seeded, query);
    const byId = new Map(seeded.runs.map((r) => [r.runId, r]));
    let judgedSome = false;
    await property(
      keyMissingOrderBy(seeded),
      async (orderBy) => {
        // A run holding '' for a key may lack it or have it: FILTER-EMPTY-STRING's reading.
        const placeable = (id: string) => !holdsEmpty(byId.get(id)!, orderBy);
        const kinds = new Set([...base].filter(placeable).map((id) => hasAllKeys(byId.get(id)!, orderBy)));
        if (kinds.size < 2) return;
        judgedSome = true;
        const response = await client.searchRuns(searchBody({ ...query, orderBy, maxResults: ONE_PAGE }));
        checkOk(response, `the order_by ${JSON.stringify(orderBy)}`);
        const present = runIdsOf(response).filter(placeable).map((id) => hasAllKeys(byId.get(id)!, orderBy));
        const firstMissing = present.indexOf(false);
        const missingLast = firstMissing >= 0 && present.slice(firstMissing).every((p) => !p);
        // Where runs lacking the key go means nothing on a server that does not order by the key:
        // that is the ordering requirement's failure (ORDER-BY-ATTRIBUTE for an attribute).
        if (!missingLast) {
          const unordered = await keyLeftUnordered(client, query, byId, orderBy[0]!);
          if (unordered) throw new Inconclusive(`blocked by ${unordered.owner}: ${unordered.clause} does not order the runs that have the key`, { blockedBy: unordered.owner });
        }
        check(firstMissing >= 0 && present.slice(firstMissing).every((p) => !p), `runs lacking ${orderBy[0]} must come last`, {
          received: present.map((p) => (p ? 'has' : 'lacks')),
        });
      },
    );
    if (!judgedSome) throw new Inconclusive('the search without order_by returned no runs both having and lacking a generated key, so none could be placed');
  });

  test('ORDER-NAN-AFTER-NUMBERS: runs whose order_by metric is NaN come after every run with a number (±Infinity included), ASC and DESC', async ({ client, seeded, property }) => {
    const query = { ...allExperiments(seeded), runViewType: 'ALL' as const };
    // Which runs come back is the view's and scope's to judge: only the runs the server returns
    // without an order are placed; where NaN goes beside runs lacking the key is ORDER-MISSING-LAST's.
    const base = await unorderedRuns(client, seeded, query);
    const byId = new Map(seeded.runs.map((r) => [r.runId, r]));
    let judgedSome = false;
    await property(
      nanOrderBy(seeded),
      async ({ key, orderBy }) => {
        const kinds = new Set([...base].map((id) => nanKind(byId.get(id)!, key)).filter((kind) => kind !== undefined));
        if (kinds.size < 2) return;
        judgedSome = true;
        const response = await client.searchRuns(searchBody({ ...query, orderBy, maxResults: ONE_PAGE }));
        checkOk(response, `the order_by ${JSON.stringify(orderBy)}`);
        const placed = runIdsOf(response).flatMap((id) => {
          const run = byId.get(id);
          const kind = run && nanKind(run, key);
          return kind ? [`${run.ref} ${kind}`] : [];
        });
        const firstNaN = placed.findIndex((p) => p.endsWith(' NaN'));
        const nanLast = firstNaN < 0 || placed.slice(firstNaN).every((p) => p.endsWith(' NaN'));
        // Where NaN goes means nothing on a server that does not order the numbers by the key
        // (a comparator that NaN breaks misorders both): that is ORDER-BY-KEYS' failure.
        if (!nanLast) {
          const unordered = await keyLeftUnordered(client, query, byId, orderBy[0]!);
          if (unordered) throw new Inconclusive(`blocked by ${unordered.owner}: ${unordered.clause} does not order the runs that have a number`, { blockedBy: unordered.owner });
        }
        check(nanLast, `runs whose ${orderBy[0]} is NaN must come after every run with a number`, {
          received: placed,
        });
      },
    );
    if (!judgedSome) throw new Inconclusive('the search without order_by returned no runs with both a NaN and a number for a generated key, so none could be placed');
  });

  test("FILTER-EMPTY-STRING: a run holding '' for the order_by param or tag comes before every other value ASC and after them DESC", async ({ client, seeded }) => {
    const query = { ...allExperiments(seeded), runViewType: 'ALL' as const };
    const base = await unorderedRuns(client, seeded, query);
    const byId = new Map(seeded.runs.map((r) => [r.runId, r]));
    const keys = emptyValueKeys(seeded.runs);
    check(keys.length > 0, "no seeded run holds an empty param or tag value: the check would be vacuous");
    let judgedSome = false;
    for (const { entity, key } of keys) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const clause = `${entity}.${formatKey(key)} ${direction}`;
        const response = await client.searchRuns(searchBody({ ...query, orderBy: [clause], maxResults: ONE_PAGE }));
        checkOk(response, `the order_by ${JSON.stringify(clause)}`);
        // Runs holding a value of the key, as the server placed them: '' or another value. Runs
        // lacking the key are ORDER-MISSING-LAST's to place.
        const placed = runIdsOf(response).flatMap((id) => {
          const value = base.has(id) ? byId.get(id)?.[entity][key] : undefined;
          return value === undefined ? [] : [value === '' ? 'empty' : 'value'];
        });
        if (!placed.includes('empty') || !placed.includes('value')) continue;
        judgedSome = true;
        const firstValue = placed.indexOf('value');
        const lastValue = placed.lastIndexOf('value');
        const inPlace = direction === 'ASC' ? placed.slice(firstValue).every((p) => p === 'value') : placed.slice(0, lastValue).every((p) => p === 'value');
        // Where '' goes means nothing on a server that does not order the other values by the key.
        if (!inPlace) {
          const unordered = await keyLeftUnordered(client, query, byId, clause);
          if (unordered) throw new Inconclusive(`blocked by ${unordered.owner}: ${unordered.clause} does not order the runs holding other values`, { blockedBy: unordered.owner });
        }
        check(inPlace, `runs holding '' for ${clause} must come ${direction === 'ASC' ? 'before' : 'after'} every run holding another value`, { received: placed });
      }
    }
    if (!judgedSome) throw new Inconclusive("the search without order_by returned no run holding '' beside one holding another value of its key");
  });

  test("ORDER-STRINGS-LEXICOGRAPHIC: params order as strings by code point ('10' before '9', 'B' before 'a')", async ({ client, scratch }) => {
    // Digits that sort differently as numbers, and letter case that a case-insensitive collation merges.
    const values = ['10', '9', '100', '2', 'b', 'a1', 'B', 'A2'];
    const runs: RunSpec[] = values.map((value, i) => ({
      ref: `s${i}`,
      experiment: 0,
      startTime: 1_700_000_000_000 + i,
      status: 'FINISHED',
      endTime: 1_700_000_000_100 + i,
      deleted: false,
      metrics: [],
      params: { v: value },
      tags: {},
    }));
    const data: DataSet = { experiments: ['strings'], runs };
    const seeded = await scratch.seed(data);
    // Ascending only: whether DESC reverses it is ORDER-BY-KEYS' to judge.
    for (const orderBy of [['params.v ASC']]) {
      const query = { experimentIds: seeded.experimentIds, orderBy };
      const response = await client.searchRuns(searchBody({ ...query, maxResults: 10 }));
      checkOk(response, `order_by ${orderBy[0]}`);
      // The order of the runs received (which of them come back is judged elsewhere).
      const received = new Set(runIdsOf(response));
      const expected = expectedSearch(seeded.runs, query).map((r) => r.runId).filter((id) => received.has(id));
      if (expected.length < 2) throw new Inconclusive(`the page held ${expected.length} of the ${values.length} runs to order`);
      checkSameSequence(runIdsOf(response).filter((id) => expected.includes(id)), expected, `values ${values.join(', ')} ordered by ${orderBy[0]}`, runShower(seeded));
    }
  });

  test('ORDER-STRINGS-LEXICOGRAPHIC: generated param and tag values (case, prefixes, digits, non-ASCII) order by code point', async ({ scratch, target, property }) => {
    // One seeding of a data set with varied values; the cases vary the order_by, experiments and filter.
    const [data] = fc.sample(dataSet({ minRuns: 16, maxRuns: 24, values: 'varied' }), { seed: target.seed, numRuns: 1 });
    const seeded = await scratch.seed(data!);
    // One key, ascending: how keys combine and whether DESC reverses it is ORDER-BY-KEYS' to judge.
    // One example over every experiment, unfiltered, on the first param key (r00 has it): drawn
    // slices can all be too narrow to hold two runs in a small tier, and then nothing is judged.
    const [firstParam] = Object.keys(seeded.runs[0]?.params ?? {});
    const whole: [string[], Narrowing][] = firstParam === undefined ? [] : [[[`params.${formatKey(firstParam)} ASC`], { experimentIds: seeded.experimentIds }]];
    await checkOrderProperty(property, seeded, stringOrderBySlice(seeded), ([orderBy, slice]) => [{ orderBy, narrowing: slice }], whole);
  });

  test('ORDER-BY-ATTRIBUTE: attributes.run_id, run_name, status, start_time and end_time order by run info', async ({ seeded, property }) => {
    // One attribute key, ascending: how keys combine and whether DESC reverses it is ORDER-BY-KEYS'
    // to judge, where runs without end_time go ORDER-MISSING-LAST's (checkOrder leaves them out).
    await checkOrderProperty(property, seeded, attributeOrderByKey(), (orderBy) => [{ orderBy }]);
  });

  test('ORDER-ATTRIBUTE-ALIASES: attr., attribute., run., `attributes`., a bare or quoted name, created and Created order as attributes.<name>', async ({ client, seeded, property }) => {
    // The server against itself, as ORDER-DIRECTION-ANY-CASE: an alias gives the page its canonical
    // spelling gives. Whether that page is in the right order is ORDER-BY-ATTRIBUTE's to judge.
    await property(aliasedAttributeOrderBy(), async ([aliased, canonical]) => {
      const page = async (orderBy: string[]) => {
        const response = await client.searchRuns(searchBody({ ...allExperiments(seeded), runViewType: 'ALL', orderBy, maxResults: ONE_PAGE }));
        checkOk(response, `the order_by ${JSON.stringify(orderBy)}`);
        return runIdsOf(response);
      };
      const expected = await page(canonical);
      checkSameSequence(await page(aliased), expected, `${aliased[0]} must order as ${canonical[0]} does`, runShower(seeded));
    });
  });

  test('ORDER-ATTRIBUTE-UNKNOWN-400: order_by on a name that is no orderable attribute (lifecycle_stage, Status, run_uuid, "run name") gets 400', async ({ client, seeded, property }) => {
    await property(unknownAttributeOrderBy(), async (orderBy) => {
      const response = await client.searchRuns({ experiment_ids: seeded.experimentIds, order_by: orderBy }, { validate: false });
      checkStatus400(response, `the order_by ${JSON.stringify(orderBy)}, whose attribute does not exist`);
    });
  });

  test('ORDER-DIRECTION-ANY-CASE: asc, desc, Desc order as ASC and DESC do', async ({ client, seeded, property }) => {
    // The server against itself: a direction in any case gives the page its upper-case spelling
    // gives. Whether that page is in the right order is ORDER-BY-KEYS' to judge.
    await property(
      anyCaseDirection(seeded),
      async ([list, direction]) => {
        const bare = list.map((c) => c.replace(/ (ASC|DESC)$/, ''));
        const page = async (dir: string) => {
          const orderBy = bare.map((c) => `${c} ${dir}`);
          const response = await client.searchRuns(searchBody({ ...allExperiments(seeded), runViewType: 'ALL', orderBy, maxResults: ONE_PAGE }));
          checkOk(response, `the order_by ${JSON.stringify(orderBy)}`);
          return runIdsOf(response);
        };
        const upper = await page(direction.toUpperCase());
        checkSameSequence(await page(direction), upper, `${direction} must order as ${direction.toUpperCase()} does`, runShower(seeded));
      },
    );
  });
});

/** Whether two of the runs share a start_time (a tie the run_id breaks). */
/**
 * 'NaN' when every point a run logged for the key is NaN, 'number' when none is, else undefined:
 * which logged point a metric reads is FILTER-LATEST-METRIC's, so only runs every reading
 * places alike are judged.
 */
function nanKind(run: SeededRun, key: string): 'NaN' | 'number' | undefined {
  const values = run.metrics.filter((p) => p.key === key).map((p) => p.value);
  if (values.length === 0) return undefined;
  if (values.every(Number.isNaN)) return 'NaN';
  return values.some(Number.isNaN) ? undefined : 'number';
}

/** One metric key that some run logged as NaN, ordered ASC, DESC or without a direction. */
function nanOrderBy(seeded: SeededData): fc.Arbitrary<{ key: string; orderBy: string[] }> {
  const keys = [...new Set(seeded.runs.flatMap((run) => run.metrics.filter((p) => Number.isNaN(p.value)).map((p) => p.key)))];
  if (keys.length === 0) throw new Error('the data set logs no NaN metric (generators/dataset.ts promises one on r01)');
  return fc
    .record({ key: fc.constantFrom(...keys), direction: fc.constantFrom(' ASC', ' DESC', '') })
    .map(({ key, direction }) => ({ key, orderBy: [`metrics.${formatKey(key)}${direction}`] }));
}

function hasTie(runs: readonly SeededRun[]): boolean {
  return new Set(runs.map((r) => r.startTime)).size < runs.length;
}

/** The seeded runs the server returns for the query without an order: the runs an order check places. */
async function unorderedRuns(client: SearchClient, seeded: SeededData, query: SearchQuery): Promise<Set<string>> {
  const response = await client.searchRuns(searchBody({ ...query, maxResults: ONE_PAGE }));
  checkOk(response, `the search ${JSON.stringify(searchBody(query))}`, { auxiliary: true });
  const seededIds = new Set(seeded.runs.map((r) => r.runId));
  return new Set(runIdsOf(response).filter((id) => seededIds.has(id)));
}
