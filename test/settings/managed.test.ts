import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import schema from '../../public/managed-schema.json';
import { slowManagedStorage } from './slow-managed';
import {
  FIRST_POLICY_WAIT_MS,
  followManagedPolicy,
  MANAGED_KEYS,
  parseManagedPolicy,
  readManagedPolicy,
  watchManagedPolicy,
} from '../../src/settings/managed';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const acme = {
  name: 'acme-sales',
  version: '2025.11',
  rules: [{ id: 'per-my-last-email', phrases: ['per my last email'], message: 'Reads as a reprimand.' }],
};

describe('the managed-storage schema', () => {
  it("is valid by Chrome's rules: an object at the top, every property typed, the keys the reader knows", () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_KEYS].sort());
    const typed = (s: Record<string, unknown>): boolean => {
      const allowed = ['object', 'array', 'string', 'boolean', 'integer', 'number'];
      if (!allowed.includes(s.type as string)) return false;
      if (s.type === 'array') return typed(s.items as Record<string, unknown>);
      if (s.type === 'object')
        return Object.values((s.properties ?? {}) as Record<string, Record<string, unknown>>).every(typed);
      return true;
    };
    expect(typed(schema)).toBe(true);
    for (const property of Object.values(schema.properties)) expect(property.description).toBeTruthy();
  });
});

describe('parseManagedPolicy', () => {
  it('reads team list URLs, inline packs (JSON text) and the lock, locked by default', () => {
    const policy = parseManagedPolicy({
      teamListUrls: [
        'https://lists.example.com/acme.json',
        'https://lists.example.com/acme.json#again',
        'https://raw.example.org/x/support.txt',
      ],
      inlinePacks: [JSON.stringify(acme)],
    });
    expect(policy).toEqual({
      teamListUrls: ['https://lists.example.com/acme.json', 'https://raw.example.org/x/support.txt'],
      packs: [acme],
      errors: [],
      locked: true,
    });
    expect(parseManagedPolicy({ teamListUrls: ['https://a.example/l.json'], lockManagedLists: false }).locked).toBe(
      false,
    );
  });

  it('is empty and unlocked when it manages nothing', () => {
    expect(parseManagedPolicy({})).toEqual({ teamListUrls: [], packs: [], errors: [], locked: false });
    expect(parseManagedPolicy(undefined)).toEqual({ teamListUrls: [], packs: [], errors: [], locked: false });
  });

  it('names each bad address and keeps the good ones', () => {
    const policy = parseManagedPolicy({
      teamListUrls: [
        'http://lists.example.com/acme.json',
        'not a url',
        42,
        'https://user:pw@lists.example.com/a.json',
        'https://ok.example/a.json',
      ],
    });
    expect(policy.teamListUrls).toEqual(['https://ok.example/a.json']);
    expect(policy.errors).toEqual([
      'policy teamListUrls[0]: "http://lists.example.com/acme.json" must start with https://',
      'policy teamListUrls[1]: "not a url" is not a web address',
      'policy teamListUrls[2]: must be an https:// address',
      'policy teamListUrls[3]: "https://user:pw@lists.example.com/a.json" must not hold a user name or password',
    ]);
    expect(parseManagedPolicy({ teamListUrls: 'https://ok.example/a.json' }).errors).toEqual([
      'policy teamListUrls: must be a list of https:// addresses',
    ]);
  });

  it('names bad inline packs with their place, and applies the good ones', () => {
    const policy = parseManagedPolicy({
      inlinePacks: [
        '{"name": "acme", "version": "1", "rules": [}',
        JSON.stringify({ ...acme, rules: [{ id: 'x', phrases: ['a/b'], message: 'm' }] }),
        'per my last email',
        7,
        JSON.stringify({ ...acme, name: 'personal' }),
        JSON.stringify(acme),
      ],
      lockManagedLists: 'yes',
    });
    expect(policy.packs).toEqual([acme]);
    expect(policy.errors).toEqual([
      expect.stringMatching(/^policy inlinePacks\[0\]: line 1, column \d+: is not valid JSON/),
      'policy inlinePacks[1]: rules[0].phrases[0]: regular expressions are not supported; write the words themselves',
      'policy inlinePacks[2]: must be a rule pack as JSON text, starting with "{"',
      'policy inlinePacks[3]: must be a rule pack as JSON text',
      'policy inlinePacks[4]: name: "personal" is kept for each user\'s own rules',
      'policy lockManagedLists: must be true or false (treated as true)',
    ]);
    expect(policy.locked).toBe(true);
  });

  it('accepts a pack given as an object (Firefox policies.json)', () => {
    expect(parseManagedPolicy({ inlinePacks: [acme] }).packs).toEqual([acme]);
  });
});

describe('readManagedPolicy', () => {
  it('reads storage.managed', async () => {
    await fakeBrowser.storage.managed.set({
      teamListUrls: ['https://lists.example.com/acme.json'],
      lockManagedLists: false,
    });
    expect(await readManagedPolicy()).toEqual({
      teamListUrls: ['https://lists.example.com/acme.json'],
      packs: [],
      errors: [],
      locked: false,
    });
  });

  it('is an empty policy, not an error, when managed storage throws (Firefox without a policy)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual({ teamListUrls: [], packs: [], errors: [], locked: false });
  });

  it('is an empty policy when there is no storage.managed at all', async () => {
    const storage = fakeBrowser.storage as { managed?: unknown };
    const managed = storage.managed;
    storage.managed = undefined;
    try {
      expect(await readManagedPolicy()).toEqual({ teamListUrls: [], packs: [], errors: [], locked: false });
    } finally {
      storage.managed = managed;
    }
  });

  it('tells a watcher when the policy changes, not when other areas do', async () => {
    const seen: unknown[] = [];
    const stop = watchManagedPolicy((policy) => seen.push(policy.teamListUrls));
    await fakeBrowser.storage.local.set({ siteSwitches: { gmail: false } });
    await fakeBrowser.storage.managed.set({ teamListUrls: ['https://a.example/1.json'] });
    await fakeBrowser.storage.managed.set({ teamListUrls: ['https://a.example/1.json', 'https://a.example/2.json'] });
    await vi.waitFor(() => expect(seen).toEqual([['https://a.example/1.json', 'https://a.example/2.json']]));
    stop();
  });
});

describe('followManagedPolicy', () => {
  const URL_1 = 'https://a.example/1.json';

  it('answers once with the policy when the browser answers in time, then follows changes', async () => {
    await fakeBrowser.storage.managed.set({ teamListUrls: [URL_1] });
    const seen: string[][] = [];
    const stop = followManagedPolicy((policy) => seen.push(policy.teamListUrls));
    await vi.waitFor(() => expect(seen).toEqual([[URL_1]]));
    await new Promise((r) => setTimeout(r, FIRST_POLICY_WAIT_MS + 50));
    expect(seen).toEqual([[URL_1]]); // no empty stand-in after a prompt answer
    await fakeBrowser.storage.managed.set({ teamListUrls: [] });
    await vi.waitFor(() => expect(seen).toEqual([[URL_1], []]));
    stop();
  });

  it('answers with an empty policy when the first read is slow, then with the real one', async () => {
    await fakeBrowser.storage.managed.set({ teamListUrls: [URL_1] });
    const answer = slowManagedStorage();
    const seen: { urls: string[]; at: number }[] = [];
    const started = Date.now();
    const stop = followManagedPolicy(
      (policy) => seen.push({ urls: policy.teamListUrls, at: Date.now() - started }),
      100,
    );
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.urls).toEqual([]);
    expect(seen[0]!.at).toBeGreaterThanOrEqual(95);
    answer();
    await vi.waitFor(() => expect(seen.map((s) => s.urls)).toEqual([[], [URL_1]]));
    stop();
  });

  it('stays silent once stopped', async () => {
    const seen: unknown[] = [];
    followManagedPolicy((policy) => seen.push(policy), 20)();
    await fakeBrowser.storage.managed.set({ teamListUrls: [URL_1] });
    await new Promise((r) => setTimeout(r, 150));
    expect(seen).toEqual([]);
  });
});
