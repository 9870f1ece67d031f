import { browser } from 'wxt/browser';
import { matchPattern, originCovers, type SiteOrigin } from '../sites/origins';
import { enabledSites, teamLists } from './items';

/**
 * Turns checking on for a site: asks the browser for access to it and adds it to the user's sites.
 * Call it straight from the click: the browser asks the user only during a user gesture. The site
 * is listed before the answer comes, so that the choice survives a popup that closes under the
 * browser's prompt; the background registers the loader once the permission is there
 * (permissions.onAdded), and the options page offers "Allow" for a site still waiting. A refusal
 * seen here takes the site off again. Answers whether access was granted.
 */
export function enableSite(origin: SiteOrigin): Promise<boolean> {
  const asked = browser.permissions.request({ origins: [matchPattern(origin)] });
  const listed = enabledSites
    .getValue()
    .then((mine) => (mine.includes(origin) ? undefined : enabledSites.setValue([...mine, origin])));
  return Promise.all([asked, listed]).then(async ([granted]) => {
    if (!granted) await enabledSites.setValue((await enabledSites.getValue()).filter((site) => site !== origin));
    return granted;
  });
}

/** Asks again for access to sites already listed (the policy's, or a user's whose prompt was dismissed). */
export function allowSites(origins: SiteOrigin[]): Promise<boolean> {
  return browser.permissions.request({ origins: origins.map(matchPattern) });
}

/**
 * Takes one of the user's sites away: off the list, and its host permission given back unless a
 * subscribed team list is read from there (the same permission lets the background fetch it).
 */
export async function removeSite(origin: SiteOrigin): Promise<void> {
  await enabledSites.setValue((await enabledSites.getValue()).filter((site) => site !== origin));
  const lists = await teamLists.getValue();
  if (!lists.some((list) => originCovers(origin, new URL(list.url).origin))) {
    await browser.permissions.remove({ origins: [matchPattern(origin)] }).catch(() => false);
  }
}
