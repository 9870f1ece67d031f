import { useEffect, useRef, useState } from 'preact/hooks';
import { KIND_TABLE, KINDS } from '../../engine/kinds';
import { isSiteOn } from '../../settings/items';
import { kindStyle } from '../kind-style';
import { MeterList } from '../Meter';
import { askDraft, pauseDraft, type DraftInfo, type MailTab } from './active-tab';

/** How often the popup asks the page again while it is open (the draft can change under it). */
const DRAFT_POLL_MS = 1000;

interface Props {
  /** Undefined while looking up the tab; null when it is not a mail page. */
  tab: MailTab | null | undefined;
  switches: Record<string, boolean>;
  onToggle: (siteId: string, on: boolean) => void;
}

/** The site the popup was opened over: its switch, and the draft being written there. */
export function CurrentSite({ tab, switches, onToggle }: Props) {
  if (tab === undefined) return <section class="current" aria-busy="true" />;
  if (tab === null) {
    return (
      <section class="current" data-cf="current-site" data-site="">
        <p class="muted" data-cf="not-mail">
          Open Gmail or Outlook on the web to check a draft.
        </p>
      </section>
    );
  }
  const on = isSiteOn(switches, tab.site.id);
  return (
    <section class="current" data-cf="current-site" data-site={tab.site.id} aria-labelledby="cf-current-site">
      <label class="switch">
        <span id="cf-current-site" class="site-name">
          {tab.site.label}
        </span>
        <input
          type="checkbox"
          // A native checkbox reports its own checked state; ARIA in HTML forbids aria-checked on one.
          // biome-ignore lint/a11y/useAriaPropsForRole: the checked state is native
          role="switch"
          data-cf="current-site-toggle"
          data-site={tab.site.id}
          checked={on}
          aria-label={`Check drafts on ${tab.site.label}`}
          onChange={(event) => onToggle(tab.site.id, (event.currentTarget as HTMLInputElement).checked)}
        />
        <span class="switch-state" aria-hidden="true">
          {on ? 'On' : 'Off'}
        </span>
      </label>
      {on ? (
        <DraftPanel tabId={tab.tabId} />
      ) : (
        <p class="muted" data-cf="site-off">
          Checking is off on {tab.site.label}.
        </p>
      )}
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
      await settle(pauseDraft(tabId, !draft.paused));
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
