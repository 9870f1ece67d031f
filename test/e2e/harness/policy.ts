import { accessSync, constants, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** Where Debian's Chromium reads machine policy (JSON files, read at start). */
export const CHROMIUM_POLICY_DIR = process.env.CF_CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** Whether this user may write machine policy (root, as in CI); the policy test needs it. */
export function canWritePolicy(): boolean {
  try {
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    accessSync(CHROMIUM_POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Registers hooks that write an extension policy (`3rdparty` → `extensions` → id, what an
 * administrator deploys) before the browser starts and remove it afterwards. Register before
 * `useChromium` so the file exists when Chromium starts.
 */
export function useExtensionPolicy(extensionId: string, policy: Record<string, unknown>): void {
  const file = path.join(CHROMIUM_POLICY_DIR, `connection-first-e2e-${extensionId}.json`);
  beforeAll(() => {
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));
  });
  afterAll(() => rmSync(file, { force: true }));
}

/** Where Firefox on Linux reads machine policy (policies.json, read at start). */
export const FIREFOX_POLICY_FILE = process.env.CF_FIREFOX_POLICY_FILE ?? '/etc/firefox/policies/policies.json';

/**
 * Whether this user may write Firefox's machine policy, and none is there already (a machine's
 * own policy is never overwritten).
 */
export function canWriteFirefoxPolicy(): boolean {
  if (existsSync(FIREFOX_POLICY_FILE)) return false;
  try {
    mkdirSync(path.dirname(FIREFOX_POLICY_FILE), { recursive: true });
    accessSync(path.dirname(FIREFOX_POLICY_FILE), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Registers hooks that write Firefox's policy for the add-on `addonId` (`3rdparty` → `Extensions`)
 * before the browser starts and remove it afterwards. Firefox has one machine policy file, so
 * every Firefox started meanwhile reads it too: give it only what is harmless elsewhere.
 */
export function useFirefoxPolicy(addonId: string, policy: Record<string, unknown>): void {
  beforeAll(() => {
    writeFileSync(
      FIREFOX_POLICY_FILE,
      JSON.stringify({ policies: { '3rdparty': { Extensions: { [addonId]: policy } } } }),
    );
  });
  afterAll(() => rmSync(FIREFOX_POLICY_FILE, { force: true }));
}
