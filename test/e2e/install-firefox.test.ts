import type { Browser, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxSession } from './harness/firefox';
import { URLS } from './harness/fixtures';
import { hostMarks, markHost } from './harness/overlay-host';
import { readAllHighlights, textOf } from './harness/page';
import { expectHighlights, typeAt } from './harness/suite';
import { uiState } from './harness/ui';

const COMPOSE = '#compose-1 [g_editable="true"]';
const FIRST_LINE = `${COMPOSE} > div:first-child`;
/** Installing means starting the add-on and injecting into the tab: ample time on a busy machine. */
const INSTALL_MS = 20_000;

/**
 * Firefox's WebDriver BiDi does not show a tab's moz-extension address (the welcome tab reads
 * about:blank), so the welcome page is seen as the one tab the install opens.
 */
const newPages = (browser: Browser) => {
  const opened: string[] = [];
  const onCreated = (target: Target) => {
    if (target.type() === 'page') opened.push(target.url());
  };
  browser.on('targetcreated', onCreated);
  return { opened, stop: () => browser.off('targetcreated', onCreated) };
};

describe('Install and update (Firefox ESR): open mail tabs work without a reload', () => {
  let firefox: FirefoxSession | undefined;
  beforeAll(async () => {
    firefox = await FirefoxSession.launch(undefined, { installLater: true });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('reaches a compose opened before the install, opens the welcome page once, and never doubles the UI', async () => {
    if (!firefox) throw new Error('Firefox did not start (see the beforeAll error)');
    const browser = firefox.browser;
    const page = await firefox.openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(page, FIRST_LINE, "Let's circle back on the synergy.");
    expect((await uiState(page)).hosts).toBe(0);

    // Install while the compose is open: highlights and the count, no reload.
    const installTabs = newPages(browser);
    await firefox.installExtension();
    await expectHighlights(page, 'buzzword', COMPOSE, ['circle back', 'synergy'], INSTALL_MS);
    await expect
      .poll(async () => (await uiState(page)).badges.map((b) => b.count), { timeout: INSTALL_MS })
      .toEqual([2]);
    expect((await uiState(page)).hosts).toBe(1);
    expect(await textOf(page, FIRST_LINE)).toBe("Let's circle back on the synergy.");
    await expect.poll(() => installTabs.opened.length, { timeout: INSTALL_MS }).toBe(1);
    installTabs.stop();

    // Installed again over itself (an update): the new copy takes over the open compose with one
    // overlay, and opens no second welcome page.
    expect(await markHost(page, 'before-update')).toBe(1);
    const updateTabs = newPages(browser);
    await firefox.installExtension();
    await expect.poll(() => hostMarks(page), { timeout: INSTALL_MS }).toEqual([null]);
    await expectHighlights(page, 'buzzword', COMPOSE, ['circle back', 'synergy'], INSTALL_MS);
    await expect
      .poll(async () => (await uiState(page)).badges.map((b) => b.count), { timeout: INSTALL_MS })
      .toEqual([2]);
    expect((await uiState(page)).hosts).toBe(1);
    // The new copy is the live one: a new finding is painted and counted once.
    await page.keyboard.type(' Sorry if you were confused.');
    await expectHighlights(page, 'non-apology', COMPOSE, ['Sorry if you were confused'], INSTALL_MS);
    await expect.poll(async () => (await uiState(page)).badges.map((b) => b.count)).toEqual([3]);
    expect((await uiState(page)).hosts).toBe(1);
    expect((await readAllHighlights(page, COMPOSE)).buzzword).toEqual(['circle back', 'synergy']);
    updateTabs.stop();
    expect(updateTabs.opened).toEqual([]);
    expect(installTabs.opened).toHaveLength(1);
  });
});
