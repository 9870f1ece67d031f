import type { Worker } from 'playwright-core';
import { expect, vi } from 'vitest';
import { extensionCopy } from './extension-copy';
import { REACT_MS } from './suite';

/** A content script the background registered, as Chromium reports it. */
export interface Registered {
  id: string;
  matches?: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  persistAcrossSessions?: boolean;
}

type Chrome = {
  storage: { local: { set(v: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<Registered[]> };
};

/**
 * A copy of the Chrome build whose manifest already holds `origins` (site origins as the
 * extension writes them, `https://host` or `https://*.domain`): headless Chromium cannot answer the
 * host-permission prompt, and this makes `permissions.request` resolve at once, as after "Allow".
 */
export const extensionWithSites = (name: string, origins: string[]) =>
  extensionCopy(name, (manifest) => {
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins.map((origin) => `${origin}/*`)];
  });

/** The content scripts the background registered. */
export const registered = (worker: Worker) =>
  worker.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts(),
  ) as Promise<Registered[]>;

/**
 * Turns checking on for `origins` as "Check my writing on this site" does (the user's list in
 * storage), from the background itself, and waits until the background has registered the loader
 * for all of them.
 */
export async function enableSites(worker: Worker, origins: string[]): Promise<void> {
  await worker.evaluate(
    (list) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ enabledSites: list }),
    origins,
  );
  const matches = async () => (await registered(worker)).flatMap((script) => script.matches ?? []);
  await vi.waitFor(async () => expect(await matches()).toHaveLength(origins.length), {
    timeout: REACT_MS,
    interval: 50,
  });
}
