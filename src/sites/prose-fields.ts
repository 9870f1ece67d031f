/**
 * Which editable fields hold prose worth checking, on a site no adapter knows. The page says so
 * in the attributes other writing checkers and the browser's spell checker already honour, and in
 * the markup of editors that are not for prose.
 */

import { closestComposed } from '../markup/tree-scope';

/**
 * Opt-outs a page sets on a field or an ancestor for writing checkers: Grammarly's and
 * LanguageTool's switches, and our own. (The browser's spell check is read apart: see below.)
 * Grammarly's older `data-gramm="false"` is not among them: Quill puts it on every editor it
 * makes, to keep Grammarly from writing into its DOM, which we never do.
 */
const OPTED_OUT = [
  '[data-gramm_editor="false" i]',
  '[data-enable-grammarly="false" i]',
  '[data-lt-active="false" i]',
  '[data-connection-first="off" i]',
].join(',');

/** Code editors (CodeMirror 5 and 6, Monaco, Ace) and code blocks: their text is not prose. */
const CODE = '.CodeMirror, .cm-editor, .monaco-editor, .ace_editor, pre, code';

/** Fields that take one line or a choice, not a message: search, recipients, mentions, chat titles. */
const ONE_LINE = '[role="search"], [role="combobox"], [role="listbox"], [role="searchbox"], [aria-multiline="false" i]';

/**
 * Prose editors whose library switches the browser's spell check off by default (Draft.js,
 * TinyMCE, CKEditor 4's `disableNativeSpellChecker`), or that apps built on them switch off
 * because they bring their own (Quill and Lexical in chat and CRM apps): on them
 * `spellcheck="false"` says nothing about whether the field is prose.
 */
const SPELLCHECK_OFF_BY_DEFAULT = [
  '.ql-editor',
  '[data-lexical-editor="true"]',
  '.public-DraftEditor-content',
  '.mce-content-body',
  '.cke_editable',
].join(',');

/**
 * The nearest ancestor that sets `spellcheck` decides, as it does for the browser: a field with
 * `spellcheck="true"` inside a form that switched it off is checked. Ancestors count across a
 * web component's shadow root, as the page's opt-outs below do.
 */
function spellcheckOff(field: Element): boolean {
  const decides = closestComposed(field, '[spellcheck]');
  return decides?.getAttribute('spellcheck')?.toLowerCase() === 'false' && !field.matches(SPELLCHECK_OFF_BY_DEFAULT);
}

/**
 * True when the field opted out (spell check off: search boxes, code, names; a checker's switch),
 * or is code or a one-line box.
 */
export function isNotProse(field: Element): boolean {
  return (
    spellcheckOff(field) ||
    closestComposed(field, `${OPTED_OUT}, ${CODE}, ${ONE_LINE}`) !== null ||
    isHiddenTextarea(field)
  );
}

/**
 * A textarea nobody sees: the one a rich-text editor (TinyMCE, CKEditor 4) hides and writes its
 * HTML into for the form, or a form's spare field. (Where the browser cannot tell, it counts as shown.)
 */
function isHiddenTextarea(field: Element): boolean {
  return field.localName === 'textarea' && typeof field.checkVisibility === 'function' && !field.checkVisibility();
}
