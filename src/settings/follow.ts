import { browser } from 'wxt/browser';

/** One key's change, as storage.onChanged reports it. */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

interface StorageFollowing<T> {
  /** Whether a change may change the value: a change it says no to costs nothing. */
  touches(changes: Record<string, StorageChange>, area: string): boolean;
  /** Reads the value afresh. */
  read(): Promise<T>;
  /** How long to wait for the rest of a burst (a save writes several keys) before reading once. */
  debounceMs: number;
  onValue(value: T): void;
  /** A read that failed; without it the failure is logged. */
  onError?(error: unknown): void;
}

interface StorageFollower {
  /** Reads now, without waiting for a change; a read already under way is dropped when it answers. */
  readNow(): void;
  stop(): void;
}

/**
 * Re-reads a value whenever storage changes in a way that may change it. A burst of changes gives one
 * read, and only the newest read answers: an older one that happens to finish later would put a
 * stale value over a fresh one. Nothing answers after `stop`.
 */
export function followStorage<T>(following: StorageFollowing<T>): StorageFollower {
  const { touches, read, debounceMs, onValue, onError = logFailure } = following;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let stopped = false;

  const readNow = () => {
    clearTimeout(timer);
    const mine = ++seq;
    const current = () => !stopped && mine === seq;
    read().then(
      (value) => {
        if (current()) onValue(value);
      },
      (error: unknown) => {
        if (current()) onError(error);
      },
    );
  };
  const listener = (changes: Record<string, StorageChange>, area: string) => {
    if (!touches(changes, area)) return;
    clearTimeout(timer);
    timer = setTimeout(readNow, debounceMs);
  };

  browser.storage.onChanged.addListener(listener);
  return {
    readNow,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(listener);
    },
  };
}

const logFailure = (error: unknown) => console.error('Connection First: reading settings failed', error);
