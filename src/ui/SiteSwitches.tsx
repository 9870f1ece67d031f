import { useEffect, useState } from 'preact/hooks';
import { isSiteOn, siteSwitches } from '../settings/items';
import { SITES } from '../sites';

/** One switch per mail site; a change reaches open compose windows at once, without a reload. */
export function SiteSwitches() {
  const [switches, setSwitches] = useState<Record<string, boolean> | undefined>(undefined);
  useEffect(() => {
    void siteSwitches.getValue().then(setSwitches);
    return siteSwitches.watch(setSwitches);
  }, []);
  if (!switches) return null;
  const toggle = (siteId: string, on: boolean) => void siteSwitches.setValue({ ...switches, [siteId]: on });
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
            onChange={(event) => toggle(site.id, (event.currentTarget as HTMLInputElement).checked)}
          />
          {site.label}
        </label>
      ))}
    </fieldset>
  );
}
