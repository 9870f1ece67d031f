import { access, constants, readFile, stat } from 'node:fs/promises';

export const STDIN = '-';

let stdinText: Promise<string> | undefined;

/**
 * Decodes UTF-8 and drops a leading byte order mark. Offsets reported in JSON index this
 * BOM-less text: it is what editors show and what `TextDecoder` gives any JavaScript consumer,
 * so `text.slice(start, end)` matches for them.
 */
function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decode(Buffer.concat(chunks));
}

/** The whole input as text; `-` is standard input, read once even if named twice. */
export async function readInput(path: string): Promise<string> {
  if (path === STDIN) return (stdinText ??= readStdin());
  return decode(await readFile(path));
}

/** Why `path` cannot be read, checked before any output so a typo fails fast and cleanly. */
export async function unreadableReason(path: string): Promise<string | undefined> {
  if (path === STDIN) return undefined;
  try {
    if ((await stat(path)).isDirectory()) return 'is a directory';
    await access(path, constants.R_OK);
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
