import PostalMime from 'postal-mime';
import type { CheckedText } from './checked-text';
import { type CheckedDocument, textPlaces } from './document';
import { htmlProse } from './html';
import { type MappedBody, mapBody } from './mime-source';

/** The sender as the From header names them: their name and address tell the opening who "we" are. */
function senderOf(from: { name?: string; address?: string } | undefined): string | undefined {
  if (!from) return undefined;
  return [from.name, from.address && `<${from.address}>`].filter(Boolean).join(' ') || undefined;
}

/** Offsets in the decoded body taken to offsets in the file; without a map, the body's first line. */
function toFile(source: string, body: MappedBody | undefined, fallback: number) {
  return (start: number, end: number): [number, number] => {
    if (!body) return [fallback, fallback];
    const at = (offset: number) => body.offsets[Math.min(Math.max(offset, 0), body.text.length)]!;
    if (end <= start) return [at(start), at(start)];
    // The end is where the next character was written, past the last one's escape, unless a
    // soft line break lies between them: then just past the last character's first byte.
    const last = at(end - 1);
    const next = at(end);
    return [at(start), source.lastIndexOf('\n', next - 1) >= last ? last + 1 : next];
  };
}

/**
 * A saved email (.eml), read with postal-mime: its HTML part as shown (quoted history and the
 * signature left out by structure), or its text part; the engine's plain-text rules then leave out
 * what a text part quotes ("On … wrote:", "> " lines, "-- ").
 */
export async function readEml(source: string): Promise<CheckedDocument> {
  const email = await PostalMime.parse(source);
  const sender = senderOf(email.from);
  const html = email.html?.trim() ? email.html : undefined;
  const body = html ? mapBody(source, 'text/html', html) : mapBody(source, 'text/plain', email.text ?? '');
  const fallback = source.search(/\r?\n\r?\n/) + 1;
  const mapped = toFile(source, body, fallback);
  if (html) {
    const decoded = body?.text ?? html;
    const { checked, reply, signature } = htmlProse(decoded);
    const place = textPlaces(source, composed(checked, mapped));
    const named = [sender, signature].filter(Boolean).join('\n') || undefined;
    return { text: checked.text, genre: 'email', reply, sender: named, place };
  }
  const text = body?.text ?? email.text ?? '';
  return { text, genre: 'email', reply: false, sender, place: textPlaces(source, { sourceRange: mapped }) };
}

function composed(checked: CheckedText, toSource: (start: number, end: number) => [number, number]) {
  return { sourceRange: (start: number, end: number) => toSource(...checked.sourceRange(start, end)) };
}
