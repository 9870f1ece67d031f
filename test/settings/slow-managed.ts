import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Makes the fake browser's managed storage as slow as Chromium's first read after start: its
 * reads wait until `answer()` is called. Returns `answer`.
 */
export function slowManagedStorage(): () => void {
  const get = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
  let answer!: () => void;
  const slow = new Promise<void>((resolve) => (answer = resolve));
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async (keys) => {
    await slow;
    return get(keys);
  });
  return answer;
}
