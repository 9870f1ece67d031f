import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { REFRESH_LISTS } from '../../messaging/messages';
import type { UnknownReference } from '../../rules';
import type { ActiveRules } from '../../settings/active-ruleset';
import { teamLists } from '../../settings/items';
import type { ManagedPolicy, TeamList } from '../../settings/model';
import { clipError } from '../../team-lists/budget';
import { subscribe, unsubscribe } from '../../team-lists/subscription';
import { CappedList } from './CappedList';
import { errorMessage, type Live } from './live';
import { unknownReferenceLines } from './references';
import { exactTime, relativeTime } from './time';

/** The current time, ticking every minute so "3 minutes ago" stays true. */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const rules = (n: number) => `${n} rule${n === 1 ? '' : 's'}`;
/** " (from <when>)" after "the last good copy", when the list ever loaded. */
const lastGoodSince = (list: TeamList) =>
  typeof list.lastSuccess === 'number' ? ` (from ${exactTime(list.lastSuccess)})` : '';
const originOf = (url: string) => new URL(url).origin;

/** Asks the background to fetch one list (or all) now; answers the updated lists. */
const refresh = (url?: string) =>
  browser.runtime.sendMessage({ type: REFRESH_LISTS, ...(url ? { url } : {}) }) as Promise<TeamList[] | undefined>;

/** Gives up read access to an origin no remaining list needs; best effort (a required host cannot be dropped). */
async function releaseOrigin(url: string, remaining: TeamList[]) {
  const origin = originOf(url);
  if (remaining.some((l) => originOf(l.url) === origin)) return;
  try {
    await browser.permissions?.remove({ origins: [`${origin}/*`] });
  } catch {
    // Required or never granted: nothing to release.
  }
}

interface Props {
  lists: Live<TeamList[]>;
  policy: Live<ManagedPolicy>;
  /** The rules in force: where a list or the policy's pack names rules that do not exist. */
  active?: ActiveRules;
}

/** Team lists by https address: subscribe, see each one's state, refresh now, remove. */
export function TeamLists({ lists, policy, active }: Props) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [note, setNote] = useState<string>();
  const now = useNow();
  const current = lists.value;

  const onSubscribe = (e: Event) => {
    e.preventDefault();
    setError(undefined);
    setNote(undefined);
    if (busy) return;
    const raw = url.trim();
    if (!raw) return setError('Paste the https:// address of the list.');
    // Everything up to the permission request is synchronous: the request must run inside this
    // user gesture, or the browser refuses to show its prompt.
    let address: string;
    try {
      address = subscribe(current ?? [], raw).at(-1)!.url;
    } catch (err) {
      return setError(errorMessage(err));
    }
    const origin = originOf(address);
    const permissions = browser.permissions;
    if (typeof permissions?.request !== 'function') {
      return setError(
        `This browser does not let Connection First ask for access to ${origin}, so the list cannot be read.`,
      );
    }
    let asked: Promise<boolean>;
    try {
      asked = permissions.request({ origins: [`${origin}/*`] });
    } catch (err) {
      return setError(`Connection First could not ask for access to ${origin}: ${errorMessage(err)}`);
    }
    setBusy(true);
    asked
      .then(async (granted) => {
        if (!granted) {
          setError(
            `Access to ${origin} was not granted, so the list cannot be read. Subscribe again and choose “Allow”.`,
          );
          return;
        }
        await teamLists.setValue(subscribe(await teamLists.getValue(), address));
        setUrl('');
        setNote(`Subscribed. Downloading the list from ${origin}…`);
        const updated = await refresh(address);
        const list = updated?.find((l) => l.url === address);
        if (list?.lastError) setNote('Subscribed, but the first download failed: see the error below.');
        else if (list?.pack) setNote(`Subscribed to ${list.name ?? address}: ${rules(list.ruleCount ?? 0)}.`);
        else setNote('Subscribed.');
      })
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setBusy(false));
  };

  const policyErrors = policy.value?.errors ?? [];
  const managedPacks = policy.value?.packs ?? [];
  const references = active?.unknownReferences;

  return (
    <section class="card" aria-labelledby="cf-lists-title" data-cf="team-lists">
      <h2 id="cf-lists-title">Shared team lists</h2>
      <p class="intro">
        Subscribe to a rule pack your team keeps at an https address (JSON or a plain list). It is checked every 6
        hours; if an update fails, the last good copy stays in force.
      </p>

      <form class="subscribe" onSubmit={onSubscribe} noValidate>
        <label for="cf-list-url">List address</label>
        <div class="row">
          <input
            id="cf-list-url"
            type="url"
            inputMode="url"
            data-cf="list-url"
            placeholder="https://example.com/team-rules.json"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
            aria-describedby="cf-list-url-help"
            aria-invalid={error ? true : undefined}
          />
          <button type="submit" class="primary" data-cf="subscribe" disabled={busy}>
            Subscribe
          </button>
        </div>
        <p id="cf-list-url-help" class="help">
          Your browser will ask to let Connection First read that one site, and no other.
        </p>
        {error && (
          <p class="error" role="alert" data-cf="subscribe-error">
            {error}
          </p>
        )}
        {note && (
          <p class="note" role="status" data-cf="subscribe-note">
            {note}
          </p>
        )}
      </form>

      {policyErrors.length > 0 && (
        <div class="warning" role="note" data-cf="policy-errors">
          <p>Your administrator's policy has problems; the parts affected are not applied:</p>
          <CappedList lines={policyErrors} itemCf="policy-error" />
        </div>
      )}
      {lists.error && (
        <p class="error" role="alert">
          Your team lists could not be read: {lists.error}
        </p>
      )}

      {current && current.length === 0 && managedPacks.length === 0 && <p class="muted">No team lists yet.</p>}
      {(current?.length ?? 0) + managedPacks.length > 0 && (
        <ul class="lists">
          {current?.map((list) => (
            <ListRow key={list.url} list={list} now={now} references={references} />
          ))}
          {managedPacks.map((pack) => (
            <li key={`managed:${pack.name}`} class="list" data-cf="managed-pack">
              <div class="list-head">
                <span class="list-name">{pack.name}</span>
                <span class="muted">version {pack.version}</span>
                <span class="tag managed">Managed by your organisation</span>
              </div>
              <p class="muted">{rules(pack.rules?.length ?? 0)}, set in your administrator's policy</p>
              <UnknownReferences lines={unknownReferenceLines(references, pack.name, 'This pack')} />
            </li>
          ))}
        </ul>
      )}
      {current && current.length > 1 && <RefreshAll />}
    </section>
  );
}

function RefreshAll() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <p class="buttons">
      <button
        type="button"
        data-cf="refresh-all"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(undefined);
          refresh()
            .catch((err: unknown) => setError(`The lists could not be refreshed: ${errorMessage(err)}`))
            .finally(() => setBusy(false));
        }}
      >
        {busy ? 'Refreshing…' : 'Refresh all now'}
      </button>
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </p>
  );
}

/** A pack's switch-offs and re-wordings of rules that do not exist, shown with the pack. */
function UnknownReferences({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <div class="warning" role="note" data-cf="unknown-references">
      <CappedList lines={lines} itemCf="unknown-reference" />
    </div>
  );
}

interface RowProps {
  list: TeamList;
  now: number;
  references?: readonly UnknownReference[];
}

function ListRow({ list, now, references }: RowProps) {
  const [busy, setBusy] = useState<'refresh' | 'remove'>();
  const [error, setError] = useState<string>();
  const name = typeof list.name === 'string' && list.name.trim() ? list.name : list.url;
  const hasCopy = !!list.pack;
  const titleId = `cf-list-${encodeURIComponent(list.url).replace(/%/g, '_')}`;

  const onRefresh = () => {
    setBusy('refresh');
    setError(undefined);
    refresh(list.url)
      .catch((err: unknown) => setError(`Could not refresh: ${errorMessage(err)}`))
      .finally(() => setBusy(undefined));
  };

  const onRemove = () => {
    setBusy('remove');
    setError(undefined);
    teamLists
      .getValue()
      .then(async (stored) => {
        const remaining = unsubscribe(stored, list.url);
        await teamLists.setValue(remaining);
        await releaseOrigin(list.url, remaining);
      })
      .catch((err: unknown) => {
        setError(errorMessage(err));
        setBusy(undefined);
      });
  };

  return (
    <li
      class={`list${list.lastError ? ' failing' : ''}`}
      data-cf="team-list"
      data-url={list.url}
      aria-labelledby={titleId}
    >
      <div class="list-head">
        <span class="list-name" id={titleId} data-cf="list-name">
          {name}
        </span>
        {list.version && <span class="muted">version {list.version}</span>}
        {list.managed && (
          <span class="tag managed" data-cf="managed">
            Managed by your organisation
          </span>
        )}
      </div>
      {name !== list.url && <p class="list-url muted">{list.url}</p>}
      <p class="list-state" data-cf="list-state">
        {hasCopy ? `${rules(list.ruleCount ?? list.pack?.rules?.length ?? 0)}` : 'Not loaded yet'}
        {typeof list.lastSuccess === 'number' && (
          <>
            {' · updated '}
            <time
              dateTime={new Date(list.lastSuccess).toISOString()}
              title={exactTime(list.lastSuccess)}
              data-cf="list-updated"
            >
              {relativeTime(list.lastSuccess, now)}
            </time>
          </>
        )}
      </p>
      {list.lastError && (
        <div class="warning" role="note">
          <p>
            {'Last update failed'}
            {typeof list.lastAttempt === 'number' && (
              <>
                {' '}
                <time dateTime={new Date(list.lastAttempt).toISOString()} title={exactTime(list.lastAttempt)}>
                  {relativeTime(list.lastAttempt, now)}
                </time>
              </>
            )}
            :
          </p>
          <p class="list-error" data-cf="list-error">
            {clipError(String(list.lastError))}
          </p>
          <p>
            {hasCopy
              ? `The last good copy${lastGoodSince(list)} stays in force.`
              : 'Nothing from this list is in force until it loads.'}
          </p>
        </div>
      )}
      <UnknownReferences lines={unknownReferenceLines(references, list.pack?.name, 'This list')} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="buttons">
        <button
          type="button"
          data-cf="refresh"
          disabled={!!busy}
          // The visible words first, as speech users say them (WCAG 2.5.3), then which list.
          aria-label={`Refresh now: ${name}`}
          onClick={onRefresh}
        >
          {busy === 'refresh' ? 'Refreshing…' : 'Refresh now'}
        </button>
        {!list.managed && (
          <button
            type="button"
            data-cf="unsubscribe"
            disabled={!!busy}
            aria-label={`Remove ${name}`}
            onClick={onRemove}
          >
            Remove
          </button>
        )}
      </div>
    </li>
  );
}
