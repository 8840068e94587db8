/**
 * The certification reporter: collects every test's outcome in onTestEnd, decides the verdict of
 * every catalogue requirement in onEnd (rules in ./verdict.ts), writes certification.json, .md and
 * .html and one case file per failure once, and sets the exit code: 0 exactly when CERTIFIED, or,
 * with an expectation file (SUITE_EXPECTATIONS), exactly when the gate passed (./gate.ts).
 *
 * In a shard (`--shard=i/n`) it decides nothing: the shard sees part of the tests, so it leaves
 * its blob to the merge step (`npm run merge-reports`), where this reporter runs over every shard
 * and reads the run info from the blobs' metadata.
 */
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { join, relative } from 'node:path';
import { loadCatalogue } from '../src/catalogue';
import { loadTarget, readEnvironment } from '../src/config';
import { secretsOf } from '../src/client';
import { writeBundle } from './bundle';
import { rerunCommand, replayCommand, shownPath } from './cases/build';
import { costOf, declaredRequirements, errorText, generatedCasesOf, outcomesOf } from './evidence';
import { gateFindings, gateSummary } from './render/summary';
import { latencyLine } from './latency';
import { breakdownLine, progressLine } from './time';
import { buildReport, type CertificationReport, type RecordedFailure } from './report';
import { runInfoOf, shardInfos, shardProblems } from './run-info';
import { summarize, type TestOutcome } from './verdict';

interface Options {
  outputDir?: string;
  /** Another catalogue file (the reporter's own tests); the quotes are still checked against the spec. */
  catalogue?: string;
}

/** Known secret values of the configured target, when this process has them (a merge may not). */
function knownSecrets(): string[] {
  try {
    return secretsOf(loadTarget(readEnvironment()));
  } catch {
    return [];
  }
}

const PROGRESS_EVERY_MS = 5_000;

export default class CertificationReporter implements Reporter {
  private readonly outputDir: string;
  private readonly catalogueFile: string | undefined;
  private config!: FullConfig;
  private expectedTests = 0;
  private readonly outcomes: TestOutcome[] = [];
  private readonly failures: RecordedFailure[] = [];
  private startedAt = Date.now();
  private lastProgressAt = 0;

  constructor(options: Options = {}) {
    this.outputDir = options.outputDir ?? 'reports';
    this.catalogueFile = options.catalogue;
  }

  printsToStdio(): boolean {
    return false;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.config = config;
    this.expectedTests = suite.allTests().length;
    this.startedAt = Date.now();
  }

  /** On a terminal, every few seconds: tests done of all, elapsed, an estimate of the rest. */
  private showProgress(): void {
    if (!process.stderr.isTTY || Date.now() - this.lastProgressAt < PROGRESS_EVERY_MS) return;
    this.lastProgressAt = Date.now();
    process.stderr.write(`${progressLine(this.outcomes.length, this.expectedTests, Date.now() - this.startedAt)}\n`);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const skip = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip');
    const error = errorText(result);
    const recorded = outcomesOf(test, result);
    const cases = generatedCasesOf(test, result);
    const cost = costOf(result);
    const outcome: TestOutcome = {
      title: test.title,
      file: relative(process.cwd(), test.location.file),
      line: test.location.line,
      status: result.status,
      requirements: declaredRequirements(test, result),
      outcomes: recorded.map(summarize),
      ...(skip?.description ? { skipReason: skip.description } : {}),
      ...(error ? { error } : {}),
      durationMs: result.duration,
      ...(cases > 0 ? { generatedCases: cases } : {}),
      ...(cost ? { cost } : {}),
    };
    this.outcomes.push(outcome);
    this.showProgress();
    for (const failure of recorded) if (failure.kind === 'failure') this.failures.push({ test: outcome, failure });
  }

  async onEnd(result: FullResult): Promise<{ status: FullResult['status'] } | undefined> {
    const shard = this.config.shard;
    if (shard) {
      const ran = `shard ${shard.current}/${shard.total}: ${this.outcomes.length} test(s) ran`;
      console.log(`\n${ran}; the verdict is decided when the shards' blobs are merged (npm run merge-reports)`);
      return undefined;
    }
    const catalogue = loadCatalogue(this.catalogueFile);
    const shards = shardInfos(this.config.metadata);
    const info = shards[0] ?? runInfoOf(loadTarget(readEnvironment()), catalogue.hash);
    const problems = shardProblems(shards);
    if (info.catalogueHash !== catalogue.hash) problems.push(`the tests ran with catalogue ${info.catalogueHash}, this merge has ${catalogue.hash}`);

    const report = buildReport({
      catalogue,
      outcomes: this.outcomes,
      info,
      expectedTests: this.expectedTests,
      shards: Math.max(1, shards.length),
      run: result,
      problems,
      failures: this.failures,
      ...(info.expectations ? { expectations: info.expectations } : {}),
      caseFor: (requirement, n) => {
        const caseFile = shownPath(join(this.outputDir, 'cases', `${requirement}-${n}.json`));
        return { caseFile, replay: replayCommand(caseFile) };
      },
      rerunFor: (outcome) => rerunCommand(outcome, info),
    });
    writeBundle(this.outputDir, report, info, knownSecrets());
    this.print(report);
    // With expectations the exit status follows the gate; the verdict itself is reported unchanged.
    const passed = report.gate ? report.gate.result === 'PASSED' : report.verdict === 'CERTIFIED';
    return { status: passed ? 'passed' : 'failed' };
  }

  private print(report: CertificationReport): void {
    const file = join(this.outputDir, 'certification.html');
    const line = report.verdict === 'CERTIFIED' ? 'CERTIFIED' : 'NOT CERTIFIED';
    console.log(`\n${line} — ${Object.entries(report.counts).map(([k, n]) => `${n} ${k}`).join(', ')} (${file})`);
    for (const reason of report.reasons.slice(0, 20)) console.log(`  - ${reason}`);
    if (report.reasons.length > 20) console.log(`  … and ${report.reasons.length - 20} more in ${file}`);
    for (const row of report.requirements) for (const e of row.evidence ?? []) console.log(`  replay ${row.id}: ${e.replay}`);
    // After the verdict and its reasons, since the exit status follows the gate when there is one.
    if (report.gate) for (const gateLine of [gateSummary(report.gate), ...gateFindings(report.gate).map((f) => `  ${f}`)]) console.log(gateLine);
    console.log(breakdownLine(report.time));
    const latency = latencyLine(report.latency);
    if (latency) console.log(latency);
  }
}
