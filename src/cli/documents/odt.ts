import { DOMParser, type Element, Node } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { BlockDocumentWriter } from './blocks';
import type { CheckedDocument } from './document';
import { inflateWithin, joinLines, MAX_NESTING, MAX_XML_BYTES, printable } from './zipped-parts';

const ODT_TYPE = 'application/vnd.oasis.opendocument.text';

const notOdt = (reason: string) => new Error(`not an OpenDocument text (.odt): ${reason}`);
const tooDeep = () =>
  new Error(`OpenDocument text (.odt) nested more than ${MAX_NESTING} levels deep: too deep to check`);

async function inflate(entry: JSZip.JSZipObject, limit: number): Promise<Buffer | undefined> {
  return inflateWithin(entry, limit).catch(() => {
    throw notOdt(`${entry.name} is damaged`);
  });
}

/** content.xml of an OpenDocument text package, once the package says it is one. */
async function contentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes).catch(() => {
    throw notOdt('not a readable zip archive');
  });
  const mimetype = zip.file('mimetype');
  if (!mimetype) throw notOdt('no mimetype in the package');
  const type = (await inflate(mimetype, 100))?.toString('utf8').trim();
  if (type !== ODT_TYPE) {
    throw notOdt(`its type is ${type === undefined ? 'too long to be one' : `"${printable(type)}"`}`);
  }
  const content = zip.file('content.xml');
  if (!content) throw notOdt('no content.xml in the package');
  const xml = await inflate(content, MAX_XML_BYTES);
  if (!xml) {
    throw new Error(`OpenDocument text (.odt) too large to check: content.xml is over ${MAX_XML_BYTES >> 20} MB`);
  }
  // Decoded as UTF-8, which ODF requires, with a byte order mark dropped.
  return new TextDecoder().decode(xml);
}

function parseXml(xml: string): Element {
  let problem: string | undefined;
  // Errors are collected, not printed (xmldom's default); an error makes the file unreadable.
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') problem ??= printable(message);
    },
  });
  let root: Element | null = null;
  try {
    root = parser.parseFromString(xml, 'text/xml').documentElement;
  } catch {
    // A fatal error, already reported to onError.
  }
  if (problem || !root) throw notOdt(`content.xml is not well-formed XML (${problem ?? 'no root element'})`);
  return root;
}

const PREFIXES: Record<string, string> = {
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
};

/** An element's name with the usual prefix of its namespace, whichever prefix the file uses. */
const nameOf = (element: Element) =>
  `${PREFIXES[element.namespaceURI ?? ''] ?? element.namespaceURI}:${element.localName}`;

const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

function childElements(parent: Element): Element[] {
  const children: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) if (isElement(child)) children.push(child);
  return children;
}

function child(parent: Element | undefined, name: string): Element | undefined {
  return parent && childElements(parent).find((element) => nameOf(element) === name);
}

const NOT_CHECKED = new Set([
  // Comments and where they end: a reviewer's words, not the document's.
  'office:annotation',
  'office:annotation-end',
  // Deleted text, kept in the file so that the deletion can be rejected.
  'text:tracked-changes',
  // Indexes generated from the document: they repeat its headings and captions.
  'text:table-of-content',
  'text:illustration-index',
  'text:table-index',
  'text:object-index',
  'text:user-index',
  'text:alphabetical-index',
  'text:bibliography',
]);

const isNoteBody = (element: Element) => nameOf(element) === 'text:note-body';

const ROW_GROUPS = new Set(['table:table-header-rows', 'table:table-rows', 'table:table-row-group']);

/** Where the walk writes each paragraph it finds: a block of the document, or a line of a table cell. */
interface Sink {
  paragraph(text: string): void;
  table(table: Element, depth: number): void;
}

class OdtReader {
  private readonly out = new BlockDocumentWriter();
  private readonly document: Sink = {
    // A paragraph without words (a blank line for spacing, a note's citation alone) is not counted.
    paragraph: (text) => {
      if (text) this.out.paragraph(text);
    },
    table: (table, depth) => this.writeTable(table, depth),
  };
  /**
   * Footnote and endnote bodies, read after the body: the place a reader finds them, and where
   * mammoth puts a .docx's notes, so that both formats number paragraphs alike. The citation (the
   * note's number) is not prose and is not read.
   */
  private readonly notes: Element[] = [];

  read(body: Element): CheckedDocument {
    this.walkBlocks(body, this.document, 0);
    // A note's body may cite notes of its own: they join the end of the queue.
    for (let i = 0; i < this.notes.length; i++) this.walkBlocks(this.notes[i]!, this.document, 0);
    return this.out.build();
  }

  private walkBlocks(parent: Element, sink: Sink, depth: number): void {
    if (depth > MAX_NESTING) throw tooDeep();
    for (const element of childElements(parent)) {
      const name = nameOf(element);
      if (NOT_CHECKED.has(name)) continue;
      if (name === 'text:p' || name === 'text:h') this.paragraph(element, sink, depth + 1);
      else if (name === 'table:table') sink.table(element, depth + 1);
      // Lists, sections, text boxes: the paragraphs and tables within them, in order.
      else this.walkBlocks(element, sink, depth + 1);
    }
  }

  private paragraph(paragraph: Element, sink: Sink, depth: number): void {
    const frames: Element[] = [];
    sink.paragraph(joinLines(this.inlineText(paragraph, frames, depth)));
    // A text box anchored in the paragraph is read after it.
    for (const frame of frames) this.walkBlocks(frame, sink, depth + 1);
  }

  /** The paragraph's text; the text boxes (and images) in it go to `frames`, its notes to the queue. */
  private inlineText(parent: Element, frames: Element[], depth: number): string {
    if (depth > MAX_NESTING) throw tooDeep();
    let text = '';
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      // White space in the XML is collapsed as in HTML; <text:s> and <text:tab> are the kept ones.
      if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
        text += (node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ');
      }
      if (!isElement(node)) continue;
      const name = nameOf(node);
      // The writer makes one space of many, so how many <text:s> stands for (text:c) does not matter.
      if (name === 'text:s' || name === 'text:tab') text += ' ';
      else if (name === 'text:line-break') text += '\n';
      else if (name === 'text:note') this.notes.push(...childElements(node).filter(isNoteBody));
      else if (name.startsWith('draw:')) frames.push(node);
      // Spans, links, fields and change marks hold the current text; a soft page break holds none.
      else if (!NOT_CHECKED.has(name)) text += this.inlineText(node, frames, depth + 1);
    }
    return text;
  }

  private writeTable(table: Element, depth: number): void {
    this.out.startTable();
    for (const row of rows(table, depth)) {
      this.out.startRow();
      for (const cell of cells(row)) this.out.tableCell(this.cellText(cell, depth + 1));
    }
  }

  /** A cell's paragraphs as lines; a table within it is flattened into them, cell after cell. */
  private cellText(cell: Element, depth: number): string {
    const lines: string[] = [];
    const sink: Sink = {
      paragraph: (text) => {
        if (text) lines.push(text);
      },
      table: (table, tableDepth) => {
        for (const row of rows(table, tableDepth)) {
          for (const inner of cells(row)) this.walkBlocks(inner, sink, tableDepth + 1);
        }
      },
    };
    this.walkBlocks(cell, sink, depth);
    return lines.join('\n');
  }
}

/** The table's rows, those repeated as a header on each page and those in groups included. */
function rows(parent: Element, depth: number): Element[] {
  if (depth > MAX_NESTING) throw tooDeep();
  return childElements(parent).flatMap((element) => {
    const name = nameOf(element);
    if (name === 'table:table-row') return [element];
    return ROW_GROUPS.has(name) ? rows(element, depth + 1) : [];
  });
}

/** A row's cells; a cell covered by a merged one (table:covered-table-cell) is not one. */
const cells = (row: Element) => childElements(row).filter((element) => nameOf(element) === 'table:table-cell');

/**
 * An OpenDocument text (LibreOffice, Google Docs' .odt export): its paragraphs, headings, list
 * items, text boxes and table cells, then its notes; without comments, and with tracked changes
 * as they stand (deleted text left out).
 */
export async function readOdt(bytes: Uint8Array): Promise<CheckedDocument> {
  const root = parseXml(await contentXml(bytes));
  const body = child(child(root, 'office:body'), 'office:text');
  if (!body) throw notOdt('content.xml has no text body (office:body/office:text)');
  return new OdtReader().read(body);
}
