import { HISTORY_START } from '../markup/mail-html';
import type { SiteAdapter } from './types';
import { closeUndoStep, markTyped } from './undo-steps';

// "Signature", "x_Signature", "ms-outlook-mobile-signature"…: Outlook names its signature block by id.
const SIGNATURE = '[id*="signature" i]';

function historyStart(editor: HTMLElement): Element | null {
  const marker = editor.querySelector(HISTORY_START);
  if (!marker) return null;
  // The separator line just before the reply header belongs to the history too.
  const previous = marker.previousElementSibling;
  return previous?.tagName === 'HR' ? previous : marker;
}

/*
 * Outlook's editor (roosterjs) keeps its own undo history: it snapshots on a mouse click in the body
 * and at word boundaries, and learns that text was typed from key events, not from input events.
 * So that one Ctrl+Z takes back exactly a replacement: a click before it closes the step of the
 * last typed word, and a key press after it marks the replacement as new typing.
 */

export const outlook: SiteAdapter = {
  id: 'outlook',
  label: 'Outlook',
  hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
  editorSelector: '[id^="editorParent_"] [contenteditable], div[role="textbox"][contenteditable]',
  // The recipient and search boxes are editable too: one-line, or inside a combobox or search.
  isEditor: (element) =>
    element.getAttribute('aria-multiline') !== 'false' &&
    !element.closest('[role="combobox"], [role="search"], [role="listbox"]'),
  excludedSelector: `${SIGNATURE}, #divRplyFwdMsg, blockquote`,
  signatureSelector: SIGNATURE,
  historyStart,
  beforeReplace: closeUndoStep,
  afterReplace: markTyped,
  // Only a preference for placing the card: in another language the label differs and nothing is avoided.
  sendBarSelector: '[data-testid="ComposeSendButton"], button[aria-label="Send"]',
  composeRoot: (editor) =>
    editor.closest<HTMLElement>('[role="dialog"], [role="main"], [id^="editorParent_"]') ??
    editor.parentElement ??
    editor,
};
