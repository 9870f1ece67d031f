import { decodeHTML } from 'entities';

/**
 * The prose of a file as the engine reads it, and where each of its characters came from.
 *
 * A file is rarely its prose: Markdown has markup, HTML has tags and entities, a saved email has
 * headers and quoted-printable escapes. Extractors append the prose piece by piece with the source
 * offset it came from; `sourceRange` then takes a finding back to the stretch of the file it covers,
 * so a report points at the file the user opened, not at text they never saw.
 */

/** A stretch of checked text and the stretch of source it stands for. */
interface Run {
  at: number;
  length: number;
  source: number;
  /** Equal to `length` when the run is a copy (mapped character by character), else an entity, an escape or a gap. */
  sourceLength: number;
}

/** White space of any kind compares as one space: parsers collapse it and turn no-break spaces into spaces. */
const spaceless = (char: string) => (/\s/.test(char) ? ' ' : char);

/**
 * The length of the tag at `at` (a stray end tag the HTML parser dropped inside a text), so its
 * letters are never taken for the prose's.
 */
function tagLength(source: string, at: number, end: number): number {
  if (!/^<\/?[A-Za-z!]/.test(source.slice(at, at + 3))) return 1;
  const close = source.indexOf('>', at);
  return close !== -1 && close < end ? close - at + 1 : 1;
}

const REFERENCE = /&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)/y;

/** The HTML character reference at `at` (`&amp;`, `&#8217;`), decoded, if one is there. */
function characterReference(source: string, at: number): { decoded: string; length: number } | undefined {
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(source);
  if (!match) return undefined;
  const decoded = decodeHTML(match[0]);
  return decoded === match[0] ? undefined : { decoded, length: match[0].length };
}

export class CheckedTextBuilder {
  private readonly chunks: string[] = [];
  private readonly runs: Run[] = [];
  private length = 0;
  /** Where the last piece of source ended: a gap (a break between blocks) stands there. */
  private sourceEnd = 0;

  /** Where the source read so far ends: the earliest place the next piece of prose can have been written. */
  get sourceReached(): number {
    return this.sourceEnd;
  }

  /** Appends `text`, which stands for `sourceLength` characters of source from `source` (a copy by default). */
  add(text: string, source: number, sourceLength = text.length): void {
    if (text === '') return;
    const last = this.runs[this.runs.length - 1];
    // Adjacent copies merge, so a long text node is one run, not one per character.
    if (
      last &&
      last.length === last.sourceLength &&
      text.length === sourceLength &&
      last.at + last.length === this.length &&
      last.source + last.sourceLength === source
    ) {
      last.length += text.length;
      last.sourceLength += text.length;
      // One string per run, not per character: a 5 MB file walked character by character stays small.
      this.chunks[this.chunks.length - 1] += text;
    } else {
      this.runs.push({ at: this.length, length: text.length, source, sourceLength });
      this.chunks.push(text);
    }
    this.length += text.length;
    this.sourceEnd = source + sourceLength;
  }

  /**
   * Appends `prose`, what the parser read from `source.slice(start, end)` (entities and escapes
   * decoded, markup such as a quote's "> " or a list's indentation taken out, white space
   * collapsed), each character mapped to where it was written. The two are walked side by side:
   * a character reference or a backslash escape stands for its decoded character, white space
   * matches any white space, and source characters the prose does not have are markup, skipped.
   */
  addDecoded(prose: string, source: string, start: number, end: number): void {
    let p = start;
    let i = 0;
    while (i < prose.length && p < end) {
      const want = spaceless(prose[i]!);
      const have = source[p]!;
      // A reference first: "&amp;" starts with the "&" it stands for.
      const reference = have === '&' ? characterReference(source, p) : undefined;
      if (reference && (prose.startsWith(reference.decoded, i) || spaceless(reference.decoded) === want)) {
        const decoded = prose.startsWith(reference.decoded, i) ? reference.decoded : prose[i]!;
        this.add(decoded, p, reference.length);
        p += reference.length;
        i += decoded.length;
      } else if (spaceless(have) === want) {
        this.add(prose[i]!, p, 1);
        p++;
        i++;
      } else if (have === '\\' && source[p + 1] === prose[i]) {
        this.add(prose[i]!, p, 2);
        p += 2;
        i++;
      } else {
        // Markup the prose does not have; a reference it does not have is skipped whole, as its
        // letters ("&nbsp;") are no text.
        p += reference ? reference.length : have === '<' ? tagLength(source, p, end) : 1;
      }
    }
    // Prose the source no longer accounts for (it should not happen): it stands at the end.
    if (i < prose.length) this.add(prose.slice(i), end, 0);
  }

  /** Appends text that stands for no source: a break between blocks, a stand-in for left-out code. */
  addGap(text: string): void {
    if (text === '') return;
    this.runs.push({ at: this.length, length: text.length, source: this.sourceEnd, sourceLength: 0 });
    this.chunks.push(text);
    this.length += text.length;
  }

  /** Ends the block being written with a blank line, so a heading or cell never runs into the next. */
  endBlock(): void {
    if (this.length === 0) return;
    const text = this.chunks[this.chunks.length - 1]!;
    if (text.endsWith('\n\n')) return;
    this.addGap(text.endsWith('\n') ? '\n' : '\n\n');
  }

  /** Ends the line being written (a `<br>`, a `<div>`), unless it is already ended. */
  endLine(): void {
    if (this.length === 0) return;
    if (!this.chunks[this.chunks.length - 1]!.endsWith('\n')) this.addGap('\n');
  }

  build(): CheckedText {
    return new CheckedText(this.chunks.join(''), this.runs);
  }
}

export class CheckedText {
  constructor(
    readonly text: string,
    private readonly runs: readonly Run[],
  ) {}

  /** The source stretch `[start, end)` of the checked text covers. */
  sourceRange(start: number, end: number): [number, number] {
    const first = this.runAt(start);
    const last = this.runAt(Math.max(start, end - 1));
    const from = first ? this.sourceOf(first, start) : 0;
    if (!last) return [from, from];
    const to = last.length === last.sourceLength ? this.sourceOf(last, end - 1) + 1 : last.source + last.sourceLength;
    return [from, Math.max(from, to)];
  }

  private sourceOf(run: Run, offset: number): number {
    return run.length === run.sourceLength ? run.source + (offset - run.at) : run.source;
  }

  private runAt(offset: number): Run | undefined {
    let lo = 0;
    let hi = this.runs.length - 1;
    if (hi < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runs[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.runs[lo];
  }
}
