/**
 * Secrets never reach a report, a log or an attachment. Headers that carry credentials are
 * replaced wholesale; any known secret value is also scrubbed from free text (bodies, messages).
 */
import type { Target } from '../config';

export const REDACTED = '[REDACTED]';

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'opc-obo-token']);

export function secretsOf(target: Target): string[] {
  const { auth } = target;
  const values: string[] = [];
  if (auth.kind === 'bearer') values.push(auth.token);
  if (auth.kind === 'basic') {
    values.push(auth.password, Buffer.from(`${auth.username}:${auth.password}`).toString('base64'));
  }
  const url = new URL(target.baseUrl);
  if (url.password) values.push(decodeURIComponent(url.password));
  return values.filter((v) => v.length >= 4);
}

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : value]),
  );
}

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
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
