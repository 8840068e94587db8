/**
 * What a failure shows: the redacted exchange and a curl command that replays it. The command
 * takes credentials from the environment variables, so it can be pasted as written.
 */
import type { Auth } from '../config';

export interface Exchange {
  /** The opc-request-id the suite sent. */
  requestId: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response?: { status: number; headers: Record<string, string>; body: string };
  error?: string;
  durationMs: number;
}

const MAX_BODY_IN_EVIDENCE = 4000;

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function authArgument(auth: Auth): string | undefined {
  switch (auth.kind) {
    case 'bearer':
      return `-H "Authorization: Bearer $TARGET_TOKEN"`;
    case 'basic':
      return `-u "$TARGET_USERNAME:$TARGET_PASSWORD"`;
    case 'oci':
      return '# OCI-signed: replay with `npm run replay` (curl cannot sign)';
    case 'none':
      return undefined;
  }
}

/** A curl command for the (already redacted) request; secrets come from TARGET_* variables. */
export function curlCommand(exchange: Exchange, auth: Auth): string {
  const { method, url, headers, body } = exchange.request;
  const parts = ['curl -sS -i', `-X ${method}`, shellQuote(url)];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'authorization') continue;
    parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  }
  const authArg = authArgument(auth);
  if (authArg) parts.push(authArg);
  if (body !== undefined) parts.push(`--data-raw ${shellQuote(body)}`);
  return parts.join(' ');
}

export function truncate(text: string, max = MAX_BODY_IN_EVIDENCE): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

export function formatExchange(exchange: Exchange): string {
  const lines = [`> ${exchange.request.method} ${exchange.request.url}`];
  for (const [k, v] of Object.entries(exchange.request.headers)) lines.push(`> ${k}: ${v}`);
  if (exchange.request.body !== undefined) lines.push(`> ${truncate(exchange.request.body)}`);
  if (exchange.response) {
    lines.push(`< ${exchange.response.status}`);
    for (const [k, v] of Object.entries(exchange.response.headers)) lines.push(`< ${k}: ${v}`);
    lines.push(`< ${truncate(exchange.response.body)}`);
  }
  if (exchange.error) lines.push(`! ${exchange.error}`);
  return lines.join('\n');
}
