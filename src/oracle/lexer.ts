/**
 * Tokens shared by the filter and order_by languages.
 *
 *   word    := [A-Za-z_][A-Za-z0-9_]*                       (not followed by '.')
 *   dotted  := (word | backticked) '.' key                  e.g. metrics.rmse, `tags`."user-name"
 *   key     := word ('.' word)* | dquoted | backticked      dots stay in the key: tags.mlflow.runName
 *   quoted  := "'" [^']* "'" | '"' [^"]* '"' | '`' [^`]* '`'
 *   number  := '-'? (digits ('.' digits?)? | '.' digits) ([eE] [+-]? digits)?   (e.g. -1.5e-3)
 *   op      := '!=' | '>=' | '<=' | '=' | '<' | '>'
 *   punct   := '(' | ')' | ','
 *
 * Whitespace separates tokens. ';' is refused outright (a second statement). The spec defines no
 * escape inside quotes, so a backslash or a doubled quote ('it''s') is UnsupportedByOracle rather
 * than guessed at: SQL, sqlparse and MLflow disagree on both.
 */
import { UnsupportedByOracle } from './errors';

export type Op = '!=' | '>=' | '<=' | '=' | '<' | '>';
export type Quote = "'" | '"' | '`';

export type Token =
  | { kind: 'word'; text: string; at: number }
  | { kind: 'dotted'; prefix: string; key: string; at: number }
  | { kind: 'quoted'; quote: Quote; text: string; at: number }
  | { kind: 'number'; text: string; value: number; at: number }
  | { kind: 'op'; text: Op; at: number }
  | { kind: 'punct'; text: '(' | ')' | ','; at: number };

export type Fail = (message: string) => Error;

const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const NUMBER_TAIL = /[A-Za-z0-9_.]/;
const OPS: readonly Op[] = ['!=', '>=', '<=', '=', '<', '>'];

export function tokenize(source: string, fail: Fail): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/u.test(ch)) {
      i++;
    } else if (ch === ';') {
      throw fail(`';' at offset ${i}: only one statement is allowed`);
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: 'punct', text: ch, at: i });
      i++;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const quoted = readQuoted(source, i, fail);
      if (ch === '`' && source[quoted.end] === '.') {
        const key = readKey(source, quoted.end + 1, `\`${quoted.text}\``, fail);
        tokens.push({ kind: 'dotted', prefix: quoted.text, key: key.text, at: i });
        i = key.end;
      } else {
        tokens.push({ kind: 'quoted', quote: ch, text: quoted.text, at: i });
        i = quoted.end;
      }
    } else {
      const op = OPS.find((o) => source.startsWith(o, i));
      if (op) {
        tokens.push({ kind: 'op', text: op, at: i });
        i += op.length;
        continue;
      }
      const number = match(NUMBER, source, i);
      if (number) {
        const end = i + number.length;
        if (NUMBER_TAIL.test(source[end] ?? '')) throw fail(`malformed number at offset ${i}`);
        tokens.push({ kind: 'number', text: number, value: Number(number), at: i });
        i = end;
        continue;
      }
      const word = match(WORD, source, i);
      if (!word) throw fail(`unexpected character ${JSON.stringify(ch)} at offset ${i}`);
      const end = i + word.length;
      if (source[end] === '.') {
        const key = readKey(source, end + 1, word, fail);
        tokens.push({ kind: 'dotted', prefix: word, key: key.text, at: i });
        i = key.end;
      } else {
        tokens.push({ kind: 'word', text: word, at: i });
        i = end;
      }
    }
  }
  return tokens;
}

export function describeToken(token: Token): string {
  switch (token.kind) {
    case 'dotted':
      return `'${token.prefix}.${token.key}'`;
    case 'quoted':
      return `${token.quote}${token.text}${token.quote}`;
    default:
      return `'${token.text}'`;
  }
}

function match(pattern: RegExp, source: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(source)?.[0];
}

function readQuoted(source: string, start: number, fail: Fail): { text: string; end: number } {
  const quote = source[start]!;
  const close = source.indexOf(quote, start + 1);
  if (close < 0) throw fail(`unterminated ${quote} quote at offset ${start}`);
  const text = source.slice(start + 1, close);
  if (text.includes('\\')) {
    throw new UnsupportedByOracle(`backslash inside quotes at offset ${start}: escaping is not defined`);
  }
  if (source[close + 1] === quote) {
    throw new UnsupportedByOracle(`doubled ${quote} at offset ${close}: escaping is not defined`);
  }
  return { text, end: close + 1 };
}

/** The key after `prefix.`; an absent key (`metrics. > 1`) is an empty key. */
function readKey(source: string, start: number, prefix: string, fail: Fail): { text: string; end: number } {
  const ch = source[start];
  if (ch === '"' || ch === '`') return readQuoted(source, start, fail);
  let text = match(WORD, source, start);
  if (text === undefined) throw fail(`empty key after '${prefix}.' at offset ${start}`);
  let end = start + text.length;
  while (source[end] === '.') {
    const part = match(WORD, source, end + 1);
    if (part === undefined) break;
    text += `.${part}`;
    end += 1 + part.length;
  }
  return { text, end };
}
