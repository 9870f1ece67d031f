import { storage } from 'wxt/utils/storage';
import type { CheckedSite, FalseAlarmReport, PersonalCopy, TeamList } from './model';

/** Per-site switch from the popup: site id → checking on. A site missing from the map is on. */
export const siteSwitches = storage.defineItem<Record<string, boolean>>('local:siteSwitches', {
  fallback: {},
  version: 1,
});

/**
 * Sites the user turned checking on for with "Check my writing on this site" (origins in the normal
 * form of src/sites/origins.ts), in the order they were added. Local: the host permission behind
 * each is granted per browser.
 */
export const enabledSites = storage.defineItem<string[]>('local:enabledSites', {
  fallback: [],
  version: 1,
});

/**
 * Every site checking is on for beyond the mail sites: the user's and the policy's, with the
 * permission state. Written by the background only (entrypoints/background/site-scripts.ts); the
 * loader, the popup and the options page read it.
 */
export const checkedSites = storage.defineItem<CheckedSite[]>('local:checkedSites', {
  fallback: [],
  version: 1,
});

/**
 * The frames of each tab where the background injected a checker (tab id → frame ids), so the popup
 * can find a draft written in a frame (TinyMCE's, CKEditor 4's). Session storage: gone when the
 * browser closes, as the tabs are.
 */
export const checkerFrames = storage.defineItem<Record<string, number[]>>('session:checkerFrames', {
  fallback: {},
  version: 1,
});

/**
 * Superseded: full ids of rules the user turned off from a card. Kept only so `personal.ts` can
 * move an old value into the personal pack's `disable` list (and then remove it); nothing
 * writes it any more.
 * @deprecated use `disableRule` / `enableRule` from `./personal`.
 */
export const disabledRules = storage.defineItem<string[]>('local:disabledRules', {
  fallback: [],
  version: 1,
});

/**
 * This browser's copy of the personal rule pack, and where it lives (see personal.ts): always
 * written on save, read instead of storage.sync when the pack is too large to sync, and the fallback
 * when the synced copy is missing or half-written.
 */
export const personalCopy = storage.defineItem<PersonalCopy | null>('local:personal', {
  fallback: null,
  version: 1,
});

/** Subscribed team lists with their last good copies, in subscription order. Never synced: they can be large. */
export const teamLists = storage.defineItem<TeamList[]>('local:teamLists', {
  fallback: [],
  version: 1,
});

/**
 * The administrator's policy as the browser last answered it (the raw values of its keys; `{}` for
 * no policy). Chromium answers the first read of managed storage seconds after it starts; until it
 * does, this stands in, so a locked rule is locked from the first build (see managed.ts).
 */
export const lastPolicy = storage.defineItem<Record<string, unknown> | null>('local:lastPolicy', {
  fallback: null,
  version: 1,
});

/** "Not right here" reports, oldest first, at most `REPORT_LIMIT` (see reports.ts). Never synced, never sent. */
export const falseAlarmReports = storage.defineItem<FalseAlarmReport[]>('local:reports', {
  fallback: [],
  version: 1,
});

export const isSiteOn = (switches: Record<string, boolean>, siteId: string) => switches[siteId] !== false;
