import { followStorage } from '../follow';
import { personalCopy } from '../items';
import { loadPersonalPack } from './queue';
import type { PersonalState } from './store';
import { isChunkKey, SYNC_META_KEY } from './sync-chunks';

/** Keys whose change may change the personal pack, by storage area. */
export function touchesPersonal(changes: Record<string, unknown>, area: string): boolean {
  if (area === 'local') return personalCopy.key.slice('local:'.length) in changes;
  if (area === 'sync') return Object.keys(changes).some((k) => k === SYNC_META_KEY || isChunkKey(k));
  return false;
}

const WATCH_DEBOUNCE_MS = 50;

/**
 * Calls back with the personal pack after each change (a save here, in another tab or in another
 * browser through sync); a burst of changes (chunks, meta, local copy) gives one call, and a change
 * that leaves the pack and where it lives as they were gives none.
 */
export function watchPersonalPack(cb: (value: PersonalState) => void): () => void {
  let last = '';
  return followStorage({
    touches: touchesPersonal,
    read: loadPersonalPack,
    debounceMs: WATCH_DEBOUNCE_MS,
    onValue: (value) => {
      const key = `${value.storage}\u0000${JSON.stringify(value.pack)}`;
      if (key === last) return;
      last = key;
      cb(value);
    },
    onError: (error) => console.error('Connection First: reading personal rules failed', error),
  }).stop;
}
