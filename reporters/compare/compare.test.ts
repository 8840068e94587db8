import { test, expect } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LatencyByClass } from '../latency';
import { REPORT_FORMAT, type CertificationReport, type RequirementRow } from '../report';
import { run, temporaryDir } from '../testing/run';
import type { Verdict } from '../verdict';
import { parseCompareArgs } from './args';
import { runCompare } from './command';
import { compareReports, DEFAULT_COMPARE_OPTIONS, verdictChange } from './compare';
import { CompareInputError, loadReport } from './load';
import { renderComparison } from './render';

/** A small hand-made report: requirement → verdict, the failures' signatures, latency, seed. */
function report(
  verdicts: Record<string, Verdict>,
  extra: { failures?: [requirement: string, signature: string][]; latency?: LatencyByClass; seed?: number; cases?: number; catalogueHash?: string; tests?: string[] } = {},
): CertificationReport {
  const requirements: RequirementRow[] = Object.entries(verdicts).map(([id, verdict], i) => ({
    id, area: 'order', title: id, quote: '…', strength: 'documented', deciding: true, verdict, reason: verdict.toLowerCase(), generatedCases: extra.cases ?? 100,
    tests: (extra.tests ?? [`${id}: holds`]).map((title) => ({ title, file: 'suites/x.spec.ts', line: i + 1, status: verdict === 'FAIL' ? 'failed' : 'passed', requirements: [id], outcomes: [], durationMs: 5, generatedCases: extra.cases ?? 100 })),
    signatures: [],
  }));
  const failures = (extra.failures ?? []).map(([requirement, signature]) => ({ signature, requirement, verdict: verdicts[requirement] ?? 'FAIL', deciding: true, occurrences: 1, tests: [`${requirement}: holds`] }));
  const certified = Object.values(verdicts).every((v) => v === 'PASS' || v === 'NOT_APPLICABLE');
  return {
    format: REPORT_FORMAT, verdict: certified ? 'CERTIFIED' : 'NOT_CERTIFIED', reasons: certified ? [] : ['a requirement is not PASS'],
    suiteVersion: '0.1.0', catalogueHash: extra.catalogueHash ?? 'c0ffee', seed: extra.seed ?? 1, target: { url: 'http://127.0.0.1:1' }, profile: 'oci', tier: 'smoke', mode: 'seed', strict: false,
    capabilities: ['writes'], shards: 1, startedAt: '2026-12-01T00:00:00.000Z', durationMs: 20_000, runStatus: 'passed', runProblems: [],
    tests: { expected: requirements.length, executed: requirements.length, skipped: 0, passed: requirements.length, failed: 0 },
    counts: { PASS: 0, FAIL: 0, INCONCLUSIVE: 0, NOT_APPLICABLE: 0 }, countsByArea: {}, unknownIds: [], failures,
    time: { wallMs: 20_000, testMs: 30_000, requests: 100, bytesReceived: 1, ms: { server: 1, parse: 1, validate: 1, oracle: 1, seed: 1 }, otherMs: 1 },
    latency: extra.latency ?? { plain: { count: 10, p50: 2, p95: 8, max: 30 } },
    requirements,
  };
}

const PASSING = { 'ORDER-BY-KEYS': 'PASS', 'PAGE-TOKEN': 'PASS', 'ERR-429': 'NOT_APPLICABLE' } as const;
const SIG = 'ORDER-BY-KEYS | order of the keys | [param DESC]';

test.describe('comparing two certification reports', () => {
  test('equal reports, and runs that differ only by seed, durations, generated cases and latency noise, are UNCHANGED', () => {
    expect(compareReports(report(PASSING), report(PASSING))).toMatchObject({ status: 'UNCHANGED', exitCode: 0, regressions: [], verdicts: [], failures: { new: [], fixed: [] } });
    const other = report(PASSING, { seed: 2, cases: 137, latency: { plain: { count: 12, p50: 3, p95: 11, max: 90 } } });
    other.durationMs = 31_000;
    const c = compareReports(report(PASSING), other);
    expect(c).toMatchObject({ status: 'UNCHANGED', exitCode: 0, regressions: [] });
    expect(c.notes).toEqual(['seed: 1 → 2']);
    expect(c.tests.candidate.generatedCases).toBe(3 * 137);
    expect(renderComparison(c)).toContain('# Comparison: UNCHANGED');
  });

  test('a new failure: its signature and the verdict that got worse are regressions (exit 1)', () => {
    const c = compareReports(report(PASSING), report({ ...PASSING, 'ORDER-BY-KEYS': 'FAIL' }, { failures: [['ORDER-BY-KEYS', SIG]] }));
    expect(c.status).toBe('REGRESSED');
    expect(c.exitCode).toBe(1);
    expect(c.failures.new.map((f) => f.signature)).toEqual([SIG]);
    expect(c.verdicts).toEqual([{ id: 'ORDER-BY-KEYS', base: 'PASS', candidate: 'FAIL', change: 'worse', note: 'got worse' }]);
    expect(c.regressions).toEqual(['the run is no longer CERTIFIED', 'ORDER-BY-KEYS: PASS → FAIL (got worse)', `new failure of ORDER-BY-KEYS: ${SIG}`]);
    const md = renderComparison(c);
    expect(md).toContain('## Regressions');
    expect(md).toContain(`New (1):\n\n- \`${SIG}\``);
  });

  test('a new signature of a requirement that failed already is a regression, with no verdict change', () => {
    const base = report({ ...PASSING, 'ORDER-BY-KEYS': 'FAIL' }, { failures: [['ORDER-BY-KEYS', SIG]] });
    const candidate = report({ ...PASSING, 'ORDER-BY-KEYS': 'FAIL' }, { failures: [['ORDER-BY-KEYS', SIG], ['ORDER-BY-KEYS', 'ORDER-BY-KEYS | ties | [tag ASC]']] });
    const c = compareReports(base, candidate);
    expect(c).toMatchObject({ status: 'REGRESSED', exitCode: 1, verdicts: [] });
    expect(c.regressions).toEqual(['new failure of ORDER-BY-KEYS: ORDER-BY-KEYS | ties | [tag ASC]']);
  });

  test('a fixed failure is an improvement (exit 0)', () => {
    const c = compareReports(report({ ...PASSING, 'ORDER-BY-KEYS': 'FAIL' }, { failures: [['ORDER-BY-KEYS', SIG]] }), report(PASSING));
    expect(c).toMatchObject({ status: 'IMPROVED', exitCode: 0, regressions: [] });
    expect(c.failures.fixed.map((f) => f.signature)).toEqual([SIG]);
    expect(c.verdicts[0]).toMatchObject({ base: 'FAIL', candidate: 'PASS', change: 'better' });
    expect(renderComparison(c)).toContain(`Fixed (1):\n\n- \`${SIG}\``);
  });

  test('verdict changes: worse, better, no longer run, newly applicable', () => {
    expect(verdictChange('R', 'PASS', 'PASS')).toBeUndefined();
    expect(verdictChange('R', 'PASS', 'INCONCLUSIVE')?.change).toBe('worse');
    expect(verdictChange('R', 'INCONCLUSIVE', 'FAIL')?.change).toBe('worse');
    expect(verdictChange('R', 'FAIL', 'INCONCLUSIVE')?.change).toBe('better');
    expect(verdictChange('R', 'PASS', 'NOT_APPLICABLE')).toMatchObject({ change: 'worse', note: 'no longer run' });
    expect(verdictChange('R', 'PASS', null)).toMatchObject({ change: 'worse', note: 'no longer in the report' });
    expect(verdictChange('R', 'NOT_APPLICABLE', 'PASS')).toMatchObject({ change: 'other', note: 'now applies' });
    expect(verdictChange('R', null, 'PASS')).toMatchObject({ change: 'other', note: 'new requirement' });

    const inconclusive = compareReports(report(PASSING), report({ ...PASSING, 'PAGE-TOKEN': 'INCONCLUSIVE' }));
    expect(inconclusive).toMatchObject({ status: 'REGRESSED', exitCode: 1 });
    const { 'PAGE-TOKEN': _dropped, ...fewer } = PASSING;
    expect(compareReports(report(PASSING), report(fewer)).regressions).toContain('PAGE-TOKEN: PASS → absent (no longer in the report)');
  });

  test('latency: flagged only past both thresholds; a regression only with the gate', () => {
    const at = (p95: number, count = 30): LatencyByClass => ({ plain: { count, p50: 1, p95, max: p95 }, 'filter-tag': { count: 25, p50: 1, p95: 4, max: 9 } });
    // ×6 but only +10 ms, and +60 ms but exactly ×2: neither is flagged.
    expect(compareReports(report(PASSING, { latency: at(2) }), report(PASSING, { latency: at(12) })).latency.every((l) => !l.flagged)).toBe(true);
    expect(compareReports(report(PASSING, { latency: at(60) }), report(PASSING, { latency: at(120) })).latency.every((l) => !l.flagged)).toBe(true);

    const slower = report(PASSING, { latency: at(200) });
    const informed = compareReports(report(PASSING, { latency: at(20) }), slower);
    expect(informed.latency.find((l) => l.class === 'plain')).toMatchObject({ flagged: true, ratio: 10 });
    expect(informed).toMatchObject({ status: 'UNCHANGED', exitCode: 0, regressions: [] });
    expect(informed.notes).toContain('latency grew (information; --latency-gate makes it a regression): plain: p95 20 → 200 ms (10.0×)');

    const gated = compareReports(report(PASSING, { latency: at(20) }), slower, { ...DEFAULT_COMPARE_OPTIONS, latencyGate: true });
    expect(gated).toMatchObject({ status: 'REGRESSED', exitCode: 1, regressions: ['latency plain: p95 20 → 200 ms (10.0×)'] });
    expect(renderComparison(gated)).toMatch(/\| plain \| 1 \/ 20 \/ 20 \(n=30\) \| 1 \/ 200 \/ 200 \(n=30\) \| 10\.0× \| \*\*slower\*\* \|/);

    // Other thresholds; and a report written before latency was recorded compares without it.
    const tight = { latencyFactor: 1.5, latencyMinMs: 5, latencyMinCount: 20, latencyGate: true };
    expect(compareReports(report(PASSING, { latency: at(2) }), report(PASSING, { latency: at(12) }), tight).exitCode).toBe(1);
    // Fewer than --latency-min-count requests on either side: the p95 is about the slowest one, not flagged.
    expect(compareReports(report(PASSING, { latency: at(20, 19) }), slower).latency.find((l) => l.class === 'plain')?.flagged).toBe(false);
    expect(compareReports(report(PASSING, { latency: at(20) }), report(PASSING, { latency: at(200, 5) })).latency.find((l) => l.class === 'plain')?.flagged).toBe(false);
    const old = report(PASSING);
    delete (old as Partial<CertificationReport>).latency;
    expect(compareReports(old, report(PASSING)).latency.map((l) => l.flagged)).toEqual([false]);
  });

  test('a new catalogue, suite version or set of tests is a change, not a regression', () => {
    const c = compareReports(report(PASSING), report(PASSING, { catalogueHash: 'beef', tests: ['renamed test'] }));
    expect(c).toMatchObject({ status: 'CHANGED', exitCode: 0, suite: { catalogueChanged: true, versionChanged: false } });
    expect(c.tests.onlyInCandidate).toEqual(['renamed test']);
    expect(c.tests.onlyInBase).toHaveLength(3);
  });
});

test.describe('the compare command', () => {
  test('arguments: defaults, thresholds, and one-line refusals', () => {
    expect(parseCompareArgs(['a', 'b'])).toEqual({ base: 'a', candidate: 'b', options: DEFAULT_COMPARE_OPTIONS, help: false });
    expect(parseCompareArgs(['a', 'b', '--latency-factor', '3', '--latency-min-ms', '10', '--latency-min-count', '5', '--latency-gate', '--out', 'o'])).toMatchObject({
      out: 'o', options: { latencyFactor: 3, latencyMinMs: 10, latencyMinCount: 5, latencyGate: true },
    });
    for (const bad of [['a'], ['a', 'b', 'c'], ['a', 'b', '--latency-factor', 'x'], ['a', 'b', '--latency-factor', '0.5'], ['a', 'b', '--latency-min-ms', '-1'], ['a', 'b', '--latency-min-count', '0'], ['a', 'b', '--nope']]) {
      expect(() => parseCompareArgs(bad), bad.join(' ')).toThrow(CompareInputError);
    }
  });

  test('an unreadable report is a CompareInputError naming the file', () => {
    const dir = temporaryDir('compare');
    expect(() => loadReport(join(dir, 'missing'))).toThrow(/missing.* does not exist/);
    writeFileSync(join(dir, 'certification.json'), '{');
    expect(() => loadReport(dir)).toThrow(/is not JSON/);
    writeFileSync(join(dir, 'certification.json'), '{"format":"other"}');
    expect(() => loadReport(dir)).toThrow(/is not a certification report/);
  });

  test('writes compare.json and compare.md into the candidate folder, or --out', () => {
    const base = temporaryDir('compare-base');
    const candidate = temporaryDir('compare-candidate');
    writeFileSync(join(base, 'certification.json'), JSON.stringify(report(PASSING)));
    writeFileSync(join(candidate, 'certification.json'), JSON.stringify(report({ ...PASSING, 'ORDER-BY-KEYS': 'FAIL' }, { failures: [['ORDER-BY-KEYS', SIG]] })));
    const ran = runCompare(parseCompareArgs([base, candidate]));
    expect(ran.comparison.exitCode).toBe(1);
    expect(JSON.parse(readFileSync(join(candidate, 'compare.json'), 'utf8')).status).toBe('REGRESSED');
    expect(readFileSync(join(candidate, 'compare.md'), 'utf8')).toBe(ran.markdown);

    const out = join(temporaryDir('compare-out'), 'nested');
    mkdirSync(out, { recursive: true });
    runCompare(parseCompareArgs([join(base, 'certification.json'), base, '--out', out]));
    expect(existsSync(join(out, 'compare.json'))).toBe(true);
    expect(existsSync(join(base, 'compare.json'))).toBe(false);
  });
});

test('npm run compare: Markdown on stdout; exit 0 unchanged, 1 on a new failure, 2 with one line on a bad argument or an unreadable report', async () => {
  const compare = (...args: string[]) => run('npx', ['--no-install', 'tsx', 'scripts/compare.ts', ...args]);
  const bundle = (r: CertificationReport) => {
    const dir = temporaryDir('compare-cli');
    writeFileSync(join(dir, 'certification.json'), JSON.stringify(r));
    return dir;
  };
  const passing = bundle(report(PASSING));
  const again = bundle(report(PASSING, { seed: 9, cases: 3 }));
  const failing = bundle(report({ ...PASSING, 'ORDER-BY-KEYS': 'FAIL' }, { failures: [['ORDER-BY-KEYS', SIG]] }));

  const same = await compare(passing, again);
  expect(same.code, same.output).toBe(0);
  expect(same.output).toContain('# Comparison: UNCHANGED');
  expect(readFileSync(join(again, 'compare.md'), 'utf8')).toContain('# Comparison: UNCHANGED');

  const worse = await compare(passing, failing);
  expect(worse.code, worse.output).toBe(1);
  expect(worse.output).toContain('- ORDER-BY-KEYS: PASS → FAIL (got worse)');
  expect(worse.output).toContain(`- new failure of ORDER-BY-KEYS: ${SIG}`);

  const bad = await compare(passing);
  expect(bad.code).toBe(2);
  expect(bad.output.trim().split('\n')).toEqual([expect.stringMatching(/^compare: expected two report folders, got 1 \(npm run compare -- <base/)]);

  const broken = temporaryDir('compare-broken');
  writeFileSync(join(broken, 'certification.json'), 'not json');
  const unreadable = await compare(passing, broken);
  expect(unreadable.code).toBe(2);
  expect(unreadable.output.trim().split('\n')).toHaveLength(1);
  expect(unreadable.output).toContain('certification.json is not JSON');
});
