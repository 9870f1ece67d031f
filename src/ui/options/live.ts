import { useEffect, useState } from 'preact/hooks';
import { loadActiveRuleset, watchActiveRuleset, type ActiveRules } from '../../settings/active-ruleset';
import { readManagedPolicy, watchManagedPolicy } from '../../settings/managed';
import type { ManagedPolicy, TeamList } from '../../settings/model';
import { loadPersonalPack, watchPersonalPack, type PersonalState } from '../../settings/personal';
import { teamLists } from '../../settings/items';

/** A value read from storage and kept live: undefined while loading, `error` when it could not be read. */
export interface Live<T> {
  value?: T;
  error?: string;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Reads once, then follows every change (another tab, the card's "turn off this rule", the
 * background's refresh) without a reload.
 */
function useLive<T>(load: () => Promise<T>, watch: (cb: (value: T) => void) => () => void): Live<T> {
  const [state, setState] = useState<Live<T>>({});
  useEffect(() => {
    let live = true;
    let changed = false;
    const unwatch = watch((value) => {
      changed = true;
      if (live) setState({ value });
    });
    load().then(
      (value) => live && !changed && setState({ value }),
      (e) => live && !changed && setState({ error: message(e) }),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}

export type { PersonalState };

export const usePersonalPack = () => useLive<PersonalState>(loadPersonalPack, watchPersonalPack);

export const useActiveRules = () => useLive<ActiveRules>(loadActiveRuleset, watchActiveRuleset);

export const useManagedPolicy = () => useLive<ManagedPolicy>(readManagedPolicy, watchManagedPolicy);

const isList = (value: unknown): value is TeamList =>
  !!value && typeof value === 'object' && typeof (value as TeamList).url === 'string';

export const useTeamLists = () =>
  useLive<TeamList[]>(
    async () => (await teamLists.getValue()).filter(isList),
    (cb) => teamLists.watch((value) => cb(Array.isArray(value) ? value.filter(isList) : [])),
  );

export { message as errorMessage };
