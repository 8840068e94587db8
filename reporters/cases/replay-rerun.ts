/**
 * Replays a `rerun` case: runs the one test again with the recorded seed and tier, so it seeds the
 * same data, generates the same cases and shrinks to the same counterexample; its outcome is the
 * judgement. Its reports go to a temporary folder, never over the run's own.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTCOMES_ATTACHMENT, parseOutcomes } from '../../src/outcome';
import type { Env } from '../../src/config';
import { playwrightCommand, run } from '../../src/process';
import { stripAnsi } from '../evidence';
import type { CaseFile } from './format';
import type { Outcome } from './replay-response';

interface JsonTest {
  status: 'expected' | 'unexpected' | 'skipped' | 'flaky';
  annotations: { type: string; description?: string }[];
  results: { status: string; errors: { message?: string }[]; attachments?: { name: string; body?: string }[] }[];
}
interface JsonSuite {
  suites?: JsonSuite[];
  specs?: { title: string; tests: JsonTest[] }[];
}
interface JsonReport {
  suites: JsonSuite[];
  errors: { message?: string }[];
}

/** Whether the test recorded an inconclusive outcome (the JSON reporter gives attachment bodies in base64). */
function wasInconclusive(test: JsonTest): boolean {
  return test.results.some((r) =>
    (r.attachments ?? [])
      .filter((a) => a.name === OUTCOMES_ATTACHMENT && a.body)
      .some((a) => parseOutcomes(Buffer.from(a.body!, 'base64').toString('utf8')).some((o) => o.kind === 'inconclusive')),
  );
}

function testsOf(suites: readonly JsonSuite[]): JsonTest[] {
  return suites.flatMap((s) => [...(s.specs ?? []).flatMap((spec) => spec.tests), ...testsOf(s.suites ?? [])]);
}

/** The message without Playwright's code snippet and stack, at most n lines. */
function firstLines(text: string, n = 25): string[] {
  const lines = text.trim().split('\n');
  const end = lines.findIndex((l) => /^\s+at \S|^\s*>?\s*\d+ \|/.test(l));
  return (end < 0 ? lines : lines.slice(0, end)).join('\n').trim().split('\n').slice(0, n);
}

export async function replayRerun(kase: CaseFile, env: Env): Promise<Outcome> {
  if (kase.check.kind !== 'rerun') throw new Error('not a rerun case');
  const dir = mkdtempSync(join(tmpdir(), 'rsc-replay-'));
  const jsonFile = join(dir, 'results.json');
  try {
    const args = ['test', kase.check.location, '--grep', kase.check.grep, '--reporter=json', '--workers=1', '--retries=0'];
    // env is the replay's whole configuration (replayEnvironment); nothing else of TARGET_*/SUITE_* is inherited.
    const { output } = await run(...playwrightCommand(args), { env: { ...env, SUITE_REPORTS_DIR: dir, PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile } });
    if (!existsSync(jsonFile)) return { verdict: 'ERROR', lines: ['the test did not run:', ...firstLines(output)] };
    const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as JsonReport;
    const tests = testsOf(report.suites);
    if (tests.length === 0) {
      const errors = report.errors.map((e) => e.message ?? '').join('\n');
      const what = `no test matched ${kase.check.location} "${kase.test.title}" (has the suite changed since the case was recorded?)`;
      return { verdict: 'ERROR', lines: [what, ...firstLines(errors || output)] };
    }
    const messages = tests.flatMap((t) => t.results.flatMap((r) => r.errors.map((e) => stripAnsi(e.message ?? ''))));
    const skipped = tests.find((t) => t.status === 'skipped');
    if (tests.every((t) => t.status === 'expected')) return { verdict: 'FIXED', lines: [`${kase.test.title}: passed with SUITE_SEED=${kase.recorded.seed}`] };
    if (skipped) {
      const reason = skipped.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
      return { verdict: 'ERROR', lines: [`the test was skipped here: ${reason}`] };
    }
    if (tests.some(wasInconclusive)) {
      return { verdict: 'ERROR', lines: ['the test could not observe the behaviour here:', ...firstLines(messages.join('\n'))] };
    }
    return { verdict: 'STILL FAILING', lines: firstLines(messages.join('\n')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
