import { isSiteOn } from '../../settings/items';
import type { CheckedSite } from '../../settings/model';
import { SITES } from '../../sites';
import { siteLabel } from '../../sites/origins';

/**
 * One switch per mail site and per site checking was turned on for (by its key: see
 * src/sites/index.ts); a change reaches open compose windows at once, without a reload.
 */
export function SiteSwitches({
  switches,
  onToggle,
  sites,
}: {
  switches: Record<string, boolean>;
  onToggle: (siteKey: string, on: boolean) => void;
  sites: readonly CheckedSite[];
}) {
  const all = [
    ...SITES.map((site) => ({ key: site.id, label: site.label })),
    ...sites.map((site) => ({ key: site.origin, label: siteLabel(site.origin) })),
  ];
  return (
    <fieldset class="sites">
      <legend>Check my drafts on</legend>
      {all.map((site) => (
        <label key={site.key}>
          <input
            type="checkbox"
            data-cf="site-toggle"
            data-site={site.key}
            checked={isSiteOn(switches, site.key)}
            onChange={(event) => onToggle(site.key, (event.currentTarget as HTMLInputElement).checked)}
          />
          {site.label}
        </label>
      ))}
    </fieldset>
  );
}
