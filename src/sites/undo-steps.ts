import { treeSelection } from '../markup/tree-scope';
/*
 * Nudges for editors that keep their own undo history and decide where a step ends from mouse and
 * key events, not from input events: so that one Ctrl+Z takes back exactly a replacement. Untrusted
 * events: they reach the editor's listeners and nothing else (no default action runs).
 */

const dispatch = (editor: HTMLElement, event: Event) => editor.dispatchEvent(event);

/** A click in the body: roosterjs (Outlook) and TinyMCE close the step of the words typed before it. */
export function closeUndoStep(editor: HTMLElement): void {
  const view = editor.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup'])
    dispatch(editor, new MouseEvent(type, { bubbles: true, cancelable: true, button: 0, view }));
}

/** A key press after the change: roosterjs learns from it that the text changed. */
export function markTyped(editor: HTMLElement): void {
  dispatch(editor, new KeyboardEvent('keypress', { bubbles: true, cancelable: true, key: 'Unidentified' }));
}

/** A caret key let go after the change: TinyMCE records the change as a step of its own. */
export function markMoved(editor: HTMLElement): void {
  dispatch(editor, new KeyboardEvent('keyup', { bubbles: true, cancelable: true, key: 'ArrowRight', keyCode: 39 }));
}

/**
 * A key going down over the words about to be replaced, as when a person selects them and types:
 * Squire (Fastmail's editor) saves its undo history only at such keys (and at spaces, Enter and
 * Backspace), so without it one Ctrl+Z went back past the replacement to the last space typed.
 */
export function markTypingOver(editor: HTMLElement, range: Range, key: string): void {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || range.collapsed) return;
  selection.removeAllRanges();
  selection.addRange(range);
  dispatch(editor, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key }));
  // Squire then takes the words out itself, and may merge the text around them: the replacement
  // goes where its caret is now, not where the range's ends were moved to.
  const caret = treeSelection(editor)?.range;
  if (caret?.collapsed && editor.contains(caret.startContainer)) {
    range.setStart(caret.startContainer, caret.startOffset);
    range.collapse(true);
  }
}
