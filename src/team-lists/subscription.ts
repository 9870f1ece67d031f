import type { TeamList } from '../settings/model';
import { budgetProblem, clipError, dropOverBudget, isQuotaError, STORAGE_FULL } from './budget';
import { fetchTeamList, parseListUrl, type FetchListOptions, type FetchOutcome } from './fetch-list';

/**
 * The subscription state machine, pure but for `refreshLists`, which reads and writes through the
 * store it is given. Whatever goes wrong, a list's last good copy stays in force.
 */

/** Automatic refresh period (the alarm's), in minutes. */
export const REFRESH_PERIOD_MINUTES = 360;

/** The canonical form of a list address (no fragment, host lower-cased); throws an Error for the user. */
export function normalizeListUrl(raw: string): string {
  const url = parseListUrl(raw);
  url.hash = '';
  return url.href;
}

const sameUrl = (a: string, b: string) => {
  try {
    return normalizeListUrl(a) === normalizeListUrl(b);
  } catch {
    return a === b;
  }
};

/** Only a copy we hold can be "not modified": without one, a 304 leaves nothing in force. */
const NOT_MODIFIED_WITHOUT_COPY =
  'The server answered 304 (not modified), but there is no earlier copy of the list here to keep.';

const failed = (error: string): FetchOutcome => ({ kind: 'failed', error });

/**
 * The list after one fetch: success replaces the copy, failure only records the error (clipped, see
 * LIST_STORAGE). Every field the fetch does not decide (the address, the managed mark) is kept.
 */
export function applyOutcome(list: TeamList, outcome: FetchOutcome, now: number): TeamList {
  if (outcome.kind === 'failed') return { ...list, lastAttempt: now, lastError: clipError(outcome.error) };
  if (outcome.kind === 'not-modified' && !list.pack) return applyOutcome(list, failed(NOT_MODIFIED_WITHOUT_COPY), now);
  const { lastError: _cleared, ...rest } = list;
  if (outcome.kind === 'not-modified') return { ...rest, lastSuccess: now, lastAttempt: now };
  const { pack, etag, lastModified } = outcome;
  const { etag: _oldEtag, lastModified: _oldModified, ...kept } = rest;
  return {
    ...kept,
    name: pack.name,
    version: pack.version,
    ruleCount: pack.rules?.length ?? 0,
    pack,
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
    lastSuccess: now,
    lastAttempt: now,
  };
}

/** Adds a list (not fetched yet). Throws an Error whose message is for the user. */
export function subscribe(lists: TeamList[], url: string, options: { managed?: boolean } = {}): TeamList[] {
  const normalized = normalizeListUrl(url);
  if (lists.some((l) => sameUrl(l.url, normalized))) throw new Error('You are already subscribed to this list.');
  return [...lists, { url: normalized, ...(options.managed ? { managed: true } : {}) }];
}

/** Removes a list. Throws for a list the administrator manages. */
export function unsubscribe(lists: TeamList[], url: string): TeamList[] {
  const list = lists.find((l) => sameUrl(l.url, url));
  if (!list) return lists;
  if (list.managed) throw new Error('Your administrator manages this list; it cannot be removed here.');
  return lists.filter((l) => l !== list);
}

/**
 * Makes the managed lists exactly `urls` (from the administrator's policy): each is present and
 * marked managed; a list the policy no longer names is removed. Unusable addresses are skipped
 * (the policy reader reports them). Returns `lists` itself when nothing changes.
 */
export function syncManagedLists(lists: TeamList[], urls: readonly string[]): TeamList[] {
  const wanted: string[] = [];
  for (const raw of urls) {
    try {
      const url = normalizeListUrl(raw);
      if (!wanted.includes(url)) wanted.push(url);
    } catch {
      // Reported by the policy reader.
    }
  }
  let changed = false;
  const next: TeamList[] = [];
  for (const list of lists) {
    const inPolicy = wanted.some((u) => sameUrl(list.url, u));
    if (list.managed && !inPolicy) {
      changed = true;
      continue;
    }
    if (inPolicy && !list.managed) {
      changed = true;
      next.push({ ...list, managed: true });
    } else next.push(list);
  }
  for (const url of wanted) {
    if (!next.some((l) => sameUrl(l.url, url))) {
      changed = true;
      next.push({ url, managed: true });
    }
  }
  return changed ? next : lists;
}

/** True when a list has not been tried for at least `periodMs` (or never). */
export const isDue = (list: TeamList, now: number, periodMs: number) =>
  list.lastAttempt === undefined || now - list.lastAttempt >= periodMs;

/** The error shown when a list could not be reached and the extension lacks its host permission. */
const permissionMessage = (url: string) =>
  `Connection First needs permission to read ${new URL(url).origin}; subscribe again from the options page.`;

export interface ListStore {
  get(): Promise<TeamList[]>;
  set(lists: TeamList[]): Promise<void>;
}

export interface RefreshOptions {
  /** Refresh only this list (an address as subscribed); default all. */
  only?: string;
  fetch?: typeof fetch;
  timeoutMs?: FetchListOptions['timeoutMs'];
  now?: () => number;
  /** Lists fetched at once (default 2). */
  concurrency?: number;
  /**
   * Whether the extension may read this address's origin; asked only after a network failure,
   * to tell a missing host permission apart from a server that is down.
   */
  canRead?: (url: string) => Promise<boolean>;
}

/**
 * Stores one fetch's outcome into the lists as stored now (re-read, so a list added, removed or
 * marked meanwhile is neither lost nor brought back); answers the lists as stored. A new copy past
 * the storage budget, or one the browser refuses for its quota, is recorded as a failed update: the
 * previous copy stays, and so does every other list.
 */
async function storeOutcome(store: ListStore, url: string, outcome: FetchOutcome, at: number): Promise<TeamList[]> {
  const stored = await store.get();
  const index = stored.findIndex((l) => sameUrl(l.url, url));
  if (index < 0) return stored;
  const current = dropOverBudget(stored);
  const before = current[index]!;
  const withEntry = (entry: TeamList) => current.map((l, i) => (i === index ? entry : l));
  let entry = applyOutcome(before, outcome, at);
  const others = current.filter((_, i) => i !== index);
  const problem = outcome.kind === 'updated' ? budgetProblem(entry, others) : undefined;
  if (problem) entry = applyOutcome(before, failed(problem), at);
  try {
    await store.set(withEntry(entry));
    return withEntry(entry);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    // The previous copy with a short error is a few hundred bytes more than what is stored, not a new copy's megabyte.
    const kept = withEntry(applyOutcome(before, failed(STORAGE_FULL), at));
    await store.set(kept);
    return kept;
  }
}

/**
 * Fetches each list (or the one) with its validators and stores each result as it arrives (see
 * `storeOutcome`). Throws the first write that failed, after trying every list.
 */
export async function refreshLists(store: ListStore, options: RefreshOptions = {}): Promise<TeamList[]> {
  const now = options.now ?? Date.now;
  const lists = await store.get();
  const targets = options.only === undefined ? lists : lists.filter((l) => sameUrl(l.url, options.only!));
  if (targets.length === 0) return lists;

  let latest = lists;
  // Writes take turns, so two results arriving together do not overwrite each other; a write that
  // fails does not stop the ones after it, and the first failure is reported once all are done.
  let writing = Promise.resolve();
  let failure: unknown;
  const write = (url: string, outcome: FetchOutcome, at: number) => {
    writing = writing
      .then(async () => {
        latest = await storeOutcome(store, url, outcome, at);
      })
      .catch((error: unknown) => {
        failure ??= error;
      });
    return writing;
  };

  const refreshOne = async (list: TeamList) => {
    // Without a good copy, validators would only earn a 304 with nothing to keep: ask for the whole list.
    const validators = list.pack ? { etag: list.etag, lastModified: list.lastModified } : {};
    let outcome = await fetchTeamList(list.url, validators, { fetch: options.fetch, timeoutMs: options.timeoutMs });
    if (outcome.kind === 'failed' && outcome.network && options.canRead) {
      const allowed = await options.canRead(list.url).catch(() => true);
      if (!allowed) outcome = { kind: 'failed', error: permissionMessage(list.url), network: true };
    }
    await write(list.url, outcome, now());
  };

  const queue = [...targets];
  const workers = Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 2, queue.length)) }, async () => {
    for (let list = queue.shift(); list; list = queue.shift()) await refreshOne(list);
  });
  await Promise.all(workers);
  await writing;
  if (failure !== undefined) throw failure;
  return latest;
}
