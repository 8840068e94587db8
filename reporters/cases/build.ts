/** From a failed test's evidence to its case file, and the commands that replay it. */
import { relative, resolve } from 'node:path';
import { shellQuote, type Exchange } from '../../src/client';
import { endpointPath, type Target } from '../../src/config';
import type { TestEvidence } from '../evidence';
import type { RunInfo } from '../run-info';
import { differences } from './expectation';
import { CASE_FORMAT, type CaseCheck, type CaseFile, type CaseRequest } from './format';

export interface FailedTest {
  title: string;
  file: string;
  line: number;
}

const NOT_RESENT = new Set(['authorization', 'proxy-authorization', 'cookie', 'opc-request-id', 'content-length', 'date', 'host']);

/** A regular expression matching this title and no longer one (Playwright greps "<project> <file> <describe> <title>"). */
export function grepFor(title: string): string {
  return `(^| )${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

export function rerunCommand(test: FailedTest, info: RunInfo): string {
  const env = [`SUITE_SEED=${info.seed}`, `SUITE_TIER=${info.tier}`, `SUITE_MODE=${info.mode}`, `TARGET_PROFILE=${info.profile}`];
  return `${env.join(' ')} npx playwright test ${shellQuote(`${test.file}:${test.line}`)} -g ${shellQuote(grepFor(test.title))}`;
}

/** A path as a reader types it: relative when under the working directory, else absolute. */
export function shownPath(file: string, cwd = process.cwd()): string {
  const shown = relative(cwd, resolve(cwd, file));
  return shown === '' || shown.startsWith('..') ? resolve(cwd, file) : shown;
}

export function replayCommand(caseFile: string): string {
  return `npm run replay -- ${shellQuote(shownPath(caseFile))}`;
}

function caseRequest(exchange: Exchange, info: RunInfo): CaseRequest {
  const url = new URL(exchange.request.url);
  const base = endpointPath({ profile: info.profile, platformId: info.platformId, workspaceKey: info.workspaceKey } as Target, '');
  const at = url.pathname.indexOf(base);
  const prefix = info.targetUrl ? new URL(info.targetUrl).pathname.replace(/\/$/, '') : '';
  const where =
    at >= 0
      ? { endpoint: url.pathname.slice(at + base.length) + url.search }
      : { path: (url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname) + url.search };
  const headers = Object.fromEntries(Object.entries(exchange.request.headers).filter(([k]) => !NOT_RESENT.has(k.toLowerCase())));
  const recorded = exchange.response
    ? { status: exchange.response.status, body: exchange.response.body }
    : exchange.error !== undefined
      ? { error: exchange.error }
      : undefined;
  return {
    ...where,
    method: exchange.request.method,
    headers,
    ...(exchange.request.body !== undefined ? { body: exchange.request.body } : {}),
    ...(recorded ? { recorded } : {}),
  };
}

/**
 * A `response` check only when the failed check said one answer decides it (its `response`
 * expectation) and the recorded answer really breaks it (re-validated here, so a case never
 * replays an exchange that was not the failure).
 */
function checkOf(test: FailedTest, evidence: TestEvidence, info: RunInfo): CaseCheck {
  const expect = evidence.response;
  const last = evidence.exchanges.at(-1);
  if (expect && last?.response) {
    const answer = { status: last.response.status, headers: last.response.headers, text: last.response.body };
    if (differences(expect, answer, info.profile).length > 0) return { kind: 'response', request: evidence.exchanges.length - 1, expect };
  }
  return { kind: 'rerun', location: `${test.file}:${test.line}`, grep: grepFor(test.title) };
}

export function buildCase(requirement: string, test: FailedTest, evidence: TestEvidence, info: RunInfo): CaseFile {
  return {
    format: CASE_FORMAT,
    requirement,
    test: { title: test.title, file: test.file, line: test.line },
    failure: evidence.message,
    recorded: {
      suiteVersion: info.suiteVersion,
      catalogueHash: info.catalogueHash,
      seed: info.seed ?? 0,
      tier: info.tier,
      mode: info.mode,
      profile: info.profile,
      targetUrl: info.targetUrl ?? null,
      platformId: info.platformId,
      workspaceKey: info.workspaceKey,
      auth: info.auth,
    },
    ...(evidence.counterexample !== undefined
      ? { counterexample: { value: evidence.counterexample, path: evidence.path ?? '', numShrinks: evidence.numShrinks ?? 0 } }
      : {}),
    requests: evidence.exchanges.map((e) => caseRequest(e, info)),
    check: checkOf(test, evidence, info),
    rerun: rerunCommand(test, info),
  };
}
