import type { DraftText } from './draft-text';
import { extractBlock } from './extract';
import { mapText, type BlockText } from './text-map';

/** How many cached blocks one snapshot checks against the DOM, at most. */
const CHECKS_PER_SNAPSHOT = 500;

/**
 * The editor's DraftText, kept up to date cheaply while the writer types: extraction is cached per
 * child of the editor root (one paragraph, in Gmail and Outlook), mutation records drop the cache
 * of the children they touch, and a snapshot walks only those again. The rest is re-joined from
 * cached pieces, which costs a few operations per paragraph, not a DOM walk.
 *
 * The caller owns the MutationObserver ({childList, characterData, subtree}) and passes its records
 * to `invalidate` before asking for a `snapshot`.
 */
export class DraftMirror {
  private readonly cache = new WeakMap<Node, BlockText>();
  /** The root's children as last seen; undefined after the root's own child list changed. */
  private children: Node[] | undefined;
  /** Where the next snapshot's turn of checks starts, in a long draft. */
  private nextCheck = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly isExcluded: (el: Element) => boolean,
  ) {}

  invalidate(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.target === this.root) {
        // Children came or went: re-list them, keeping the entries of those that stayed. A removed
        // child may come back later (undo, a move) after changes we did not see, so it is forgotten.
        this.children = undefined;
        for (const node of record.removedNodes) this.cache.delete(node);
      } else {
        this.forget(record.target);
      }
    }
  }

  /** Drops the entry of the root child holding `node` (or of the detached subtree it now sits in). */
  private forget(node: Node): void {
    let top = node;
    while (top.parentNode && top.parentNode !== this.root) top = top.parentNode;
    this.cache.delete(top);
  }

  /** The root's children, listed again when records that never reached us changed them. */
  private currentChildren(): Node[] {
    const root = this.root;
    const children = this.children;
    // Cheap guards against records that never reached us: a different count or a child gone.
    if (!children || children.length !== root.childNodes.length || children.some((c) => c.parentNode !== root)) {
      return (this.children = Array.from(root.childNodes));
    }
    return children;
  }

  /**
   * Walks children not yet in the cache until `deadline` (a `performance.now()` time); true when
   * none is left, so that `snapshot` has only to check and join them. A paste of thousands of
   * lines is read this way over several tasks, never in one long one.
   */
  warm(deadline: number): boolean {
    for (const child of this.currentChildren()) {
      if (this.cache.has(child)) continue;
      this.cache.set(child, extractBlock(child, this.isExcluded));
      if (performance.now() >= deadline) return false;
    }
    return true;
  }

  snapshot(): DraftText {
    const children = this.currentChildren();
    const checked = this.checkedNow(children.length);
    const blocks = children.map((child, i) => {
      let block = this.cache.get(child);
      if (!block || (checked(i) && !this.stillValid(block))) {
        block = extractBlock(child, this.isExcluded);
        this.cache.set(child, block);
      }
      return block;
    });
    return mapText(this.root, this.isExcluded, blocks);
  }

  /**
   * Which cached blocks this snapshot checks against the DOM (see `stillValid`): all of them in a
   * draft of up to `CHECKS_PER_SNAPSHOT` blocks; in a longer one that many, taking turns, so that a
   * keystroke in a 1 MB draft does not read every block of it again (16 ms of DOM reads) and every
   * block is still checked within a few keystrokes.
   */
  private checkedNow(count: number): (index: number) => boolean {
    if (count <= CHECKS_PER_SNAPSHOT) return () => true;
    const from = this.nextCheck % count;
    this.nextCheck = from + CHECKS_PER_SNAPSHOT;
    return (i) => (i - from + count) % count < CHECKS_PER_SNAPSHOT;
  }

  /**
   * A cached block still matches its DOM: its text nodes are attached with the same lengths, and
   * the exclusion test still says the same about the child itself (a class or history marker can
   * change without a record of ours). Exclusions deeper inside are evaluated when the block is walked.
   */
  private stillValid(block: BlockText): boolean {
    const node = block.node;
    if (node.nodeType === Node.ELEMENT_NODE && this.isExcluded(node as Element) !== block.excluded) return false;
    for (const p of block.pieces) {
      // `length`, not `data.length`: reading `data` would copy every text node's text on each keystroke.
      if (p.kind === 'text' && (!p.node.parentNode || p.node.length !== p.data.length)) return false;
    }
    return true;
  }
}
