/**
 * A bundle's source as pure ASCII. V8 keeps a script's source for as long as its functions live, and
 * stores it in two bytes a character if one character needs them: a single "’" in a comment or a "é"
 * in a regular expression doubles the 3 MB the CLI's start-up snapshot carries and reads at every
 * start. esbuild already escapes strings, templates and identifiers (`charset: 'ascii'`), but not
 * regular-expression literals; this escapes what is left as `\uXXXX`, which means the same character
 * in a pattern with or without the `u` flag (an astral character as its surrogate pair, which a
 * `u` pattern reads back as one code point).
 */
export function asciiSource(code: string): string {
  return code.replace(/[^\0-\x7f]/gu, (char, offset: number) => {
    // "\é" escapes the letter itself; "\\u00e9" would no longer mean it. esbuild never writes one.
    let slashes = 0;
    while (code[offset - 1 - slashes] === '\\') slashes++;
    if (slashes % 2) throw new Error(`asciiSource: an escaped non-ASCII character at offset ${offset}`);
    return [...char]
      .flatMap((c) => {
        const point = c.codePointAt(0)!;
        if (point < 0x10000) return [point];
        const rest = point - 0x10000;
        return [0xd800 + (rest >> 10), 0xdc00 + (rest & 0x3ff)];
      })
      .map((unit) => `\\u${unit.toString(16).padStart(4, '0')}`)
      .join('');
  });
}
