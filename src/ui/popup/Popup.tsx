import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { activeMailTab, type MailTab } from './active-tab';
import { CurrentSite } from './CurrentDraft';
import { SiteSwitches, useSiteSwitches } from './SiteSwitches';
import { TeamLists } from './TeamLists';

/**
 * The toolbar popup: the site and draft it was opened over (on/off, counts, pause), the team
 * lists at a glance, every site's switch, and the way to the options page.
 */
export function Popup() {
  const [switches, toggle] = useSiteSwitches();
  const [tab, setTab] = useState<MailTab | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void activeMailTab().then((found) => live && setTab(found ?? null));
    return () => {
      live = false;
    };
  }, []);

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
      {switches && <CurrentSite tab={tab} switches={switches} onToggle={toggle} />}
      <TeamLists />
      {switches && (
        <section class="all-sites">
          <SiteSwitches switches={switches} onToggle={toggle} />
        </section>
      )}
    </main>
  );
}
