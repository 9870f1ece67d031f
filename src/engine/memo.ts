/**
 * A pure function of a string, remembered across rulesets. A ruleset is rebuilt whenever a setting
 * changes or a team list refreshes, and the new one repeats nearly all the old one's words, cues and
 * phrases: working them out again is most of what building a ruleset costs. The memory is bounded
 * (cleared when full), so a pack of a hundred thousand invented words cannot grow it without end.
 * Callers must treat what it returns as read-only: the same value is handed to every caller.
 */
export function memoByString<T>(work: (key: string) => T, limit = 20_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = work(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
