/** A cursor over a filter or order_by string, shared by both parsers. */
import { invalidParameter } from './errors';

const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /\s+/y;

export class Scanner {
  pos = 0;

  constructor(
    readonly text: string,
    /** What is being parsed, for error messages: "filter", "order_by clause". */
    readonly label: string,
  ) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string | undefined {
    return this.text[this.pos];
  }

  /** Returns whether any whitespace was skipped. */
  skipWhitespace(): boolean {
    return this.match(WHITESPACE) !== undefined;
  }

  readWord(): string | undefined {
    return this.match(WORD);
  }

  readNumber(): string | undefined {
    return this.match(NUMBER);
  }

  readSymbol<T extends string>(symbols: readonly T[]): T | undefined {
    const found = symbols.find((symbol) => this.text.startsWith(symbol, this.pos));
    if (found !== undefined) this.pos += found.length;
    return found;
  }

  /** Reads `q…q` where the cursor is on the opening quote q; no escapes (as MLflow). */
  readQuoted(): string {
    const quote = this.peek() ?? '';
    const close = this.text.indexOf(quote, this.pos + 1);
    if (close < 0) this.fail(`unterminated ${quote}`);
    const content = this.text.slice(this.pos + 1, close);
    this.pos = close + 1;
    return content;
  }

  fail(problem: string): never {
    throw invalidParameter(
      `Invalid ${this.label} '${this.text}': ${problem} at position ${this.pos}.`,
    );
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (found === null) return undefined;
    this.pos += found[0].length;
    return found[0];
  }
}
