import type { Page, Worker } from 'playwright-core';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';
import { URLS } from './harness/fixtures';
import { hostMarks, markHost } from './harness/overlay-host';
import { NetworkLog } from './harness/network';
import { readAllHighlights, textOf } from './harness/page';
import { expectHighlights, sleep, typeAt, useChromium } from './harness/suite';
import { uiState } from './harness/ui';

const COMPOSE = '#compose-1 [g_editable="true"]';
const FIRST_LINE = `${COMPOSE} > div:first-child`;
/** Installing means starting a service worker and injecting into the tab: ample time on a busy machine. */
const INSTALL_MS = 20_000;

/**
 * What the background does for an open tab on install and update, done again by hand from the
 * service worker: the manifest's content-script styles and scripts, then the checker the loader
 * asks for. Resolves when both scripts have run (the checker's start included).
 */
function injectAgain(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (url) => {
    interface Target {
      target: { tabId: number };
      files: string[];
    }
    const api = (
      globalThis as unknown as {
        chrome: {
          tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
          runtime: { getManifest(): { content_scripts?: { js?: string[]; css?: string[] }[] } };
          scripting: { insertCSS(o: Target): Promise<void>; executeScript(o: Target): Promise<unknown> };
        };
      }
    ).chrome;
    const [tab] = await api.tabs.query({ url });
    if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
    const target = { tabId: tab.id };
    for (const entry of api.runtime.getManifest().content_scripts ?? []) {
      if (entry.css) await api.scripting.insertCSS({ target, files: entry.css });
      if (entry.js) await api.scripting.executeScript({ target, files: entry.js });
    }
    await api.scripting.executeScript({ target, files: ['/checker.js'] });
    return tab.id;
  }, url);
}

/** axe's violations in the page as "rule: target: what failed", one line per node; [] when clean. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(axe.source);
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) => v.nodes.map((n) =>
      v.id + ': ' + JSON.stringify(n.target) + ': ' + [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; '))))`);
}

describe('Install and update (Chromium): open mail tabs work without a reload', () => {
  const chromium = useChromium({ loadLater: true });

  /** The extension, loaded by the first test or, when that one is skipped or failed early, now. */
  const withExtension = async () => {
    const session = chromium();
    if (!(await session.serviceWorker(2000))) await session.loadExtension();
    return session;
  };

  it('reaches a compose opened before the install, opens the welcome page once, and never doubles the UI', async () => {
    const session = chromium();
    const welcomeUrl = `chrome-extension://${session.extensionId}/welcome.html`;
    const welcomeTabs: string[] = [];
    session.context.on('page', (page) => {
      // A page's first URL may still be about:blank: note it once it has committed.
      void page
        .waitForURL((u) => u.protocol !== 'about:')
        .then(
          () => page.url() === welcomeUrl && welcomeTabs.push(page.url()),
          () => undefined,
        );
    });

    // A draft being written before the extension exists: no highlights, no UI.
    const page = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(page, FIRST_LINE, "Let's circle back on the synergy.");
    expect((await uiState(page)).hosts).toBe(0);
    expect((await readAllHighlights(page, COMPOSE)).buzzword).toEqual([]);

    // Install: the already-open compose gets its highlights and its count, with no reload.
    expect(await session.loadExtension()).toBe(session.extensionId);
    await expectHighlights(page, 'buzzword', COMPOSE, ['circle back', 'synergy'], INSTALL_MS);
    await expect
      .poll(async () => (await uiState(page)).badges.map((b) => b.count), { timeout: INSTALL_MS })
      .toEqual([2]);
    expect((await uiState(page)).hosts).toBe(1);
    // The page was not reloaded: the typed text is still there, exactly.
    expect(await textOf(page, FIRST_LINE)).toBe("Let's circle back on the synergy.");

    // The welcome page opened once.
    await expect.poll(() => welcomeTabs, { timeout: INSTALL_MS }).toEqual([welcomeUrl]);
    expect(session.context.pages().filter((p) => p.url() === welcomeUrl)).toHaveLength(1);

    // The same injection again, as a second onInstalled would do: nothing doubles, and the
    // checker that was running goes on (its overlay is the same element).
    const worker = await session.serviceWorker();
    if (!worker) throw new Error('no service worker after the install');
    expect(await markHost(page, 'first')).toBe(1);
    await injectAgain(worker, `${URLS.gmail}*`);
    // The loader that took over asks for the checker once more; give that round trip ample time.
    await sleep(1500);
    expect(await hostMarks(page)).toEqual(['first']);
    const once = await uiState(page);
    expect(once.hosts).toBe(1);
    expect(once.badges.map((b) => b.count)).toEqual([2]);
    expect((await readAllHighlights(page, COMPOSE)).buzzword).toEqual(['circle back', 'synergy']);
    // Still live: typing goes on being checked, by one checker (one card host, one badge).
    await page.keyboard.type(' Sorry if you were confused.');
    await expectHighlights(page, 'non-apology', COMPOSE, ['Sorry if you were confused']);
    await expect.poll(async () => (await uiState(page)).badges.map((b) => b.count)).toEqual([3]);
    expect((await uiState(page)).hosts).toBe(1);

    // Update (the unpacked extension reloaded): the old copy's scripts are cut off; the new copy
    // takes over the open compose, with one overlay, and no second welcome page.
    expect(await markHost(page, 'before-update')).toBe(1);
    expect(await session.loadExtension()).toBe(session.extensionId);
    await expect.poll(() => hostMarks(page), { timeout: INSTALL_MS }).toEqual([null]);
    await expectHighlights(page, 'buzzword', COMPOSE, ['circle back', 'synergy'], INSTALL_MS);
    await expectHighlights(page, 'non-apology', COMPOSE, ['Sorry if you were confused'], INSTALL_MS);
    await expect
      .poll(async () => (await uiState(page)).badges.map((b) => b.count), { timeout: INSTALL_MS })
      .toEqual([3]);
    expect((await uiState(page)).hosts).toBe(1);
    // The new checker is the live one: a new finding is painted and counted once.
    await page.keyboard.type(' We can leverage it.');
    await expectHighlights(page, 'buzzword', COMPOSE, ['circle back', 'synergy', 'leverage'], INSTALL_MS);
    await expect.poll(async () => (await uiState(page)).badges.map((b) => b.count)).toEqual([4]);
    expect((await uiState(page)).hosts).toBe(1);
    // No second welcome page: the only one ever opened is the install's (Chromium closed it with
    // the copy it belonged to when the extension reloaded).
    expect(welcomeTabs).toEqual([welcomeUrl]);
    expect(session.context.pages().filter((p) => p.url() === welcomeUrl)).toHaveLength(0);
  });

  it('the welcome page: what it does, a sample checked in place, the keys, the promise, the way to options', async () => {
    const session = await withExtension();
    const page = await session.context.newPage();
    const mark = session.network.mark();
    await page.goto(`chrome-extension://${session.extensionId}/welcome.html`);

    expect(await page.title()).toBe('Welcome to Connection First');
    expect(await page.locator('h1').textContent()).toBe('Connection First is ready');
    expect(await page.locator('h2').allTextContents()).toEqual([
      'What it does',
      'Try it',
      'Keyboard shortcuts',
      'Your drafts stay on this computer',
      'Make it yours',
    ]);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(1);

    // The sample draft, checked in place by the engine with the rules in force (the built-in ones here).
    const sample = await page.getByLabel('Text to check').inputValue();
    const expected = analyze(sample, builtinRuleset());
    expect(expected.length).toBeGreaterThan(3);
    await expect
      .poll(() => page.locator('[data-cf="try-output"] mark[data-kind]').allTextContents())
      .toEqual(expected.map((f) => f.text));
    expect(await page.locator('[data-cf="try-count"]').textContent()).toBe(`${expected.length} findings`);
    // Edited in place: the findings follow the text.
    await page.getByLabel('Text to check').fill('Thanks for the notes on the rollout.');
    await expect.poll(() => page.locator('[data-cf="try-count"]').textContent()).toBe('No findings.');
    expect(await page.locator('[data-cf="try-output"] mark').count()).toBe(0);

    // The keys: Alt+Enter opens a card, Esc closes it, Ctrl+Z takes a rewrite back.
    const keys = await page.locator('[data-cf="welcome-shortcut"] dt').allTextContents();
    expect(keys.slice(0, 4)).toEqual(['Alt+Enter', 'Tab', 'Esc', 'Ctrl+Z']);

    expect(await page.locator('[data-cf="welcome-privacy"]').textContent()).toContain(
      'The text of your drafts is never sent anywhere',
    );
    const options = page.locator('[data-cf="welcome-options"]');
    expect(await options.evaluate((a: HTMLAnchorElement) => a.href)).toBe(
      `chrome-extension://${session.extensionId}/options.html`,
    );
    await options.click();
    await page.waitForURL(`chrome-extension://${session.extensionId}/options.html`);

    // Nothing of it went over the network.
    expect(NetworkLog.describe(session.network.network(mark))).toEqual([]);
  });

  it('the welcome page follows the dark scheme, and axe finds nothing in either', async () => {
    const session = await withExtension();
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`chrome-extension://${session.extensionId}/welcome.html`);
    // Rendered, with the sample's findings in place (what axe should look at too).
    await expect.poll(() => page.locator('[data-cf="try-output"] mark').count()).toBeGreaterThan(0);
    const colours = () =>
      page.evaluate(() => {
        const card = document.querySelector('.card');
        if (!card) throw new Error('no .card on the welcome page');
        return [getComputedStyle(document.body).backgroundColor, getComputedStyle(card).backgroundColor];
      });
    expect(await colours()).toEqual(['rgb(248, 250, 252)', 'rgb(255, 255, 255)']);
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await colours()).toEqual(['rgb(15, 23, 42)', 'rgb(30, 41, 59)']);
    expect(await axeViolations(page), 'dark').toEqual([]);
  });
});
