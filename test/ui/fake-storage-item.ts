/** A stand-in for a wxt storage item: value, setValue and watch, in memory. */
export function fakeStorageItem<T>(initial: T) {
  let value = initial;
  const watchers = new Set<(v: T) => void>();
  return {
    getValue: async () => value,
    setValue: async (next: T) => {
      value = next;
      for (const w of watchers) w(next);
    },
    watch: (cb: (v: T) => void) => {
      watchers.add(cb);
      return () => void watchers.delete(cb);
    },
    reset(v: T) {
      value = v;
      watchers.clear();
    },
    get watchers() {
      return watchers.size;
    },
  };
}
