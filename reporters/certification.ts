/**
 * The certification reporter: collects every test's outcome in onTestEnd, decides the verdict of
 * every catalogue requirement in onEnd (rules in ./verdict.ts), writes reports/certification.json
 * once, and sets the exit code: 0 exactly when the run is CERTIFIED.
 */
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../src/catalogue';
import { capabilities, describeTarget, loadTarget, readEnvironment } from '../src/config';
import { redactText, secretsOf } from '../src/client/redact';
import { loadKnownDeviations } from './known-deviations';
import { computeVerdicts, VERDICTS, type TestOutcome } from './verdict';

interface Options {
  outputDir?: string;
}

const SUITE_VERSION: string = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;

export default class CertificationReporter implements Reporter {
  private readonly outputDir: string;
  private readonly outcomes: TestOutcome[] = [];
  private expectedTests = 0;
  private readonly started = Date.now();

  constructor(options: Options = {}) {
    this.outputDir = options.outputDir ?? 'reports';
  }

  printsToStdio(): boolean {
    return false;
  }

  onBegin(_config: FullConfig, suite: Suite): void {
    this.expectedTests = suite.allTests().length;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const skip = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip');
    const error = result.errors.map((e) => e.message ?? e.value ?? '').join('\n');
    this.outcomes.push({
      title: test.title,
      file: test.location.file.replace(process.cwd() + '/', ''),
      line: test.location.line,
      status: result.status,
      ...(skip?.description ? { skipReason: skip.description } : {}),
      ...(error ? { error } : {}),
      durationMs: result.duration,
    });
  }

  async onEnd(result: FullResult): Promise<{ status: FullResult['status'] }> {
    const catalogue = loadCatalogue();
    const target = loadTarget(readEnvironment());
    const context = { profile: target.profile, capabilities: capabilities(target), strict: target.strict };
    const verdicts = computeVerdicts(catalogue, this.outcomes, context);
    const reasons = [...verdicts.reasons];
    if (result.status === 'interrupted' || result.status === 'timedout') reasons.unshift(`the run was ${result.status}`);
    if (this.outcomes.length < this.expectedTests)
      reasons.unshift(`only ${this.outcomes.length} of ${this.expectedTests} expected tests ran`);
    const verdict = reasons.length === 0 ? 'CERTIFIED' : 'NOT_CERTIFIED';
    const deviations = target.implementation ? loadKnownDeviations(target.implementation) : [];

    const countBy = <K extends string>(keys: readonly K[], pick: (k: K) => number) =>
      Object.fromEntries(keys.map((k) => [k, pick(k)])) as Record<K, number>;
    const areas = [...new Set(verdicts.requirements.map((r) => r.area))];
    const report = {
      verdict,
      reasons,
      suiteVersion: SUITE_VERSION,
      catalogueHash: catalogue.hash,
      seed: target.seed,
      target: describeTarget(target),
      profile: target.profile,
      tier: target.tier,
      startedAt: new Date(this.started).toISOString(),
      durationMs: Date.now() - this.started,
      tests: {
        expected: this.expectedTests,
        executed: this.outcomes.filter((o) => o.status !== 'skipped').length,
        skipped: this.outcomes.filter((o) => o.status === 'skipped').length,
        passed: this.outcomes.filter((o) => o.status === 'passed').length,
        failed: this.outcomes.filter((o) => o.status === 'failed' || o.status === 'timedOut').length,
      },
      counts: countBy(VERDICTS, (v) => verdicts.requirements.filter((r) => r.verdict === v).length),
      countsByArea: Object.fromEntries(
        areas.map((area) => [area, countBy(VERDICTS, (v) => verdicts.requirements.filter((r) => r.area === area && r.verdict === v).length)]),
      ),
      requirements: verdicts.requirements.map((r) => {
        const deviation = deviations.find((d) => d.requirement === r.id);
        return deviation && r.verdict === 'FAIL' ? { ...r, knownDeviation: { implementation: target.implementation, ...deviation } } : r;
      }),
    };
    mkdirSync(this.outputDir, { recursive: true });
    const file = join(this.outputDir, 'certification.json');
    writeFileSync(file, redactText(JSON.stringify(report, null, 2), secretsOf(target)) + '\n');

    const line = verdict === 'CERTIFIED' ? 'CERTIFIED' : 'NOT CERTIFIED';
    console.log(`\n${line} — ${Object.entries(report.counts).map(([k, n]) => `${n} ${k}`).join(', ')} (${file})`);
    for (const reason of reasons.slice(0, 20)) console.log(`  - ${reason}`);
    if (reasons.length > 20) console.log(`  … and ${reasons.length - 20} more in ${file}`);
    return { status: verdict === 'CERTIFIED' ? 'passed' : 'failed' };
  }
}
