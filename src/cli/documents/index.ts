import { extname } from 'node:path';
import { decodeText } from '../read-input';
import { type CheckedDocument, textPlaces } from './document';

export type { CheckedDocument, Place } from './document';

/** The kinds of file the command line reads. */
export type FileFormat = 'text' | 'markdown' | 'html' | 'eml' | 'docx' | 'odt';

const BY_EXTENSION: Record<string, FileFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.eml': 'eml',
  '.docx': 'docx',
  '.odt': 'odt',
};

/** The extensions a folder is searched for. */
export const DOCUMENT_EXTENSIONS = Object.keys(BY_EXTENSION);

const formatByName = (name: string): FileFormat | undefined => BY_EXTENSION[extname(name).toLowerCase()];

const latin1 = (bytes: Uint8Array, length: number) => Buffer.from(bytes.subarray(0, length)).toString('latin1');

// Headers a saved message starts with; a text that begins with a few "Name: value" lines and one of these is mail.
const MAIL_HEADERS = /^(?:from|to|subject|date|received|return-path|message-id|mime-version|delivered-to):/im;

/** What a file is from its first bytes, for piped input and unknown extensions. */
function sniff(bytes: Uint8Array): FileFormat | { error: string } {
  const head = latin1(bytes, 4096);
  if (head.startsWith('PK\u0003\u0004')) {
    if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return 'odt';
    // A .docx's parts are listed at the end of the zip; its first entry names them too.
    if (latin1(bytes, bytes.length).includes('word/document.xml')) return 'docx';
    return { error: 'is a zip archive, but not a Word (.docx) or OpenDocument (.odt) document' };
  }
  if (head.startsWith('%PDF')) return { error: 'is a PDF; save it as .docx or text to check it' };
  // The compound-file signature of Office 97–2003: .doc, and Outlook's .msg.
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1'))
    return { error: 'is an older Office file (.doc, or an Outlook .msg); save it as .docx, .eml or text to check it' };
  // Its words sit among control words ("{\rtf1\ansi …"): read as text, each would count against the prose.
  if (head.startsWith('{\\rtf'))
    return { error: 'is a Rich Text (.rtf) document; save it as .docx or text to check it' };
  // UTF-16 text holds a zero byte in every ASCII character; decodeText reads it by its byte order mark.
  const utf16 = /^(?:\u00ff\u00fe|\u00fe\u00ff)/.test(head);
  if (!utf16 && head.includes('\u0000')) return { error: 'is a binary file, not text or a document this tool reads' };
  const text = utf16 ? decodeText(bytes.subarray(0, 4096)) : head.replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '');
  if (/^\s*<(?:!doctype\s+html|html|head|body)\b/i.test(text)) return 'html';
  const headerLines = /^(?:[!-9;-~]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){2,}/.exec(text);
  if (headerLines && MAIL_HEADERS.test(headerLines[0])) return 'eml';
  return 'text';
}

const isZipped = (format: FileFormat) => format === 'docx' || format === 'odt';

/**
 * The format of a file named `name` (`undefined` for piped input without --stdin-filename). A
 * text-like name is trusted only over content that could be text: a document or binary file that
 * was renamed .txt is read as what it is, or refused by name, never checked as characters.
 */
export function formatOf(name: string | undefined, bytes: Uint8Array): FileFormat | { error: string } {
  const named = name ? formatByName(name) : undefined;
  if (named && isZipped(named)) return named;
  const sniffed = sniff(bytes);
  return !named || typeof sniffed === 'object' || isZipped(sniffed) ? sniffed : named;
}

/**
 * A file's prose for the engine. Each reader is loaded only when a file needs it: a check of a
 * text file never pays for an HTML parser or a zip library.
 */
export async function readDocument(bytes: Uint8Array, format: FileFormat): Promise<CheckedDocument> {
  switch (format) {
    case 'text': {
      const text = decodeText(bytes);
      return { text, genre: 'email', reply: false, place: textPlaces(text) };
    }
    case 'markdown':
      return (await import('./markdown')).readMarkdown(decodeText(bytes));
    case 'html':
      return (await import('./html')).readHtml(decodeText(bytes));
    case 'eml':
      return (await import('./eml')).readEml(decodeText(bytes));
    case 'docx':
      return (await import('./docx')).readDocx(bytes);
    case 'odt':
      return (await import('./odt')).readOdt(bytes);
  }
}
