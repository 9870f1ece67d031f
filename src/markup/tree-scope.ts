/**
 * An editor may live in a web component's open shadow root (sites built with Lit, Stencil or
 * Salesforce's Lightning components). The document then sees only the component: its selection,
 * its focused element and its hit tests stop at the host. These read the editor's own tree instead,
 * and are the document's usual calls for an editor in the document itself.
 */

/** The shadow root a node is in, if any. */
export function shadowRootOf(node: Node): ShadowRoot | undefined {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root : undefined;
}

/** The shadow roots between the node and the document, innermost first (none for a node in the document). */
export function shadowRootsAbove(node: Node): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = shadowRootOf(node); root; root = shadowRootOf(root.host)) roots.push(root);
  return roots;
}

/** The parent in the tree the page is drawn from: a shadow root's top elements have its host. */
export const composedParent = (el: Element): Element | null => el.parentElement ?? shadowRootOf(el)?.host ?? null;

/**
 * The nearest element matching `selector` from `el` up, across shadow roots to their hosts: what a
 * page sets around a web component (an opt-out, `spellcheck`) holds for the field inside it, as
 * `closest` alone, which stops at the root, would not have it.
 */
export function closestComposed(el: Element, selector: string): Element | null {
  for (let at: Element | undefined = el; at; at = shadowRootOf(at)?.host) {
    const found = at.closest(selector);
    if (found) return found;
  }
  return null;
}

/** The element with focus as the editor's tree sees it (the document sees only the outermost host). */
export const activeElementFor = (node: Node): Element | null =>
  (shadowRootOf(node) ?? node.ownerDocument ?? document).activeElement;

/** The node an event happened on, inside any shadow root (`target` is the outermost host by then). */
export const eventOrigin = (event: Event): EventTarget | null => event.composedPath()[0] ?? event.target;

/** Where a selection is in the editor's tree: its focus, and a copy of its range (untouched by later moves). */
interface TreeSelection {
  range: Range;
  focus: { node: Node; offset: number };
  collapsed: boolean;
}

/**
 * The selection as the tree `node` is in sees it. Inside a shadow root Chromium moves the
 * document's selection out to the host (Firefox leaves it inside), so there the range is read with
 * `getComposedRanges`, which both define, and its focus from the selection's direction.
 */
export function treeSelection(node: Node): TreeSelection | undefined {
  const doc = node.ownerDocument ?? document;
  const selection = doc.getSelection();
  if (!selection?.rangeCount) return undefined;
  const roots = shadowRootsAbove(node);
  // `getComposedRanges` is Chromium 137's and Firefox 142's; before them, the document's selection is all there is.
  if (roots.length === 0 || typeof selection.getComposedRanges !== 'function') {
    const range = selection.getRangeAt(0).cloneRange();
    const focus = selection.focusNode ? { node: selection.focusNode, offset: selection.focusOffset } : undefined;
    return focus && { range, focus, collapsed: selection.isCollapsed };
  }
  const [composed] = selection.getComposedRanges({ shadowRoots: roots });
  if (!composed) return undefined;
  const range = doc.createRange();
  range.setStart(composed.startContainer, composed.startOffset);
  range.setEnd(composed.endContainer, composed.endOffset);
  const backward = selection.direction === 'backward';
  const focus = backward
    ? { node: composed.startContainer, offset: composed.startOffset }
    : { node: composed.endContainer, offset: composed.endOffset };
  return { range, focus, collapsed: composed.collapsed };
}

/** The text position under a viewport point, inside the shadow roots `within` is in, in browsers old and new. */
export function caretAt(within: Node, x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = within.ownerDocument ?? document;
  if (doc.caretPositionFromPoint) {
    const shadowRoots = shadowRootsAbove(within);
    const position = shadowRoots.length
      ? (doc.caretPositionFromPoint as (x: number, y: number, o: object) => CaretPosition | null)(x, y, { shadowRoots })
      : doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  // Chromium before 128 has only the older, non-standard call.
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/**
 * A web component's closed shadow root, which no page script but its own can reach. An extension's
 * content script can: Chromium gives it `chrome.dom.openOrClosedShadowRoot`, Firefox gives its
 * elements `openOrClosedShadowRoot`. Anywhere else (a page, the tests' DOM) this is null.
 */
function closedShadowRoot(host: Element): ShadowRoot | null {
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } })
    .chrome?.dom;
  if (typeof chromeDom?.openOrClosedShadowRoot === 'function') return chromeDom.openOrClosedShadowRoot(host) ?? null;
  return (host as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
}

/**
 * The focused element inside `target`'s shadow roots, open or closed, or `target` when it has none:
 * an event from inside a closed root reaches the document from its host, as if the host were all.
 */
export function focusWithin(target: EventTarget | null): EventTarget | null {
  let at = target;
  while (at instanceof Element) {
    const inner = (at.shadowRoot ?? closedShadowRoot(at))?.activeElement;
    if (!inner) break;
    at = inner;
  }
  return at;
}

/** The focused element itself, inside any shadow roots (the document names only the outermost host). */
export const deepActiveElement = (doc: Document = document): Element | null =>
  focusWithin(doc.activeElement) as Element | null;
