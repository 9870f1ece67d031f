import type { SiteAdapter } from './types';

const SIGNATURE = '#Signature, [id^="Signature" i], [id$="_Signature" i]';
// Outlook puts the thread below a marker; everything from the marker to the end is history.
const HISTORY_START = '#appendonsend, [id$="appendonsend"], #divRplyFwdMsg, [id$="divRplyFwdMsg"]';

function historyStart(editor: HTMLElement): Element | null {
  const marker = editor.querySelector(HISTORY_START);
  if (!marker) return null;
  // The separator line just before the reply header belongs to the history too.
  const previous = marker.previousElementSibling;
  return previous?.tagName === 'HR' ? previous : marker;
}

export const outlook: SiteAdapter = {
  id: 'outlook',
  label: 'Outlook',
  hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
  editorSelector: '[id^="editorParent_"] [contenteditable="true"], div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
  // The recipient and search boxes are editable too; the body is never inside a combobox or search.
  isEditor: (element) => !element.closest('[role="combobox"], [role="search"], [role="listbox"]'),
  excludedSelector: `${SIGNATURE}, #divRplyFwdMsg, blockquote`,
  historyStart,
  composeRoot: (editor) => editor.closest<HTMLElement>('[role="dialog"], [role="main"], [id^="editorParent_"]') ?? editor.parentElement ?? editor,
};
