import { browser } from 'wxt/browser';
import { checkedSites, enabledSites } from '../../src/settings/items';
import type { CheckedSite } from '../../src/settings/model';
import { matchPattern, type SiteOrigin } from '../../src/sites/origins';
import { type ContentScriptEntry, runInOpenTabs } from './install';

/** The one registered content script that carries the loader to every enabled site. */
const SCRIPT_ID = 'enabled-sites';

/**
 * The loader and its styles as the manifest's mail entry lists them: the same files run on the
 * enabled sites, so nothing is built twice and the paths are the build's own. Firefox answers them
 * as full moz-extension:// addresses, which registerContentScripts refuses: they are made paths
 * inside the extension again.
 */
function loaderFiles(): Required<Pick<ContentScriptEntry, 'js' | 'css'>> {
  const [entry] = (browser.runtime.getManifest().content_scripts ?? []) as ContentScriptEntry[];
  const root = browser.runtime.getURL('/');
  const inside = <T extends string>(file: T) => (file.startsWith(root) ? file.slice(root.length) : file) as T;
  return { js: (entry?.js ?? []).map(inside), css: (entry?.css ?? []).map(inside) };
}

const granted = (origin: SiteOrigin) => browser.permissions.contains({ origins: [matchPattern(origin)] });

/** The policy's sites first (they cannot be removed), then the user's, each once, with the permission state. */
async function currentSites(policySites: readonly SiteOrigin[]): Promise<CheckedSite[]> {
  const mine = await enabledSites.getValue();
  const listed: { origin: SiteOrigin; by: CheckedSite['by'] }[] = policySites.map((origin) => ({
    origin,
    by: 'policy',
  }));
  for (const origin of Array.isArray(mine) ? mine : []) {
    if (!listed.some((site) => site.origin === origin)) listed.push({ origin, by: 'user' });
  }
  return Promise.all(listed.map(async (site) => ({ ...site, granted: await granted(site.origin) })));
}

/**
 * Registers the loader for `origins` (replacing the last registration), or takes it away when
 * there are none. Persistent: the browser keeps running it across restarts without the
 * background waking up. Every frame, and frames without an origin of their own (about:blank,
 * srcdoc: where TinyMCE and CKEditor 4 put their editable document) count as their parent's.
 */
async function registerLoader(origins: SiteOrigin[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = {
    id: SCRIPT_ID,
    matches: origins.map(matchPattern),
    ...loaderFiles(),
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  // Registering an id twice is an error ("Duplicate script ID"): update what is there instead.
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Open tabs of a site just turned on get the loader now, so nobody has to reload the page. */
async function reachTabs(origins: SiteOrigin[]): Promise<void> {
  if (origins.length) await runInOpenTabs({ matches: origins.map(matchPattern), ...loaderFiles(), all_frames: true });
}

/**
 * After an install or an update: the open tabs of the sites checked so far get the loader again,
 * as the mail tabs do (Chrome runs no script in a tab that was open before, and an updated copy's
 * old scripts no longer reach the extension).
 */
export async function reachSiteTabs(): Promise<void> {
  const sites = await checkedSites.getValue();
  await reachTabs(sites.filter((site) => site.granted).map((site) => site.origin));
}

/**
 * Brings the registration and `checkedSites` in line with the user's sites, the policy's
 * (`policySites`) and the permissions the browser holds; sites that became checkable start in
 * their open tabs at once. Called whenever one of the three changes.
 */
export async function syncSiteScripts(policySites: readonly SiteOrigin[]): Promise<void> {
  const before = await checkedSites.getValue();
  const sites = await currentSites(policySites);
  const running = sites.filter((site) => site.granted).map((site) => site.origin);
  await registerLoader(running);
  if (JSON.stringify(before) !== JSON.stringify(sites)) await checkedSites.setValue(sites);
  const wasRunning = new Set(before.filter((site) => site.granted).map((site) => site.origin));
  await reachTabs(running.filter((origin) => !wasRunning.has(origin)));
}
