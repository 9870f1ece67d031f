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

/**
 * Where a text node with no position starts. GitHub's autolinks split a text node into new nodes that
 * carry none ("[a ](http://b.c)d"): each is looked for after the last one read, as written if it is
 * there, so that its letters are not matched one by one to stray letters of the markup before it.
 */
function unplacedStart(value: string, source: string, reached: number): number {
  const at = source.indexOf(value, reached);
  return at === -1 ? reached : at;
}

function walk(node: Nodes, source: string, out: CheckedTextBuilder): void {
  if (SKIPPED.has(node.type)) return;
  switch (node.type) {
    case 'text': {
      const start = node.position?.start.offset ?? unplacedStart(node.value, source, out.sourceReached);
      out.addDecoded(node.value, source, start, node.position?.end.offset ?? source.length);
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
 * micromark's time grows faster than the text past a few hundred kilobytes, and with the depth of
 * nested lists and quotes (a 650 kB list 800 levels deep takes 18 s): larger or deeper files are
 * read as plain text, which is checked just as well, only with their markup in it.
 */
const MAX_MARKDOWN_CHARS = 1_000_000;
const MAX_NESTING_PREFIX = 256;
const DEEP_LINE = new RegExp(`^[ \\t>]{${MAX_NESTING_PREFIX},}`, 'm');

function tooMuchToParse(source: string): string | undefined {
  if (source.length > MAX_MARKDOWN_CHARS) return `over ${MAX_MARKDOWN_CHARS / 1_000_000} million characters`;
  if (DEEP_LINE.test(source)) return `nested past ${MAX_NESTING_PREFIX} characters of indentation or quote marks`;
  return undefined;
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
