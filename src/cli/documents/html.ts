import { selectAll } from 'css-select';
import type { AnyNode, Document } from 'domhandler';
import { textContent } from 'domutils';
import { parse } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { BLOCKS, HIDDEN, REPLACED } from '../../markup/html-tags';
import { HISTORY_START, QUOTED, SIGNATURE } from '../../markup/mail-html';
import { type CheckedText, CheckedTextBuilder } from './checked-text';
import { type CheckedDocument, textPlaces } from './document';

// Blocks a reader sees set apart by space (a paragraph's margin, a cell's border): a blank line.
// Other blocks (a <div>, as Gmail writes each line) only start a new line.
const PARAGRAPHS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'dd',
  'dt',
  'caption',
  'figcaption',
  'pre',
  'table',
  'ul',
  'ol',
]);
// Code is not prose, as in Markdown.
const CODE = new Set(['code', 'kbd', 'samp']);

/**
 * Writes lines as a browser shows them: a break is written only when text follows it, nested and
 * consecutive block edges make one, a <br> that ends its block adds nothing, and `<div><br></div>`
 * is a blank line of its own.
 */
class LineWriter {
  /** Line breaks owed before the next text: 0 while a line is open. */
  private pending = 0;
  private started = false;

  constructor(readonly out: CheckedTextBuilder) {}

  /** Text read from `source.slice(start, end)`; a line does not start with white space. */
  text(prose: string, source: string, start: number, end: number): void {
    const words = this.pending > 0 || !this.started ? prose.replace(/^ +/, '') : prose;
    if (words === '') return;
    if (this.started) this.out.addGap('\n'.repeat(this.pending));
    this.pending = 0;
    this.started = true;
    this.out.addDecoded(words, source, start, end);
  }

  /** A stand-in for what is shown but is not prose (an image): words either side stay apart. */
  space(): void {
    if (this.started && this.pending === 0) this.out.addGap(' ');
  }

  /** A block starts or ends: `lines` breaks (1 a new line, 2 a blank line) before the next text. */
  edge(lines: number): void {
    this.pending = Math.max(this.pending, lines);
  }

  br(): void {
    if (!this.started) return;
    // A line holding nothing but the <br> is a line of its own: a blank one.
    if (this.pending > 0) this.out.addGap('\n'.repeat(this.pending));
    this.pending = 1;
  }
}

interface Walk {
  source: string;
  excluded: ReadonlySet<AnyNode>;
  out: LineWriter;
  /** Whether white space is kept as written (inside <pre>). */
  pre: boolean;
}

/** Deeper than any mail client or editor nests: past it, a file is built to exhaust the stack. */
const MAX_NESTING = 1000;

/**
 * Refuses a tree deeper than MAX_NESTING, walking it without recursion. Done before anything else
 * reads the tree: the selectors for quotes and signatures take seconds on a tree 100,000 deep (parsing
 * it takes a tenth of that), and the walk below recurses.
 */
function refuseTooDeep(document: Document): void {
  const stack: [AnyNode, number][] = [[document as unknown as AnyNode, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > MAX_NESTING) throw new Error(`HTML nested more than ${MAX_NESTING} levels deep: too deep to check`);
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
}

function walk(node: AnyNode, w: Walk): void {
  if (node.type === 'text') {
    const data = node.data.replace(/\u00a0/g, ' ');
    const prose = w.pre ? data : data.replace(/[ \t\n\r\f]+/g, ' ');
    w.out.text(prose, w.source, node.startIndex ?? 0, node.endIndex ?? w.source.length);
    return;
  }
  // Comments and the doctype are no text; <script> and <style> have node types of their own.
  if (node.type !== 'tag' && node.type !== 'root') return;
  if (node.type === 'root') {
    for (const child of node.children) walk(child, w);
    return;
  }
  const tag = node.name;
  if (HIDDEN.has(tag) || CODE.has(tag) || 'hidden' in node.attribs) return;
  if (w.excluded.has(node)) {
    w.out.edge(1);
    return;
  }
  if (tag === 'br' || REPLACED.has(tag)) {
    if (tag === 'br') w.out.br();
    else w.out.space();
    return;
  }
  const lines = PARAGRAPHS.has(tag) ? 2 : BLOCKS.has(tag) ? 1 : 0;
  w.out.edge(lines);
  const pre = w.pre;
  if (tag === 'pre') w.pre = true;
  for (const child of node.children) walk(child, w);
  w.pre = pre;
  w.out.edge(lines);
}

/** Quoted history and signatures by structure, and everything after Outlook's history marker. */
function excludedElements(quotes: AnyNode[], signatures: AnyNode[], markers: AnyNode[]): Set<AnyNode> {
  const excluded = new Set<AnyNode>([...quotes, ...signatures]);
  for (const marker of markers) {
    // The separator line just before the reply header belongs to the history too.
    let node: AnyNode | null = marker.prev;
    while (node && node.type === 'text' && !node.data.trim()) node = node.prev;
    if (node && node.type === 'tag' && node.name === 'hr') excluded.add(node);
    for (let next: AnyNode | null = marker; next; next = next.next) excluded.add(next);
  }
  return excluded;
}

/**
 * The prose of an HTML message or template, parsed as a browser parses it (parse5): text as it is
 * shown, entities decoded, with scripts, styles, code, attributes, quoted history and signatures
 * left out.
 */
export function htmlProse(source: string): { checked: CheckedText; reply: boolean; signature?: string } {
  const document = parse(source, { treeAdapter: adapter, sourceCodeLocationInfo: true }) as unknown as Document;
  refuseTooDeep(document);
  const quotes = selectAll(QUOTED, document);
  const signatures = selectAll(SIGNATURE, document);
  const markers = selectAll(HISTORY_START, document);
  const excluded = excludedElements(quotes, signatures, markers);
  const reply = quotes.length + markers.length > 0;
  // Not checked, but it names the sender ("Jo Park | Synergy Labs"), which tells the opening who "we" are.
  const signature = signatures
    .map((element) => textContent(element).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  const builder = new CheckedTextBuilder();
  walk(document, { source, excluded, out: new LineWriter(builder), pre: false });
  return { checked: builder.build(), reply, ...(signature ? { signature } : {}) };
}

/** An HTML template or saved page, as an email. */
export function readHtml(source: string): CheckedDocument {
  const { checked, reply, signature } = htmlProse(source);
  return { text: checked.text, genre: 'email', reply, sender: signature, place: textPlaces(source, checked) };
}
