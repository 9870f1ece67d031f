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
 * UTF-8 without a leading byte order mark, as some editors save it: offsets then index what
 * editors show and what any JavaScript consumer's TextDecoder gives.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A file's text (a rule pack, a config), decoded as decodeUtf8 does. */
export async function readText(path: string): Promise<string> {
  return decodeUtf8(await readFile(path));
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
