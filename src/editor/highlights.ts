import type { FindingKind } from '../engine/types';

export const KINDS: FindingKind[] = ['buzzword', 'non-apology', 'pitch-first'];

/** The name under CSS.highlights, styled by `::highlight(cf-buzzword)` in the content-script CSS. */
export const highlightName = (kind: FindingKind) => `cf-${kind}`;

export interface PaintedRange {
  kind: FindingKind;
  range: Range;
}

/**
 * Paints findings with the CSS Custom Highlight API: the editor's DOM is never touched, and the
 * ranges are live, so highlights follow the text through scrolling, wrapping and resizing. One
 * Highlight per kind is shared by every open compose; each compose owns its own ranges.
 */
export class HighlightPainter {
  private readonly owners = new Map<object, PaintedRange[]>();
  private readonly highlights = new Map<FindingKind, Highlight>();

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {}

  set(owner: object, ranges: PaintedRange[]): void {
    const before = this.owners.get(owner) ?? [];
    this.owners.set(owner, ranges);
    this.repaint(new Set([...before, ...ranges].map((r) => r.kind)));
  }

  clear(owner: object): void {
    const before = this.owners.get(owner);
    if (!before) return;
    this.owners.delete(owner);
    this.repaint(new Set(before.map((r) => r.kind)));
  }

  private repaint(kinds: Set<FindingKind>) {
    for (const kind of kinds) {
      let highlight = this.highlights.get(kind);
      if (!highlight) {
        highlight = new Highlight();
        this.highlights.set(kind, highlight);
        this.registry.set(highlightName(kind), highlight);
      }
      highlight.clear();
      for (const ranges of this.owners.values()) {
        for (const r of ranges) if (r.kind === kind) highlight.add(r.range);
      }
    }
  }

  destroy(): void {
    for (const kind of this.highlights.keys()) this.registry.delete(highlightName(kind));
    this.highlights.clear();
    this.owners.clear();
  }
}
