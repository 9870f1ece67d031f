import { useEffect, useState } from 'preact/hooks';
import { isSiteOn, siteSwitches } from '../../settings/items';
import { SITES } from '../../sites';

/** The per-site switches, live: a change from any popup or tab shows here at once. Undefined while loading. */
export function useSiteSwitches(): [Record<string, boolean> | undefined, (siteId: string, on: boolean) => void] {
  const [switches, setSwitches] = useState<Record<string, boolean> | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void siteSwitches.getValue().then((value) => live && setSwitches(value));
    const unwatch = siteSwitches.watch((value) => setSwitches(value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const toggle = (siteId: string, on: boolean) => {
    // Read-modify-write on the stored value, not the rendered one, so a change made elsewhere is kept.
    void siteSwitches.getValue().then((current) => siteSwitches.setValue({ ...current, [siteId]: on }));
    setSwitches((current) => ({ ...current, [siteId]: on }));
  };
  return [switches, toggle];
}

/** One switch per mail site; a change reaches open compose windows at once, without a reload. */
export function SiteSwitches({
  switches,
  onToggle,
}: {
  switches: Record<string, boolean>;
  onToggle: (siteId: string, on: boolean) => void;
}) {
  return (
    <fieldset class="sites">
      <legend>Check my drafts on</legend>
      {SITES.map((site) => (
        <label key={site.id}>
          <input
            type="checkbox"
            data-cf="site-toggle"
            data-site={site.id}
            checked={isSiteOn(switches, site.id)}
            onChange={(event) => onToggle(site.id, (event.currentTarget as HTMLInputElement).checked)}
          />
          {site.label}
        </label>
      ))}
    </fieldset>
  );
}
