import type { PersonalSyncMeta } from '../model';

/**
 * The personal pack's copy in storage.sync, as pure functions: its JSON split into chunks
 * `personal.0`, `personal.1`, … that each fit one sync item, plus `personal.meta` (count, bytes,
 * hash), which lets a reader tell a complete set from one another browser has half-synced.
 */

export const SYNC_META_KEY = 'personal.meta';
export const syncChunkKey = (i: number) => `personal.${i}`;
const CHUNK_KEY = /^personal\.\d+$/;

/** Whether a sync key is one of the pack's chunks (`personal.0`, `personal.1`, …). */
export const isChunkKey = (key: string) => CHUNK_KEY.test(key);

/**
 * storage.sync's quotas (Chrome and Firefox): 8,192 bytes per item counting its key and its value's
 * JSON, 102,400 bytes in all, 512 items. Ours stay well inside, leaving room for encoding
 * differences between browsers and for other keys.
 */
export const SYNC_LIMITS = {
  bytesPerItem: 7_800,
  totalBytes: 90_000,
  items: 400,
} as const;

const encoder = new TextEncoder();
const utf8Bytes = (s: string) => encoder.encode(s).length;

/** What one item costs against the quotas: its key plus its value as JSON, in UTF-8 bytes. */
export const itemBytes = (key: string, value: unknown) => utf8Bytes(key) + utf8Bytes(JSON.stringify(value));

/** A fast 53-bit string hash (cyrb53), hex: enough to tell a complete chunk set from a half-written one. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** Bytes a code point adds inside a JSON string value (escapes included). */
function jsonCharBytes(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c >= 0x20 && c < 0x7f) return c === 0x22 || c === 0x5c ? 2 : 1;
  return utf8Bytes(JSON.stringify(ch)) - 2;
}

interface ChunkedPack {
  meta: PersonalSyncMeta;
  chunks: string[];
}

/**
 * Splits a pack's JSON into chunks that each fit one sync item (key + quoted value), never
 * splitting a character. `bytesPerItem` is for tests.
 */
export function chunkPack(json: string, bytesPerItem: number = SYNC_LIMITS.bytesPerItem): ChunkedPack {
  const chunks: string[] = [];
  let current = '';
  let used = 0;
  const room = () => bytesPerItem - utf8Bytes(syncChunkKey(chunks.length)) - 2; // 2: the quotes
  let limit = room();
  for (const ch of json) {
    const cost = jsonCharBytes(ch);
    if (used + cost > limit && current) {
      chunks.push(current);
      current = '';
      used = 0;
      limit = room();
    }
    current += ch;
    used += cost;
  }
  if (current || chunks.length === 0) chunks.push(current);
  return { meta: { format: 1, chunks: chunks.length, bytes: utf8Bytes(json), hash: hashText(json) }, chunks };
}

/** True when the chunk set and its meta fit the sync quotas with our margins. */
export function fitsSync({ meta, chunks }: ChunkedPack, limits: typeof SYNC_LIMITS = SYNC_LIMITS): boolean {
  if (chunks.length + 1 > limits.items) return false;
  let total = itemBytes(SYNC_META_KEY, meta);
  for (let i = 0; i < chunks.length; i++) {
    const bytes = itemBytes(syncChunkKey(i), chunks[i]);
    if (bytes > limits.bytesPerItem) return false;
    total += bytes;
  }
  return total <= limits.totalBytes;
}

const isMeta = (value: unknown): value is PersonalSyncMeta => {
  const m = value as PersonalSyncMeta | null;
  return (
    !!m &&
    typeof m === 'object' &&
    m.format === 1 &&
    Number.isInteger(m.chunks) &&
    m.chunks >= 1 &&
    m.chunks <= SYNC_LIMITS.items &&
    typeof m.hash === 'string' &&
    typeof m.bytes === 'number'
  );
};

/**
 * The JSON a chunk set holds, or undefined when it is missing, of an unknown format, or does not
 * add up to its meta (a chunk missing or from another write): the caller keeps its local copy.
 */
export function joinChunks(meta: unknown, chunks: readonly unknown[]): string | undefined {
  if (!isMeta(meta) || chunks.length < meta.chunks) return undefined;
  const parts = chunks.slice(0, meta.chunks);
  if (!parts.every((c): c is string => typeof c === 'string')) return undefined;
  const json = parts.join('');
  if (utf8Bytes(json) !== meta.bytes || hashText(json) !== meta.hash) return undefined;
  return json;
}

/** Reads a whole sync area snapshot: meta and chunks in index order. */
export function chunksFromArea(area: Record<string, unknown>): { meta: unknown; chunks: unknown[] } {
  const meta = area[SYNC_META_KEY];
  const count = isMeta(meta) ? meta.chunks : 0;
  return { meta, chunks: Array.from({ length: count }, (_, i) => area[syncChunkKey(i)]) };
}

/**
 * The chunk keys in a sync area snapshot beyond a set of `count` chunks: left over from a larger
 * save, and removed so they do not use up the quotas.
 */
export function staleChunkKeys(area: Record<string, unknown>, count: number): string[] {
  return Object.keys(area).filter((key) => isChunkKey(key) && Number(key.slice('personal.'.length)) >= count);
}
