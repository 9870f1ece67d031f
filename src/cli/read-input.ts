import { access, constants, readFile, stat } from 'node:fs/promises';

export const STDIN = '-';

let stdinBytes: Promise<Uint8Array> | undefined;

async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Standard input's bytes, read once even if named twice. */
export function readStdinBytes(): Promise<Uint8Array> {
  return (stdinBytes ??= readAllStdin());
}

/**
 * A text document's characters. UTF-16 when it starts with that byte order mark (Windows Notepad's
 * "Unicode"); UTF-8 when it reads as UTF-8; Windows-1252 when no byte of it does, as older Windows
 * editors and mail clients' "save as text" write it. Read as UTF-8, such a file's curly apostrophes
 * (byte 0x92) would each become U+FFFD, and "we’re sorry you feel" would no longer read as words.
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff && 'utf-16be';
  // Decoders are made per call, not at load: the CLI's start-up snapshot holds none.
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  // UTF-8 with a stray bad byte or a byte order mark stays UTF-8: one U+FFFD beats mangling every other character.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const legacy = !bom && utf8.includes('\ufffd') && !/[^\0-\x7f\ufffd]/.test(utf8);
  return legacy ? decodeWindows1252(bytes) : utf8;
}

// Windows-1252's bytes 0x80–0x9f (the WHATWG index); the rest match Latin-1. Spelled out because
// node 20's TextDecoder('windows-1252') decodes these as Latin-1's control characters.
const WINDOWS_1252_80_9F =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]!);
}

/** A file's text (a rule pack, a config), decoded as decodeText does: Notepad's UTF-16 is read too. */
export async function readText(path: string): Promise<string> {
  return decodeText(await readFile(path));
}

/** Why `path` cannot be read, checked before any output so a typo fails fast and cleanly. */
export async function unreadableReason(path: string): Promise<string | undefined> {
  if (path === STDIN) return undefined;
  try {
    const info = await stat(path);
    await access(path, info.isDirectory() ? constants.R_OK | constants.X_OK : constants.R_OK);
    return undefined;
  } catch (error) {
    return describeFsError(error);
  }
}

export function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return (error as Error).message;
  }
}
