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
