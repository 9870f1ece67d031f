import { isNotProse } from './prose-fields';
import type { SiteAdapter } from './types';

/** Signature blocks as mail editors and mail clients mark them (Gmail, Thunderbird, most CRMs' "signature" class). */
const SIGNATURE =
  '.gmail_signature, [data-smartmail="gmail_signature"], .moz-signature, [class*="signature" i], [id*="signature" i]';

/** Quoted history by structure: a quote, or a mail client's reply header. */
const QUOTED = 'blockquote, .gmail_quote, .moz-cite-prefix, #divRplyFwdMsg, [id$="divRplyFwdMsg"]';

/**
 * Any site the user or an administrator turned on (src/sites/origins.ts) that no adapter knows:
 * every editable prose field on the page, as rich-text editors build them (CKEditor 5, TinyMCE's
 * inline mode, Quill, ProseMirror and Tiptap, Lexical, Draft.js all edit a `contenteditable`
 * element). Fields that are not prose are left alone (prose-fields.ts).
 */
export const generic: SiteAdapter = {
  id: 'generic',
  label: 'this site',
  hosts: [],
  editorSelector: '[contenteditable]',
  isEditor: (element) => !isNotProse(element),
  excludedSelector: `${QUOTED}, ${SIGNATURE}`,
  signatureSelector: SIGNATURE,
  composeRoot: (editor) => editor.closest<HTMLElement>('form, [role="dialog"]') ?? editor.parentElement ?? editor,
};
