/**
 * Values that look like credentials. A report bundle carries none: the client redacts what it
 * records, the reporter scrubs known secret values, and replay commands name $TARGET_* variables.
 * These patterns catch what slipped through anyway (a new header, a message quoting a request).
 */

interface SecretPattern {
  what: string;
  pattern: RegExp;
  /** Further test of a match, for patterns that would also match prose. */
  confirm?: (match: RegExpExecArray) => boolean;
}

/** Basic credentials are base64("user:password"); "Basic authentication" is not. */
function decodesToUserPassword(match: RegExpExecArray): boolean {
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  return /^[\x20-\x7e]+:[\x20-\x7e]*$/.test(decoded);
}

const PATTERNS: SecretPattern[] = [
  {
    what: 'an Authorization header with a value',
    pattern: /(?:proxy-)?authorization["']?[ \t]*[:=][ \t]*(?!["']?(?:\[REDACTED\]|(?:Bearer|Basic)[ \t]+["']?\$\{?\w|\$\{?\w))["']?(\S+)/gi,
  },
  { what: 'a Bearer token', pattern: /\bBearer[ \t]+(?!\$)([A-Za-z0-9\-._~+/]{16,}=*)/g },
  { what: 'Basic credentials', pattern: /\bBasic[ \t]+([A-Za-z0-9+/]{4,}={0,2})/g, confirm: decodesToUserPassword },
  { what: 'a password= value', pattern: /password=(?!\$|\[REDACTED\])([^\s&"'<>]+)/gi },
  { what: 'a password field', pattern: /"password"[ \t]*:[ \t]*"(?!\[REDACTED\]")([^"]+)"/gi },
  { what: 'a PEM private key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/g },
  { what: 'a request signature', pattern: /signature="(?!\[REDACTED\]")([^"]+)"/gi },
];

/** JSON string escapes and HTML entities undone, so one set of patterns reads every format. */
function normalise(text: string): string {
  return text
    .replace(/\\"/g, '"')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function excerpt(text: string, index: number): string {
  return text.slice(Math.max(0, index - 20), index + 40).replace(/\s+/g, ' ');
}

/** One line per secret-looking value: what it looks like and where (the value itself is elided). */
export function findSecrets(text: string, knownSecrets: readonly string[] = []): string[] {
  const plain = normalise(text);
  const found: string[] = [];
  for (const { what, pattern, confirm } of PATTERNS) {
    for (const match of plain.matchAll(pattern)) {
      if (confirm && !confirm(match as RegExpExecArray)) continue;
      const value = match[1] ?? match[0];
      found.push(`${what} near "${excerpt(plain, match.index!).replace(value, `${value.slice(0, 3)}…`)}"`);
    }
  }
  for (const secret of knownSecrets) if (secret && plain.includes(secret)) found.push('a value of TARGET_TOKEN or TARGET_PASSWORD');
  return found;
}
