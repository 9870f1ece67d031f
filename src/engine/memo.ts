/**
 * Looks `key` up in `cache`, working it out on a miss. A full cache is emptied before the new entry
 * goes in, so however many distinct keys come (a 5 MB paste, a pack of a hundred thousand invented
 * words) it never holds more than `limit`.
 */
export function cachedIn<T>(cache: Map<string, T>, limit: number, key: string, work: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = work();
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/**
 * A pure function of a string, remembered across calls in a bounded cache (see `cachedIn`). A
 * ruleset is rebuilt whenever a setting changes or a team list refreshes, and the new one repeats
 * nearly all the old one's words, cues and phrases: working them out again is most of what building
 * a ruleset costs. Callers must treat what it returns as read-only: the same value is handed to
 * every caller.
 */
export function memoByString<T>(work: (key: string) => T, limit = 20_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => cachedIn(known, limit, key, () => work(key));
}
