import { describe, expect, it } from 'vitest';
import { URLS } from './harness/fixtures';
import { highlightRect, textOf } from './harness/page';
import { NetworkLog } from './harness/network';
import { expectHighlights, expectNoHighlights, REACT_MS, sleep, typeAt, useChromium } from './harness/suite';
import { uiPoint, uiState } from './harness/ui';

const GMAIL_EDITOR = '#compose-1 [g_editable="true"]';
const GMAIL_LINE = `${GMAIL_EDITOR} > div:first-child`;
const OUTLOOK_EDITOR = '#editorParent_1 [contenteditable="true"]';
const OUTLOOK_LINE = `${OUTLOOK_EDITOR} > div:nth-child(2)`;
const SENTENCE = "Let's circle back on the synergy.";

describe('popup (Chromium): the per-site switch', () => {
  const chromium = useChromium({ resetStorage: true });

  it('turns checking off and on for one site without a reload', async () => {
    const session = chromium();
    const gmail = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(gmail, GMAIL_LINE, SENTENCE);
    await expectHighlights(gmail, 'buzzword', GMAIL_EDITOR, ['circle back', 'synergy']);
    const outlook = await session.openFixture(URLS.outlookOffice, 'outlook-compose.html');
    await typeAt(outlook, OUTLOOK_LINE, SENTENCE);
    await expectHighlights(outlook, 'buzzword', OUTLOOK_EDITOR, ['circle back', 'synergy']);

    const popup = await session.openPopup();
    const gmailSwitch = popup.locator('input[type="checkbox"][data-cf="site-toggle"][data-site="gmail"]');
    const outlookSwitch = popup.locator('input[type="checkbox"][data-cf="site-toggle"][data-site="outlook"]');
    await expect.poll(() => gmailSwitch.isChecked(), { timeout: REACT_MS }).toBe(true);
    expect(await outlookSwitch.isChecked()).toBe(true);

    await gmailSwitch.click();
    expect(await gmailSwitch.isChecked()).toBe(false);
    await gmail.bringToFront();
    await expectNoHighlights(gmail, 'body');
    await expect.poll(async () => (await uiState(gmail)).badges.length, { timeout: REACT_MS }).toBe(0);
    // Off means off: typing on Gmail marks nothing; Outlook is untouched.
    await typeAt(gmail, GMAIL_LINE, ' We should leverage this.');
    await sleep(600);
    await expectNoHighlights(gmail, 'body');
    await outlook.bringToFront();
    await expectHighlights(outlook, 'buzzword', OUTLOOK_EDITOR, ['circle back', 'synergy']);

    // The switch is remembered: a fresh popup shows it off, and a new Gmail tab is not checked.
    const popup2 = await session.openPopup();
    const gmailSwitch2 = popup2.locator('input[data-cf="site-toggle"][data-site="gmail"]');
    await expect.poll(() => gmailSwitch2.count(), { timeout: REACT_MS }).toBe(1);
    expect(await gmailSwitch2.isChecked()).toBe(false);
    const gmail2 = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(gmail2, GMAIL_LINE, SENTENCE);
    await sleep(800);
    await expectNoHighlights(gmail2, 'body');

    await gmailSwitch2.click();
    expect(await gmailSwitch2.isChecked()).toBe(true);
    await gmail.bringToFront();
    await expectHighlights(gmail, 'buzzword', GMAIL_EDITOR, ['circle back', 'synergy', 'leverage']);
    await gmail2.bringToFront();
    await expectHighlights(gmail2, 'buzzword', GMAIL_EDITOR, ['circle back', 'synergy']);
  });

  it('turning Outlook off leaves Gmail checked', async () => {
    const session = chromium();
    const popup = await session.openPopup();
    const outlookSwitch = popup.locator('input[data-cf="site-toggle"][data-site="outlook"]');
    await expect.poll(() => outlookSwitch.count(), { timeout: REACT_MS }).toBe(1);
    await outlookSwitch.click();
    expect(await outlookSwitch.isChecked()).toBe(false);
    const outlook = await session.openFixture(URLS.outlookLive, 'outlook-compose.html');
    const gmail = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(gmail, GMAIL_LINE, SENTENCE);
    await expectHighlights(gmail, 'buzzword', GMAIL_EDITOR, ['circle back', 'synergy']);
    await outlook.bringToFront();
    await typeAt(outlook, OUTLOOK_LINE, SENTENCE);
    await sleep(800);
    await expectNoHighlights(outlook, 'body');
  });
});

describe('network (Chromium): no draft text leaves the device', () => {
  const chromium = useChromium();

  it('makes no request while typing, showing the card, applying and undoing', async () => {
    const session = chromium();
    // The background service worker is part of the check: wait for it so its requests are recorded too.
    await session.serviceWorker(5000);
    const page = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    await sleep(300);
    const mark = session.network.mark();

    await typeAt(page, GMAIL_LINE, `${SENTENCE} Sorry if you were confused.`);
    await page.keyboard.press('Enter');
    await page.keyboard.type('I’m Dana, Solutions Architect at Acme, and I’d love to show you our platform.');
    await expectHighlights(page, 'buzzword', GMAIL_EDITOR, ['circle back', 'synergy']);
    const rect = (await highlightRect(page, 'cf-buzzword', 'synergy'))!;
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await expect.poll(async () => (await uiState(page)).card, { timeout: REACT_MS }).not.toBeNull();
    const point = await uiPoint(page, 'button[data-cf="suggestion"]', 0);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => textOf(page, GMAIL_LINE), { timeout: REACT_MS }).not.toContain('synergy');
    await page.keyboard.press('Control+z');
    await sleep(1000);

    expect(NetworkLog.describe(session.network.network(mark)), 'requests while typing (any, fixture or not)').toEqual(
      [],
    );
    // Nor at any other time: only the fixture page and its assets were ever requested, by page or worker.
    expect(NetworkLog.describe(session.network.unexpected(0)), 'requests other than fixtures since launch').toEqual([]);
    expect(session.network.network(0).every((r) => r.from === 'page')).toBe(true);
  });

  it('makes no request on Outlook either', async () => {
    const session = chromium();
    const mark = session.network.mark();
    const page = await session.openFixture(URLS.outlookCloud, 'outlook-compose.html');
    await sleep(300);
    const typing = session.network.mark();
    await typeAt(page, OUTLOOK_LINE, `${SENTENCE} We should leverage this.`);
    await expectHighlights(page, 'buzzword', OUTLOOK_EDITOR, ['circle back', 'synergy', 'leverage']);
    await sleep(1000);
    expect(NetworkLog.describe(session.network.network(typing))).toEqual([]);
    expect(NetworkLog.describe(session.network.unexpected(mark))).toEqual([]);
  });
});
