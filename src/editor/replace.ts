import { treeSelection } from '../markup/tree-scope';
/**
 * Offers the replacement to the editor as the `beforeinput` event a spell checker's correction
 * raises, with the words as its target range. Editors that apply every edit to their own model
 * from `beforeinput` and put back any DOM change they did not make (CKEditor 5) take it there and
 * cancel the event; answers whether one did. Chromium raises no `beforeinput` for `execCommand`,
 * so without this such an editor would undo the replacement at once.
 */
function offerToEditor(editor: HTMLElement, range: Range, text: string): boolean {
  const view = editor.ownerDocument.defaultView;
  if (!view) return false;
  const dataTransfer = new view.DataTransfer();
  dataTransfer.setData('text/plain', text);
  const event = new view.InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer,
    targetRanges: [new view.StaticRange(range)],
  });
  editor.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Firefox's editing commands raise a trusted `beforeinput` themselves (insertText, the selection
 * as its target range), which editors take as typing; Chromium's raise none. An offered event
 * there as well would be applied twice by an editor that handles it without cancelling it (Trix),
 * and Firefox hides data an extension puts in a DataTransfer from the page's scripts, so an editor
 * that reads the words from there (Slate, Trix) would insert nothing.
 */
const COMMANDS_RAISE_BEFOREINPUT = import.meta.env.FIREFOX;

/**
 * Replaces exactly `range` with `text` the way typing would: select it, then insert through the
 * browser's editing command (unless the editor took the edit itself: see `offerToEditor`). The
 * editor sees a trusted `input` event, so its model, its undo stack (one Ctrl+Z restores the
 * original) and draft autosave all treat it as the user's edit.
 */
export function replaceRange(editor: HTMLElement, range: Range, text: string): boolean {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection || !editor.contains(range.commonAncestorContainer)) return false;
  editor.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  // The browser tells of the new selection only later; an editor that keeps its own selection
  // (CKEditor 5) must see it now, or it files the replacement with the words typed before it as
  // one undo step.
  doc.dispatchEvent(new Event('selectionchange'));
  if (!COMMANDS_RAISE_BEFOREINPUT && offerToEditor(editor, range, text)) return true;
  return doc.execCommand('insertText', false, text);
}

interface TextPoint {
  node: Text;
  offset: number;
}

/** The last text node that ends at or before the point (`node`, `offset`), as a point at its end. */
function textPointAt(editor: HTMLElement, node: Node, offset: number): TextPoint | undefined {
  if (node.nodeType === Node.TEXT_NODE) return { node: node as Text, offset };
  const doc = editor.ownerDocument;
  const point = doc.createRange();
  point.setStart(node, offset);
  const walker = doc.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  let last: Text | undefined;
  for (
    let t = walker.nextNode() as Text | null;
    t && point.comparePoint(t, t.length) <= 0;
    t = walker.nextNode() as Text | null
  )
    last = t;
  // Nothing inside `node` before the point: the text just before `node` itself.
  if (!last) {
    walker.currentNode = node;
    last = (walker.previousNode() as Text | null) ?? undefined;
  }
  return last && { node: last, offset: last.length };
}

/** The editor's text that ends at a point, read back over its text nodes, and where each character lies. */
interface TextBefore {
  text: string;
  /** The point in the editor just before `text[index]` (or at its end, for `text.length`). */
  pointAt(index: number): TextPoint;
}

/** How many text nodes `textBefore` reads back at most: empty ones add no text, so they are counted. */
const MAX_NODES_BACK = 1000;

/** Up to `max` UTF-16 units of the editor's text that end at `from`. */
function textBefore(editor: HTMLElement, from: TextPoint, max: number): TextBefore {
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  const pieces: { node: Text; start: number; text: string }[] = [];
  let length = 0;
  let node = from.node;
  let end = from.offset;
  for (let nodes = 0; nodes < MAX_NODES_BACK; nodes++) {
    const start = Math.max(0, end - (max - length));
    pieces.unshift({ node, start, text: node.data.slice(start, end) });
    length += end - start;
    walker.currentNode = node;
    const previous = walker.previousNode() as Text | null;
    if (length >= max || !previous) break;
    node = previous;
    end = previous.length;
  }
  return {
    text: pieces.map((p) => p.text).join(''),
    pointAt(index) {
      let left = index;
      for (const piece of pieces) {
        if (left <= piece.text.length) return { node: piece.node, offset: piece.start + left };
        left -= piece.text.length;
      }
      const last = pieces.at(-1)!;
      return { node: last.node, offset: last.start + last.text.length };
    },
  };
}

/**
 * How far past the inserted words an editor may leave the caret: Lexical puts it at the end of
 * the text it reflowed, after the rest of the sentence; most editors put it right after them.
 */
const CARET_SLACK = 1000;

/**
 * Once `inserted` went in (by `replaceRange`), selects its stretch from `start` to `end`, so that
 * what the user types next replaces it: the blank in a rewrite. The words are the nearest copy of
 * `inserted` that ends at or before the caret. Only the selection moves, through the editor's
 * selection, and only when the caret is collapsed in the editor and the stretch holds exactly
 * those words.
 */
export function selectInInserted(editor: HTMLElement, inserted: string, start: number, end: number): boolean {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  const current = treeSelection(editor);
  if (!selection || !current?.collapsed || !editor.contains(current.focus.node)) return false;
  const after = textPointAt(editor, current.focus.node, current.focus.offset);
  if (!after) return false;
  const before = textBefore(editor, after, inserted.length + CARET_SLACK);
  const at = before.text.lastIndexOf(inserted);
  if (at < 0) return false;
  const from = before.pointAt(at + start);
  const to = before.pointAt(at + end);
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  if (range.toString() !== inserted.slice(start, end)) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
