/**
 * Turns UTF-16 offsets into 1-based line and column. Line starts are found in one pass and each
 * lookup is a binary search, so many findings in a multi-megabyte file stay cheap.
 * `\r\n`, `\n` and a lone `\r` each end a line; the `\r` of `\r\n` is never counted as a column.
 * Columns count UTF-16 code units (like the JSON offsets and VS Code), so a character outside the
 * Basic Multilingual Plane, such as most emoji, counts as two.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    const breaks = /\r\n?|\n/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) this.starts.push(m.index + m[0].length);
  }

  position(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.starts[lo]! + 1 };
  }
}
