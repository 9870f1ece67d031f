import { QUOTED, SIGNATURE } from '../markup/mail-html';
import { isNotProse } from './prose-fields';
import type { SiteAdapter } from './types';
import { closeUndoStep, markMoved, markTypingOver } from './undo-steps';

/**
 * TinyMCE's editable body, inline or in its frame. TinyMCE files a replacement made through the
 * browser's editing command with the words typed before it, unless a click closes that step first
 * and a caret key after it opens a step of its own.
 */
const TINYMCE = '.mce-content-body';

/**
 * Any site the user or an administrator turned on (src/sites/origins.ts) that no adapter knows:
 * every editable prose field on the page, as rich-text editors build them (CKEditor 5, TinyMCE's
 * inline mode, Quill, ProseMirror and Tiptap, Lexical, Draft.js, Slate, Trix, Squire and Jodit all edit a
 * `contenteditable` element), and every `<textarea>`. Fields that are not prose are left alone (prose-fields.ts).
 */
export const generic: SiteAdapter = {
  id: 'generic',
  label: 'this site',
  hosts: [],
  // Textareas too: the session reads them through a mirror (src/editor/textarea-mirror.ts).
  editorSelector: '[contenteditable], textarea',
  isEditor: (element) => !isNotProse(element),
  excludedSelector: `${QUOTED}, ${SIGNATURE}`,
  signatureSelector: SIGNATURE,
  // Every other editor gets the key a person would press to type over the words: the editors tested
  // (test/e2e/editors.test.ts) that ignore it still make the replacement one undo step, and Squire
  // needs it for that.
  beforeReplace(editor, { range, text }) {
    if (editor.matches(TINYMCE)) closeUndoStep(editor);
    else if (editor.isContentEditable) markTypingOver(editor, range, text[0] ?? ' ');
  },
  afterReplace(editor) {
    if (editor.matches(TINYMCE)) markMoved(editor);
  },
  // The field itself: a form or a page section can be far larger than the box the user types in.
  composeRoot: (editor) => editor,
  badgeBelow: true,
};
