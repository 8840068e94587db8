/**
 * The evidence of a failed test, read in onTestEnd from what the harness attached (the client's
 * exchanges, the property runner's counterexample) and from the failure message.
 */
import type { TestResult } from '@playwright/test/reporter';
import { COUNTEREXAMPLE_ATTACHMENT, curlCommand, EXCHANGES_ATTACHMENT, type CounterexampleRecord, type Exchange } from '../src/client/evidence';
import type { AuthKind } from '../src/config';

export interface TestEvidence {
  /** The failure message up to the counterexample and replay lines. */
  message: string;
  counterexample?: string;
  numShrinks?: number;
  /** fast-check's replay path (with the run's seed). */
  path?: string;
  /** The exchanges of the shrunk counterexample, else the test's last exchanges; redacted. */
  exchanges: Exchange[];
  /** `SUITE_SEED=… curl …` for the last exchange: the message's Replay line, else built here. */
  curl?: string;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const TRAILER = /^(Counterexample: |Shrunk \d+ time|Replay: |Re-run this test: )/;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export function errorText(result: TestResult): string {
  return stripAnsi(result.errors.map((e) => e.message ?? e.value ?? '').join('\n'));
}

function attachedJson<T>(result: TestResult, name: string): T | undefined {
  const attachment = result.attachments.find((a) => a.name === name && a.body);
  if (!attachment) return undefined;
  try {
    return JSON.parse(attachment.body!.toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

export function testEvidence(result: TestResult, run: { seed: number | undefined; auth: AuthKind }): TestEvidence {
  const error = errorText(result);
  const lines = error.split('\n');
  const trailer = lines.findIndex((l) => TRAILER.test(l));
  const message = (trailer < 0 ? lines : lines.slice(0, trailer)).join('\n').trim();
  const replayLine = lines.find((l) => l.startsWith('Replay: '))?.slice('Replay: '.length);
  const counterexample = attachedJson<CounterexampleRecord>(result, COUNTEREXAMPLE_ATTACHMENT);
  const exchanges = counterexample?.exchanges.length ? counterexample.exchanges : (attachedJson<Exchange[]>(result, EXCHANGES_ATTACHMENT) ?? []);
  const last = exchanges.at(-1);
  const curl = replayLine ?? (last ? `SUITE_SEED=${run.seed} ${curlCommand(last, { kind: run.auth })}` : undefined);
  return {
    message,
    ...(counterexample
      ? { counterexample: counterexample.value, numShrinks: counterexample.numShrinks, path: counterexample.path }
      : {}),
    exchanges,
    ...(curl ? { curl } : {}),
  };
}
