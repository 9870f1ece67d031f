import type { SiteAdapter } from './types';

// Gmail marks its rich-text bodies with g_editable; aria-labels are translated, classes change.
const SIGNATURE = '.gmail_signature, [data-smartmail="gmail_signature"]';
const QUOTED_OR_SIGNATURE = ['.gmail_quote', '.gmail_quote_container', '.gmail_attr', 'blockquote', SIGNATURE].join(
  ',',
);

export const gmail: SiteAdapter = {
  id: 'gmail',
  label: 'Gmail',
  hosts: ['mail.google.com'],
  // g_editable marks every body (new, reply, pop-out); the class trio is the fallback should it go.
  editorSelector: 'div[g_editable="true"][contenteditable], div.Am.Al.editable[role="textbox"][contenteditable]',
  excludedSelector: QUOTED_OR_SIGNATURE,
  signatureSelector: SIGNATURE,
  // The bar under the body (btC) with the Send button (aoO); no attribute names them in every language.
  sendBarSelector: '.btC, [role="button"].aoO',
  // New message and pop-out composes sit in a dialog; inline replies and forwards in the thread's table cell.
  composeRoot: (editor) =>
    editor.closest<HTMLElement>('[role="dialog"], .M9, form, td') ?? editor.parentElement ?? editor,
};
