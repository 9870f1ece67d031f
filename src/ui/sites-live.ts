import { useEffect, useState } from 'preact/hooks';
import { checkedSites, siteSwitches } from '../settings/items';
import type { CheckedSite } from '../settings/model';

/**
 * The sites checking is on for beyond the mail sites, live (the background keeps the list).
 * Undefined while loading.
 */
export function useCheckedSites(): CheckedSite[] | undefined {
  const [sites, setSites] = useState<CheckedSite[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const show = (value: unknown) => live && setSites(Array.isArray(value) ? (value as CheckedSite[]) : []);
    void checkedSites.getValue().then(show);
    const unwatch = checkedSites.watch(show);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return sites;
}

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
