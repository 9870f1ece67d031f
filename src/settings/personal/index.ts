/**
 * The personal rule pack: the user's own phrase rules, the rules they switched off (`disable`) and
 * any `overrides`; merged last. Stored in storage.sync while it fits (store.ts, sync-chunks.ts),
 * written one change at a time (queue.ts), followed for changes (watch.ts).
 *
 * Only what code outside this folder uses is exported here.
 */
export { emptyPersonalPack } from './check';
export { disableRule, enableRule, loadPersonalPack, savePersonalPack, updatePersonalPack } from './queue';
export type { PersonalState } from './store';
export {
  chunkPack,
  chunksFromArea,
  fitsSync,
  hashText,
  itemBytes,
  joinChunks,
  SYNC_LIMITS,
  SYNC_META_KEY,
  syncChunkKey,
} from './sync-chunks';
export { touchesPersonal, watchPersonalPack } from './watch';
