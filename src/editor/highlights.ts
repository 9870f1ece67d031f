import { darkHighlightName, type FindingKind, highlightName, highlightStylesheet } from '../engine/kinds';

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
  /**
   * The ranges each highlight holds, kept here: Firefox does not let a content script iterate a
   * Highlight ("Xray wrapping of iterators not supported").
   */
  private readonly held = new Map<string, Set<Range>>();

  /** The sheet of highlight rules each shadow root that holds painted text adopts (see `styleTreeOf`). */
  private readonly sheets = new WeakMap<ShadowRoot, CSSStyleSheet>();

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {}

  /** Paints `owner`'s ranges, replacing its previous ones; `dark` when its editor's background is dark. */
  set(owner: object, ranges: PaintedRange[], dark = false): void {
    const before = this.owners.get(owner);
    const owned = { ranges, dark };
    this.owners.set(owner, owned);
    // An owner's ranges all lie in its one editor, so in one tree.
    if (ranges[0]) this.styleTreeOf(ranges[0].range.startContainer);
    this.repaint(new Set([...namesOf(before), ...namesOf(owned)]));
  }

  clear(owner: object): void {
    const before = this.owners.get(owner);
    if (!before) return;
    this.owners.delete(owner);
    this.repaint(new Set(namesOf(before)));
  }

  /**
   * Brings the `::highlight()` rules into the shadow root that holds `node`, if it is in one. A
   * highlight is drawn with the rules of the tree its text is in, and the content script's stylesheet
   * styles only the document's (Firefox draws nothing in a shadow root without them). A constructed
   * sheet the root adopts adds no node to the page, and the draft never holds it. Looked at on every
   * paint, not once: a page that sets a root's sheets anew (a component library switching themes
   * assigns the whole array) drops ours, and the next paint brings it back.
   */
  private styleTreeOf(node: Node): void {
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot)) return;
    let sheet = this.sheets.get(root);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightStylesheet());
      this.sheets.set(root, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets.push(sheet);
  }

  /**
   * Brings the named highlights to every owner's ranges, adding and removing only what changed: a
   * highlight the browser sees change is repainted in full, which over a long draft costs a frame.
   */
  private repaint(names: Set<string>) {
    for (const name of names) {
      const wanted = new Set<Range>();
      for (const { ranges, dark } of this.owners.values()) {
        for (const r of ranges) if (highlightNameFor(r.kind, dark) === name) wanted.add(r.range);
      }
      const highlight = this.highlightNamed(name);
      const held = this.held.get(name) ?? new Set<Range>();
      for (const range of held) if (!wanted.has(range)) highlight.delete(range);
      for (const range of wanted) if (!held.has(range)) highlight.add(range);
      this.held.set(name, wanted);
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
    this.held.clear();
    this.owners.clear();
  }
}

/** The highlight names an owner's ranges are painted under. */
function namesOf(owned: Owned | undefined): string[] {
  return owned ? owned.ranges.map((r) => highlightNameFor(r.kind, owned.dark)) : [];
}
