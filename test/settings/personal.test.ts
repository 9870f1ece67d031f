import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RulePack } from '../../src/rules/types';
import { enforceLocalQuota, fillLocal } from './local-quota';
import {
  chunkPack,
  chunksFromArea,
  fitsSync,
  hashText,
  itemBytes,
  joinChunks,
  SYNC_LIMITS,
  SYNC_META_KEY,
  syncChunkKey,
} from '../../src/settings/personal';
import { eventually } from '../eventually';

// Each test gets a fresh module (its once-per-context migration) over a fresh in-memory browser.
type Personal = typeof import('../../src/settings/personal');
let personal: Personal;

/** Chrome's real storage.sync quotas, enforced on every write: key + JSON of the value, in UTF-8 bytes. */
const CHROME_SYNC = { perItem: 8192, total: 102_400, items: 512 };
function enforceSyncQuotas() {
  const area = fakeBrowser.storage.sync;
  const set = area.set.bind(area);
  return vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > CHROME_SYNC.perItem) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${key})`);
    }
    const after = { ...(await area.get(null)), ...items };
    const keys = Object.keys(after);
    if (keys.length > CHROME_SYNC.items) throw new Error('MAX_ITEMS quota exceeded');
    if (keys.reduce((sum, k) => sum + itemBytes(k, after[k]), 0) > CHROME_SYNC.total)
      throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.resetModules();
  personal = await import('../../src/settings/personal');
});

const rule = (id: string, phrase: string, message = `Avoid "${phrase}".`) => ({ id, phrases: [phrase], message });
const pack = (rules = [rule('touch-base', 'touch base')], extra: Partial<RulePack> = {}): RulePack => ({
  name: 'personal',
  version: '1',
  rules,
  disable: [],
  ...extra,
});

/** A pack whose JSON is about `kb` kilobytes. */
function bigPack(kb: number): RulePack {
  const rules = Array.from({ length: Math.ceil((kb * 1000) / 180) }, (_, i) =>
    rule(
      `phrase-${i}`,
      `pet phrase number ${i}`,
      `Number ${i}: a message long enough to take some room in the pack, “quoted” é.`,
    ),
  );
  return pack(rules);
}

const syncArea = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;
const localArea = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

describe('chunking for storage.sync', () => {
  it('splits and joins back exactly, every chunk inside the per-item quota', () => {
    const json = JSON.stringify(bigPack(40));
    const { meta, chunks } = chunkPack(json);
    expect(chunks.length).toBeGreaterThan(4);
    expect(meta).toEqual({
      format: 1,
      chunks: chunks.length,
      bytes: new TextEncoder().encode(json).length,
      hash: hashText(json),
    });
    for (const [i, chunk] of chunks.entries()) {
      expect(itemBytes(syncChunkKey(i), chunk)).toBeLessThanOrEqual(SYNC_LIMITS.bytesPerItem);
    }
    expect(joinChunks(meta, chunks)).toBe(json);
    expect(fitsSync({ meta, chunks })).toBe(true);
  });

  it('counts escapes and multi-byte characters, and never splits a character', () => {
    const json = JSON.stringify({ text: '"\\😀é\n'.repeat(200) });
    const { meta, chunks } = chunkPack(json, 100);
    for (const [i, chunk] of chunks.entries()) {
      expect(itemBytes(syncChunkKey(i), chunk)).toBeLessThanOrEqual(100);
      expect(chunk).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(joinChunks(meta, chunks)).toBe(json);
  });

  it('says a pack over the total quota does not fit', () => {
    const chunked = chunkPack(JSON.stringify(bigPack(120)));
    expect(fitsSync(chunked)).toBe(false);
  });

  it('detects a half-written set: a missing chunk, a chunk of another write, an unknown format', () => {
    const one = chunkPack(JSON.stringify(bigPack(20)));
    const two = chunkPack(JSON.stringify(bigPack(21)));
    expect(joinChunks(one.meta, one.chunks.slice(0, -1))).toBeUndefined();
    expect(
      joinChunks(two.meta, [...two.chunks.slice(0, 1), ...one.chunks.slice(1, two.chunks.length)]),
    ).toBeUndefined();
    expect(joinChunks({ ...one.meta, format: 2 }, one.chunks)).toBeUndefined();
    expect(joinChunks(undefined, one.chunks)).toBeUndefined();
    expect(joinChunks(one.meta, [...one.chunks.slice(0, -1), 42])).toBeUndefined();
  });

  it('reads chunks from an area snapshot in index order', () => {
    const { meta, chunks } = chunkPack('{"a":1}', 12);
    const area: Record<string, unknown> = { [SYNC_META_KEY]: meta, other: 1 };
    for (const [i, c] of chunks.entries()) area[syncChunkKey(i)] = c;
    expect(chunksFromArea(area)).toEqual({ meta, chunks });
  });
});

describe('the personal pack in storage', () => {
  it('starts empty, synced', async () => {
    expect(await personal.loadPersonalPack()).toEqual({ pack: personal.emptyPersonalPack(), storage: 'sync' });
  });

  it('moves the old turned-off rules into the pack and removes the old item', async () => {
    await fakeBrowser.storage.local.set({
      disabledRules: ['default/synergy', 'default/circle-back', 'not an id'],
      disabledRules$: { v: 1 },
    });
    const { pack, storage } = await personal.loadPersonalPack();
    expect(pack.disable).toEqual(['default/synergy', 'default/circle-back']);
    expect(storage).toBe('sync');
    const local = await localArea();
    expect(local.disabledRules).toBeUndefined();
    expect(local.disabledRules$).toBeUndefined();
    // Synced too: another browser sees them.
    const { meta, chunks } = chunksFromArea(await syncArea());
    expect(JSON.parse(joinChunks(meta, chunks)!).disable).toEqual(['default/synergy', 'default/circle-back']);
  });

  it('keeps rules already in the pack when migrating', async () => {
    await personal.savePersonalPack(pack(undefined, { disable: ['default/amazing'] }));
    vi.resetModules();
    await fakeBrowser.storage.local.set({ disabledRules: ['default/synergy', 'default/amazing'] });
    const fresh: Personal = await import('../../src/settings/personal');
    const { pack: loaded } = await fresh.loadPersonalPack();
    expect(loaded.rules).toEqual(pack().rules);
    expect(loaded.disable).toEqual(['default/amazing', 'default/synergy']);
  });

  it('round-trips through storage.sync, readable by another browser', async () => {
    enforceSyncQuotas();
    const saved = pack([
      rule('touch-base', 'touch base'),
      rule('reach-out', 'reach out', 'Say “write”, not “reach out” — é ü 😀.'),
    ]);
    expect(await personal.savePersonalPack(saved)).toBe('sync');
    expect(await personal.loadPersonalPack()).toEqual({ pack: saved, storage: 'sync' });
    // Another browser: same sync area, no local copy.
    await fakeBrowser.storage.local.clear();
    expect(await personal.loadPersonalPack()).toEqual({ pack: saved, storage: 'sync' });
  });

  it("syncs a pack of many chunks within Chrome's quotas, and drops chunks a smaller save no longer uses", async () => {
    enforceSyncQuotas();
    const big = bigPack(60);
    expect(await personal.savePersonalPack(big)).toBe('sync');
    const before = Object.keys(await syncArea()).filter((k) => k !== SYNC_META_KEY);
    expect(before.length).toBeGreaterThan(5);
    expect((await personal.loadPersonalPack()).pack).toEqual(big);
    await personal.savePersonalPack(pack());
    expect(Object.keys(await syncArea()).sort()).toEqual([syncChunkKey(0), SYNC_META_KEY]);
  });

  it('keeps a pack over the sync quotas in this browser only and says so', async () => {
    const setSync = enforceSyncQuotas();
    await personal.savePersonalPack(pack());
    const synced = await syncArea();
    setSync.mockClear();
    const big = bigPack(150);
    expect(await personal.savePersonalPack(big)).toBe('local');
    expect(setSync).not.toHaveBeenCalled(); // decided before writing, not by hitting the quota
    expect(await personal.loadPersonalPack()).toEqual({ pack: big, storage: 'local' });
    // The synced copy is left for other browsers, and this browser no longer follows it.
    expect(await syncArea()).toEqual(synced);
    // Back under the quotas: synced again.
    expect(await personal.savePersonalPack(pack([rule('synergize', 'synergize')]))).toBe('sync');
    expect((await personal.loadPersonalPack()).storage).toBe('sync');
  });

  it('keeps the pack in this browser when storage.sync refuses the write', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await personal.savePersonalPack(pack())).toBe('local');
    expect(await personal.loadPersonalPack()).toEqual({ pack: pack(), storage: 'local' });
  });

  it('saves to storage.sync when storage.local is full (personal rules never share fate with list caches)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await personal.savePersonalPack(pack());
    await fillLocal();
    enforceLocalQuota();
    const grown = bigPack(20);
    expect(await personal.savePersonalPack(grown)).toBe('sync');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(await personal.loadPersonalPack()).toEqual({ pack: grown, storage: 'sync' });
    // The copy this browser could not update is gone rather than stale.
    expect(await localArea()).not.toHaveProperty('personal');
    // A card's "turn off this rule" works too.
    await personal.disableRule('default/synergy');
    expect(await personal.loadPersonalPack()).toEqual({
      pack: { ...grown, disable: ['default/synergy'] },
      storage: 'sync',
    });
  });

  it('never lets an older copy kept in this browser only hide a save that reached storage.sync', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await personal.savePersonalPack(bigPack(150))).toBe('local');
    const local = fakeBrowser.storage.local;
    const set = local.set.bind(local);
    vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('personal' in items) throw new Error('IO error: .../LOCK: No further details.');
      return set(items);
    });
    const small = pack([rule('synergize', 'synergize')]);
    expect(await personal.savePersonalPack(small)).toBe('sync');
    expect(await personal.loadPersonalPack()).toEqual({ pack: small, storage: 'sync' });
  });

  it('fails, saving nothing, when a pack too large to sync meets a full storage.local', async () => {
    await personal.savePersonalPack(pack());
    await fillLocal();
    enforceLocalQuota();
    await expect(personal.savePersonalPack(bigPack(150))).rejects.toThrow('Resource::kQuotaBytes quota exceeded');
    expect(await personal.loadPersonalPack()).toEqual({ pack: pack(), storage: 'sync' });
  });

  it('refuses a pack over the pack size limit, which keeps its local copy inside the storage budget', async () => {
    const rules = Array.from({ length: 1_900 }, (_, i) => rule(`r${i}`, `phrase ${i}`, `${i} ${'m'.repeat(495)}`));
    await expect(personal.savePersonalPack(pack(rules))).rejects.toThrow(
      /^personal rules: would take 1\.0 MB \(at most 1 MB\); remove rules you no longer need$/,
    );
    expect(await localArea()).toEqual({});
  });

  it("uses this browser's copy while another browser's write is half-synced, never a broken pack", async () => {
    const mine = bigPack(20);
    await personal.savePersonalPack(mine);
    // Another browser saved `theirs`; so far only its meta and first chunk have arrived.
    const theirs = bigPack(24);
    const { meta, chunks } = chunkPack(JSON.stringify(theirs));
    await fakeBrowser.storage.sync.set({ [SYNC_META_KEY]: meta, [syncChunkKey(0)]: chunks[0] });
    expect(await personal.loadPersonalPack()).toEqual({ pack: mine, storage: 'sync' });
    // The rest arrives: now theirs, and it becomes this browser's copy too.
    await fakeBrowser.storage.sync.set(Object.fromEntries(chunks.map((c, i) => [syncChunkKey(i), c])));
    expect(await personal.loadPersonalPack()).toEqual({ pack: theirs, storage: 'sync' });
    await fakeBrowser.storage.sync.remove(syncChunkKey(1));
    expect(await personal.loadPersonalPack()).toEqual({ pack: theirs, storage: 'sync' });
  });

  it('ignores a synced copy that is not a valid personal pack', async () => {
    await personal.savePersonalPack(pack());
    const bad = chunkPack(
      JSON.stringify({ name: 'personal', version: '1', rules: [{ id: 'x', phrases: ['a/b'], message: 'm' }] }),
    );
    await fakeBrowser.storage.sync.set({ [SYNC_META_KEY]: bad.meta, [syncChunkKey(0)]: bad.chunks[0] });
    expect((await personal.loadPersonalPack()).pack).toEqual(pack());
  });

  it('rejects an invalid pack with every problem located, and saves nothing', async () => {
    const invalid = {
      name: 'personal',
      version: '1',
      rules: [{ id: 'Bad Id', phrases: ['per my /last/ email'], message: '' }],
      disable: ['synergy'],
    } as unknown as RulePack;
    const error = await personal.savePersonalPack(invalid).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const lines = (error as Error).message.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^personal rules: rules\[0\]\.id: /),
        expect.stringMatching(/^personal rules: rules\[0\]\.message: /),
        expect.stringMatching(/^personal rules: rules\[0\]\.phrases\[0\]: regular expressions/),
        expect.stringMatching(/^personal rules: disable\[0\]: /),
      ]),
    );
    await expect(personal.savePersonalPack({ ...pack(), name: 'acme' })).rejects.toThrow(
      'personal rules: name: must be "personal"',
    );
    expect(await syncArea()).toEqual({});
    expect(Object.keys(await localArea()).filter((k) => k.startsWith('personal'))).toEqual([]);
  });

  it('switches rules off and on, two quick clicks both landing', async () => {
    await Promise.all([personal.disableRule('default/synergy'), personal.disableRule('acme/per-my-last-email')]);
    expect((await personal.loadPersonalPack()).pack.disable).toEqual(['default/synergy', 'acme/per-my-last-email']);
    await personal.disableRule('default/synergy');
    await personal.enableRule('default/synergy');
    expect((await personal.loadPersonalPack()).pack.disable).toEqual(['acme/per-my-last-email']);
    await expect(personal.disableRule('synergy')).rejects.toThrow('full rule id');
  });

  it('a save and a switch started together both land, in the order they were asked for', async () => {
    // A slow sync write: the switch must not read the pack before the save has written it.
    const area = fakeBrowser.storage.sync;
    const set = area.set.bind(area);
    vi.spyOn(area, 'set').mockImplementation(async (items) => {
      await new Promise((r) => setTimeout(r, 20));
      return set(items);
    });
    const saved = pack([rule('touch-base', 'touch base'), rule('circle-back', 'circle back')]);
    const [where] = await Promise.all([personal.savePersonalPack(saved), personal.disableRule('default/synergy')]);
    expect(where).toBe('sync');
    expect((await personal.loadPersonalPack()).pack).toEqual({ ...saved, disable: ['default/synergy'] });
  });

  it('two changes started in the same tick each apply to the pack the other left, and both land', async () => {
    await personal.savePersonalPack(pack());
    const adding = (r: ReturnType<typeof rule>) => (p: RulePack) => ({ ...p, rules: [...(p.rules ?? []), r] });
    // The options page's form and a card's "turn off this rule", neither waiting for the other.
    const [, where] = await Promise.all([
      personal.disableRule('default/synergy'),
      personal.updatePersonalPack(adding(rule('reach-out', 'reach out'))),
    ]);
    expect(where).toBe('sync');
    expect((await personal.loadPersonalPack()).pack).toEqual(
      pack([rule('touch-base', 'touch base'), rule('reach-out', 'reach out')], { disable: ['default/synergy'] }),
    );
  });

  it('a change that leaves nothing to save writes nothing', async () => {
    await personal.savePersonalPack(pack());
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await personal.updatePersonalPack(() => undefined)).toBe('sync');
    expect(set).not.toHaveBeenCalled();
  });

  it('moves the old turned-off rules before any change, which keeps what was moved', async () => {
    await fakeBrowser.storage.local.set({ disabledRules: ['default/synergy'] });
    await Promise.all([personal.disableRule('acme/per-my-last-email'), personal.loadPersonalPack()]);
    expect((await personal.loadPersonalPack()).pack.disable).toEqual(['default/synergy', 'acme/per-my-last-email']);
  });

  it('tells a watcher once per save, with the new pack and where it lives', async () => {
    const seen: { pack: RulePack; storage: string }[] = [];
    const stop = personal.watchPersonalPack((value) => seen.push(value));
    await personal.savePersonalPack(bigPack(30)); // meta, many chunks and the local copy
    await eventually(() => expect(seen).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 150));
    expect(seen).toEqual([{ pack: bigPack(30), storage: 'sync' }]);
    await personal.savePersonalPack(bigPack(150));
    await eventually(() => expect(seen).toHaveLength(2));
    expect(seen[1]!.storage).toBe('local');
    stop();
    await personal.savePersonalPack(pack());
    await new Promise((r) => setTimeout(r, 150));
    expect(seen).toHaveLength(2);
  });
});
