/**
 * What the reporter reads of a finished test, all of it data the harness attached: the
 * requirements it declares (annotations), its outcomes (the `outcomes` attachment), and from a
 * failure the evidence a reader replays. Nothing is parsed back out of a message or a title.
 */
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { curlCommand, type Exchange } from '../src/client';
import type { AuthKind } from '../src/config';
import { COST_ATTACHMENT } from '../src/meter';
import { parseTestCost, type TestCost } from './time';
import { describeFailure, NOT_APPLICABLE_ANNOTATION, OUTCOMES_ATTACHMENT, parseOutcomes, REQUIREMENT_ANNOTATION, type FailureOutcome, type Outcome, type ResponseExpectation } from '../src/outcome';

export interface TestEvidence {
  /** The failure as people read it: requirement and summary, received, expected, runs. */
  message: string;
  counterexample?: string;
  numShrinks?: number;
  /** fast-check's replay path (with the run's seed). */
  path?: string;
  /** The exchanges of the shrunk counterexample, else the test's last exchanges; redacted. */
  exchanges: Exchange[];
  /** `SUITE_SEED=… curl …` for the last exchange. */
  curl?: string;
  /** What the last answer had to be, when one answer decides the check (replayed as such). */
  response?: ResponseExpectation;
}

const ANSI = /\u001b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** The error a test ended with, for people (never read for a verdict). */
export function errorText(result: TestResult): string {
  return stripAnsi(result.errors.map((e) => e.message ?? e.value ?? '').join('\n'));
}

/** Runtime annotations land on the result (and, in some versions, on the test too): one list, no repeats. */
function annotationsOf(test: TestCase, result: TestResult): { type: string; description?: string }[] {
  const seen = new Set<string>();
  return [...test.annotations, ...result.annotations].filter((a) => {
    const key = `${a.type}\u0000${a.description ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function declaredRequirements(test: TestCase, result: TestResult): string[] {
  return [...new Set(annotationsOf(test, result).filter((a) => a.type === REQUIREMENT_ANNOTATION && a.description).map((a) => a.description!))];
}

/**
 * The test's outcomes. A NOT_APPLICABLE annotation counts even when the skip came before the
 * outcome recorder ran; an attachment that does not parse is reported as the test's failure.
 */
export function outcomesOf(test: TestCase, result: TestResult): Outcome[] {
  const attachment = result.attachments.find((a) => a.name === OUTCOMES_ATTACHMENT && a.body);
  let outcomes: Outcome[] = [];
  if (attachment) {
    try {
      outcomes = parseOutcomes(attachment.body!.toString('utf8'));
    } catch (error) {
      throw new Error(`${test.title}: ${(error as Error).message}`);
    }
  }
  const na = annotationsOf(test, result).find((a) => a.type === NOT_APPLICABLE_ANNOTATION);
  if (na && !outcomes.some((o) => o.kind === 'not-applicable')) outcomes.push({ kind: 'not-applicable', reason: na.description ?? '' });
  return outcomes;
}

/** What the test cost, from the harness's attachment (src/meter). */
export function costOf(result: TestResult): TestCost | undefined {
  const attachment = result.attachments.find((a) => a.name === COST_ATTACHMENT && a.body);
  return attachment ? parseTestCost(attachment.body!.toString('utf8')) : undefined;
}

export function generatedCasesOf(test: TestCase, result: TestResult): number {
  return annotationsOf(test, result)
    .filter((a) => a.type === 'cases')
    .reduce((sum, a) => sum + Number(a.description ?? 0), 0);
}

export function failureEvidence(failure: FailureOutcome, run: { seed: number | undefined; auth: AuthKind }): TestEvidence {
  const last = failure.exchanges.at(-1);
  const cx = failure.counterexample;
  return {
    message: describeFailure(failure),
    ...(cx ? { counterexample: cx.value, numShrinks: cx.numShrinks, path: cx.path } : {}),
    exchanges: failure.exchanges,
    ...(failure.response ? { response: failure.response } : {}),
    ...(last ? { curl: `SUITE_SEED=${run.seed} ${curlCommand(last, { kind: run.auth })}` } : {}),
  };
}
