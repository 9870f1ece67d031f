import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  CHECKER_FILE,
  GET_SHORTCUT,
  LOAD_CHECKER,
  REFRESH_LISTS,
  REPORT_FINDING,
  TURN_OFF_RULE,
  TURN_ON_RULE,
} from '../../src/messaging/messages';
import { checkerFrames, enabledSites, teamLists } from '../../src/settings/items';
import { followManagedPolicy, readManagedPolicy, watchManagedPolicy } from '../../src/settings/managed';
import type { TeamList } from '../../src/settings/model';
import { isDue, refreshLists, REFRESH_PERIOD_MINUTES, syncManagedLists } from '../../src/team-lists/subscription';
import { currentShortcut, routeCommand } from './commands';
import { afterInstall } from './install';
import { reportFinding } from './report';
import { reachSiteTabs, syncSiteScripts } from './site-scripts';
import { turnOffRule, turnOnRule } from './turn-off-rule';

const REFRESH_ALARM = 'refresh-team-lists';

/**
 * Notes a frame the checker runs in, for the popup (see `checkerFrames`); a failure only costs the
 * popup that frame.
 */
async function rememberFrame(tabId: number, frameId: number): Promise<void> {
  try {
    const frames = await checkerFrames.getValue();
    const known = frames[tabId] ?? [];
    if (!known.includes(frameId)) await checkerFrames.setValue({ ...frames, [tabId]: [...known, frameId] });
  } catch (error) {
    console.warn('Connection First: could not note the frame a checker runs in', error);
  }
}

async function forgetTab(tabId: number): Promise<void> {
  const frames = await checkerFrames.getValue();
  if (!(tabId in frames)) return;
  const { [tabId]: _gone, ...rest } = frames;
  await checkerFrames.setValue(rest);
}

async function injectChecker(tabId: number, frameId: number): Promise<void> {
  // Default world is the extension's isolated world: nothing runs in the page's own scripts.
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CHECKER_FILE] });
  } else {
    await browser.tabs.executeScript(tabId, { file: CHECKER_FILE, frameId });
  }
}

const listStore = {
  get: () => teamLists.getValue(),
  set: (lists: TeamList[]) => teamLists.setValue(lists),
};

/** Host permission for the list's origin, granted at subscribe time (optional host permissions). */
const canRead = (url: string) => browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });

// One refresh at a time: the alarm, start-up and "refresh now" never fetch the same list twice at once.
let refreshing: Promise<unknown> = Promise.resolve();

/**
 * Fetching team lists is the extension's only network use, and it happens here only: the lists
 * the user or the administrator subscribed to, nothing else.
 */
function refresh(only?: string): Promise<TeamList[]> {
  const run = refreshing.then(async () => {
    await followPolicy((await readManagedPolicy()).teamListUrls);
    return refreshLists(listStore, { only, canRead });
  });
  refreshing = run.catch((error) => console.error('Connection First: refreshing team lists failed', error));
  return run;
}

/** The administrator's lists are subscribed (and marked managed) before any refresh. */
async function followPolicy(urls: string[]): Promise<void> {
  const lists = await teamLists.getValue();
  const synced = syncManagedLists(lists, urls);
  if (synced !== lists) await teamLists.setValue(synced);
}

async function ensureAlarm(): Promise<void> {
  // Alarms usually survive restarts but are not guaranteed to: create it when missing only, so a
  // restart does not push the next refresh back.
  if (!(await browser.alarms.get(REFRESH_ALARM))) {
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_PERIOD_MINUTES });
  }
}

async function refreshIfDue(): Promise<void> {
  await followPolicy((await readManagedPolicy()).teamListUrls);
  const lists = await teamLists.getValue();
  const now = Date.now();
  if (lists.some((l) => isDue(l, now, REFRESH_PERIOD_MINUTES * 60_000))) await refresh();
}

// One sync at a time, in order: a burst of changes (a site added, its permission granted) never
// registers an older list over a newer one.
let syncing: Promise<unknown> = Promise.resolve();
/**
 * The policy's sites as last known; undefined until the policy is first known. Chromium answers
 * the first read of managed storage many seconds after it starts; followManagedPolicy stands in
 * with the policy it answered last time, so the sites neither wait for it nor lose the policy's
 * sites meanwhile.
 */
let policySites: string[] | undefined;

/** Brings the enabled sites' loader registration in line with the lists and permissions (site-scripts.ts). */
function syncSites(): void {
  const known = policySites;
  if (!known) return; // the first policy answer syncs
  syncing = syncing
    .then(() => syncSiteScripts(known))
    .catch((error) => console.error('Connection First: updating the sites to check failed', error));
}

/** Only the extension's own pages (options, popup) may ask for a refresh; never a mail page's content script. */
const fromExtensionPage = (sender: Browser.runtime.MessageSender) =>
  sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const { type, url } = (message ?? {}) as { type?: unknown; url?: unknown };
    if (type === LOAD_CHECKER && sender.tab?.id !== undefined) {
      void rememberFrame(sender.tab.id, sender.frameId ?? 0);
      return injectChecker(sender.tab.id, sender.frameId ?? 0);
    }
    if (type === REFRESH_LISTS && fromExtensionPage(sender)) return refresh(typeof url === 'string' ? url : undefined);
    if (type === TURN_OFF_RULE) return turnOffRule(message, sender);
    if (type === TURN_ON_RULE) return turnOnRule(message, sender);
    if (type === REPORT_FINDING) return reportFinding(message, sender);
    if (type === GET_SHORTCUT && sender.id === browser.runtime.id) return currentShortcut();
    return undefined;
  });

  browser.commands.onCommand.addListener((command, tab) => void routeCommand(command, tab));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => undefined));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refresh();
  });

  const start = () => {
    void ensureAlarm()
      .then(refreshIfDue)
      .catch((error) => console.error('Connection First: scheduling team-list refreshes failed', error));
  };
  // A policy pushed while the browser runs takes effect at once (Firefox reads policy only at start):
  // its lists are subscribed, and a list never tried is fetched. A change elsewhere in the policy (the
  // sites, say) or a browser re-reading its policy files fetches nothing the schedule has not made due.
  watchManagedPolicy(
    () => void refreshIfDue().catch((error) => console.error('Connection First: following the policy failed', error)),
  );
  // Called back at every start of the background (from the remembered policy at once) and after
  // each change: the sites are synced then.
  followManagedPolicy((policy) => {
    policySites = policy.enabledSites;
    syncSites();
  });
  // A site turned on or off, or its access granted or withdrawn (also from the browser's own UI).
  enabledSites.watch(syncSites);
  browser.permissions.onAdded.addListener(syncSites);
  browser.permissions.onRemoved.addListener(syncSites);
  browser.runtime.onInstalled.addListener(start);
  // Open mail tabs get the loader on install and update; the welcome page opens on install only.
  browser.runtime.onInstalled.addListener((details) => void afterInstall(details));
  // So do the open tabs of the sites checked so far.
  browser.runtime.onInstalled.addListener(
    () =>
      void reachSiteTabs().catch((error) =>
        console.error('Connection First: reaching the open site tabs failed', error),
      ),
  );
  browser.runtime.onStartup.addListener(start);
});
