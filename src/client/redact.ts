/**
 * Secrets never reach a report, a log or an attachment. Headers that carry credentials are
 * replaced wholesale; any known secret value is also scrubbed from free text (bodies, messages).
 */
import type { Target } from '../config';

export const REDACTED = '[REDACTED]';

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'opc-obo-token']);

const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Every secret of the target's configuration, also in the base64 forms a header or echo may carry. */
export function secretsOf(target: Target): string[] {
  const { auth } = target;
  const values: string[] = [];
  if (auth.kind === 'bearer') values.push(auth.token, base64(auth.token));
  if (auth.kind === 'basic') values.push(auth.password, base64(auth.password), base64(`${auth.username}:${auth.password}`));
  const url = new URL(target.baseUrl);
  if (url.password) values.push(decodeURIComponent(url.password));
  // Longest first, so a secret that contains another is replaced whole.
  return values.filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
}

/** Credential headers lose their value; a known secret is scrubbed from any other (a server may echo one). */
export function redactHeaders(headers: Record<string, string>, secrets: readonly string[] = []): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : redactText(value, secrets)]),
  );
}

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}

/**
 * The message of an error from the HTTP layer, safe to report. Playwright's errors carry a call
 * log that lists every request header (`    - authorization: Bearer …`): those lines lose their
 * value, and known secrets are scrubbed from the rest.
 */
export function redactErrorMessage(message: string, secrets: readonly string[]): string {
  const headerLine = /^(\s*(?:\x1b\[\d+m)?\s*-\s*)([A-Za-z0-9-]+)(:\s*)(.*?)((?:\x1b\[\d+m)?)$/gm;
  const scrubbed = message.replace(headerLine, (line, lead: string, name: string, colon: string, _value: string, tail: string) =>
    SECRET_HEADERS.has(name.toLowerCase()) ? `${lead}${name}${colon}${REDACTED}${tail}` : line,
  );
  return redactText(scrubbed, secrets);
}

/** A copy of an error with its message and its stack (which repeats the message) redacted. */
export function redactedError(error: unknown, secrets: readonly string[]): Error {
  if (!(error instanceof Error)) return new Error(redactErrorMessage(String(error), secrets));
  const redacted = new Error(redactErrorMessage(error.message, secrets));
  redacted.name = error.name;
  if (error.stack) redacted.stack = redactErrorMessage(error.stack, secrets);
  return redacted;
}

/** A URL with any userinfo removed. */
export function redactUrl(raw: string): string {
  const url = new URL(raw);
  if (url.username || url.password) {
    url.username = '';
    url.password = '';
  }
  return url.toString();
}

/** The part of Playwright's TestInfoError this module touches. */
export interface ReportedError {
  message?: string;
  stack?: string;
  value?: string;
  snippet?: string;
  errorContext?: string;
  cause?: ReportedError;
}

/**
 * Redacts, in place, the errors a test is about to report. A failure message may quote what the
 * server sent back, and a server may echo credentials; the reporters write these messages as they are.
 */
export function redactReportedErrors(errors: ReportedError[], secrets: readonly string[]): void {
  for (const first of errors) {
    for (let error: ReportedError | undefined = first; error; error = error.cause) {
      for (const key of ['message', 'stack', 'value', 'snippet', 'errorContext'] as const) {
        const text = error[key];
        if (typeof text === 'string') error[key] = redactErrorMessage(text, secrets);
      }
    }
  }
}
