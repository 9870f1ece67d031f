import { browser, type Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/** The welcome page (entrypoints/welcome), opened once when the extension is first installed. */
export const WELCOME_PAGE = '/welcome.html';

/** The part of a manifest `content_scripts` entry that says what runs where. */
export interface ContentScriptEntry {
  matches?: string[];
  /** Paths in this build, as the manifest lists them (so they exist). */
  js?: ScriptPublicPath[];
  css?: string[];
  all_frames?: boolean;
}

/**
 * Runs one manifest content-script entry (its styles, then its scripts) in one tab, as the
 * browser would have on a page load. Scripting where the browser has it (Chrome MV3, Firefox
 * 102+); `tabs` otherwise.
 */
async function runEntry(tabId: number, entry: ContentScriptEntry): Promise<void> {
  const allFrames = entry.all_frames ?? false;
  const css = entry.css ?? [];
  const js = entry.js ?? [];
  if (browser.scripting) {
    if (css.length) await browser.scripting.insertCSS({ target: { tabId, allFrames }, files: css });
    if (js.length) await browser.scripting.executeScript({ target: { tabId, allFrames }, files: js });
    return;
  }
  for (const file of css) await browser.tabs.insertCSS(tabId, { file, allFrames });
  for (const file of js) await browser.tabs.executeScript(tabId, { file, allFrames });
}

/**
 * A browser runs a manifest's content scripts only in pages loaded after the extension was
 * installed or updated (Chrome; Firefox runs them in open pages too). A Gmail or Outlook tab that
 * was open at that moment would show nothing until reloaded, and after an update its old scripts
 * no longer reach the extension. So each open tab that an entry matches gets that entry run once,
 * by the same files. The loader and the checker are made for a second run: it changes nothing.
 * Discarded tabs are left alone; they load the scripts when the user comes back to them.
 */
export async function reachOpenTabs(): Promise<void> {
  const entries = (browser.runtime.getManifest().content_scripts ?? []) as ContentScriptEntry[];
  for (const entry of entries) if (entry.matches?.length) await runInOpenTabs(entry);
}

/** Runs `entry` once in every open tab its `matches` cover (discarded tabs excepted). */
export async function runInOpenTabs(entry: ContentScriptEntry): Promise<void> {
  const tabs = await browser.tabs.query({ url: entry.matches });
  await Promise.all(
    tabs
      .filter((tab): tab is Browser.tabs.Tab & { id: number } => tab.id !== undefined && !tab.discarded)
      .map((tab) =>
        runEntry(tab.id, entry).catch((error) =>
          // A tab may close, navigate away or show an error page meanwhile: skip it, keep the others.
          console.warn('Connection First: could not start in an open tab', tab.id, error),
        ),
      ),
  );
}

/**
 * Whether an administrator installed this copy for everyone (policy, `installType` "admin"): nobody on
 * this machine asked for it, so no welcome page opens in front of their work. Reading the extension's
 * own install record needs no permission; where a browser lacks it, the page opens as for anyone.
 */
async function installedByAdmin(): Promise<boolean> {
  try {
    const self = await browser.management?.getSelf?.();
    return self?.installType === 'admin';
  } catch {
    return false;
  }
}

/**
 * After an install or an update: the open mail tabs get the loader; after a first install only,
 * the welcome page opens, unless an administrator installed it (an update, or the browser's own
 * update, opens nothing).
 */
export async function afterInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install' && details.reason !== 'update') return;
  const opening =
    details.reason === 'install'
      ? installedByAdmin().then((admin) =>
          admin ? undefined : browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).then(() => undefined),
        )
      : Promise.resolve();
  await Promise.all([
    opening.catch((error) => console.error('Connection First: opening the welcome page failed', error)),
    reachOpenTabs().catch((error) => console.error('Connection First: reaching the open mail tabs failed', error)),
  ]);
}
