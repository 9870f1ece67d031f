import type { Nodes, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { CheckedTextBuilder } from './checked-text';
import { type CheckedDocument, textPlaces } from './document';

// Left out whole: code, HTML (comments included), front matter, link definitions, and quotations,
// which are someone else's words.
const SKIPPED = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'blockquote', 'thematicBreak', 'image']);
// Each is its own block: a heading never runs into the paragraph under it.
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** A stand-in for inline code: a word, so the sentence around it still reads as one. */
const CODE_STAND_IN = 'code';

/** The first word of a text: letters and digits only, so never an entity, an escape or a space. */
const FIRST_WORD = /[\p{L}\p{N}]+/u;

/**
 * Adds a text node that carries no position. GitHub's autolinks split a text node into new nodes with
 * none ("[a ](http://b.c)d"), so each is looked for after the last one read: as written if it is there,
 * else by its first word (the parser drops the spaces that end a line and decodes entities, so the
 * node's value need not be in the source as it reads). Matching it from the last place read would
 * give its letters to stray letters of the markup before it ("p" of "http" for "pilot").
 */
function addUnplaced(value: string, source: string, out: CheckedTextBuilder): void {
  const reached = out.sourceReached;
  const whole = source.indexOf(value, reached);
  const word = whole === -1 ? FIRST_WORD.exec(value) : null;
  const at = word ? source.indexOf(word[0], reached) : -1;
  if (!word || at === -1) {
    out.addDecoded(value, source, whole === -1 ? reached : whole, source.length);
    return;
  }
  // What comes before the word ("&amp; " decoded) is matched only within the source before it.
  out.addDecoded(value.slice(0, word.index), source, reached, at);
  out.addDecoded(value.slice(word.index), source, at, source.length);
}

function walk(node: Nodes, source: string, out: CheckedTextBuilder): void {
  if (SKIPPED.has(node.type)) return;
  switch (node.type) {
    case 'text': {
      const start = node.position?.start.offset;
      if (start === undefined) addUnplaced(node.value, source, out);
      else out.addDecoded(node.value, source, start, node.position?.end.offset ?? source.length);
      return;
    }
    case 'inlineCode':
      out.addGap(CODE_STAND_IN);
      return;
    case 'break':
      out.addGap('\n');
      return;
  }
  if ('children' in node) for (const child of (node as Parent).children) walk(child, source, out);
  if (BLOCKS.has(node.type)) out.endBlock();
}

/**
 * micromark's time grows faster than the text past a few hundred kilobytes: with the depth of nested
 * lists and quotes (a 650 kB list 800 levels deep takes 18 s), with the length of one paragraph (an
 * 840 kB paragraph of short lines takes 15 s; the same text in paragraphs of up to 100 kB, 3 s), and
 * with the marks of emphasis, links and code in one paragraph (95 kB of "a] " takes 14 s; 2,000 such
 * marks to a paragraph and 20,000 in all, half a second). Files past any of these are read as plain
 * text, which is checked just as well, only with their markup in it.
 */
const MAX_MARKDOWN_CHARS = 1_000_000;
const MAX_NESTING_PREFIX = 256;
const MAX_PARAGRAPH_CHARS = 100_000;
const MAX_PARAGRAPH_MARKS = 2_000;
const MAX_MARKS = 20_000;
const DEEP_LINE = new RegExp(`^[ \\t>]{${MAX_NESTING_PREFIX},}`, 'm');
const BLANK_LINE = /\n[ \t]*\n/g;
// What opens or closes inline markup: emphasis, links, images, code, footnotes, autolinks (GitHub's
// bare "www.", "https://" and addresses among them), references, escapes.
const INLINE_MARK = /[[\]*_`~!<^&\\@]|www\.|https?:/g;

/** Each run of lines with no blank line between them. */
function* paragraphs(source: string): Generator<string> {
  let start = 0;
  for (const blank of source.matchAll(BLANK_LINE)) {
    yield source.slice(start, blank.index);
    start = blank.index + blank[0].length;
  }
  yield source.slice(start);
}

/** Why a paragraph, or the paragraphs so far, are past what micromark reads in good time; undefined if not. */
function tooLong(source: string): string | undefined {
  let marks = 0;
  for (const paragraph of paragraphs(source)) {
    if (paragraph.length > MAX_PARAGRAPH_CHARS)
      return `with a paragraph over ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters`;
    const own = paragraph.match(INLINE_MARK)?.length ?? 0;
    if (own > MAX_PARAGRAPH_MARKS)
      return `with over ${MAX_PARAGRAPH_MARKS.toLocaleString('en')} marks of emphasis, links or code in one paragraph`;
    marks += own;
    if (marks > MAX_MARKS) return `with over ${MAX_MARKS.toLocaleString('en')} marks of emphasis, links or code`;
  }
  return undefined;
}

function tooMuchToParse(source: string): string | undefined {
  if (source.length > MAX_MARKDOWN_CHARS) return `over ${MAX_MARKDOWN_CHARS / 1_000_000} million characters`;
  if (DEEP_LINE.test(source)) return `nested past ${MAX_NESTING_PREFIX} characters of indentation or quote marks`;
  return tooLong(source);
}

/**
 * A Markdown template, parsed by micromark (CommonMark with GitHub's tables and autolinks): the
 * prose of its paragraphs, headings, list items and table cells, each a block, with link text but
 * not link targets.
 */
export function readMarkdown(source: string): CheckedDocument {
  const tooMuch = tooMuchToParse(source);
  if (tooMuch) {
    const note = `read as plain text: Markdown ${tooMuch} is not parsed`;
    return { text: source, genre: 'email', reply: false, note, place: textPlaces(source) };
  }
  const tree = fromMarkdown(source, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
  const out = new CheckedTextBuilder();
  walk(tree, source, out);
  const checked = out.build();
  return { text: checked.text, genre: 'email', reply: false, place: textPlaces(source, checked) };
}
