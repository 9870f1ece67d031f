/*
 * Every message that crosses between the extension's contexts (loader, background, checker, popup,
 * options page): its name and its shape, in one place so both ends agree.
 */
import type { FindingKind } from '../engine';

/** The loader content script asks the background to inject the checker into its frame. */
export const LOAD_CHECKER = 'connection-first:load-checker';

/** The checker's bundle, injected into the isolated world of a mail page. */
export const CHECKER_FILE = '/checker.js';

/** Options page → background: refresh one team list (`url`) or all of them; answers the updated lists. */
export const REFRESH_LISTS = 'connection-first:refresh-lists';

/** Popup → checker in the active tab: the state of the draft being written. */
export const DRAFT_STATUS = 'connection-first:draft-status';

/** Popup → checker: pause or resume checking of the draft being written. */
export const PAUSE_DRAFT = 'connection-first:pause-draft';

export interface DraftStatus {
  siteId: string;
  siteOn: boolean;
  /** The compose window last focused (or the only one); undefined when no compose is open. */
  draft?: { counts: Record<FindingKind, number>; paused: boolean };
}
