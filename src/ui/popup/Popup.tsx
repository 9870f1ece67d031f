import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CheckedSite } from '../../settings/model';
import { grantedOrigins } from '../../settings/page-site';
import { pageSite } from '../../sites';
import { useCheckedSites, useSiteSwitches } from '../sites-live';
import { type ActiveTab, activeTab } from './active-tab';
import { CurrentSite, type TabSite } from './CurrentDraft';
import { SiteSwitches } from './SiteSwitches';
import { TeamLists } from './TeamLists';

/** The site checking serves in the tab (a mail site, or an enabled site with access granted), and who turned it on. */
function siteOfTab(tab: ActiveTab, sites: CheckedSite[]): TabSite {
  const site = pageSite(tab.page, grantedOrigins(sites));
  return { ...tab, site, by: sites.find((checked) => checked.origin === site?.key)?.by };
}

/**
 * The toolbar popup: the site and draft it was opened over (on/off, counts, pause), the team
 * lists at a glance, every site's switch, and the way to the options page.
 */
export function Popup() {
  const [switches, toggle] = useSiteSwitches();
  const sites = useCheckedSites();
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void activeTab().then((found) => live && setTab(found ?? null));
    return () => {
      live = false;
    };
  }, []);
  const tabSite = tab && sites ? siteOfTab(tab, sites) : tab === null ? null : undefined;

  return (
    <main>
      <header>
        <h1>Connection First</h1>
        <button
          type="button"
          class="link"
          data-cf="open-options"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Options
        </button>
      </header>
      {switches && <CurrentSite tab={tabSite} switches={switches} onToggle={toggle} />}
      <TeamLists />
      {switches && sites && (
        <section class="all-sites">
          <SiteSwitches switches={switches} onToggle={toggle} sites={sites} />
        </section>
      )}
    </main>
  );
}
