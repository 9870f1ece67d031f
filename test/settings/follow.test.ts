import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followStorage } from '../../src/settings/follow';
import { eventually } from '../eventually';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A read whose answers the test hands out, in any order. */
function reads() {
  const pending: ((value: number) => void)[] = [];
  const failing: ((error: unknown) => void)[] = [];
  return {
    read: vi.fn(
      () =>
        new Promise<number>((resolve, reject) => {
          pending.push(resolve);
          failing.push(reject);
        }),
    ),
    answer: (i: number, value: number) => pending[i]!(value),
    fail: (i: number, error: unknown) => failing[i]!(error),
  };
}

describe('followStorage', () => {
  it('reads once per burst of changes it cares about, and not for others', async () => {
    const { read, answer } = reads();
    const seen: number[] = [];
    const { stop } = followStorage({
      touches: (changes, area) => area === 'local' && 'wanted' in changes,
      read,
      debounceMs: 20,
      onValue: (v) => seen.push(v),
    });
    await fakeBrowser.storage.local.set({ wanted: 1 });
    await fakeBrowser.storage.local.set({ wanted: 2 });
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.sync.set({ wanted: 1 });
    await tick(60);
    expect(read).toHaveBeenCalledTimes(1);
    answer(0, 7);
    await eventually(() => expect(seen).toEqual([7]));
    stop();
  });

  it('drops an older read that answers after a newer one', async () => {
    const { read, answer } = reads();
    const seen: number[] = [];
    const follower = followStorage({ touches: () => true, read, debounceMs: 20, onValue: (v) => seen.push(v) });
    follower.readNow();
    follower.readNow();
    answer(1, 2);
    answer(0, 1);
    await tick(0);
    expect(seen).toEqual([2]);
    follower.stop();
  });

  it('reports a failed read to onError, and nothing after stop', async () => {
    const { read, answer, fail } = reads();
    const seen: unknown[] = [];
    const errors: unknown[] = [];
    const follower = followStorage({
      touches: () => true,
      read,
      debounceMs: 20,
      onValue: (v) => seen.push(v),
      onError: (e) => errors.push(e),
    });
    follower.readNow();
    fail(0, 'unreadable');
    await tick(0);
    expect(errors).toEqual(['unreadable']);
    follower.readNow();
    follower.stop();
    answer(1, 3);
    await fakeBrowser.storage.local.set({ any: 1 });
    await tick(60);
    expect(seen).toEqual([]);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
