/** How far past a finding the next line is looked for: a bound on the work of opening a card. */
const MAX_TEXT_NODES = 40;
const MAX_CHARS = 2000;

export interface LineBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The box of the first line of text below `range` in `editor` (viewport coordinates), or
 * undefined when no text follows within a short stretch. The explanation card is placed so as not
 * to cover it: that line is what the writer reads next. Empty lines between paragraphs are passed
 * over, so after "…synergy.⏎⏎Best," the next line is "Best,".
 */
export function nextLineBox(range: Range, editor: HTMLElement): LineBox | undefined {
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  const last = rects.at(-1);
  if (!last) return undefined;
  const doc = editor.ownerDocument;
  const walker = doc.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  const probe = doc.createRange();
  // The rest of the range's own text node first, then the text nodes after it.
  let node: Node | null = range.endContainer;
  let offset = range.endOffset;
  if (node.nodeType !== Node.TEXT_NODE) {
    walker.currentNode = node.childNodes[offset] ?? node;
    node = node.childNodes[offset]?.nodeType === Node.TEXT_NODE ? node.childNodes[offset]! : walker.nextNode();
    offset = 0;
  } else walker.currentNode = node;
  let chars = 0;
  for (let count = 0; node && count < MAX_TEXT_NODES && chars < MAX_CHARS; count++) {
    const text = node as Text;
    probe.setStart(text, Math.min(offset, text.length));
    probe.setEnd(text, text.length);
    chars += text.length - offset;
    // The first box below the finding's last line.
    const below = [...probe.getClientRects()].filter((r) => r.width > 0 && r.top >= last.top + last.height / 2);
    const first = below[0];
    if (first && text.data.slice(offset).trim() !== '') {
      // As wide as the editor: the rest of that line may be in other elements (a link, bold words).
      const { left, width } = editor.getBoundingClientRect();
      return { left, top: first.top, width, height: first.height };
    }
    node = walker.nextNode();
    offset = 0;
  }
  return undefined;
}
