import { Readable } from 'node:stream';
import type JSZip from 'jszip';

/** What the readers of zipped document packages (.docx, .odt) share: limits on hostile files, and text clean-up. */

/** More XML than any proposal holds: past it, a file is a zip bomb. */
export const MAX_XML_BYTES = 50 * 1024 * 1024;
/** Deeper nesting than any word processor writes: past it, a file is built to exhaust the stack. */
export const MAX_NESTING = 256;

/**
 * The entry's bytes, or undefined once they pass `limit`: inflating stops there, so a zip bomb
 * costs no more than the limit. (jszip's own size field is internal and may lie.)
 */
export async function inflateWithin(entry: JSZip.JSZipObject, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  // jszip streams the old way; wrapped, the stream stops inflating when the loop is left.
  for await (const chunk of new Readable().wrap(entry.nodeStream('nodebuffer'))) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A paragraph's lines trimmed, without blank ones: a blank line would read as the end of its block. */
export const joinLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');

const MAX_REASON = 200;

/**
 * Words from a file or a parser's message about it, fit for a terminal: on one line, without
 * control characters (an escape sequence in a hostile file would reach it raw), and short.
 */
export function printable(text: string): string {
  const line = text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON)}…` : line;
}
