/**
 * One certification run of the suite (Playwright) against a target URL, in a child process with
 * a clean environment, bounded in time. Returns what the reports say: the failing tests and the
 * verdicts. Output goes to a log file next to the reports, not to the terminal.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { targetEnvironment, type Configuration } from '..';
import type { CertificationReport } from '../../reporters';
import { PROJECT_ROOT } from '../../src/config';
import { OUTCOMES_ATTACHMENT, parseOutcomes } from '../../src/outcome';
import { run } from '../../src/process';

const PLAYWRIGHT = join(PROJECT_ROOT, 'node_modules', '.bin', 'playwright');

export interface CertifyOptions {
  url: string;
  configuration: Configuration;
  reportsDir: string;
  /** A --grep pattern; undefined runs the whole suite. */
  grep?: string;
  /** Stop at the first failing test. */
  stopAtFirstFailure: boolean;
  seed: string;
  /** Playwright workers of the run (default 1). */
  workers?: number;
  timeoutMs: number;
  /** More suite settings (SUITE_EXPECTATIONS, SUITE_EXPECTATIONS_STRICT), over the ones above. */
  env?: Record<string, string>;
}

export interface FailedTest {
  title: string;
  message: string;
  /** The test could not observe what it needed (INCONCLUSIVE), rather than seeing a fault. */
  inconclusive: boolean;
}

export interface CertifyResult {
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  failed: FailedTest[];
  /** Titles of the tests that passed. */
  passed: string[];
  /** certification.json: the overall verdict and each requirement's, when the run got that far. */
  verdict?: string;
  verdicts: Record<string, string>;
  /** certification.json: every failure signature, with the requirement it fails. */
  signatures: { signature: string; requirement: string }[];
  /** When the first test that failed ended, from the start of the first test (results.json). */
  msToFirstFailure?: number;
  /** The line the global setup stops with (bad configuration, target unreachable or refusing). */
  setupStop?: string;
}

/** The suite's settings; src/process's clean environment keeps the caller's shell's TARGET_* and SUITE_* out. */
function settings(options: CertifyOptions): Record<string, string> {
  return {
    TARGET_URL: options.url,
    TARGET_PROFILE: 'oci',
    SUITE_TIER: 'smoke',
    SUITE_MODE: 'seed',
    SUITE_STRICT: '1',
    SUITE_SEED: options.seed,
    SUITE_REPORTS_DIR: options.reportsDir,
    ...targetEnvironment(options.configuration),
    FORCE_COLOR: '0',
    ...options.env,
  };
}

export async function certify(options: CertifyOptions): Promise<CertifyResult> {
  rmSync(options.reportsDir, { recursive: true, force: true });
  mkdirSync(options.reportsDir, { recursive: true });
  const args = ['test', '--config', join(PROJECT_ROOT, 'playwright.config.ts'), `--workers=${options.workers ?? 1}`];
  if (options.stopAtFirstFailure) args.push('--max-failures=1');
  if (options.grep) args.push('--grep', options.grep);
  // Its own process group: a timeout kills Playwright and its workers, nothing else.
  const { code, timedOut, durationMs, output } = await run(PLAYWRIGHT, args, {
    env: settings(options),
    logFile: join(options.reportsDir, 'output.log'),
    timeoutMs: options.timeoutMs,
  });
  return {
    exitCode: code,
    timedOut,
    durationMs,
    ...readResults(options.reportsDir),
    ...readCertification(options.reportsDir),
    ...setupStop(output),
  };
}

interface JsonResult {
  status: string;
  startTime: string;
  duration: number;
  errors?: { message?: string }[];
  error?: { message?: string };
  attachments?: { name: string; body?: string }[];
}

interface JsonSuite {
  specs?: { title: string; tests: { results: JsonResult[] }[] }[];
  suites?: JsonSuite[];
}

function readResults(dir: string): Pick<CertifyResult, 'failed' | 'passed' | 'msToFirstFailure'> {
  const file = join(dir, 'results.json');
  if (!existsSync(file)) return { failed: [], passed: [] };
  const report = JSON.parse(readFileSync(file, 'utf8')) as { suites?: JsonSuite[] };
  const failed: FailedTest[] = [];
  const passed: string[] = [];
  let firstStart = Number.POSITIVE_INFINITY;
  let firstFailureEnd = Number.POSITIVE_INFINITY;
  const visit = (suite: JsonSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const result of spec.tests.flatMap((t) => t.results)) {
        const start = Date.parse(result.startTime);
        firstStart = Math.min(firstStart, start);
        if (result.status === 'passed') passed.push(spec.title);
        if (result.status !== 'failed' && result.status !== 'timedOut') continue;
        const message = [result.error?.message ?? '', ...(result.errors ?? []).map((e) => e.message ?? '')].join('\n');
        const inconclusive = recordedInconclusive(result);
        if (!inconclusive) firstFailureEnd = Math.min(firstFailureEnd, start + result.duration);
        failed.push({ title: spec.title, message: message.slice(0, 2000), inconclusive });
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return { failed, passed, ...(Number.isFinite(firstFailureEnd) ? { msToFirstFailure: firstFailureEnd - firstStart } : {}) };
}

/** Whether the test attached an inconclusive outcome (the JSON reporter gives bodies in base64). */
function recordedInconclusive(result: JsonResult): boolean {
  const attachment = result.attachments?.find((a) => a.name === OUTCOMES_ATTACHMENT && a.body);
  return !!attachment && parseOutcomes(Buffer.from(attachment.body!, 'base64').toString('utf8')).some((o) => o.kind === 'inconclusive');
}

function readCertification(dir: string): Pick<CertifyResult, 'verdict' | 'verdicts' | 'signatures'> {
  const file = join(dir, 'certification.json');
  if (!existsSync(file)) return { verdicts: {}, signatures: [] };
  const report = JSON.parse(readFileSync(file, 'utf8')) as CertificationReport;
  return {
    verdict: report.verdict,
    verdicts: Object.fromEntries(report.requirements.map((r) => [r.id, r.verdict])),
    signatures: report.failures.map(({ signature, requirement }) => ({ signature, requirement })),
  };
}

function setupStop(output: string): Pick<CertifyResult, 'setupStop'> {
  const line = /runs-search-conformance: (.+)/.exec(output)?.[1];
  return line ? { setupStop: line.trim() } : {};
}
