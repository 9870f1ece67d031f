/**
 * Where and why `text` is not valid JSON, for an error a person can act on: JSON.parse in some
 * engines names neither line nor column, and in none says it in words a pack author knows. Only
 * called after JSON.parse has already failed, with what it threw.
 *
 * It reads the text once, left to right, keeping the open brackets on a list rather than on the
 * call stack, so a file of 100,000 "[" is located like any other.
 */
export function describeJsonError(text: string, parseError: unknown): string {
  const reader = new JsonReader(text);
  // Should the text follow the grammar after all, JSON.parse hit a limit of its own: say it in its words.
  let problem = parseError instanceof Error ? parseError.message : String(parseError);
  try {
    reader.readDocument();
  } catch (error) {
    if (!(error instanceof JsonProblem)) throw error;
    problem = error.message;
  }
  const { line, column } = lineAndColumn(text, reader.at);
  return `line ${line}, column ${column}: is not valid JSON (${problem})`;
}

class JsonProblem extends Error {}

const ESCAPES = '"\\/bfnrt';
const HEX4 = /^[0-9a-fA-F]{4}$/;
// Sticky: matched where the cursor stands, without copying the rest of the text.
const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A cursor over the text that throws a JsonProblem, with the cursor on the culprit, at the first error. */
class JsonReader {
  at = 0;

  constructor(private readonly text: string) {}

  /** One value and nothing after it. Open containers are kept by their closing bracket. */
  readDocument(): void {
    const open: ('}' | ']')[] = [];
    for (;;) {
      // A container just opened: its first value comes next.
      if (this.readValueStart(open)) continue;
      // After a value: close every container that ends here, then go on to the next member.
      for (;;) {
        this.skipSpace();
        const close = open.at(-1);
        if (close === undefined) {
          if (this.at < this.text.length) this.fail(`unexpected ${this.found()} after the end of the JSON value`);
          return;
        }
        if (this.text[this.at] === ',') {
          this.at++;
          if (close === '}') this.readFieldName();
          break;
        }
        this.expect(close);
        open.pop();
      }
    }
  }

  /**
   * A whole scalar or empty container (false), or the opening of a container with members (true),
   * pushed on `open`, with an object's first field name read.
   */
  private readValueStart(open: ('}' | ']')[]): boolean {
    this.skipSpace();
    const c = this.text[this.at];
    if (c === '{' || c === '[') {
      this.at++;
      this.skipSpace();
      const close = c === '{' ? '}' : ']';
      if (this.text[this.at] === close) {
        this.at++;
        return false;
      }
      open.push(close);
      if (close === '}') this.readFieldName();
      return true;
    }
    if (c === '"') {
      this.readString();
      return false;
    }
    LITERAL.lastIndex = this.at;
    const literal = LITERAL.exec(this.text);
    if (!literal) this.fail(`expected a value but found ${this.found()}`);
    this.at += literal![0].length;
    return false;
  }

  /** `"name":` with the cursor left before the field's value. */
  private readFieldName(): void {
    this.skipSpace();
    if (this.text[this.at] !== '"') this.fail(`expected a quoted field name but found ${this.found()}`);
    this.readString();
    this.skipSpace();
    this.expect(':');
  }

  private readString(): void {
    const start = this.at;
    this.at++;
    for (;;) {
      if (this.at >= this.text.length) {
        this.at = start;
        this.fail('the string that starts here is never closed');
      }
      const c = this.text[this.at]!;
      if (c === '"') {
        this.at++;
        return;
      }
      if (c === '\\') this.readEscape();
      else if (c.charCodeAt(0) < 0x20) this.fail('line break or control character inside a string');
      else this.at++;
    }
  }

  private readEscape(): void {
    const next = this.text[this.at + 1];
    if (next === 'u') {
      if (!HEX4.test(this.text.slice(this.at + 2, this.at + 6))) {
        this.fail('"\\u" in a string must be followed by four hex digits');
      }
      this.at += 6;
      return;
    }
    if (next === undefined || !ESCAPES.includes(next)) {
      const shown = next === undefined ? '\\' : `\\${next}`;
      this.fail(`"${shown}" is not an escape JSON knows; write "\\\\" for a backslash`);
    }
    this.at += 2;
  }

  private skipSpace(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at]!)) this.at++;
  }

  private expect(c: string): void {
    if (this.text[this.at] !== c) this.fail(`expected "${c}" but found ${this.found()}`);
    this.at++;
  }

  private found(): string {
    return this.at >= this.text.length ? 'the end of the file' : JSON.stringify(this.text[this.at]);
  }

  private fail(problem: string): never {
    throw new JsonProblem(problem);
  }
}

/** 1-based line and column (in UTF-16 units) of `offset`; "\r\n", "\n" and a lone "\r" each end a line. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
