import type { DraftText } from './draft-text';

/**
 * What extraction found in one top-level child of the editor, in document order. Turning pieces
 * into text is a separate step (`render`) because line breaks depend on what came before: the
 * incremental mirror re-walks only edited blocks and re-renders the rest from their pieces.
 */
export type Piece =
  /** A text node with characters; `data` is its text with U+00A0 as " " (same length). */
  | { kind: 'text'; node: Text; data: string }
  /** <br> ends the line; an <img> (or other replaced element) is one " ". */
  | { kind: 'br' | 'space'; node: Element }
  /** Block element `node` starts or ends: the next content begins a new line. */
  | { kind: 'edge'; node: Element; end: boolean }
  /**
   * Skipped content (excluded or hidden): `breaks` if it ends the line, `shows` if a DOM range across
   * it would show its text.
   */
  | { kind: 'gap'; node: Element; breaks: boolean; shows: boolean };

/**
 * A piece placed in a block's text, `at` relative to the block's start. A `close` marks where a
 * block edge ended an open line (`node` is the block, `end` which of its edges): a caret before it
 * is at the end of that line, a caret after it at the start of the next.
 */
interface Placed {
  kind: 'text' | 'br' | 'space' | 'close';
  node: Node;
  end?: boolean;
  at: number;
  /** Characters it stands for: the text's length, 1 for an image, 0 for <br> (its "\n" is a separator). */
  len: number;
  /** Gaps before it in the block: a range between two pieces with different counts would show skipped text. */
  gaps: number;
}

/** Nothing written yet / the current line is finished / a line is open. */
export type LineState = 0 | 1 | 2;
const START = 0;
const CLOSED = 1;
const OPEN = 2;

interface Rendered {
  text: string;
  placed: Placed[];
  gaps: number;
  out: LineState;
}

/**
 * Lines are joined by one "\n", written only when the next line starts: so consecutive and nested
 * block edges make one break, a block edge never leads the text, and a <br> that ends its block adds
 * nothing, while `<div><br></div>` (a line of its own) is a blank line.
 */
function render(pieces: Piece[], state: LineState): Rendered {
  let text = '';
  let gaps = 0;
  const placed: Placed[] = [];
  for (const p of pieces) {
    if (p.kind === 'edge' || p.kind === 'gap') {
      if (p.kind === 'gap' && p.shows) gaps++;
      if (state === OPEN && (p.kind === 'edge' || p.breaks)) {
        state = CLOSED;
        placed.push({ kind: 'close', node: p.node, end: p.kind === 'edge' && p.end, at: text.length, len: 0, gaps });
      }
      continue;
    }
    if (state !== OPEN) {
      if (state === CLOSED) text += '\n';
      state = OPEN;
    }
    const chars = p.kind === 'text' ? p.data : p.kind === 'space' ? ' ' : '';
    placed.push({ kind: p.kind, node: p.node, at: text.length, len: chars.length, gaps });
    text += chars;
    if (p.kind === 'br') state = CLOSED;
  }
  return { text, placed, gaps, out: state };
}

/** One top-level child's pieces, with its text memoised per incoming line state (at most three). */
export class BlockText {
  private readonly memo: (Rendered | undefined)[] = [];
  constructor(
    readonly node: Node,
    readonly pieces: Piece[],
    /** Whether the predicate excluded the child itself when it was walked (the mirror re-checks). */
    readonly excluded: boolean,
  ) {}

  render(state: LineState): Rendered {
    return (this.memo[state] ??= render(this.pieces, state));
  }
}

interface Hit {
  p: Placed;
  abs: number;
  gap: number;
}

/** Last index in a sorted array with `key(i) <= x`, or -1. */
function lastAtOrBefore(n: number, key: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// Node.DOCUMENT_POSITION_*, spelled out so importing this module needs no DOM.
const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINS = 8;
const CONTAINED_BY = 16;
const ELEMENT_NODE = 1;

/** Is `node` entirely before the DOM point (container, offset)? */
function before(node: Node, container: Node, offset: number): boolean {
  if (node === container) return false;
  if (container.nodeType === ELEMENT_NODE && offset < container.childNodes.length) {
    const pos = container.childNodes[offset]!.compareDocumentPosition(node);
    return !!(pos & PRECEDING) && !(pos & CONTAINS);
  }
  // After the container's last child, or inside a text node that is not a piece (empty, hidden).
  const pos = container.compareDocumentPosition(node);
  return (!!(pos & PRECEDING) && !(pos & CONTAINS)) || (container.nodeType === ELEMENT_NODE && !!(pos & CONTAINED_BY));
}

/** Is `node` entirely after the DOM point (container, offset)? */
function after(node: Node, container: Node, offset: number): boolean {
  if (node === container) return false;
  if (container.nodeType === ELEMENT_NODE && offset < container.childNodes.length) {
    const ref = container.childNodes[offset]!;
    return ref !== node && !!(ref.compareDocumentPosition(node) & FOLLOWING);
  }
  const pos = container.compareDocumentPosition(node);
  return !!(pos & FOLLOWING) && !(pos & CONTAINED_BY);
}

/** Does the placed piece come before the caret, so the caret's offset is further on? */
function passed(p: Placed, container: Node, offset: number): boolean {
  // A block's start edge sits just before the block; every other piece is passed once the point is past it.
  return p.kind === 'close' && !p.end ? !after(p.node, container, offset) : before(p.node, container, offset);
}

/**
 * The draft text of a list of blocks (the editor root's children, in order) and the map between it
 * and the DOM: block start offsets, then each block's placed pieces, both searched by bisection.
 */
class MappedText implements DraftText {
  readonly text: string;
  private readonly starts: number[] = [];
  private readonly gapBase: number[] = [];
  private readonly rendered: Rendered[] = [];
  private index: Map<Node, number> | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly isExcluded: (el: Element) => boolean,
    private readonly blocks: BlockText[],
  ) {
    let state: LineState = START;
    let offset = 0;
    let gaps = 0;
    const parts: string[] = [];
    for (const block of blocks) {
      const r = block.render(state);
      this.starts.push(offset);
      this.gapBase.push(gaps);
      this.rendered.push(r);
      parts.push(r.text);
      offset += r.text.length;
      gaps += r.gaps;
      state = r.out;
    }
    this.text = parts.join('');
  }

  private blockAt(pos: number): number {
    return lastAtOrBefore(this.starts.length, (i) => this.starts[i]!, pos);
  }

  /** The first text piece with a character in [start, end). */
  private firstReal(start: number, end: number): Hit | undefined {
    for (let j = Math.max(0, this.blockAt(start)); j < this.blocks.length && this.starts[j]! < end; j++) {
      const base = this.starts[j]!;
      const { placed } = this.rendered[j]!;
      for (
        let i = Math.max(
          0,
          lastAtOrBefore(placed.length, (k) => placed[k]!.at, start - base),
        );
        i < placed.length;
        i++
      ) {
        const p = placed[i]!;
        const abs = base + p.at;
        if (abs >= end) return undefined;
        if (p.kind === 'text' && abs + p.len > start) return { p, abs, gap: this.gapBase[j]! + p.gaps };
      }
    }
    return undefined;
  }

  /** The last text piece with a character in [start, end). */
  private lastReal(start: number, end: number): Hit | undefined {
    for (let j = this.blockAt(end - 1); j >= 0 && this.starts[j]! + this.rendered[j]!.text.length > start; j--) {
      const base = this.starts[j]!;
      const { placed } = this.rendered[j]!;
      for (let i = lastAtOrBefore(placed.length, (k) => placed[k]!.at, end - 1 - base); i >= 0; i--) {
        const p = placed[i]!;
        const abs = base + p.at;
        if (p.kind !== 'text') continue;
        if (abs + p.len <= start) return undefined;
        return { p, abs, gap: this.gapBase[j]! + p.gaps };
      }
    }
    return undefined;
  }

  /** The first placed piece that holds `pos` or comes after it, from block `j` on. */
  private pieceFrom(j: number, pos: number): Hit | undefined {
    for (j = Math.max(0, j); j < this.blocks.length; j++) {
      const base = this.starts[j]!;
      const { placed } = this.rendered[j]!;
      for (
        let i = Math.max(
          0,
          lastAtOrBefore(placed.length, (k) => placed[k]!.at, pos - base),
        );
        i < placed.length;
        i++
      ) {
        const p = placed[i]!;
        if (p.kind !== 'close' && (base + p.at + p.len > pos || base + p.at >= pos))
          return { p, abs: base + p.at, gap: 0 };
      }
    }
    return undefined;
  }

  /** The piece's node still holds what was extracted from it. */
  private fresh(p: Placed): boolean {
    if (!this.root.contains(p.node)) return false;
    return p.kind !== 'text' || (p.node as Text).data.length === p.len;
  }

  toRange(start: number, end: number): Range | undefined {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > this.text.length)
      return undefined;
    const range = this.root.ownerDocument.createRange();
    try {
      const first = start < end ? this.firstReal(start, end) : undefined;
      if (!first) {
        // Only line breaks or image spaces: a collapsed range where the span begins.
        const at = this.pieceFrom(this.blockAt(start), start);
        if (!at) {
          range.selectNodeContents(this.root);
          range.collapse(false);
        } else if (!this.fresh(at.p)) {
          return undefined;
        } else {
          if (at.p.kind === 'text') range.setStart(at.p.node, Math.max(0, start - at.abs));
          else range.setStartBefore(at.p.node);
          range.collapse(true);
        }
        return range;
      }
      const last = this.lastReal(start, end)!;
      // Skipped text (a signature, hidden element) between the two would show in the range.
      if (last.gap !== first.gap || !this.fresh(first.p) || !this.fresh(last.p)) return undefined;
      range.setStart(first.p.node, Math.max(0, start - first.abs));
      range.setEnd(last.p.node, Math.min(last.p.len, end - last.abs));
      return range;
    } catch {
      return undefined; // the DOM moved under us
    }
  }

  toOffset(node: Node, offset: number): number | undefined {
    const root = this.root;
    if (!root.contains(node)) return undefined;
    for (
      let el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
      el && el !== root;
      el = el.parentElement
    ) {
      if (this.isExcluded(el)) return undefined;
    }
    this.index ??= new Map(this.blocks.map((b, i) => [b.node, i]));
    // The block holding the point: the root child it is in, or the one it stands before.
    let top: Node | undefined = node;
    if (node === root) top = root.childNodes[offset];
    else while (top.parentNode !== root) top = top.parentNode!;
    let j = top ? this.index.get(top) : this.blocks.length;
    if (j === undefined) return undefined; // the editor changed since this snapshot
    if (j < this.blocks.length) {
      const { placed } = this.rendered[j]!;
      // The first piece not yet passed, by bisection (pieces are in document order).
      let lo = 0;
      let hi = placed.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (passed(placed[mid]!, node, offset)) lo = mid + 1;
        else hi = mid;
      }
      const p = placed[lo];
      if (p)
        return (
          this.starts[j]! + p.at + (p.node === node && p.kind === 'text' ? Math.min(Math.max(offset, 0), p.len) : 0)
        );
      j++;
    }
    for (; j < this.blocks.length; j++) {
      const first = this.rendered[j]!.placed[0];
      if (first) return this.starts[j]! + first.at;
    }
    return this.text.length;
  }
}

export function mapText(root: HTMLElement, isExcluded: (el: Element) => boolean, blocks: BlockText[]): DraftText {
  return new MappedText(root, isExcluded, blocks);
}
