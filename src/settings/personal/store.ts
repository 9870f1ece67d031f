import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { RulePack } from '../../rules/types';
import { disabledRules, personalCopy } from '../items';
import type { PersonalCopy, PersonalStorage, PersonalSyncMeta } from '../model';
import { checkPersonal, emptyPersonalPack, isFullRuleId, usableCopy } from './check';
import {
  chunkPack,
  chunksFromArea,
  fitsSync,
  joinChunks,
  SYNC_META_KEY,
  staleChunkKeys,
  syncChunkKey,
} from './sync-chunks';

/**
 * Reading and writing the personal pack, with nothing to order them: callers that write go through
 * queue.ts, so that two writes from this context never interleave.
 *
 * Where it lives:
 * - storage.sync, while it fits the quotas: the pack's JSON in chunks plus a meta item (see
 *   sync-chunks.ts), all written in one `set`. A reader that finds a set whose chunks do not add up
 *   to the meta (another browser's write half synced) uses this browser's copy instead, never a
 *   broken pack.
 * - storage.local (`personal`, see items.ts): this browser's copy, written on every save. When the
 *   pack no longer fits the sync quotas (or sync refuses the write), it is saved here only, marked
 *   'local', and this browser stops reading the synced copy until a save fits again; the UI tells
 *   the user their rules no longer sync. The synced copy is left as it was, for other browsers.
 */

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

/** The synced pack if the chunk set is complete and holds a valid personal pack, with its hash. */
function syncedPack(area: Record<string, unknown>): { pack: RulePack; hash: string } | undefined {
  const { meta, chunks } = chunksFromArea(area);
  const json = joinChunks(meta, chunks);
  if (json === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  const { pack } = checkPersonal(parsed);
  return pack && { pack, hash: (meta as PersonalSyncMeta).hash };
}

/** The personal pack and where it lives. Never throws for bad stored data: an empty pack instead. */
export async function readPersonal(): Promise<PersonalState> {
  const local = usableCopy(await personalCopy.getValue());
  if (local?.storage === 'local') return { pack: local.pack, storage: 'local' };
  const synced = syncedPack(await readSyncArea());
  if (synced) {
    const { pack, hash } = synced;
    if (local?.hash !== hash) await keepSyncedCopy(local?.hash, { pack, storage: 'sync', hash, savedAt: Date.now() });
    return { pack, storage: 'sync' };
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

/** Saves a valid pack to storage.sync when it fits, and always to this browser's copy; answers where it lives. */
export async function writePersonal(pack: RulePack): Promise<PersonalStorage> {
  const chunked = chunkPack(JSON.stringify(pack));
  let where: PersonalStorage = 'local';
  if (fitsSync(chunked)) {
    try {
      const area = await readSyncArea();
      const items: Record<string, unknown> = { [SYNC_META_KEY]: chunked.meta };
      for (const [i, chunk] of chunked.chunks.entries()) items[syncChunkKey(i)] = chunk;
      // One set: meta and chunks land together in this browser, and readers check the hash anyway.
      await browser.storage.sync.set(items);
      const stale = staleChunkKeys(area, chunked.chunks.length);
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
  await keepLocalCopy({ pack, storage: where, hash: chunked.meta.hash, savedAt: Date.now() });
  return where;
}

/**
 * Writes this browser's copy. storage.local is shared with the team lists' copies, so it may be
 * full: a save that reached storage.sync still stands, and the older local copy is removed so it
 * cannot hide the new one from the next read. A save kept in this browser only fails.
 */
async function keepLocalCopy(copy: PersonalCopy): Promise<void> {
  try {
    await personalCopy.setValue(copy);
  } catch (error) {
    if (copy.storage !== 'sync') throw error;
    console.warn('Connection First: this browser could not keep a copy of your rules; the synced copy is used', error);
    await personalCopy.removeValue();
  }
}

/**
 * Moves the old `disabledRules` item (rules switched off from a card, before the personal pack
 * existed) into the pack's `disable`, then removes it. Running it twice, or in two contexts at
 * once, reaches the same result.
 */
export async function moveDisabledRules(): Promise<void> {
  const old = await storage.getItem<unknown>(disabledRules.key);
  if (old == null) return;
  const ids = Array.isArray(old) ? old.filter(isFullRuleId) : [];
  const { pack } = await readPersonal();
  const disable = [...new Set([...(pack.disable ?? []), ...ids])];
  if (disable.length !== (pack.disable ?? []).length) await writePersonal({ ...pack, disable });
  await storage.removeItems([disabledRules.key, `${disabledRules.key}$`]);
}
