import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Chromium's storage.local quota for an extension without unlimitedStorage. */
const CHROMIUM_LOCAL_QUOTA = 10_485_760;

const itemBytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

/**
 * Makes the fake browser's storage.local enforce a quota as Chromium does (the fake enforces none):
 * a write that would take the area past `quota` bytes, counting each key and its value's JSON,
 * writes nothing and fails with Chromium's message. Removing always works.
 */
export function enforceLocalQuota(quota = CHROMIUM_LOCAL_QUOTA, message = 'Resource::kQuotaBytes quota exceeded') {
  const area = fakeBrowser.storage.local;
  const set = area.set.bind(area);
  return vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const after: Record<string, unknown> = { ...(await area.get(null)), ...items };
    const total = Object.entries(after).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    if (total > quota) throw new Error(message);
    return set(items);
  });
}

/** Fills storage.local to within `room` bytes of the quota, with a key nothing else reads. */
export async function fillLocal(room = 100, quota = CHROMIUM_LOCAL_QUOTA): Promise<void> {
  const area = fakeBrowser.storage.local;
  const used = Object.entries(await area.get(null)).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  const filler = quota - room - used - itemBytes('filler', '');
  await area.set({ filler: 'f'.repeat(filler) });
}
