import { type PageSite, pageSite } from '../sites';
import { checkedSites, isSiteOn, siteSwitches } from './items';
import type { CheckedSite } from './model';

/**
 * Whether checking is on for a page: its site (none when checking was never turned on there) and
 * that site's switch.
 */
export interface PageState {
  site?: PageSite;
  on: boolean;
}

type Page = { hostname: string; origin: string };

/**
 * This frame's page, by its origin. Not `location`: a frame without an address of its own
 * (about:blank, srcdoc, where TinyMCE and CKEditor 4 put their editable document) has the
 * address "about:srcdoc" and `location.origin` "null", but it is its parent's origin, which
 * `self.origin` gives.
 */
export function thisFrame(): Page {
  const { origin } = globalThis;
  try {
    return { origin, hostname: new URL(origin).hostname };
  } catch {
    return { origin, hostname: '' };
  }
}

/** Only sites the browser granted access to run anything: the others are waiting for the user's "Allow". */
export const grantedOrigins = (sites: readonly CheckedSite[]) =>
  sites.filter((site) => site.granted).map((site) => site.origin);

function stateOf(page: Page, switches: Record<string, boolean>, sites: readonly CheckedSite[]): PageState {
  const site = pageSite(page, grantedOrigins(sites));
  return { site, on: site !== undefined && isSiteOn(switches, site.key) };
}

/** The page's state now. */
export async function readPageState(page: Page): Promise<PageState> {
  const [switches, sites] = await Promise.all([siteSwitches.getValue(), checkedSites.getValue()]);
  return stateOf(page, switches, sites);
}

/**
 * Calls back with the page's state after each change of the switches or of the enabled sites (a
 * site removed in the options page stops checking in its open tabs at once). Returns the unsubscribe.
 */
export function watchPageState(page: Page, cb: (state: PageState) => void): () => void {
  const reread = () => void readPageState(page).then(cb);
  const stops = [siteSwitches.watch(reread), checkedSites.watch(reread)];
  return () => {
    for (const stop of stops) stop();
  };
}
