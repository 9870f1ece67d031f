/**
 * Replaces exactly `range` with `text` the way typing would: select it, then insert through the
 * browser's editing command. The editor sees a trusted `input` event, so its model, its undo
 * stack (one Ctrl+Z restores the original) and draft autosave all treat it as the user's edit.
 */
export function replaceRange(editor: HTMLElement, range: Range, text: string): boolean {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection || !editor.contains(range.commonAncestorContainer)) return false;
  editor.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  return doc.execCommand('insertText', false, text);
}
