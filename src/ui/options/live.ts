import { useEffect, useState } from 'preact/hooks';
import { followActiveRuleset, type ActiveRules } from '../../settings/active-ruleset';
import { followManagedPolicy } from '../../settings/managed';
import type { ManagedPolicy, TeamList } from '../../settings/model';
import { loadPersonalPack, watchPersonalPack, type PersonalState } from '../../settings/personal';
import { teamLists } from '../../settings/items';
import type { FalseAlarmReport } from '../../settings/model';
import { loadReports, watchReports } from '../../settings/reports';

/** A value read from storage and kept live: undefined while loading, `error` when it could not be read. */
export interface Live<T> {
  value?: T;
  error?: string;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Calls back with a value and its changes, or with an error; returns the unsubscribe. */
type Follow<T> = (cb: (value: T) => void, onError: (error: unknown) => void) => () => void;

/** Reads once, then follows changes; a change that lands before the first read wins over it. */
const readThenWatch =
  <T>(load: () => Promise<T>, watch: (cb: (value: T) => void) => () => void): Follow<T> =>
  (cb, onError) => {
    let changed = false;
    const unwatch = watch((value) => {
      changed = true;
      cb(value);
    });
    load().then(
      (value) => !changed && cb(value),
      (e: unknown) => !changed && onError(e),
    );
    return unwatch;
  };

/**
 * A value kept live from storage, so a change made elsewhere (another tab, the card's "turn off
 * this rule", the background's refresh) shows without a reload.
 */
function useLive<T>(follow: Follow<T>): Live<T> {
  const [state, setState] = useState<Live<T>>({});
  useEffect(() => {
    let live = true;
    const stop = follow(
      (value) => live && setState({ value }),
      (e) => live && setState((s) => (s.value === undefined ? { error: message(e) } : { ...s, error: message(e) })),
    );
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}

export type { PersonalState };

export const usePersonalPack = () => useLive<PersonalState>(readThenWatch(loadPersonalPack, watchPersonalPack));

export const useActiveRules = () => useLive<ActiveRules>(followActiveRuleset);

export const useManagedPolicy = () => useLive<ManagedPolicy>((cb) => followManagedPolicy(cb));

const isList = (value: unknown): value is TeamList =>
  !!value && typeof value === 'object' && typeof (value as TeamList).url === 'string';

export const useTeamLists = () =>
  useLive<TeamList[]>(
    readThenWatch(
      async () => (await teamLists.getValue()).filter(isList),
      (cb) => teamLists.watch((value) => cb(Array.isArray(value) ? value.filter(isList) : [])),
    ),
  );

/** "Not right here" reports, oldest first. */
export const useReports = () => useLive<FalseAlarmReport[]>(readThenWatch(loadReports, watchReports));

export { message as errorMessage };
