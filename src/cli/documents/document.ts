import { LineIndex } from './line-index';

/** Where a finding is in the file: a line and column range in a text file, a block in a word-processor file. */
export type Place =
  | { line: number; column: number; endLine: number; endColumn: number }
  | {
      /** "paragraph 14", "table 2, row 3, cell 1": how a reader finds it in the document. */
      block: string;
      /** The words around the finding, so it can be found without counting paragraphs. */
      excerpt: string;
    };

/**
 * What a file gives the engine. An email (plain text, a saved .eml, a Markdown or HTML template) is
 * judged as one: its opening, its sign-off, and quoted history still in its text. A document (a
 * proposal in .docx or .odt) is judged as prose: the checks on an email's length and its asks do
 * not apply to it.
 */
export interface CheckedDocument {
  text: string;
  genre: 'email' | 'document';
  /** Quoted history was found by the file's structure (and left out of `text`): it answers a message. */
  reply: boolean;
  /** The sender as the file names them (an email's From), which tells the opening who "we" are. */
  sender?: string;
  /** Why the file was read otherwise than its name says (a Markdown file too large to parse): told on stderr. */
  note?: string;
  place(start: number, end: number): Place;
}

/** Takes a stretch of the checked text back to the stretch of the file it was read from. */
export interface SourceMap {
  sourceRange(start: number, end: number): [number, number];
}

/**
 * A place for each finding in a file read as text: `source` is the file, `map` leads back to it
 * (none: the checked text is the file).
 */
export function textPlaces(source: string, map?: SourceMap): (start: number, end: number) => Place {
  let lines: LineIndex | undefined;
  return (start, end) => {
    lines ??= new LineIndex(source);
    const [from, to] = map ? map.sourceRange(start, end) : [start, end];
    const a = lines.position(from);
    // The end column is exclusive, as SARIF and editors count it; an empty range ends where it starts.
    const b = lines.position(Math.max(from, to));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
}

const EXCERPT_CONTEXT = 30;

/** The block's words around `[start, end)`, trimmed to a word and marked with "…" where cut. */
function excerpt(text: string, block: { start: number; end: number }, start: number, end: number): string {
  let from = Math.max(block.start, start - EXCERPT_CONTEXT);
  let to = Math.min(block.end, end + EXCERPT_CONTEXT);
  if (from > block.start) from = text.indexOf(' ', from) + 1 || from;
  if (to < block.end) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const words = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > block.start ? '…' : ''}${words}${to < block.end ? '…' : ''}`;
}

export interface Block {
  label: string;
  start: number;
  end: number;
}

/** A place for each finding in a document read block by block (docx, odt). */
export function blockPlaces(text: string, blocks: readonly Block[]): (start: number, end: number) => Place {
  return (start, end) => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid]!.start <= start) lo = mid;
      else hi = mid - 1;
    }
    const block = blocks[lo];
    if (!block) return { block: 'document', excerpt: '' };
    return { block: block.label, excerpt: excerpt(text, block, start, end) };
  };
}
