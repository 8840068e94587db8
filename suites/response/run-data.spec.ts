import { test } from '../harness';
import type { SeededRun } from '../../src/oracle';
import { Inconclusive } from '../../src/outcome';
import { check, checkOk } from '../support';
import { allExperiments, ONE_PAGE, searchBody } from '../support';
import { runIdOf, runsOf } from '../support';

interface KeyValue {
  key: string;
  value: string;
}
interface WireMetric {
  key: string;
  value: unknown;
  timestamp: number;
  step: number;
}

/**
 * Whether a returned value is the logged double: -0 equals 0, and an integer literal beyond 2^53
 * (parsed as a bigint) is read as a double. A point logged as NaN or an infinity matches whatever
 * value it carries: how those come back is RESP-METRIC-NON-FINITE's to judge.
 */
function sameDouble(logged: number, returned: unknown): boolean {
  if (!Number.isFinite(logged)) return true;
  return (typeof returned === 'number' || typeof returned === 'bigint') && Number(returned) === logged;
}

/**
 * Whether the returned entries hold the logged value for the key. A logged '' may also come back
 * absent or null: whether an empty value is a value is FILTER-EMPTY-STRING's reading
 * (src/oracle/readings.ts), and a store that reads it as NULL keeps no value.
 */
function sameString(logged: string, returned: ReadonlyMap<string, unknown>, key: string): boolean {
  const value = returned.get(key);
  return value === logged || (logged === '' && (value === undefined || value === null));
}

/** Differences between what was logged for a run and what the server returned for it. */
function runDataDefects(seeded: SeededRun, info: Record<string, unknown>, data: Record<string, unknown>): string[] {
  const defects: string[] = [];
  if (info.experiment_id !== seeded.experimentId) defects.push(`experiment_id ${info.experiment_id} ≠ ${seeded.experimentId}`);
  if (String(info.start_time) !== String(seeded.startTime)) defects.push(`start_time ${info.start_time} ≠ ${seeded.startTime}`);
  const params = new Map(((data.params ?? []) as KeyValue[]).map((p) => [p.key, p.value]));
  for (const [key, value] of Object.entries(seeded.params)) {
    if (!sameString(value, params, key)) defects.push(`param ${JSON.stringify(key)}: ${JSON.stringify(params.get(key))} ≠ ${JSON.stringify(value)}`);
  }
  for (const key of params.keys()) if (!Object.hasOwn(seeded.params, key)) defects.push(`param ${JSON.stringify(key)} was never logged`);
  const tags = new Map(((data.tags ?? []) as KeyValue[]).map((t) => [t.key, t.value]));
  for (const [key, value] of Object.entries(seeded.tags)) {
    if (!sameString(value, tags, key)) defects.push(`tag ${JSON.stringify(key)}: ${JSON.stringify(tags.get(key))} ≠ ${JSON.stringify(value)}`);
  }
  for (const metric of (data.metrics ?? []) as WireMetric[]) {
    const logged = seeded.metrics.some(
      (m) => m.key === metric.key && sameDouble(m.value, metric.value) && String(m.step) === String(metric.step) && String(m.timestamp) === String(metric.timestamp),
    );
    if (!logged) defects.push(`metric ${JSON.stringify(metric)} was never logged`);
  }
  const loggedKeys = new Set(seeded.metrics.map((m) => m.key));
  const returnedKeys = new Set(((data.metrics ?? []) as WireMetric[]).map((m) => m.key));
  for (const key of loggedKeys) if (!returnedKeys.has(key)) defects.push(`metric ${JSON.stringify(key)} is missing`);
  return defects;
}

test('RESP-RUN-DATA: each returned run reports what was logged for it', async ({ client, seeded }) => {
  const response = await client.searchRuns(searchBody({ ...allExperiments(seeded), runViewType: 'ALL', maxResults: ONE_PAGE }));
  checkOk(response, 'a search of every seeded run');
  const byId = new Map(seeded.runs.map((r) => [r.runId, r]));
  const runs = runsOf(response);
  // Which runs come back is the view and scope requirements' to judge; this one judges the data of
  // those that do, and needs some with every kind of data.
  const returned = runs.flatMap((run) => byId.get(runIdOf(run)) ?? []);
  const kinds = { metrics: returned.some((r) => r.metrics.length > 0), params: returned.some((r) => Object.keys(r.params).length > 0), tags: returned.some((r) => Object.keys(r.tags).length > 0) };
  if (!kinds.metrics || !kinds.params || !kinds.tags) {
    throw new Inconclusive(`the ${returned.length} seeded run(s) returned lack some kind of data to compare (${JSON.stringify(kinds)})`);
  }
  const defects = runs.flatMap((run) => {
    const known = byId.get(runIdOf(run));
    if (!known) return [`run ${runIdOf(run)} was never created by the suite`];
    const issues = runDataDefects(known, (run.info ?? {}) as Record<string, unknown>, (run.data ?? {}) as Record<string, unknown>);
    return issues.map((issue) => `${known.ref}: ${issue}`);
  });
  check(defects.length === 0, 'returned run data must match what was logged', { received: defects.slice(0, 20) });
});
