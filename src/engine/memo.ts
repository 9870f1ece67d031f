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

interface IdentityNode<T> {
  next: WeakMap<object, IdentityNode<T>>;
  value?: T;
  known: boolean;
}

/**
 * A function of some objects, remembered by their identity for as long as they live (a chain of
 * WeakMaps, so nothing is kept alive by it). Rulesets rebuilt from the same packs share their cue
 * lists and models (see `buildRuleset`), so a detector keyed on them prepares its patterns once
 * however often a setting changes back and forth.
 */
export function memoByIdentity<T>(): (keys: readonly object[], work: () => T) => T {
  const root: IdentityNode<T> = { next: new WeakMap(), known: false };
  return (keys, work) => {
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new WeakMap(), known: false };
        node.next.set(key, child);
      }
      node = child;
    }
    if (!node.known) {
      node.value = work();
      node.known = true;
    }
    return node.value as T;
  };
}
