import { BLOCKS, HIDDEN, REPLACED } from '../markup/html-tags';
import type { DraftText } from './draft-text';
import { BlockText, mapText, type Piece } from './text-map';

/** Whether a DOM range over `node` would show any of its text (stops at the first character). */
function hasText(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE ? (child as Text).length > 0 : hasText(child)) return true;
  }
  return false;
}

/** Appends the pieces of `node`'s subtree to `out`. */
function collect(node: Node, isExcluded: (el: Element) => boolean, out: Piece[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node as Text;
    if (text.data) out.push({ kind: 'text', node: text, data: text.data.replace(/\u00a0/g, ' ') });
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return; // comments and the like
  const el = node as Element;
  const tag = el.localName;
  if (HIDDEN.has(tag) || el.hasAttribute('hidden')) {
    if (hasText(el)) out.push({ kind: 'gap', node: el, breaks: false, shows: true });
    return;
  }
  if (isExcluded(el)) {
    // Quoted history or a signature: left out, but never glues the words around it.
    out.push({ kind: 'gap', node: el, breaks: true, shows: hasText(el) });
    return;
  }
  if (tag === 'br') out.push({ kind: 'br', node: el });
  else if (REPLACED.has(tag)) out.push({ kind: 'space', node: el });
  else {
    // Runs of edges act as one; the first is kept, as it is the one that ends a line.
    const block = BLOCKS.has(tag);
    if (block && out[out.length - 1]?.kind !== 'edge') out.push({ kind: 'edge', node: el, end: false });
    for (let child = el.firstChild; child; child = child.nextSibling) collect(child, isExcluded, out);
    if (block && out[out.length - 1]?.kind !== 'edge') out.push({ kind: 'edge', node: el, end: true });
  }
}

/** Walks one child of the editor root. */
export function extractBlock(node: Node, isExcluded: (el: Element) => boolean): BlockText {
  const pieces: Piece[] = [];
  collect(node, isExcluded, pieces);
  return new BlockText(node, pieces, node.nodeType === Node.ELEMENT_NODE && isExcluded(node as Element));
}

/**
 * The writer's text in an editor, with a map back to the DOM (see DraftText). `isExcluded` marks
 * elements whose whole subtree is not the writer's words (quoted history, signature).
 */
export function extractDraft(root: HTMLElement, isExcluded: (el: Element) => boolean): DraftText {
  const blocks: BlockText[] = [];
  for (let child = root.firstChild; child; child = child.nextSibling) blocks.push(extractBlock(child, isExcluded));
  return mapText(root, isExcluded, blocks);
}
