import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
import type { ManagedPolicy } from '../../src/settings/model';
import { eventually } from '../eventually';

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
      enabledSites: [],
    });
    expect(parseManagedPolicy({ teamListUrls: ['https://a.example/l.json'], lockManagedLists: false }).locked).toBe(
      false,
    );
  });

  it('reads the sites to check in their normal form, and says what is wrong with the others', () => {
    const policy = parseManagedPolicy({
      enabledSites: [
        'https://app.hubspot.com/contacts/',
        'HTTPS://*.Zendesk.com',
        'https://app.hubspot.com',
        'http://crm.example.com',
        'https://*.com',
        42,
      ],
    });
    expect(policy.enabledSites).toEqual(['https://app.hubspot.com', 'https://*.zendesk.com']);
    expect(policy.errors).toEqual([
      'policy enabledSites[3]: "http://crm.example.com" must start with https:// and name a host',
      'policy enabledSites[4]: "https://*.com" covers a whole top-level domain',
      'policy enabledSites[5]: must be an https:// site',
    ]);
    // Turning sites on manages no rules: nothing is locked by it.
    expect(policy.locked).toBe(false);
    expect(parseManagedPolicy({ enabledSites: 'https://a.example' }).errors).toEqual([
      'policy enabledSites: must be a list of https:// sites',
    ]);
  });

  it('is empty and unlocked when it manages nothing', () => {
    expect(parseManagedPolicy({})).toEqual({
      teamListUrls: [],
      packs: [],
      errors: [],
      locked: false,
      enabledSites: [],
    });
    expect(parseManagedPolicy(undefined)).toEqual({
      teamListUrls: [],
      packs: [],
      errors: [],
      locked: false,
      enabledSites: [],
    });
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
        JSON.stringify({ ...acme, name: 'default' }),
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
      'policy inlinePacks[4]: name: "personal" is reserved for each user\'s own rules; give your pack its own name',
      'policy inlinePacks[5]: name: "default" is reserved for the built-in rules; give your pack its own name',
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
      enabledSites: [],
    });
  });

  it('is an empty policy, not an error, when managed storage throws (Firefox without a policy)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual({
      teamListUrls: [],
      packs: [],
      errors: [],
      locked: false,
      enabledSites: [],
    });
  });

  it('is an empty policy when there is no storage.managed at all', async () => {
    const storage = fakeBrowser.storage as { managed?: unknown };
    const managed = storage.managed;
    storage.managed = undefined;
    try {
      expect(await readManagedPolicy()).toEqual({
        teamListUrls: [],
        packs: [],
        errors: [],
        locked: false,
        enabledSites: [],
      });
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
    await eventually(() => expect(seen).toEqual([['https://a.example/1.json', 'https://a.example/2.json']]));
    stop();
  });
});

describe('remembering the policy for the next start', () => {
  const stored = async () => (await fakeBrowser.storage.local.get('lastPolicy')).lastPolicy;

  it("keeps the browser's answer, no policy included, and writes only when it changed", async () => {
    await fakeBrowser.storage.managed.set({ teamListUrls: ['https://a.example/1.json'], other: 'not ours' });
    await readManagedPolicy();
    expect(await stored()).toEqual({ teamListUrls: ['https://a.example/1.json'] });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await readManagedPolicy();
    expect(set).not.toHaveBeenCalled();
    await fakeBrowser.storage.managed.clear();
    await readManagedPolicy();
    expect(await stored()).toEqual({});
    // Firefox without a policy answers with an error: that is no policy too.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await readManagedPolicy();
    expect(await stored()).toEqual({});
  });

  it('forgets a policy too large for its share of storage.local', async () => {
    await fakeBrowser.storage.managed.set({ inlinePacks: [JSON.stringify(acme)] });
    await readManagedPolicy();
    expect(await stored()).toEqual({ inlinePacks: [JSON.stringify(acme)] });
    const huge = JSON.stringify({ ...acme, description: 'd'.repeat(1_000_000) });
    await fakeBrowser.storage.managed.set({ inlinePacks: [huge] });
    await readManagedPolicy();
    expect(await stored()).toBeUndefined(); // removed, its room freed
  });

  it('answers with the policy whatever storage.local says, full or failing', async () => {
    await fakeBrowser.storage.managed.set({ teamListUrls: ['https://a.example/1.json'] });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect((await readManagedPolicy()).teamListUrls).toEqual(['https://a.example/1.json']);
  });
});

describe('followManagedPolicy', () => {
  const URL_1 = 'https://a.example/1.json';
  const URL_2 = 'https://a.example/2.json';

  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  /** Follows the policy, collecting the team list URLs of every answer, in order. */
  function follow(firstWaitMs?: number) {
    const seen: string[][] = [];
    const stop = followManagedPolicy((policy) => seen.push(policy.teamListUrls), firstWaitMs);
    return { seen, stop };
  }

  it('answers once with the policy when the browser answers first, then follows changes', async () => {
    await fakeBrowser.storage.managed.set({ teamListUrls: [URL_1] });
    const { seen, stop } = follow();
    await eventually(() => expect(seen).toEqual([[URL_1]]));
    await vi.runAllTimersAsync();
    expect(seen).toEqual([[URL_1]]); // no empty stand-in after a prompt answer
    await fakeBrowser.storage.managed.set({ teamListUrls: [] });
    await vi.runAllTimersAsync();
    expect(seen).toEqual([[URL_1], []]);
    stop();
  });

  it('with no policy ever seen, answers with an empty one after the wait, then with the real one', async () => {
    await fakeBrowser.storage.managed.set({ teamListUrls: [URL_1] });
    const answer = slowManagedStorage();
    const { seen, stop } = follow();
    await vi.advanceTimersByTimeAsync(FIRST_POLICY_WAIT_MS - 1);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual([[]]);
    answer();
    await vi.runAllTimersAsync();
    expect(seen).toEqual([[], [URL_1]]);
    stop();
  });

  it('answers at once with the policy seen last time while the browser is slow, so a lock holds from the start', async () => {
    await fakeBrowser.storage.managed.set({ teamListUrls: [URL_1], lockManagedLists: true });
    await readManagedPolicy(); // an earlier start saw it
    const answer = slowManagedStorage();
    const policies: ManagedPolicy[] = [];
    const stop = followManagedPolicy((policy) => policies.push(policy));
    // Before any timer: the remembered policy, locked.
    await eventually(() => expect(policies).toHaveLength(1));
    expect(policies[0]).toEqual({ teamListUrls: [URL_1], packs: [], errors: [], locked: true, enabledSites: [] });
    await vi.runAllTimersAsync();
    expect(policies).toHaveLength(1); // never an empty, unlocked stand-in
    answer();
    await vi.runAllTimersAsync();
    expect(policies).toHaveLength(1); // the browser's answer is the same: told once
    await fakeBrowser.storage.managed.set({ teamListUrls: [URL_1, URL_2] });
    await vi.runAllTimersAsync();
    expect(policies.map((p) => p.teamListUrls)).toEqual([[URL_1], [URL_1, URL_2]]);
    stop();
  });

  it("follows the remembered policy with the browser's answer when the administrator changed it meanwhile", async () => {
    await fakeBrowser.storage.managed.set({ teamListUrls: [URL_1] });
    await readManagedPolicy();
    await fakeBrowser.storage.managed.set({ teamListUrls: [URL_2] });
    const answer = slowManagedStorage();
    const { seen, stop } = follow();
    await eventually(() => expect(seen).toEqual([[URL_1]]));
    answer();
    await vi.runAllTimersAsync();
    expect(seen).toEqual([[URL_1], [URL_2]]);
    stop();
  });

  it('stays silent once stopped', async () => {
    const { seen, stop } = follow(20);
    stop();
    await fakeBrowser.storage.managed.set({ teamListUrls: [URL_1] });
    await vi.runAllTimersAsync();
    expect(seen).toEqual([]);
  });
});
