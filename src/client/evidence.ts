/**
 * What a failure shows: the redacted exchange and a curl command that replays it. The command
 * takes credentials from the environment variables, so it can be pasted as written. The same
 * records travel inside the failures' outcomes (src/outcome) to the certification reporter.
 */
import type { Auth } from '../config';
import type { Exchange } from '../outcome';

export type { Exchange } from '../outcome';

const MAX_BODY_IN_EVIDENCE = 4000;

/** POSIX shell single quotes. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function authArgument(auth: Pick<Auth, 'kind'>): string | undefined {
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
export function curlCommand(exchange: Exchange, auth: Pick<Auth, 'kind'>): string {
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

/** Exchanges as evidence: response bodies truncated (a large page would swamp a report); requests whole, to be re-sent. */
export function evidenceOf(exchanges: readonly Exchange[]): Exchange[] {
  return exchanges.map((e) => (e.response ? { ...e, response: { ...e.response, body: truncate(e.response.body) } } : { ...e }));
}
