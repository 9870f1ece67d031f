import { describe, expect, it } from 'vitest';
import type { RulePack } from '../../src/rules/types';
import type { TeamList } from '../../src/settings/model';
import {
  applyOutcome,
  isDue,
  normalizeListUrl,
  refreshLists,
  subscribe,
  syncManagedLists,
  unsubscribe,
  type ListStore,
} from '../../src/team-lists/subscription';

const PACK: RulePack = {
  name: 'sales',
  version: '2',
  rules: [{ id: 'synergy', phrases: ['synergy'], message: 'Say what you mean.' }],
};
const A = 'https://lists.example.com/a.json';
const B = 'https://lists.example.com/b.json';
const C = 'https://lists.example.com/c.json';

const good: TeamList = {
  url: A,
  name: 'sales',
  version: '2',
  ruleCount: 1,
  pack: PACK,
  etag: '"e1"',
  lastModified: 'Wed, 01 Jan 2025 10:00:00 GMT',
  lastSuccess: 1000,
  lastAttempt: 1000,
};

function memoryStore(initial: TeamList[]): ListStore & { value: TeamList[]; writes: number } {
  const store = {
    value: structuredClone(initial),
    writes: 0,
    get: async () => structuredClone(store.value),
    set: async (lists: TeamList[]) => {
      store.writes++;
      store.value = structuredClone(lists);
    },
  };
  return store;
}

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });

describe('applyOutcome', () => {
  it('replaces the copy, validators and details on an update and clears the error', () => {
    const next = applyOutcome(
      { ...good, lastError: 'old' },
      { kind: 'updated', pack: { name: 'sales-v3', version: '3', rules: [] }, etag: '"e2"' },
      5000,
    );
    expect(next).toEqual({
      url: A,
      name: 'sales-v3',
      version: '3',
      ruleCount: 0,
      pack: { name: 'sales-v3', version: '3', rules: [] },
      etag: '"e2"',
      lastSuccess: 5000,
      lastAttempt: 5000,
    });
  });

  it('keeps the pack when not modified', () => {
    expect(applyOutcome({ ...good, lastError: 'old' }, { kind: 'not-modified' }, 5000)).toEqual({
      ...good,
      lastSuccess: 5000,
      lastAttempt: 5000,
    });
  });

  it('keeps the last good copy on failure and records the error', () => {
    expect(applyOutcome(good, { kind: 'failed', error: 'The server answered 500.' }, 5000)).toEqual({
      ...good,
      lastAttempt: 5000,
      lastError: 'The server answered 500.',
    });
  });

  it('keeps the managed mark whatever happens', () => {
    const managed = { ...good, managed: true };
    for (const outcome of [
      { kind: 'not-modified' },
      { kind: 'failed', error: 'x' },
      { kind: 'updated', pack: PACK },
    ] as const) {
      expect(applyOutcome(managed, outcome, 1).managed).toBe(true);
    }
  });
});

describe('subscribe / unsubscribe', () => {
  it('adds a normalised https address', () => {
    expect(subscribe([], '  HTTPS://Lists.Example.com/a.json#top ')).toEqual([{ url: A }]);
    expect(subscribe([], A, { managed: true })).toEqual([{ url: A, managed: true }]);
  });

  it('refuses http, other schemes, credentials and nonsense', () => {
    expect(() => subscribe([], 'http://lists.example.com/a.json')).toThrow(
      'Only https:// addresses are allowed; "http:" is not.',
    );
    expect(() => subscribe([], 'file:///etc/passwd')).toThrow(/Only https/);
    expect(() => subscribe([], 'https://me:secret@lists.example.com/a.json')).toThrow(/user name or password/);
    expect(() => subscribe([], 'lists.example.com/a.json')).toThrow(/is not a web address/);
  });

  it('refuses duplicates, however written', () => {
    const lists = subscribe([], A);
    expect(() => subscribe(lists, 'https://LISTS.example.com/a.json#x')).toThrow(
      'You are already subscribed to this list.',
    );
  });

  it('removes a list but refuses a managed one', () => {
    const lists: TeamList[] = [{ url: A }, { url: B, managed: true }];
    expect(unsubscribe(lists, A)).toEqual([{ url: B, managed: true }]);
    expect(() => unsubscribe(lists, B)).toThrow('Your administrator manages this list; it cannot be removed here.');
    expect(unsubscribe(lists, C)).toBe(lists);
  });
});

describe('syncManagedLists', () => {
  it('adds policy lists as managed, marks existing ones, drops ones the policy no longer names', () => {
    const lists: TeamList[] = [
      { url: A, pack: PACK },
      { url: B, managed: true },
      { url: 'https://lists.example.com/mine.json' },
    ];
    expect(syncManagedLists(lists, [A, C, 'http://insecure.example.com/x.json', C])).toEqual([
      { url: A, pack: PACK, managed: true },
      { url: 'https://lists.example.com/mine.json' },
      { url: C, managed: true },
    ]);
  });

  it('returns the same array when nothing changes', () => {
    const lists: TeamList[] = [{ url: A, managed: true }, { url: B }];
    expect(syncManagedLists(lists, [A])).toBe(lists);
  });

  it('normalises', () => {
    expect(normalizeListUrl('https://Lists.Example.com/a.json#frag')).toBe(A);
  });
});

describe('isDue', () => {
  it('is due when never tried or tried a period ago', () => {
    expect(isDue({ url: A }, 10, 100)).toBe(true);
    expect(isDue({ url: A, lastAttempt: 0 }, 99, 100)).toBe(false);
    expect(isDue({ url: A, lastAttempt: 0 }, 100, 100)).toBe(true);
  });
});

describe('refreshLists', () => {
  it('fetches every list with its validators and stores the results', async () => {
    const store = memoryStore([good, { url: B }]);
    const seen: { url: string; headers: Headers }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      seen.push({ url, headers: new Headers(init.headers) });
      if (url === A) return new Response(null, { status: 304 });
      return json({ ...PACK, name: 'support' }, { ETag: '"b1"' });
    }) as typeof fetch;
    const lists = await refreshLists(store, { fetch: fakeFetch, now: () => 7000 });
    expect(seen.find((s) => s.url === A)!.headers.get('if-none-match')).toBe('"e1"');
    expect(seen.find((s) => s.url === A)!.headers.get('if-modified-since')).toBe(good.lastModified);
    expect(seen.find((s) => s.url === B)!.headers.get('if-none-match')).toBeNull();
    expect(lists).toEqual([
      { ...good, lastSuccess: 7000, lastAttempt: 7000 },
      {
        url: B,
        name: 'support',
        version: '2',
        ruleCount: 1,
        pack: { ...PACK, name: 'support' },
        etag: '"b1"',
        lastSuccess: 7000,
        lastAttempt: 7000,
      },
    ]);
    expect(store.value).toEqual(lists);
  });

  it('keeps the last good copy when a refresh fails', async () => {
    const store = memoryStore([good]);
    const fakeFetch = (async () =>
      new Response('oops', { status: 500, statusText: 'Internal Server Error' })) as typeof fetch;
    const lists = await refreshLists(store, { fetch: fakeFetch, now: () => 9000 });
    expect(lists).toEqual([
      { ...good, lastAttempt: 9000, lastError: 'The server answered 500 Internal Server Error.' },
    ]);
    // And an invalid body keeps it too.
    const invalid = (async () =>
      json({ name: 'sales', version: '3', rules: [{ id: 'x', phrases: [''], message: 'm' }] })) as typeof fetch;
    const after = await refreshLists(store, { fetch: invalid, now: () => 9500 });
    expect(after[0]).toMatchObject({
      pack: PACK,
      etag: '"e1"',
      lastSuccess: 1000,
      lastAttempt: 9500,
      lastError: 'a.json: rules[0].phrases[0]: must be a non-empty string',
    });
  });

  it('refreshes only the list asked for', async () => {
    const store = memoryStore([good, { url: B }]);
    const urls: string[] = [];
    const fakeFetch = (async (url: string) => {
      urls.push(url);
      return new Response(null, { status: 304 });
    }) as typeof fetch;
    await refreshLists(store, { fetch: fakeFetch, only: 'https://LISTS.example.com/a.json', now: () => 1 });
    expect(urls).toEqual([A]);
    expect(store.value[1]).toEqual({ url: B });
  });

  it('asks for the whole list when there is no good copy, even with stale validators', async () => {
    const store = memoryStore([{ url: A, etag: '"stale"' }]);
    let header: string | null = 'unset';
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      header = new Headers(init.headers).get('if-none-match');
      return json(PACK);
    }) as typeof fetch;
    await refreshLists(store, { fetch: fakeFetch, now: () => 1 });
    expect(header).toBeNull();
  });

  it('merges with changes made while fetching: no list lost, none brought back', async () => {
    const store = memoryStore([good, { url: B }]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fakeFetch = (async (url: string) => {
      if (url === A) await gate;
      return json({ ...PACK, name: url === A ? 'sales' : 'support' });
    }) as typeof fetch;
    const running = refreshLists(store, { fetch: fakeFetch, now: () => 3000 });
    // While A is still downloading, the options page removes B, adds C and marks A managed.
    await new Promise((resolve) => setTimeout(resolve, 20));
    store.value = [{ ...store.value[0]!, managed: true }, { url: C }];
    release();
    const lists = await running;
    expect(lists.map((l) => l.url)).toEqual([A, C]);
    expect(lists[0]).toMatchObject({ url: A, managed: true, lastSuccess: 3000 });
    expect(lists[1]).toEqual({ url: C });
    expect(store.value).toEqual(lists);
  });

  it('fetches at most two lists at once', async () => {
    const urls = Array.from({ length: 5 }, (_, i) => `https://lists.example.com/${i}.json`);
    const store = memoryStore(urls.map((url) => ({ url })));
    let active = 0;
    let peak = 0;
    const fakeFetch = (async () => {
      peak = Math.max(peak, ++active);
      await new Promise((resolve) => setTimeout(resolve, 10));
      active--;
      return json(PACK);
    }) as typeof fetch;
    const lists = await refreshLists(store, { fetch: fakeFetch, now: () => 1 });
    expect(peak).toBe(2);
    expect(lists.every((l) => l.pack !== undefined)).toBe(true);
  });

  it('explains a network failure without host permission', async () => {
    const store = memoryStore([good]);
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const denied = await refreshLists(store, { fetch: offline, now: () => 1, canRead: async () => false });
    expect(denied[0]!.lastError).toBe(
      'Connection First needs permission to read https://lists.example.com; subscribe again from the options page.',
    );
    const allowed = await refreshLists(store, { fetch: offline, now: () => 2, canRead: async () => true });
    expect(allowed[0]!.lastError).toBe('Could not reach lists.example.com. Check the address and the connection.');
    expect(allowed[0]!.pack).toEqual(PACK);
  });
});
