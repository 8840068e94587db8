/** dataSet: deterministic, and the stress it promises is really there. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { latestMetrics } from '../src/oracle';
import type { DataSet, RunSpec } from '../src/oracle';
import { dataSet } from './dataset';
import { isPlainKey } from './key';

const SAMPLE = 200; // enough for every promised feature to show up; sampling is cheap
const sample = (c?: Parameters<typeof dataSet>[0], seed = 20260430) => fc.sample(dataSet(c), { seed, numRuns: SAMPLE });
const keysOf = (run: RunSpec) => [...new Set(run.metrics.map((m) => m.key)), ...Object.keys(run.params), ...Object.keys(run.tags)];
/** MLflow's name rule (mlflow/utils/validation.py): word characters, period, dash, space, slash, colon. */
const MLFLOW_NAME = /^[\p{L}\p{N}_.\- /:]+$/u;

test('same seed, same data set — STYLE: generators are pure and seeded', () => {
  expect(sample(undefined, 7)).toEqual(sample(undefined, 7));
  expect(sample(undefined, 7)).not.toEqual(sample(undefined, 8));
});

/** Collects what breaks a rule across a sample: one expect per test keeps failures readable and fast. */
function violations<T>(items: T[], check: (item: T) => string[]): string[] {
  return items.flatMap(check).slice(0, 10);
}

test('refs are unique r00, r01, …; times positive safe integers; metric values short of the largest double; experiments in range', () => {
  const problems = violations(sample({ minRuns: 0, maxRuns: 120 }), (data) => {
    const width = Math.max(2, String(data.runs.length - 1).length);
    return data.runs.flatMap((run, i) => {
      const times = [run.startTime, run.endTime ?? 1, ...run.metrics.map((m) => m.timestamp)];
      const terminal = run.status !== 'RUNNING' && run.status !== 'SCHEDULED';
      return [
        run.ref === `r${String(i).padStart(width, '0')}` ? '' : `ref ${run.ref} at ${i}`,
        run.experiment >= 0 && run.experiment < data.experiments.length ? '' : `${run.ref}: experiment ${run.experiment}`,
        times.every((t) => Number.isSafeInteger(t) && t > 0) ? '' : `${run.ref}: times ${times}`,
        // The largest double would tie with an infinity that MLflow's SQL store clamps to it.
        run.metrics.every((m) => Math.abs(m.value) !== Number.MAX_VALUE) ? '' : `${run.ref}: metric values`,
        (run.endTime !== undefined) === terminal ? '' : `${run.ref}: end_time ${run.endTime} with ${run.status}`,
        (run.endTime ?? run.startTime) >= run.startTime ? '' : `${run.ref}: ends before it starts`,
      ].filter(Boolean);
    });
  });
  expect(problems).toEqual([]);
});

test('documented keys: never " \\ ` , never mlflow.*, MLflow-valid names, distinct ignoring case — DESIGN: keys', () => {
  const problems = violations(sample(), (data) =>
    data.runs.flatMap((run) => [
      ...keysOf(run)
        .filter((key) => /["\\`]/.test(key) || key.startsWith('mlflow.') || !MLFLOW_NAME.test(key) || /^[ .-]|[ .-]$|\.\./.test(key))
        .map((key) => `${run.ref}: key ${JSON.stringify(key)}`),
      ...(new Set(Object.keys(run.params).map((k) => k.toLowerCase())).size === Object.keys(run.params).length ? [] : [`${run.ref}: params equal ignoring case`]),
    ]),
  );
  expect(problems).toEqual([]);
});

test('with 12+ runs (the harness seeds 12 or more), some run carries a param or tag key that needs no quoting', () => {
  // The quoting checks compare that key quoted and plain (suites/filter/attribution.ts).
  const problems = violations(sample({ minRuns: 12 }), (data) =>
    data.runs.some((run) => [...Object.keys(run.params), ...Object.keys(run.tags)].some(isPlainKey)) ? [] : [`${data.runs.length} runs, none with a plain key`],
  );
  expect(problems).toEqual([]);
});

test('documented keys include ones that need quoting: hyphen, space, period, non-ASCII letters', () => {
  const keys = sample().flatMap((d) => d.runs.flatMap(keysOf)).join('\n');
  for (const feature of [/-/, / /, /\./, /[^\x00-\x7f]/]) expect(keys).toMatch(feature);
});

test('robust keys also carry quotes, backslashes and mlflow. prefixes', () => {
  const keys = sample({ keys: 'robust' }).flatMap((d) => d.runs.flatMap(keysOf));
  for (const feature of [/"/, /\\/, /`/, /^mlflow\./]) expect(keys.some((k) => feature.test(k))).toBe(true);
});

test('collation-safe values: per key lower-case ASCII letters and digits of one length, any apostrophe at one position, and r01\'s empty string — DESIGN: order is total', () => {
  const problems = violations(sample(), (data) =>
    (['params', 'tags'] as const).flatMap((entity) => {
      const byKey = new Map<string, Set<string>>();
      // '' sorts first under every collation; where it goes otherwise is FILTER-EMPTY-STRING's.
      for (const run of data.runs) for (const [k, v] of Object.entries(run[entity])) if (v !== '') byKey.set(k, (byKey.get(k) ?? new Set()).add(v));
      return [...byKey]
        .filter(
          ([, values]) =>
            ![...values].every((v) => /^[a-z0-9]+('[a-z0-9]+)?$/.test(v)) ||
            new Set([...values].map((v) => v.length)).size !== 1 ||
            new Set([...values].map((v) => v.indexOf("'"))).size !== 1,
        )
        .map(([key, values]) => `${entity}.${key}: ${[...values].join(', ')}`);
    }),
  );
  expect(problems).toEqual([]);
});

test('varied values include mixed case and prefixes of one another', () => {
  const values = sample({ values: 'varied' }).flatMap((d) => d.runs.flatMap((r) => Object.values(r.params)));
  expect(values.some((v) => /[A-Z]/.test(v) && /[a-z]/.test(v))).toBe(true);
  expect(values.some((v) => values.some((w) => w !== v && w.startsWith(v)))).toBe(true);
});

test('with 2+ runs: start_time ties, an active and a deleted run, the first keys present on r00 and missing on the last run', () => {
  const problems = violations(sample(), (data) => {
    const runs = data.runs;
    const first = runs[0]!;
    const last = runs.at(-1)!;
    const metricKey = first.metrics[0]?.key;
    const paramKey = Object.keys(first.params)[0];
    const tagKey = Object.keys(first.tags)[0];
    return [
      new Set(runs.map((r) => r.startTime)).size < runs.length ? '' : 'no start_time tie',
      runs.some((r) => r.deleted) && runs.some((r) => !r.deleted) ? '' : 'not both active and deleted runs',
      metricKey !== undefined && !last.metrics.some((m) => m.key === metricKey) ? '' : `metric key ${metricKey}`,
      paramKey !== undefined && !Object.hasOwn(last.params, paramKey) ? '' : `param key ${paramKey}`,
      tagKey !== undefined && !Object.hasOwn(last.tags, tagKey) ? '' : `tag key ${tagKey}`,
    ].filter(Boolean);
  });
  expect(problems).toEqual([]);
});

test('the stress shows up across a sample: ties in latest values, smaller later steps, equal steps, several experiments, every status', () => {
  const all = sample();
  const some = (predicate: (data: DataSet) => boolean) => all.filter(predicate).length;
  const histories = (data: DataSet) =>
    data.runs.flatMap((run) => [...new Set(run.metrics.map((m) => m.key))].map((key) => run.metrics.filter((m) => m.key === key)));
  const tiedLatest = (data: DataSet) => {
    const values = data.runs.flatMap((run) => [...latestMetrics(run)].map(([key, p]) => `${key}=${p.value}`));
    return new Set(values).size < values.length;
  };
  expect(some(tiedLatest)).toBeGreaterThan(SAMPLE / 4);
  expect(some((d) => histories(d).some((h) => h.some((a) => h.some((b) => b.step > a.step && b.value < a.value))))).toBeGreaterThan(SAMPLE / 4);
  expect(some((d) => histories(d).some((h) => h.some((a) => h.some((b) => b.step === a.step && b.timestamp !== a.timestamp))))).toBeGreaterThan(SAMPLE / 4);
  expect(some((d) => new Set(d.runs.map((r) => r.experiment)).size > 1)).toBeGreaterThan(SAMPLE / 2);
  expect(new Set(all.flatMap((d) => d.runs.map((r) => r.status))).size).toBe(5);
});

test('constraints are checked', () => {
  expect(() => dataSet({ minRuns: 5, maxRuns: 2 })).toThrow(RangeError);
  expect(() => dataSet({ maxExperiments: 0 })).toThrow(RangeError);
  const [single] = fc.sample(dataSet({ minRuns: 3, maxRuns: 3, maxExperiments: 1 }), { seed: 1, numRuns: 1 });
  expect(single!.runs).toHaveLength(3);
  expect(single!.experiments).toEqual(['e0']);
});

test('data sets carry NaN on r01 and an infinity on r02 for the first metric key, r00 a number; -0, 2^63 and 1e308 occur', () => {
  const data = sample({ minRuns: 4, maxRuns: 12 });
  for (const d of data) {
    const key = d.runs[0]!.metrics[0]!.key;
    const values = (i: number) => d.runs[i]!.metrics.filter((m) => m.key === key).map((m) => m.value);
    expect(values(0).every(Number.isFinite)).toBe(true);
    expect(values(1)).toEqual([Number.NaN]);
    expect(values(2).length === 1 && Math.abs(values(2)[0]!) === Infinity).toBe(true);
  }
  const all = data.flatMap((d) => d.runs.flatMap((r) => r.metrics.map((m) => m.value)));
  expect(all.some((v) => Object.is(v, -0))).toBe(true);
  expect(all.some((v) => Math.abs(v) === 2 ** 63)).toBe(true);
  expect(all.some((v) => Math.abs(v) === 1e308)).toBe(true);
  expect(all.some((v) => v === -Infinity)).toBe(true);
});

test('collation-safe pools hold numbers written as strings and apostrophe-bearing values', () => {
  const values = sample().flatMap((d) => d.runs.flatMap((r) => [...Object.values(r.params), ...Object.values(r.tags)]));
  expect(values.some((v) => /^[0-9]+$/.test(v))).toBe(true);
  expect(values.some((v) => v.includes("'"))).toBe(true);
});

test("with 3+ runs, r01 and no other run holds '' for the last param key and the last tag key", () => {
  const problems = violations(sample(), (data) => {
    if (data.runs.length < 3) return [];
    const issues: string[] = [];
    for (const entity of ['params', 'tags'] as const) {
      const keys = [...new Set(data.runs.flatMap((r) => Object.keys(r[entity])))];
      const holders = data.runs.flatMap((r) => Object.entries(r[entity]).filter(([, v]) => v === '').map(([k]) => `${r.ref}.${k}`));
      if (keys.length > 0 && (holders.length !== 1 || !holders[0]!.startsWith('r01.'))) issues.push(`${entity}: '' held by ${holders.join(', ') || 'no run'}`);
    }
    return issues;
  });
  expect(problems).toEqual([]);
});
