import type { Ruleset } from '../engine';
import { reservedNameError, type UnknownReference, withinSetLimits } from '../rules';
import { loadBuiltinPack } from '../rules/builtin';
import { buildRuleset } from '../rules/ruleset';
import type { RulePack } from '../rules/types';
import { followStorage, type StorageChange } from './follow';
import { teamLists } from './items';
import { followManagedPolicy } from './managed';
import type { ManagedPolicy, TeamList } from './model';
import { loadPersonalPack, touchesPersonal } from './personal';

/**
 * The merged ruleset every context uses (the checker in each mail tab, the options page's "Try
 * it"), in this order: the built-in pack; the administrator's inline packs; the managed team
 * lists' last good copies (in policy order); the user's own team lists (in subscription order);
 * the personal pack.
 *
 * Locking: when the policy is locked, the rules of managed packs and lists are the
 * administrator's. Nothing after them (the user's lists, the personal pack) may switch them off,
 * re-word them or replace them by reusing their id; such changes are left out before the merge
 * and listed in `ignored`. Where a later pack's phrase covers the same words (or more), the
 * locked rule's finding still wins: the ruleset marks them locked (`buildRuleset`'s `locked`).
 */

type PackSource = 'builtin' | 'managed' | 'team' | 'personal';

interface ActivePack {
  name: string;
  source: PackSource;
  /** A managed pack or list under a locked policy. */
  locked: boolean;
  ruleCount: number;
  /** The team list's address (managed or user lists). */
  url?: string;
}

/** A change a user pack asked for on a locked rule, left out of the merge. */
interface IgnoredChange {
  /** Name of the pack that asked. */
  pack: string;
  source: 'team' | 'personal';
  ruleId: string;
  change: 'disable' | 'override' | 'rule';
}

export interface ActiveRules {
  ruleset: Ruleset;
  /** The packs applied, in merge order. */
  packs: ActivePack[];
  /** Full ids the user cannot switch off or change: the rules of managed packs when locked. */
  lockedRuleIds: Set<string>;
  ignored: IgnoredChange[];
  /** Why packs were left out of the merge (past a limit of the whole set, or a reserved name), in words. */
  leftOut: string[];
  /** Switch-offs and re-wordings of rules that no earlier pack defines (a typo, or a rule since removed). */
  unknownReferences: UnknownReference[];
}

export interface ActiveInputs {
  builtin: RulePack;
  policy: ManagedPolicy;
  lists: readonly TeamList[];
  personal: RulePack;
}

const normalizeUrl = (raw: string) => {
  try {
    const url = new URL(raw);
    url.hash = '';
    return url.href;
  } catch {
    return raw;
  }
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A cheap shape check for packs read back from storage, so a damaged copy cannot break the merge. */
function usable(pack: unknown): pack is RulePack {
  if (!isObject(pack) || typeof pack.name !== 'string') return false;
  if (pack.rules !== undefined && !(Array.isArray(pack.rules) && pack.rules.every(isObject))) return false;
  if (pack.disable !== undefined && !(Array.isArray(pack.disable) && pack.disable.every((d) => typeof d === 'string')))
    return false;
  return pack.overrides === undefined || isObject(pack.overrides);
}

const ruleIds = (pack: RulePack) => (pack.rules ?? []).map((r) => `${pack.name}/${r.id}`);

/** The ids a managed pack owns: its rules, and the earlier rules it switches off or re-words. */
function ownedIds(pack: RulePack): string[] {
  return [...ruleIds(pack), ...(pack.disable ?? []), ...Object.keys(pack.overrides ?? {})];
}

/** A user pack without the changes it may not make to locked rules. */
function withoutLocked(
  pack: RulePack,
  source: 'team' | 'personal',
  locked: Set<string>,
  adminDisabled: Set<string>,
  ignored: IgnoredChange[],
): RulePack {
  if (locked.size === 0) return pack;
  /** Whether the pack may make this change; a change it may not make is noted and left out. */
  const allowed = (ruleId: string, change: IgnoredChange['change']) => {
    if (!locked.has(ruleId)) return true;
    // Switching off what the administrator already switched off changes nothing: not worth a note.
    if (!(change === 'disable' && adminDisabled.has(ruleId))) ignored.push({ pack: pack.name, source, ruleId, change });
    return false;
  };
  const fullId = (rule: { id: string }) => `${pack.name}/${rule.id}`;
  let changed = false;
  const out: RulePack = { ...pack };
  if (pack.disable?.some((id) => locked.has(id))) {
    changed = true;
    out.disable = pack.disable.filter((id) => allowed(id, 'disable'));
  }
  if (pack.overrides && Object.keys(pack.overrides).some((id) => locked.has(id))) {
    changed = true;
    out.overrides = Object.fromEntries(Object.entries(pack.overrides).filter(([id]) => allowed(id, 'override')));
  }
  if (pack.rules?.some((r) => locked.has(fullId(r)))) {
    changed = true;
    out.rules = pack.rules.filter((r) => allowed(fullId(r), 'rule'));
  }
  return changed ? out : pack;
}

/** Which lists are the administrator's, in policy order, and which are the user's, in theirs. */
function splitLists(lists: readonly TeamList[], policy: ManagedPolicy): { managed: TeamList[]; user: TeamList[] } {
  const order = policy.teamListUrls.map(normalizeUrl);
  const rank = (l: TeamList) => {
    const i = order.indexOf(normalizeUrl(l.url));
    return i < 0 ? order.length : i;
  };
  const isManaged = (l: TeamList) => l.managed === true || order.includes(normalizeUrl(l.url));
  const managed = lists.filter(isManaged).map((l, i) => ({ l, i }));
  managed.sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i);
  return { managed: managed.map((m) => m.l), user: lists.filter((l) => !isManaged(l)) };
}

/** A pack to merge and what the page says of it. */
interface Candidate {
  pack: RulePack;
  info: ActivePack;
}

const packInfo = (pack: RulePack, source: PackSource, locked: boolean, url?: string): ActivePack => ({
  name: pack.name,
  source,
  locked,
  ruleCount: pack.rules?.length ?? 0,
  ...(url ? { url } : {}),
});

/**
 * Every usable pack in merge order: built-in, the administrator's packs and lists, the user's lists,
 * the personal pack. A stored copy named like the built-in or the personal pack (kept from before
 * such names were refused) would stand in for them: it is left out, and why goes to `leftOut`.
 */
function candidates({ builtin, policy, lists, personal }: ActiveInputs, leftOut: string[]): Candidate[] {
  const { managed, user } = splitLists(
    lists.filter((l) => l && typeof l.url === 'string'),
    policy,
  );
  const found: Candidate[] = [{ pack: builtin, info: packInfo(builtin, 'builtin', false) }];
  const add = (pack: unknown, source: 'managed' | 'team', url?: string) => {
    if (!usable(pack)) return;
    const reserved = reservedNameError(pack.name, url ?? 'policy inlinePacks');
    if (reserved) leftOut.push(reserved);
    else found.push({ pack, info: packInfo(pack, source, source === 'managed' && policy.locked, url) });
  };
  for (const pack of policy.packs) add(pack, 'managed');
  for (const list of managed) add(list.pack, 'managed', list.url);
  for (const list of user) add(list.pack, 'team', list.url);
  if (usable(personal)) found.push({ pack: personal, info: packInfo(personal, 'personal', false) });
  return found;
}

/**
 * The merge itself, pure: what `loadActiveRuleset` does once it has read storage. The whole set's
 * limits are applied first, in merge order, so the packs left out are the user's, never the
 * built-in or the administrator's (unless those alone are past a limit).
 */
export function mergeActive(inputs: ActiveInputs): ActiveRules {
  const leftOut: string[] = [];
  const all = candidates(inputs, leftOut);
  const { kept, errors } = withinSetLimits(all.map((c) => c.pack));
  leftOut.push(...errors);
  const inForce = new Set(kept);
  const applied = all.filter((c) => inForce.has(c.pack));

  const lockedRuleIds = new Set<string>();
  const adminDisabled = new Set<string>();
  for (const { pack, info } of applied) {
    if (!info.locked) continue;
    for (const id of ownedIds(pack)) lockedRuleIds.add(id);
    for (const id of pack.disable ?? []) adminDisabled.add(id);
  }
  const ignored: IgnoredChange[] = [];
  const packs = applied.map(({ pack, info: { source } }) =>
    source === 'team' || source === 'personal'
      ? withoutLocked(pack, source, lockedRuleIds, adminDisabled, ignored)
      : pack,
  );
  const unknownReferences: UnknownReference[] = [];
  const ruleset = buildRuleset(packs, {
    locked: lockedRuleIds,
    onUnknown: (reference) => unknownReferences.push(reference),
  });
  return { ruleset, packs: applied.map((c) => c.info), lockedRuleIds, ignored, leftOut, unknownReferences };
}

let builtinPack: RulePack | undefined;

/** Reads the personal pack and the team lists, and merges them with the built-in pack and `policy`. */
async function loadActiveRuleset(policy: ManagedPolicy): Promise<ActiveRules> {
  const [personal, lists] = await Promise.all([loadPersonalPack(), teamLists.getValue()]);
  builtinPack ??= loadBuiltinPack();
  return mergeActive({
    builtin: builtinPack,
    policy,
    lists: Array.isArray(lists) ? lists : [],
    personal: personal.pack,
  });
}

/** What of the team lists goes into the merge: a refresh that only records its time changes nothing. */
const appliedPart = (lists: unknown) =>
  JSON.stringify(
    Array.isArray(lists) ? lists.map((l: TeamList) => [l?.url, l?.managed === true, l?.pack ?? null]) : [],
  );

/** Whether a change of the user's storage can change the active rules (the policy is followed on its own). */
function touchesUserRules(changes: Record<string, StorageChange>, area: string): boolean {
  if (touchesPersonal(changes, area)) return true;
  const key = teamLists.key.slice('local:'.length);
  if (area !== 'local' || !(key in changes)) return false;
  const change = changes[key]!;
  return appliedPart(change.oldValue) !== appliedPart(change.newValue);
}

export const ACTIVE_DEBOUNCE_MS = 100;

/**
 * The active rules now, then after every change of the personal pack, the team lists' packs or the
 * managed policy; a burst of changes (a save writes several keys, a refresh several lists) gives
 * one rebuild. Other keys (site switches, a refresh's timestamps) cost nothing.
 *
 * The first answer does not wait for a slow policy read (see `followManagedPolicy`): it is built with
 * the policy the browser answered last time, so what the administrator locked is locked from the
 * start, and a second follows if the browser's answer differs. A rebuild that fails (storage
 * unreadable) goes to `onError`; the caller keeps what it had.
 */
export function followActiveRuleset(cb: (rules: ActiveRules) => void, onError: (error: unknown) => void): () => void {
  let policy: ManagedPolicy | undefined;
  const rebuilds = followStorage({
    // Until the first policy answer there is nothing to rebuild: that answer starts the first build.
    touches: (changes, area) => policy !== undefined && touchesUserRules(changes, area),
    read: () => loadActiveRuleset(policy!),
    debounceMs: ACTIVE_DEBOUNCE_MS,
    onValue: cb,
    onError,
  });
  const stopPolicy = followManagedPolicy((next) => {
    policy = next;
    rebuilds.readNow();
  });
  return () => {
    rebuilds.stop();
    stopPolicy();
  };
}
