/**
 * Where a saved email's body parts lie in the file, and how each decoded character maps back to
 * it. postal-mime reads the message; this only finds, for the part it chose, the line and column
 * of each character in the file as an editor shows it (through quoted-printable soft breaks and
 * `=E2=80=99` escapes, or base64), so that findings point into the .eml itself.
 */

interface Part {
  contentType: string;
  encoding: string;
  charset: string;
  /** Offsets of the body in the file text. */
  bodyStart: number;
  bodyEnd: number;
}

/** A decoded body and, for each of its characters, the file offset it was written at (one more entry: the end). */
export interface MappedBody {
  text: string;
  offsets: Int32Array;
}

const MAX_DEPTH = 20;

function headerValue(headers: string, name: string): string {
  // Folded header lines continue with white space.
  const match = new RegExp(`^${name}:([^\\n]*(?:\\n[ \\t][^\\n]*)*)`, 'im').exec(headers);
  return match ? match[1]!.replace(/\s+/g, ' ').trim() : '';
}

function parameter(value: string, name: string): string {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match ? (match[1] ?? match[2] ?? '') : '';
}

/** The leaf parts of the entity at `[start, end)` of `source`, in order. */
function leafParts(source: string, start: number, end: number, depth: number, out: Part[]): void {
  const blank = /\r?\n\r?\n/g;
  blank.lastIndex = start;
  const gap = blank.exec(source);
  const headerEnd = gap && gap.index < end ? gap.index : end;
  const bodyStart = gap && gap.index < end ? gap.index + gap[0].length : end;
  const headers = source.slice(start, headerEnd).replace(/\r\n/g, '\n');
  const type = headerValue(headers, 'content-type') || 'text/plain';
  const contentType = type.split(';')[0]!.trim().toLowerCase();
  const boundary = parameter(type, 'boundary');
  if (contentType.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
    const delimiter = `--${boundary}`;
    let at = source.indexOf(delimiter, bodyStart);
    while (at !== -1 && at < end) {
      const lineEnd = source.indexOf('\n', at);
      if (lineEnd === -1 || source.startsWith(`${delimiter}--`, at)) break;
      const next = source.indexOf(`\n${delimiter}`, lineEnd);
      const partEnd = next === -1 || next > end ? end : next;
      leafParts(source, lineEnd + 1, source[partEnd - 1] === '\r' ? partEnd - 1 : partEnd, depth + 1, out);
      at = next === -1 ? -1 : next + 1;
    }
    return;
  }
  out.push({
    contentType,
    encoding: headerValue(headers, 'content-transfer-encoding').toLowerCase(),
    charset: parameter(type, 'charset').toLowerCase() || 'us-ascii',
    bodyStart,
    bodyEnd: end,
  });
}

/** Bytes read from the file, each with the offset it was written at. */
interface Bytes {
  values: number[];
  at: number[];
}

function quotedPrintable(source: string, start: number, end: number): Bytes {
  const out: Bytes = { values: [], at: [] };
  for (let i = start; i < end; i++) {
    const char = source[i]!;
    if (char === '=') {
      const soft = /^=[ \t]*\r?\n/.exec(source.slice(i, i + 80));
      if (soft) {
        i += soft[0].length - 1;
        continue;
      }
      const hex = source.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out.values.push(Number.parseInt(hex, 16));
        out.at.push(i);
        i += 2;
        continue;
      }
    }
    out.values.push(char.charCodeAt(0) & 0xff);
    out.at.push(i);
  }
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(source: string, start: number, end: number): Bytes {
  const out: Bytes = { values: [], at: [] };
  let buffer = 0;
  let bits = 0;
  let sextets = 0;
  let groupStart = start;
  for (let i = start; i < end; i++) {
    const value = BASE64.indexOf(source[i]!);
    if (value === -1) continue; // line breaks and padding
    // A byte's offset is its group of four characters: a byte has no character of its own.
    if (sextets++ % 4 === 0) groupStart = i;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.values.push((buffer >> bits) & 0xff);
      out.at.push(groupStart);
    }
  }
  return out;
}

const UTF8 = new Set(['utf-8', 'utf8']);

/** Bytes turned into text in `charset`, each character at the offset of its first byte. */
function decodeBytes(bytes: Bytes, charset: string, end: number): MappedBody | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return undefined;
  }
  const text = decoder.decode(Uint8Array.from(bytes.values));
  const offsets = new Int32Array(text.length + 1);
  let byte = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = bytes.at[byte] ?? end;
    const code = text.codePointAt(i)!;
    if (!UTF8.has(charset)) byte++;
    else byte += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (code > 0xffff) offsets[++i] = offsets[i - 1]!;
  }
  offsets[text.length] = end;
  // One byte a character, or UTF-8: other charsets (Shift JIS, …) give no map.
  return byte === bytes.values.length ? { text, offsets } : undefined;
}

function decodePart(source: string, part: Part): MappedBody | undefined {
  const { bodyStart: start, bodyEnd: end } = part;
  if (part.encoding === 'quoted-printable') return decodeBytes(quotedPrintable(source, start, end), part.charset, end);
  if (part.encoding === 'base64') return decodeBytes(base64(source, start, end), part.charset, end);
  // 7bit, 8bit, binary: the file text is the body (read as UTF-8, as the file was).
  const offsets = new Int32Array(end - start + 1);
  for (let i = 0; i <= end - start; i++) offsets[i] = start + i;
  return { text: source.slice(start, end), offsets };
}

const comparable = (text: string) => text.replace(/\r\n?/g, '\n').trimEnd();

/**
 * The body part of `contentType` whose decoding is `expected` (what postal-mime read), mapped
 * back to the file; undefined when no part decodes to it here (an unusual charset or encoding).
 */
export function mapBody(source: string, contentType: string, expected: string): MappedBody | undefined {
  const parts: Part[] = [];
  leafParts(source, 0, source.length, 0, parts);
  const want = comparable(expected);
  for (const part of parts) {
    if (part.contentType !== contentType) continue;
    const body = decodePart(source, part);
    if (body && comparable(body.text) === want) return body;
  }
  return undefined;
}
