import { browser } from 'wxt/browser';
import { parsePack } from '../rules/parse';
import type { RulePack } from '../rules/types';
import { type PackResult, validatePack } from '../rules/validate';
import { followStorage } from './follow';
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
 * A policy that manages nothing (no usable URL or pack) is never locked.
 */

export const MANAGED_KEYS = ['teamListUrls', 'inlinePacks', 'lockManagedLists'] as const;

/** Caps against a runaway policy; each is far above any sensible deployment. */
const POLICY_LIMITS = { urls: 50, packs: 50, urlChars: 2048 } as const;

const emptyPolicy = (): ManagedPolicy => ({ teamListUrls: [], packs: [], errors: [], locked: false });

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

function readUrls(value: unknown, errors: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`${at('teamListUrls')}: must be a list of https:// addresses`);
    return [];
  }
  if (value.length > POLICY_LIMITS.urls) {
    errors.push(
      `${at('teamListUrls')}: has ${value.length} addresses (at most ${POLICY_LIMITS.urls}); the rest are ignored`,
    );
  }
  const urls: string[] = [];
  for (const [i, raw] of value.slice(0, POLICY_LIMITS.urls).entries()) {
    const { href, error } = checkUrl(raw, at('teamListUrls', i));
    if (error) errors.push(error);
    else if (href && !urls.includes(href)) urls.push(href);
  }
  return urls;
}

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
  if (result.pack?.name === 'personal') {
    return { errors: [`${source}: name: "personal" is kept for each user's own rules`] };
  }
  return result;
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
  return { teamListUrls, packs, errors, locked: lock && (teamListUrls.length > 0 || packs.length > 0) };
}

/**
 * The policy in force. No managed storage (Firefox without a policy, a test browser, an API
 * error) is an empty policy, never an error.
 */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    const area = browser.storage?.managed;
    if (!area) return emptyPolicy();
    raw = await area.get([...MANAGED_KEYS]);
  } catch {
    return emptyPolicy();
  }
  return parseManagedPolicy(raw);
}

const WATCH_DEBOUNCE_MS = 50;
/** How long a reader waits for the first answer before going on without the policy. */
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
 * The policy now, then after each change. Chromium's first read of managed storage after it starts
 * takes about 3 s (measured here), and nobody should wait that long for a page or a check: when the
 * read has not answered within `firstWaitMs`, the callback first gets an empty policy (nothing
 * managed, nothing locked), then the real one as soon as the browser answers.
 */
export function followManagedPolicy(
  cb: (policy: ManagedPolicy) => void,
  firstWaitMs = FIRST_POLICY_WAIT_MS,
): () => void {
  let known = false;
  let stopped = false;
  const timer = setTimeout(() => {
    if (!known && !stopped) cb(emptyPolicy());
  }, firstWaitMs);
  const deliver = (policy: ManagedPolicy) => {
    known = true;
    clearTimeout(timer);
    if (!stopped) cb(policy);
  };
  const stopWatching = watchManagedPolicy(deliver);
  void readManagedPolicy().then((policy) => {
    if (!known) deliver(policy);
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    stopWatching();
  };
}
