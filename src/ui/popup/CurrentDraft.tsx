import { useEffect, useRef, useState } from 'preact/hooks';
import { KIND_TABLE, KINDS } from '../../engine/kinds';
import { isSiteOn } from '../../settings/items';
import type { CheckedSite } from '../../settings/model';
import { enableSite, removeSite } from '../../settings/sites';
import type { PageSite } from '../../sites';
import { kindStyle } from '../kind-style';
import { MeterList } from '../Meter';
import { askDraft, pauseDraft, type DraftInfo } from './active-tab';

/** How often the popup asks the page again while it is open (the draft can change under it). */
const DRAFT_POLL_MS = 1000;

/** The tab the popup was opened over, with the site checking serves there (none when it is off for the page). */
export interface TabSite {
  tabId: number;
  page: URL;
  site?: PageSite;
  /** How the site came to be checked, for a site beyond the mail sites. */
  by?: CheckedSite['by'];
}

interface Props {
  /** Undefined while looking up the tab; null when no page address can be read. */
  tab: TabSite | null | undefined;
  switches: Record<string, boolean>;
  onToggle: (siteKey: string, on: boolean) => void;
}

/**
 * The site the popup was opened over: its switch, and the draft being written there; or the way
 * to turn checking on.
 */
export function CurrentSite({ tab, switches, onToggle }: Props) {
  if (tab === undefined) return <section class="current" aria-busy="true" />;
  if (!tab?.site) return <NotChecked page={tab?.page} />;
  const { site } = tab;
  const on = isSiteOn(switches, site.key);
  return (
    <section class="current" data-cf="current-site" data-site={site.key} aria-labelledby="cf-current-site">
      <label class="switch">
        <span id="cf-current-site" class="site-name">
          {site.label}
        </span>
        <input
          type="checkbox"
          // A native checkbox reports its own checked state; ARIA in HTML forbids aria-checked on one.
          // biome-ignore lint/a11y/useAriaPropsForRole: the checked state is native
          role="switch"
          data-cf="current-site-toggle"
          data-site={site.key}
          checked={on}
          aria-label={`Check drafts on ${site.label}`}
          onChange={(event) => onToggle(site.key, (event.currentTarget as HTMLInputElement).checked)}
        />
        <span class="switch-state" aria-hidden="true">
          {on ? 'On' : 'Off'}
        </span>
      </label>
      {on ? (
        <DraftPanel tabId={tab.tabId} />
      ) : (
        <p class="muted" data-cf="site-off">
          Checking is off on {site.label}.
        </p>
      )}
      {tab.by === 'policy' && (
        <p class="muted" data-cf="site-by-policy">
          Your administrator turned checking on here.
        </p>
      )}
      {tab.by === 'user' && (
        <button type="button" class="link" data-cf="remove-site" onClick={() => void removeSite(site.key)}>
          Stop checking {site.label}
        </button>
      )}
    </section>
  );
}

/**
 * A page checking is not on for: on an HTTPS page, the button that turns it on for that site (the
 * browser asks the user for access first); elsewhere, where checking can happen.
 */
function NotChecked({ page }: { page?: URL }) {
  const [refused, setRefused] = useState(false);
  if (page?.protocol !== 'https:') {
    return (
      <section class="current" data-cf="current-site" data-site="">
        <p class="muted" data-cf="not-mail">
          Open Gmail or Outlook on the web, or a site where you write to customers, to check a draft.
        </p>
      </section>
    );
  }
  // Called straight from the click: the browser shows its prompt only during a user gesture.
  const enable = () => void enableSite(page.origin).then((granted) => setRefused(!granted));
  return (
    <section class="current" data-cf="current-site" data-site="">
      <p data-cf="not-checked">Connection First is not checking {page.host}.</p>
      <button type="button" data-cf="enable-site" onClick={enable}>
        Check my writing on this site
      </button>
      <p class="muted" data-cf="enable-note">
        {refused
          ? 'Your browser did not allow access to this site, so nothing is checked here.'
          : 'Your browser will ask you to allow access to this site. ' +
            'What you write is checked on this device and never sent anywhere.'}
      </p>
    </section>
  );
}

/** The current draft's counts by kind, its connection meter and its pause button; asks the checker in the tab. */
function DraftPanel({ tabId }: { tabId: number }) {
  // undefined: still asking; null: no draft open.
  const [draft, setDraft] = useState<DraftInfo | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // Answers can overtake each other (a poll and a pause): only the latest request may land.
  const latest = useRef(0);

  const settle = async (request: Promise<DraftInfo | undefined>) => {
    const ticket = ++latest.current;
    const answer = await request;
    if (ticket === latest.current) setDraft(answer ?? null);
  };

  useEffect(() => {
    let live = true;
    const ask = () => live && void settle(askDraft(tabId));
    ask();
    const timer = setInterval(ask, DRAFT_POLL_MS);
    return () => {
      live = false;
      latest.current++;
      clearInterval(timer);
    };
  }, [tabId]);

  if (draft === undefined) return <p class="muted" aria-busy="true" />;
  if (draft === null) {
    return (
      <p class="muted" data-cf="no-draft">
        No draft open.
      </p>
    );
  }

  const total = KINDS.reduce((sum, kind) => sum + draft.counts[kind], 0);
  const toggle = async () => {
    setBusy(true);
    try {
      await settle(pauseDraft(tabId, draft.frameId, !draft.paused));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="draft" data-cf="draft" data-paused={String(draft.paused)}>
      {draft.paused ? (
        <p class="muted" data-cf="draft-paused">
          Paused: nothing is marked in this draft.
        </p>
      ) : (
        <>
          <p class="draft-summary">
            {total === 0
              ? 'Nothing to look at in this draft.'
              : `${total} thing${total === 1 ? '' : 's'} to look at in this draft:`}
          </p>
          <ul class="counts" data-cf="draft-counts" aria-label="Findings in this draft by kind">
            {KINDS.map((kind) => (
              <li
                key={kind}
                data-cf="count"
                data-kind={kind}
                data-count={draft.counts[kind]}
                class={draft.counts[kind] ? '' : 'zero'}
              >
                <span class="swatch" style={kindStyle(kind)} aria-hidden="true" />
                <span class="kind">{KIND_TABLE[kind].label}</span>
                <span class="n">{draft.counts[kind]}</span>
              </li>
            ))}
          </ul>
          {draft.meter && <MeterList summary={draft.meter} class="meter" />}
        </>
      )}
      <button type="button" data-cf="pause-draft" disabled={busy} onClick={() => void toggle()}>
        {draft.paused ? 'Resume checking this draft' : 'Pause checking this draft'}
      </button>
    </div>
  );
}
