/**
 * Where and why `text` is not valid JSON, for an error a person can act on: JSON.parse in some
 * engines names neither line nor column. Only called after JSON.parse has already failed.
 */
export function describeJsonError(text: string): string {
  let i = 0;
  const fail = (problem: string): never => {
    throw new Error(problem);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (c: string) => (text[i] === c ? i++ : fail(`expected "${c}" but found ${found()}`));
  const found = () => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('line break or control character inside a string');
      i++;
    }
    expect('"');
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail(`expected a quoted field name but found ${found()}`);
        string();
        space();
        expect(':');
        value();
        space();
        if (text[i] === ',') i++;
        else return void expect('}');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else return void expect(']');
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) fail(`expected a value but found ${found()}`);
    i += literal![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail(`unexpected ${found()} after the end of the JSON value`);
    return 'is not valid JSON';
  } catch (error) {
    const before = text.slice(0, i);
    const line = before.split('\n').length;
    const column = i - before.lastIndexOf('\n');
    return `line ${line}, column ${column}: is not valid JSON (${(error as Error).message})`;
  }
}
