/**
 * How mail clients and mail editors mark what is not the writer's new words in an HTML message, as
 * CSS selectors: read by the generic site adapter in the page and by the command line in saved mail.
 */

/** Signature blocks (Gmail, Thunderbird, Outlook's "Signature" ids, most CRMs' "signature" class). */
export const SIGNATURE =
  '.gmail_signature, [data-smartmail="gmail_signature"], .moz-signature, [class*="signature" i], [id*="signature" i]';

/** Quoted history by structure: a quote, or a mail client's reply header. */
export const QUOTED = 'blockquote, .gmail_quote, .moz-cite-prefix, #divRplyFwdMsg, [id$="divRplyFwdMsg"]';

/** Outlook's marker above the thread it quotes: everything from here to the end is history. */
export const HISTORY_START = '#appendonsend, [id$="appendonsend"], #divRplyFwdMsg, [id$="divRplyFwdMsg"]';
