import { type Element, isTag, isText, type ParentNode } from 'domhandler';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseFragment } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { BlockDocumentWriter } from './blocks';
import type { CheckedDocument } from './document';
import { inflateWithin, joinLines, MAX_NESTING, MAX_XML_BYTES, printable } from './zipped-parts';

const notDocx = (reason: string) => new Error(`not a Word document (.docx): ${reason}`);
const tooDeep = () => new Error(`Word document (.docx) nested more than ${MAX_NESTING} levels deep: too deep to check`);

// What mammoth parses as XML: the package's parts and relationships, and its own style map (read
// even when not applied). Images and embedded files are never opened (see `NO_IMAGES`).
const isParsedPart = (path: string) => /\.(?:xml|rels)$/.test(path) || path === 'mammoth/style-map';

/**
 * Refuses a file that is not a zip, and a zip bomb: mammoth would inflate every part it parses
 * whole, so their sizes are counted first, inflating each no further than the budget allows.
 */
async function checkPackage(bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes).catch(() => {
    throw notDocx('not a readable zip archive');
  });
  let budget = MAX_XML_BYTES;
  for (const part of Object.values(zip.files)) {
    if (part.dir || !isParsedPart(part.name)) continue;
    const xml = await inflateWithin(part, budget).catch(() => {
      throw notDocx(`${part.name} is damaged`);
    });
    if (!xml) throw new Error(`Word document (.docx) too large to check: its XML is over ${MAX_XML_BYTES >> 20} MB`);
    budget -= xml.length;
  }
}

// An image is left out of the HTML rather than inlined as a data URI mammoth would have to read.
const NO_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

async function docxToHtml(bytes: Uint8Array): Promise<string> {
  try {
    // The default style map leaves comments out; a map embedded in the file could bring them back.
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { includeEmbeddedStyleMap: false, convertImage: NO_IMAGES },
    );
    return result.value;
  } catch (error) {
    // Mammoth recurses on the XML: a hostile nesting of tables overflows the stack.
    if (error instanceof RangeError && /call stack/.test(error.message)) throw tooDeep();
    const message = (error as Error).message;
    if (message.startsWith('Could not find main document part')) throw notDocx('no main document (word/document.xml)');
    throw notDocx(`its content cannot be read (${printable(message)})`);
  }
}

const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['ul', 'ol']);
const CELLS = new Set(['td', 'th']);
// Inside a paragraph, these start a line of their own.
const LINES = new Set([...PARAGRAPHS, 'li', 'table', 'tr', ...CELLS, 'br']);
// Mammoth links a footnote's number to the note ("[1]") and the note back to it ("↑"): not prose.
const NOTE_LINK = /^#(?:footnote|endnote)(?:-ref)?-/;

/** Where the walk writes each paragraph it finds: a block of the document, or a line of a table cell. */
interface Sink {
  paragraph(text: string): void;
  table(table: Element, depth: number): void;
}

/** The text of a paragraph (or list item) as read; a nested list's items are their own, not its. */
function inlineText(node: ParentNode, depth: number): string {
  if (depth > MAX_NESTING) throw tooDeep();
  let text = '';
  for (const child of node.children) {
    if (isText(child)) text += child.data;
    if (!isTag(child) || LISTS.has(child.name) || NOTE_LINK.test(child.attribs.href ?? '')) continue;
    const line = LINES.has(child.name) ? '\n' : '';
    text += `${line}${inlineText(child, depth + 1)}${line}`;
  }
  return text;
}

function rows(table: Element): Element[] {
  // The HTML parser puts rows in a <tbody> (and mammoth header rows in a <thead>).
  const groups = table.children.filter(isTag).filter((child) => child.name !== 'tr');
  return [table, ...groups].flatMap((parent) => parent.children.filter(isTag).filter((child) => child.name === 'tr'));
}

const cells = (row: Element) => row.children.filter(isTag).filter((child) => CELLS.has(child.name));

const paragraphText = (block: Element, depth: number) => joinLines(inlineText(block, depth + 1));

function walkBlocks(node: ParentNode, sink: Sink, depth: number): void {
  if (depth > MAX_NESTING) throw tooDeep();
  for (const child of node.children.filter(isTag)) {
    if (PARAGRAPHS.has(child.name)) sink.paragraph(paragraphText(child, depth));
    else if (child.name === 'li') {
      sink.paragraph(paragraphText(child, depth));
      const lists = child.children.filter(isTag).filter((list) => LISTS.has(list.name));
      for (const list of lists) walkBlocks(list, sink, depth + 1);
    } else if (child.name === 'table') sink.table(child, depth + 1);
    else walkBlocks(child, sink, depth + 1);
  }
}

/** A cell's paragraphs as lines; a table within it is flattened into them, cell after cell. */
function cellText(cell: Element, depth: number): string {
  const lines: string[] = [];
  const sink: Sink = {
    paragraph: (text) => {
      if (text) lines.push(text);
    },
    table: (table, tableDepth) => {
      for (const row of rows(table)) for (const inner of cells(row)) walkBlocks(inner, sink, tableDepth + 1);
    },
  };
  walkBlocks(cell, sink, depth);
  return lines.join('\n');
}

/**
 * A Word document, converted by mammoth: the current text with tracked changes accepted (deletions
 * gone, insertions kept), without comments; footnotes and endnotes after the body, as mammoth lists
 * them, without their numbers and back-links.
 */
export async function readDocx(bytes: Uint8Array): Promise<CheckedDocument> {
  await checkPackage(bytes);
  const html = parseFragment(await docxToHtml(bytes), { treeAdapter: adapter });
  const out = new BlockDocumentWriter();
  const sink: Sink = {
    // A paragraph without words (a blank line for spacing, a footnote's number alone) is not counted.
    paragraph: (text) => {
      if (text) out.paragraph(text);
    },
    table: (table, depth) => {
      out.startTable();
      for (const row of rows(table)) {
        out.startRow();
        for (const cell of cells(row)) out.tableCell(cellText(cell, depth + 1));
      }
    },
  };
  walkBlocks(html, sink, 0);
  return out.build();
}
