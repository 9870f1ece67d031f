import { storage } from 'wxt/utils/storage';
import type { TeamList } from './model';

/** Per-site switch from the popup: site id → checking on. A site missing from the map is on. */
export const siteSwitches = storage.defineItem<Record<string, boolean>>('local:siteSwitches', {
  fallback: {},
  version: 1,
});

/** Full ids of rules the user turned off from a card ("turn off this rule"). */
export const disabledRules = storage.defineItem<string[]>('local:disabledRules', {
  fallback: [],
  version: 1,
});

/** Subscribed team lists with their last good copies, in subscription order. Never synced: they can be large. */
export const teamLists = storage.defineItem<TeamList[]>('local:teamLists', {
  fallback: [],
  version: 1,
});

export const isSiteOn = (switches: Record<string, boolean>, siteId: string) => switches[siteId] !== false;
