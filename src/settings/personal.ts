import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { RulePack } from '../rules/types';
import { validatePack } from '../rules/validate';
import { disabledRules, personalCopy } from './items';
import type { PersonalCopy, PersonalStorage, PersonalSyncMeta } from './model';

/**
 * The personal rule pack: the user's own phrase rules, the rules they switched off (`disable`) and
 * any `overrides`. Named "personal", so its rule ids read `personal/…`; merged last.
 *
 * Where it lives:
 * - storage.sync, while it fits the quotas: the pack's JSON split into chunks `personal.0`,
 *   `personal.1`, … plus `personal.meta` (count, bytes, hash), all written in one `set`. A reader
 *   that finds a set whose chunks do not add up to the meta (another browser's write half synced)
 *   uses this browser's copy instead, never a broken pack.
 * - storage.local (`personal`, see items.ts): this browser's copy, written on every save. When the
 *   pack no longer fits the sync quotas (or sync refuses the write), it is saved here only, marked
 *   'local', and this browser stops reading the synced copy until a save fits again; the UI tells
 *   the user their rules no longer sync. The synced copy is left as it was, for other browsers.
 */

export const PERSONAL_PACK_NAME = 'personal';
/** Names the pack in validation errors: `personal rules: rules[2].phrases[0]: …`. */
export const PERSONAL_SOURCE = 'personal rules';

export const emptyPersonalPack = (): RulePack => ({ name: PERSONAL_PACK_NAME, version: '1', rules: [], disable: [] });

// ---------------------------------------------------------------------------------------------
// Chunking for storage.sync (pure)

export const SYNC_META_KEY = 'personal.meta';
export const syncChunkKey = (i: number) => `personal.${i}`;
const CHUNK_KEY = /^personal\.\d+$/;

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
export const utf8Bytes = (s: string) => encoder.encode(s).length;

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

export interface ChunkedPack {
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

// ---------------------------------------------------------------------------------------------
// Validation

/** A stored or given pack checked as a personal pack; errors are located (`personal rules: …`). */
function checkPersonal(value: unknown): { pack?: RulePack; errors: string[] } {
  const result = validatePack(value, PERSONAL_SOURCE);
  if (result.pack && result.pack.name !== PERSONAL_PACK_NAME) {
    return { errors: [`${PERSONAL_SOURCE}: name: must be "${PERSONAL_PACK_NAME}"`] };
  }
  return result;
}

const usableCopy = (value: unknown): PersonalCopy | undefined => {
  const copy = value as PersonalCopy | null;
  if (!copy || typeof copy !== 'object' || !copy.pack || typeof copy.pack !== 'object') return undefined;
  if (copy.pack.name !== PERSONAL_PACK_NAME) return undefined;
  return { ...copy, storage: copy.storage === 'local' ? 'local' : 'sync', hash: String(copy.hash ?? '') };
};

// ---------------------------------------------------------------------------------------------
// Storage

export interface PersonalState {
  pack: RulePack;
  storage: PersonalStorage;
}

async function readSyncArea(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.sync.get(null)) as Record<string, unknown>;
  } catch {
    return {}; // sync unavailable (disabled by policy, or an API error): this browser's copy serves
  }
}

/** Reads without running the migration (the migration itself uses it). */
async function readPersonal(): Promise<PersonalState> {
  const local = usableCopy(await personalCopy.getValue());
  if (local?.storage === 'local') return { pack: local.pack, storage: 'local' };
  const { meta, chunks } = chunksFromArea(await readSyncArea());
  const json = joinChunks(meta, chunks);
  if (json !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      parsed = undefined;
    }
    const { pack } = checkPersonal(parsed);
    if (pack) {
      const hash = (meta as PersonalSyncMeta).hash;
      if (local?.hash !== hash) await keepSyncedCopy(local?.hash, { pack, storage: 'sync', hash, savedAt: Date.now() });
      return { pack, storage: 'sync' };
    }
  }
  return { pack: local?.pack ?? emptyPersonalPack(), storage: 'sync' };
}

/**
 * Takes a newer synced copy (saved in another browser) as this browser's copy, so a later
 * half-written set falls back to it rather than to something older. Only if this browser's copy is
 * still the one just read: a save meanwhile (possibly too large to sync) must not be overwritten.
 */
async function keepSyncedCopy(readHash: string | undefined, copy: PersonalCopy): Promise<void> {
  try {
    const now = usableCopy(await personalCopy.getValue());
    if (now?.hash === readHash && now?.storage !== 'local') await personalCopy.setValue(copy);
  } catch {
    // Only a cache: the synced copy is still read next time.
  }
}

async function writePersonal(pack: RulePack): Promise<PersonalStorage> {
  const json = JSON.stringify(pack);
  const chunked = chunkPack(json);
  let where: PersonalStorage = 'local';
  if (fitsSync(chunked)) {
    try {
      const area = await readSyncArea();
      const items: Record<string, unknown> = { [SYNC_META_KEY]: chunked.meta };
      chunked.chunks.forEach((chunk, i) => (items[syncChunkKey(i)] = chunk));
      // One set: meta and chunks land together in this browser, and readers check the hash anyway.
      await browser.storage.sync.set(items);
      const stale = Object.keys(area).filter(
        (k) => CHUNK_KEY.test(k) && Number(k.slice('personal.'.length)) >= chunked.chunks.length,
      );
      if (stale.length) await browser.storage.sync.remove(stale);
      where = 'sync';
    } catch (error) {
      // Over a quota after all, write rate exceeded, or sync switched off: keep it in this browser.
      console.warn(
        'Connection First: personal rules could not be saved to storage.sync; kept in this browser only',
        error,
      );
    }
  }
  await personalCopy.setValue({ pack, storage: where, hash: chunked.meta.hash, savedAt: Date.now() });
  return where;
}

// The old `disabledRules` item moves into the personal pack's `disable`, once per context start
// until it is gone (two contexts doing it at once reach the same result).
const FULL_ID = /^[a-z0-9][a-z0-9-]{0,63}\/[a-z0-9][a-z0-9-]{0,63}$/;
let migration: Promise<void> | undefined;

export function migrateDisabledRules(): Promise<void> {
  return (migration ??= (async () => {
    const old = await storage.getItem<unknown>(disabledRules.key);
    if (old == null) return;
    const ids = Array.isArray(old) ? old.filter((id): id is string => typeof id === 'string' && FULL_ID.test(id)) : [];
    const { pack } = await readPersonal();
    const disable = [...new Set([...(pack.disable ?? []), ...ids])];
    if (disable.length !== (pack.disable ?? []).length) await writePersonal({ ...pack, disable });
    await storage.removeItems([disabledRules.key, `${disabledRules.key}$`]);
  })().catch((error) => {
    console.error('Connection First: moving turned-off rules into the personal pack failed; will retry', error);
    migration = undefined;
  }));
}

/** The personal pack and where it lives. Never throws for bad stored data: an empty pack instead. */
export async function loadPersonalPack(): Promise<PersonalState> {
  await migrateDisabledRules();
  return readPersonal();
}

/**
 * Validates and saves the personal pack; answers where it went. Throws an Error whose message lists
 * every problem, one per line with its location (`personal rules: rules[0].phrases[1]: …`), and
 * saves nothing, when the pack is invalid.
 */
export async function savePersonalPack(pack: RulePack): Promise<PersonalStorage> {
  const { pack: valid, errors } = checkPersonal(pack);
  if (!valid) throw new Error(errors.join('\n'));
  await migrateDisabledRules();
  return writePersonal(JSON.parse(JSON.stringify(valid)) as RulePack);
}

// Changes from this context go one after another, so two quick clicks both land.
let queue: Promise<unknown> = Promise.resolve();
function update(change: (pack: RulePack) => RulePack | undefined): Promise<void> {
  const run = queue.then(async () => {
    const { pack } = await loadPersonalPack();
    const next = change(pack);
    if (next) await savePersonalPack(next);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Switches a rule off everywhere (its full id, `default/synergy`): the card's "turn off this rule". */
export function disableRule(id: string): Promise<void> {
  if (!FULL_ID.test(id)) return Promise.reject(new Error(`"${id}" is not a full rule id like "default/synergy"`));
  return update((pack) =>
    pack.disable?.includes(id) ? undefined : { ...pack, disable: [...(pack.disable ?? []), id] },
  );
}

/** Switches a rule the user turned off back on. */
export function enableRule(id: string): Promise<void> {
  return update((pack) =>
    pack.disable?.includes(id) ? { ...pack, disable: pack.disable.filter((d) => d !== id) } : undefined,
  );
}

/** Keys whose change may change the personal pack, by storage area. */
export function touchesPersonal(changes: Record<string, unknown>, area: string): boolean {
  if (area === 'local') return personalCopy.key.slice('local:'.length) in changes;
  if (area === 'sync') return Object.keys(changes).some((k) => k === SYNC_META_KEY || CHUNK_KEY.test(k));
  return false;
}

const WATCH_DEBOUNCE_MS = 50;

/**
 * Calls back with the personal pack after each change (a save here, in another tab or in another
 * browser through sync); a burst of changes (chunks, meta, local copy) gives one call.
 */
export function watchPersonalPack(cb: (value: PersonalState) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let stopped = false;
  let last = '';
  const run = () => {
    const mine = ++seq;
    loadPersonalPack().then(
      (value) => {
        const key = `${value.storage}\u0000${JSON.stringify(value.pack)}`;
        if (stopped || mine !== seq || key === last) return;
        last = key;
        cb(value);
      },
      (error) => console.error('Connection First: reading personal rules failed', error),
    );
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (!touchesPersonal(changes, area)) return;
    clearTimeout(timer);
    timer = setTimeout(run, WATCH_DEBOUNCE_MS);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(listener);
  };
}
