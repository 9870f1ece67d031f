import { useState } from 'preact/hooks';
import { isSiteOn } from '../../settings/items';
import type { CheckedSite } from '../../settings/model';
import { allowSites, enableSite, removeSite } from '../../settings/sites';
import { SITES } from '../../sites';
import { parseSiteOrigin, siteLabel } from '../../sites/origins';
import { useCheckedSites, useSiteSwitches } from '../sites-live';
import { errorMessage } from './live';

/**
 * Where Connection First checks: the mail sites, on by default, and every site the user or the
 * administrator turned on, each with its switch; the user's own can be removed, and a site added
 * by its address. The browser asks for access to each added site; a site still waiting for it
 * (the policy's, or a prompt that was dismissed) offers "Allow".
 */
export function Sites() {
  const [switches, toggle] = useSiteSwitches();
  const sites = useCheckedSites();
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string>();
  const [note, setNote] = useState<string>();

  const onAdd = (event: Event) => {
    event.preventDefault();
    setNote(undefined);
    const { origin, error: wrong } = parseSiteOrigin(address);
    if (!origin || origin.startsWith('https://*.')) {
      setError(wrong ?? 'Add one site at a time, without "*."');
      return;
    }
    setError(undefined);
    // Straight from the submit: the browser shows its prompt only during a user gesture.
    enableSite(origin).then(
      (granted) => {
        if (granted) setAddress('');
        setNote(granted ? `Checking is on for ${siteLabel(origin)}.` : undefined);
        setError(granted ? undefined : `Your browser did not allow access to ${siteLabel(origin)}.`);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  return (
    <section class="card" aria-labelledby="cf-sites-title" data-cf="sites">
      <h2 id="cf-sites-title">Where to check</h2>
      <p class="intro">
        Gmail and Outlook on the web are checked unless you switch them off. Add any other site where you write to
        customers, such as your CRM, help desk or proposal tool: your browser asks you once to allow access to it, and
        Connection First reads nothing on sites you have not added. What you write is checked on this device.
      </p>
      <form class="subscribe" onSubmit={onAdd} noValidate>
        <label for="cf-site-url">Add a site</label>
        <div class="row">
          <input
            id="cf-site-url"
            type="url"
            data-cf="site-url"
            placeholder="https://app.example.com"
            value={address}
            onInput={(event) => setAddress((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="primary" data-cf="add-site">
            Add site
          </button>
        </div>
        {error && (
          <p class="error" role="alert" data-cf="site-error">
            {error}
          </p>
        )}
        {note && (
          <p class="note" role="status" data-cf="site-note">
            {note}
          </p>
        )}
      </form>
      {switches && sites && (
        <ul class="lists">
          {SITES.map((site) => (
            <SiteRow
              key={site.id}
              siteKey={site.id}
              label={site.label}
              on={isSiteOn(switches, site.id)}
              onToggle={toggle}
            />
          ))}
          {sites.map((site) => (
            <SiteRow
              key={site.origin}
              siteKey={site.origin}
              label={siteLabel(site.origin)}
              on={isSiteOn(switches, site.origin)}
              onToggle={toggle}
              checked={site}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface RowProps {
  siteKey: string;
  label: string;
  on: boolean;
  onToggle: (siteKey: string, on: boolean) => void;
  /** For a site beyond the mail sites: who added it and whether the browser allows access. */
  checked?: CheckedSite;
}

function SiteRow({ siteKey, label, on, onToggle, checked }: RowProps) {
  return (
    <li class="list" data-cf="site" data-site={siteKey}>
      <div class="list-head">
        <label class="switch">
          <input
            type="checkbox"
            // biome-ignore lint/a11y/useAriaPropsForRole: the checked state is native
            role="switch"
            data-cf="site-switch"
            checked={on}
            onChange={(event) => onToggle(siteKey, (event.currentTarget as HTMLInputElement).checked)}
          />
          <span class="list-name">{label}</span>
        </label>
        {checked?.by === 'policy' && <span class="tag managed">Set by your administrator</span>}
      </div>
      {checked && !checked.granted && (
        <p class="list-state" data-cf="site-waiting">
          Waiting for your browser to allow access.{' '}
          <button type="button" data-cf="allow-site" onClick={() => void allowSites([checked.origin])}>
            Allow
          </button>
        </p>
      )}
      {checked?.by === 'user' && (
        <p class="buttons">
          <button
            type="button"
            data-cf="remove-site"
            aria-label={`Remove ${label}`}
            onClick={() => void removeSite(checked.origin)}
          >
            Remove
          </button>
        </p>
      )}
    </li>
  );
}
