import { browser } from 'wxt/browser';
import { reservedNameError } from '../rules';
import { parsePack } from '../rules/parse';
import type { RulePack } from '../rules/types';
import { type PackResult, validatePack } from '../rules/validate';
import { followStorage } from './follow';
import { parseSiteOrigin } from '../sites/origins';
import { lastPolicy } from './items';
import type { ManagedPolicy } from './model';

/**
 * The administrator's policy, read from storage.managed. Its keys are declared in
 * public/managed-schema.json (Chrome and Edge validate a policy against it and drop values that do
 * not conform; Firefox, which reads `policies.json` → `3rdparty` → `Extensions` → our id at start
 * only, does not). Whatever arrives is checked again here:
 *
 * - `teamListUrls`: team lists every user is subscribed to; https:// only.
 * - `inlinePacks`: rule packs given in the policy itself, each as JSON text (one string per pack:
 *   simpler to paste into a policy editor or the registry than a deeply typed schema). In
 *   Firefox's policies.json a pack may also be given as an object.
 * - `lockManagedLists`: true when users may not unsubscribe from the managed lists or switch off
 *   (or re-word) the rules of managed lists and packs. Absent means locked: what an administrator
 *   who pushes a list expects. Set it to false to only pre-subscribe users.
 *
 * - `enabledSites`: sites checking is on for, for everyone, besides Gmail and Outlook: HTTPS
 *   origins, or `https://*.domain` for every subdomain. The browser still asks each user once
 *   for access to them (no policy can grant an extension's optional host permissions).
 *
 * A policy that manages nothing (no usable URL or pack) is never locked.
 */

export const MANAGED_KEYS = ['teamListUrls', 'inlinePacks', 'lockManagedLists', 'enabledSites'] as const;

/** Caps against a runaway policy; each is far above any sensible deployment. */
const POLICY_LIMITS = { urls: 50, packs: 50, urlChars: 2048, sites: 200 } as const;

const emptyPolicy = (): ManagedPolicy => ({ teamListUrls: [], packs: [], errors: [], locked: false, enabledSites: [] });

const at = (key: string, i?: number) => `policy ${key}${i === undefined ? '' : `[${i}]`}`;

/** One address from the policy: its normal form (no #fragment), or what is wrong with it. */
function checkUrl(raw: unknown, where: string): { href?: string; error?: string } {
  if (typeof raw !== 'string' || raw.trim() === '') return { error: `${where}: must be an https:// address` };
  const text = raw.trim();
  if (text.length > POLICY_LIMITS.urlChars)
    return { error: `${where}: is longer than ${POLICY_LIMITS.urlChars} characters` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: `${where}: "${text}" is not a web address` };
  }
  if (url.protocol !== 'https:') return { error: `${where}: "${text}" must start with https://` };
  if (url.username || url.password) return { error: `${where}: "${text}" must not hold a user name or password` };
  url.hash = '';
  return { href: url.href };
}

/**
 * A list from the policy: at most `limit` entries, each checked by `check` (its normal form, or
 * what is wrong with it, said with `where` in front), each kept once. `noun` names the entries in
 * the messages.
 */
function readList(
  key: string,
  value: unknown,
  errors: string[],
  {
    limit,
    noun,
    check,
  }: { limit: number; noun: string; check(raw: unknown, where: string): { ok?: string; error?: string } },
): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`${at(key)}: must be a list of https:// ${noun}`);
    return [];
  }
  if (value.length > limit) {
    errors.push(`${at(key)}: has ${value.length} ${noun} (at most ${limit}); the rest are ignored`);
  }
  const kept: string[] = [];
  for (const [i, raw] of value.slice(0, limit).entries()) {
    const { ok, error } = check(raw, at(key, i));
    if (error) errors.push(error);
    else if (ok && !kept.includes(ok)) kept.push(ok);
  }
  return kept;
}

const readUrls = (value: unknown, errors: string[]) =>
  readList('teamListUrls', value, errors, {
    limit: POLICY_LIMITS.urls,
    noun: 'addresses',
    check: (raw, where) => {
      const { href, error } = checkUrl(raw, where);
      return { ok: href, error };
    },
  });

/** One pack from the policy, checked: JSON text, or (Firefox's policies.json) the object itself. */
function checkPack(raw: unknown, source: string): PackResult {
  let result: PackResult;
  if (typeof raw === 'string') {
    if (!/^\s*\{/.test(raw.replace(/^\uFEFF/, ''))) {
      return { errors: [`${source}: must be a rule pack as JSON text, starting with "{"`] };
    }
    result = parsePack(raw, source);
  } else if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    result = validatePack(raw, source);
  } else {
    return { errors: [`${source}: must be a rule pack as JSON text`] };
  }
  const reserved = result.pack && reservedNameError(result.pack.name, source);
  return reserved ? { errors: [reserved] } : result;
}

function readPacks(value: unknown, errors: string[]): RulePack[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`${at('inlinePacks')}: must be a list of rule packs, each as JSON text`);
    return [];
  }
  if (value.length > POLICY_LIMITS.packs) {
    errors.push(
      `${at('inlinePacks')}: has ${value.length} packs (at most ${POLICY_LIMITS.packs}); the rest are ignored`,
    );
  }
  const packs: RulePack[] = [];
  for (const [i, raw] of value.slice(0, POLICY_LIMITS.packs).entries()) {
    const result = checkPack(raw, at('inlinePacks', i));
    if (result.pack) packs.push(result.pack);
    else errors.push(...result.errors);
  }
  return packs;
}

const readSites = (value: unknown, errors: string[]) =>
  readList('enabledSites', value, errors, {
    limit: POLICY_LIMITS.sites,
    noun: 'sites',
    check: (raw, where) => {
      if (typeof raw !== 'string' || raw.length > POLICY_LIMITS.urlChars)
        return { error: `${where}: must be an https:// site` };
      const { origin, error } = parseSiteOrigin(raw);
      return { ok: origin, error: error && `${where}: ${error}` };
    },
  });

/** Checks a raw managed-storage object; every problem lands in `errors`, the rest still applies. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return emptyPolicy();
  const value = raw as Record<string, unknown>;
  const errors: string[] = [];
  const teamListUrls = readUrls(value.teamListUrls, errors);
  const packs = readPacks(value.inlinePacks, errors);
  let lock = true;
  if (typeof value.lockManagedLists === 'boolean') lock = value.lockManagedLists;
  else if (value.lockManagedLists !== undefined)
    errors.push(`${at('lockManagedLists')}: must be true or false (treated as true)`);
  const enabledSites = readSites(value.enabledSites, errors);
  return {
    teamListUrls,
    packs,
    errors,
    locked: lock && (teamListUrls.length > 0 || packs.length > 0),
    enabledSites,
  };
}

/** The policy's values as the browser answers them; no managed storage (or an API error) is no policy. */
async function readManagedValues(): Promise<unknown> {
  try {
    const area = browser.storage?.managed;
    return area ? await area.get([...MANAGED_KEYS]) : {};
  } catch {
    return {};
  }
}

/**
 * The largest policy remembered for the next start, in UTF-8 bytes of its JSON: its share of
 * storage.local beside the team lists' copies (see LIST_STORAGE in team-lists/budget.ts). A larger
 * one is forgotten, and the next start waits for the browser's answer as if none had been seen.
 */
const REMEMBERED_POLICY_BYTES = 1_000_000;

/** Keeps the browser's answer for the next start, when it changed; a failed write only costs the head start. */
async function rememberPolicy(values: unknown): Promise<void> {
  const known =
    values && typeof values === 'object' && !Array.isArray(values) ? (values as Record<string, unknown>) : {};
  const kept = Object.fromEntries(MANAGED_KEYS.filter((key) => key in known).map((key) => [key, known[key]]));
  const json = JSON.stringify(kept);
  const next = new TextEncoder().encode(json).length <= REMEMBERED_POLICY_BYTES ? kept : null;
  try {
    if (JSON.stringify(await lastPolicy.getValue()) !== JSON.stringify(next)) await lastPolicy.setValue(next);
  } catch (error) {
    console.warn('Connection First: the policy could not be remembered for the next start', error);
  }
}

/** The policy the browser answered last time, checked again as if it had just arrived; undefined when none was seen. */
async function rememberedPolicy(): Promise<ManagedPolicy | undefined> {
  try {
    const values = await lastPolicy.getValue();
    return values ? parseManagedPolicy(values) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The policy in force, as the browser answers it now; remembered for the next start. No managed
 * storage (Firefox without a policy, a test browser, an API error) is an empty policy, never an error.
 */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  const values = await readManagedValues();
  await rememberPolicy(values);
  return parseManagedPolicy(values);
}

const WATCH_DEBOUNCE_MS = 50;
/** How long a reader with no remembered policy waits for the first answer before going on without one. */
export const FIRST_POLICY_WAIT_MS = 300;

/**
 * Calls back with the policy after each change Chrome reports (storage.onChanged, area 'managed').
 * Firefox reads policies only when it starts, so there this never fires.
 */
export function watchManagedPolicy(cb: (policy: ManagedPolicy) => void): () => void {
  return followStorage({
    touches: (_changes, area) => area === 'managed',
    read: readManagedPolicy,
    debounceMs: WATCH_DEBOUNCE_MS,
    onValue: cb,
  }).stop;
}

/**
 * The policy now, then after each change; the same policy twice is told once. Chromium's first read
 * of managed storage after it starts takes about 3 s (measured here), and nobody should wait that
 * long for a page or a check. Until the browser answers, the policy it answered last time (see
 * `lastPolicy`) stands in at once, so what the administrator locked is locked from the first build.
 * Only when none was ever seen does the callback get an empty policy (nothing managed, nothing
 * locked), after `firstWaitMs`. The browser's answer follows as soon as it comes.
 */
export function followManagedPolicy(
  cb: (policy: ManagedPolicy) => void,
  firstWaitMs = FIRST_POLICY_WAIT_MS,
): () => void {
  let answered = false;
  let stopped = false;
  let told: string | undefined;
  const tell = (policy: ManagedPolicy) => {
    const key = JSON.stringify(policy);
    if (stopped || key === told) return;
    told = key;
    cb(policy);
  };
  const standIn = (policy: ManagedPolicy | undefined) => {
    if (answered || !policy) return;
    clearTimeout(timer);
    tell(policy);
  };
  const timer = setTimeout(() => standIn(emptyPolicy()), firstWaitMs);
  const answer = (policy: ManagedPolicy) => {
    answered = true;
    clearTimeout(timer);
    tell(policy);
  };
  void rememberedPolicy().then(standIn);
  const stopWatching = watchManagedPolicy(answer);
  void readManagedPolicy().then((policy) => {
    if (!answered) answer(policy);
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    stopWatching();
  };
}
