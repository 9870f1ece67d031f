import { darkHighlightName, type FindingKind, highlightName } from '../engine/kinds';

export interface PaintedRange {
  kind: FindingKind;
  range: Range;
}

/** The highlight a kind's ranges go under: the dark variant, with lighter colours, on a dark editor. */
export const highlightNameFor = (kind: FindingKind, dark: boolean): string =>
  dark ? darkHighlightName(kind) : highlightName(kind);

interface Owned {
  ranges: PaintedRange[];
  dark: boolean;
}

/**
 * Paints findings with the CSS Custom Highlight API: the editor's DOM is never touched, and the
 * ranges are live, so highlights follow the text through scrolling, wrapping and resizing. One
 * Highlight per kind (and per light or dark editor) is shared by every open compose; each compose
 * owns its own ranges.
 */
export class HighlightPainter {
  private readonly owners = new Map<object, Owned>();
  /** By highlight name, as registered. */
  private readonly highlights = new Map<string, Highlight>();

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {}

  /** Paints `owner`'s ranges, replacing its previous ones; `dark` when its editor's background is dark. */
  set(owner: object, ranges: PaintedRange[], dark = false): void {
    const before = this.owners.get(owner);
    const owned = { ranges, dark };
    this.owners.set(owner, owned);
    this.repaint(new Set([...namesOf(before), ...namesOf(owned)]));
  }

  clear(owner: object): void {
    const before = this.owners.get(owner);
    if (!before) return;
    this.owners.delete(owner);
    this.repaint(new Set(namesOf(before)));
  }

  /** Refills the named highlights from every owner's ranges. */
  private repaint(names: Set<string>) {
    for (const name of names) {
      const highlight = this.highlightNamed(name);
      highlight.clear();
      for (const { ranges, dark } of this.owners.values()) {
        for (const r of ranges) if (highlightNameFor(r.kind, dark) === name) highlight.add(r.range);
      }
    }
  }

  /** The Highlight registered under `name`, registered on first use. */
  private highlightNamed(name: string): Highlight {
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(name, highlight);
      this.registry.set(name, highlight);
    }
    return highlight;
  }

  destroy(): void {
    for (const name of this.highlights.keys()) this.registry.delete(name);
    this.highlights.clear();
    this.owners.clear();
  }
}

/** The highlight names an owner's ranges are painted under. */
function namesOf(owned: Owned | undefined): string[] {
  return owned ? owned.ranges.map((r) => highlightNameFor(r.kind, owned.dark)) : [];
}
