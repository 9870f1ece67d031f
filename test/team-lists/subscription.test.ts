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

/** Chromium's storage.local quota without unlimitedStorage, counted as key + JSON of the value. */
const CHROMIUM_LOCAL_QUOTA = 10_485_760;
const storedBytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

/**
 * The lists in memory, as background.ts keeps them in storage.local's `teamLists`. `room` is what
 * storage.local has left for them beside everything else: past it, a write fails as Chromium's does.
 */
function memoryStore(
  initial: TeamList[],
  room = CHROMIUM_LOCAL_QUOTA,
): ListStore & { value: TeamList[]; writes: number; failNext?: Error } {
  const store = {
    value: structuredClone(initial),
    writes: 0,
    failNext: undefined as Error | undefined,
    get: async () => structuredClone(store.value),
    set: async (lists: TeamList[]) => {
      const failure = store.failNext;
      store.failNext = undefined;
      if (failure) throw failure;
      if (storedBytes('teamLists', lists) > room) throw new Error('Resource::kQuotaBytes quota exceeded');
      store.writes++;
      store.value = structuredClone(lists);
    },
  };
  return store;
}

/** A valid pack whose JSON takes between 900 KB and 1 MB, made at test time. */
function megabytePack(name: string): RulePack {
  const rules = Array.from({ length: 1_850 }, (_, i) => ({
    id: `r${i}`,
    phrases: [`phrase ${i}`],
    message: `${name} ${i}: ${'m'.repeat(465)}`,
  }));
  const pack = { name, version: '1', rules };
  const size = new TextEncoder().encode(JSON.stringify(pack)).length;
  expect(size).toBeGreaterThan(900_000);
  expect(size).toBeLessThan(1_000_000);
  return pack;
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

  it('takes a 304 without a copy for a failed update, not a list with no rules', () => {
    const fresh: TeamList = { url: A, lastAttempt: 10 };
    expect(applyOutcome(fresh, { kind: 'not-modified' }, 5000)).toEqual({
      url: A,
      lastAttempt: 5000,
      lastError: 'The server answered 304 (not modified), but there is no earlier copy of the list here to keep.',
    });
  });

  it('stores an error clipped to a few hundred characters', () => {
    const next = applyOutcome(good, { kind: 'failed', error: 'x'.repeat(900_000) }, 5000);
    expect(next.lastError).toBe(`${'x'.repeat(299)}…`);
    expect(next.pack).toBe(PACK);
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
    expect(lists).toEqual([{ ...good, lastAttempt: 9000, lastError: 'The server answered 500 (server error).' }]);
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

  it('keeps the last good copy when a 200 carries an empty body, no rules, an error message or a reserved name', async () => {
    const bodies = [
      ['', 'text/plain', 'The address returned an empty file, not a rule list.'],
      [
        JSON.stringify({ name: 'sales', version: '3', rules: [] }),
        'application/json',
        'The list holds no rules: an emptied file is taken for a failed update, not for a list to apply.',
      ],
      [
        'Service temporarily unavailable',
        'text/plain',
        'The address returned what reads as an error message from the server, not a rule list.',
      ],
      [
        '<html><body>Service temporarily unavailable</body></html>',
        'text/plain',
        'The address returned a web page, not a rule list: use the address of the raw file.',
      ],
      [
        JSON.stringify({ ...PACK, name: 'default' }),
        'application/json',
        'a.json: name: "default" is reserved for the built-in rules; give your pack its own name',
      ],
    ];
    const store = memoryStore([good]);
    for (const [i, [body, type, error]] of bodies.entries()) {
      const answer = (async () =>
        new Response(body, { status: 200, headers: { 'Content-Type': type! } })) as typeof fetch;
      const [list] = await refreshLists(store, { fetch: answer, now: () => 100 + i });
      expect(list).toEqual({ ...good, lastAttempt: 100 + i, lastError: error });
    }
    expect(store.value).toEqual([{ ...good, lastAttempt: 104, lastError: bodies[4]![2] }]);
  });

  it('takes a 304 for a list it holds no copy of as an error, and asks for the whole list', async () => {
    const store = memoryStore([{ url: A, etag: '"e1"' }]);
    const sent: (string | null)[] = [];
    const notModified = (async (_url: string, init: RequestInit) => {
      sent.push(new Headers(init.headers).get('if-none-match'));
      return new Response(null, { status: 304 });
    }) as typeof fetch;
    const [list] = await refreshLists(store, { fetch: notModified, now: () => 50 });
    expect(sent).toEqual([null]);
    expect(list).toEqual({
      url: A,
      etag: '"e1"',
      lastAttempt: 50,
      lastError: 'The server answered 304 (not modified), but there is no earlier copy of the list here to keep.',
    });
    expect(list!.lastSuccess).toBeUndefined();
  });

  it('budgets storage: twelve lists of 1 MB leave the rest of storage.local writable', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `https://lists.example.com/big-${i}.json`);
    const bodies = new Map(urls.map((url, i) => [url, JSON.stringify(megabytePack(`big-${i}`))]));
    const store = memoryStore(
      urls.map((url) => ({ url })),
      CHROMIUM_LOCAL_QUOTA,
    );
    const serve = (async (url: string) => json(JSON.parse(bodies.get(url)!))) as typeof fetch;
    const lists = await refreshLists(store, { fetch: serve, now: () => 1, concurrency: 1 });
    // Five copies of 0.9 to 1 MB fit the 5 MB budget; the sixth would take the lists past it.
    expect(lists.map((l) => l.pack?.name ?? null)).toEqual([
      'big-0',
      'big-1',
      'big-2',
      'big-3',
      'big-4',
      ...Array(7).fill(null),
    ]);
    for (const list of lists.slice(5)) {
      expect(list.lastError).toMatch(
        /^Team lists may use 5 MB of this browser's storage together, and this copy \(0\.9\d MB\) would take them past it\./,
      );
    }
    expect(store.writes).toBe(12);
    // What the lists take leaves over 5 MB of Chromium's 10 MB for everything else.
    expect(storedBytes('teamLists', store.value)).toBeLessThan(5_000_000 + 12 * 1_000);
  }, 60_000); // twelve megabytes parsed and stored: seconds, more on a busy machine

  it('refuses one list larger than a list may be once stored, keeping its last good copy', async () => {
    // A plain list of 2,000 long phrases in 3-byte characters: 0.7 MB to download, but each line
    // grows into a rule that names its phrase twice (phrase and message).
    const line = (i: number) =>
      `${String.fromCodePoint(...Array.from({ length: 100 }, (_, j) => 0x4e00 + ((i * 101 + j) % 20_000)))} => ${'漢'.repeat(20)}`;
    const body = Array.from({ length: 2_000 }, (_, i) => line(i)).join('\n');
    expect(new TextEncoder().encode(body).length).toBeLessThan(1_000_000);
    const words = { ...good, url: 'https://lists.example.com/words.txt' };
    const store = memoryStore([words]);
    const serve = (async () =>
      new Response(body, { status: 200, headers: { 'Content-Type': 'text/plain' } })) as typeof fetch;
    const [list] = await refreshLists(store, { fetch: serve, now: () => 2 });
    expect(list).toEqual({
      ...words,
      lastAttempt: 2,
      lastError: expect.stringMatching(
        /^The list needs 1\.[5-9]\d* MB of this browser's storage; one list may use at most 1\.25 MB\.$/,
      ),
    });
  });

  it('keeps the previous state and says so when the browser refuses a copy for its quota', async () => {
    const B_GOOD: TeamList = { url: B, name: 'support', pack: { ...PACK, name: 'support' }, lastSuccess: 1000 };
    // Other keys have filled storage.local: only a little more than the two lists as they are fits.
    const room = storedBytes('teamLists', [good, B_GOOD]) + 2_000;
    const store = memoryStore([good, B_GOOD], room);
    const serve = (async (url: string) =>
      url === A ? json(megabytePack('sales'), { ETag: '"e2"' }) : new Response(null, { status: 304 })) as typeof fetch;
    const lists = await refreshLists(store, { fetch: serve, now: () => 3000, concurrency: 1 });
    expect(lists).toEqual([
      {
        ...good,
        lastAttempt: 3000,
        lastError:
          "This browser's storage for the extension is full, so the new copy could not be saved. Remove a list you no longer need.",
      },
      { ...B_GOOD, lastSuccess: 3000, lastAttempt: 3000 },
    ]);
    expect(store.value).toEqual(lists);
  });

  it('lets no failing write stop the others, and reports the first failure after all', async () => {
    const store = memoryStore([good, { url: B }]);
    store.failNext = new Error('IO error: the disk is gone');
    const serve = (async (url: string) => json({ ...PACK, name: url === A ? 'sales' : 'support' })) as typeof fetch;
    await expect(refreshLists(store, { fetch: serve, now: () => 4000, concurrency: 1 })).rejects.toThrow(
      'IO error: the disk is gone',
    );
    // A's write failed and A is as it was; B's came after it and was stored.
    expect(store.value[0]).toEqual(good);
    expect(store.value[1]).toMatchObject({ url: B, name: 'support', lastSuccess: 4000 });
  });

  it('frees storage filled before the budget existed, the administrator’s lists first', async () => {
    const urls = Array.from({ length: 7 }, (_, i) => `https://lists.example.com/old-${i}.json`);
    const old = urls.map((url, i) => ({
      url,
      pack: megabytePack(`old-${i}`),
      lastSuccess: 1,
      ...(i === 6 ? { managed: true } : {}),
    }));
    const store = memoryStore(old);
    const notModified = (async () => new Response(null, { status: 304 })) as typeof fetch;
    const lists = await refreshLists(store, { fetch: notModified, now: () => 9, only: urls[0] });
    expect(lists.map((l) => l.pack?.name ?? null)).toEqual(['old-0', 'old-1', 'old-2', 'old-3', null, null, 'old-6']);
    expect(lists[0]).toMatchObject({ lastSuccess: 9 });
    expect(lists[5]!.lastError).toBe(
      "This list's copy was removed: team lists together may use at most 5 MB of this browser's storage.",
    );
  });
});
