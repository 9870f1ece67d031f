import type { Page as PopupPage } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActionPopups } from './harness/action-popup';
import { URLS } from './harness/fixtures';
import { oneListFailing } from './harness/team-lists';
import { expectHighlights, expectNoHighlights, REACT_MS, typeAt, useChromium } from './harness/suite';

const GMAIL_EDITOR = '#compose-1 [g_editable="true"]';
const GMAIL_LINE = `${GMAIL_EDITOR} > div:first-child`;
const OUTLOOK_EDITOR = '#editorParent_1 [contenteditable="true"]';
const OUTLOOK_LINE = `${OUTLOOK_EDITOR} > div:nth-child(2)`;
const SENTENCE = "Let's circle back on the synergy. Sorry if you were confused.";

interface PopupState {
  site: string | null;
  siteOn: boolean | null;
  counts: Record<string, number> | null;
  paused: boolean | null;
  pauseButton: string | null;
  noDraft: boolean;
  notMail: boolean;
  siteOff: boolean;
}

/** What the popup shows, read from its DOM. */
function popupState(popup: PopupPage): Promise<PopupState> {
  return popup.evaluate(() => {
    const $ = (sel: string) => document.querySelector<HTMLElement>(sel);
    const toggle = $('[data-cf="current-site-toggle"]') as HTMLInputElement | null;
    const countEls = [...document.querySelectorAll<HTMLElement>('[data-cf="draft-counts"] [data-cf="count"]')];
    const draft = $('[data-cf="draft"]');
    return {
      site: toggle?.dataset.site ?? null,
      siteOn: toggle ? toggle.checked : null,
      counts: countEls.length
        ? Object.fromEntries(countEls.map((li) => [li.dataset.kind!, Number(li.dataset.count)]))
        : null,
      paused: draft ? draft.dataset.paused === 'true' : null,
      pauseButton: $('button[data-cf="pause-draft"]')?.textContent ?? null,
      noDraft: !!$('[data-cf="no-draft"]'),
      notMail: !!$('[data-cf="not-mail"]'),
      siteOff: !!$('[data-cf="site-off"]'),
    };
  });
}

const expectPopup = (popup: PopupPage, expected: Partial<PopupState>) =>
  expect.poll(async () => popupState(popup), { timeout: REACT_MS }).toMatchObject(expected);

describe('popup (Chromium): the toolbar popup over the mail page', () => {
  const chromium = useChromium({ resetStorage: true, devToolsPort: true });
  let popups: ActionPopups;
  beforeAll(() => {
    popups = new ActionPopups(chromium());
  });
  afterEach(() => popups.closeAll());
  afterAll(() => popups.disconnect());

  it("shows the draft's counts by kind, and pauses and resumes that draft", async () => {
    const gmail = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(gmail, GMAIL_LINE, SENTENCE);
    await expectHighlights(gmail, 'buzzword', GMAIL_EDITOR, ['circle back', 'synergy']);

    let popup = await popups.open(gmail);
    await expectPopup(popup, {
      site: 'gmail',
      siteOn: true,
      counts: { buzzword: 2, 'non-apology': 1, 'pitch-first': 0, blank: 0 },
      paused: false,
      pauseButton: 'Pause checking this draft',
    });

    await popup.click('button[data-cf="pause-draft"]');
    await expectPopup(popup, { paused: true, counts: null, pauseButton: 'Resume checking this draft' });
    await expectNoHighlights(gmail, 'body');

    // A fresh popup remembers the pause (it lives in the page, with the draft).
    popup = await popups.open(gmail);
    await expectPopup(popup, { paused: true });
    await popup.click('button[data-cf="pause-draft"]');
    await expectPopup(popup, { paused: false, counts: { buzzword: 2, 'non-apology': 1, 'pitch-first': 0, blank: 0 } });
    await expectHighlights(gmail, 'buzzword', GMAIL_EDITOR, ['circle back', 'synergy']);
  });

  it('says "No draft open" before any compose (no checker in the page) and after the compose closes', async () => {
    const gmail = await chromium().openFixture(URLS.gmail, 'gmail-inbox.html');
    let popup = await popups.open(gmail);
    await expectPopup(popup, { site: 'gmail', siteOn: true, noDraft: true, counts: null });

    await gmail.click('#fixture-compose');
    await typeAt(gmail, GMAIL_LINE, "Let's circle back.");
    await expectHighlights(gmail, 'buzzword', GMAIL_EDITOR, ['circle back']);
    popup = await popups.open(gmail);
    await expectPopup(popup, { noDraft: false, counts: { buzzword: 1, 'non-apology': 0, 'pitch-first': 0, blank: 0 } });

    await gmail.evaluate(() => document.getElementById('compose-1')?.remove());
    // The open popup keeps asking, so it follows the page.
    await expectPopup(popup, { noDraft: true, counts: null });
  });

  it('counts the compose last focused when several are open', async () => {
    const gmail = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(gmail, GMAIL_LINE, SENTENCE);
    await gmail.click('#fixture-compose');
    await typeAt(gmail, '#compose-2 [g_editable="true"] > div:first-child', 'We should leverage this.');
    await expectHighlights(gmail, 'buzzword', '#compose-2 [g_editable="true"]', ['leverage']);
    let popup = await popups.open(gmail);
    await expectPopup(popup, { counts: { buzzword: 1, 'non-apology': 0, 'pitch-first': 0, blank: 0 } });
    await popup.click('button[data-cf="pause-draft"]');
    await expectPopup(popup, { paused: true });
    // Only that draft is paused: the first keeps its highlights.
    await expectHighlights(gmail, 'buzzword', GMAIL_EDITOR, ['circle back', 'synergy']);
    await expectNoHighlights(gmail, '#compose-2');

    await gmail.focus(GMAIL_EDITOR);
    popup = await popups.open(gmail);
    await expectPopup(popup, { paused: false, counts: { buzzword: 2, 'non-apology': 1, 'pitch-first': 0, blank: 0 } });
  });

  it("the current site's switch turns checking off there, and is the same setting as the all-sites switch", async () => {
    const outlook = await chromium().openFixture(URLS.outlookOffice, 'outlook-compose.html');
    await typeAt(outlook, OUTLOOK_LINE, SENTENCE);
    await expectHighlights(outlook, 'buzzword', OUTLOOK_EDITOR, ['circle back', 'synergy']);
    const popup = await popups.open(outlook);
    await expectPopup(popup, {
      site: 'outlook',
      siteOn: true,
      counts: { buzzword: 2, 'non-apology': 1, 'pitch-first': 0, blank: 0 },
    });

    await popup.click('[data-cf="current-site-toggle"]');
    await expectPopup(popup, { siteOn: false, siteOff: true, counts: null });
    expect(
      await popup.$eval('input[data-cf="site-toggle"][data-site="outlook"]', (el) => (el as HTMLInputElement).checked),
    ).toBe(false);
    await expectNoHighlights(outlook, 'body');

    await popup.click('input[data-cf="site-toggle"][data-site="outlook"]');
    await expectPopup(popup, {
      siteOn: true,
      siteOff: false,
      counts: { buzzword: 2, 'non-apology': 1, 'pitch-first': 0, blank: 0 },
    });
    await expectHighlights(outlook, 'buzzword', OUTLOOK_EDITOR, ['circle back', 'synergy']);
  });

  it('elsewhere says where to go; team lists show their state, errors as text', async () => {
    const blank = await chromium().context.newPage();
    const popup = await popups.open(blank);
    await expectPopup(popup, { notMail: true, site: null, counts: null });
    expect(await popup.$eval('[data-cf="not-mail"]', (el) => el.textContent)).toBe(
      'Open Gmail or Outlook on the web, or a site where you write to customers, to check a draft.',
    );

    const error = '<img src=x onerror="document.title=\'pwned\'">Server answered 500';
    await popup.evaluate(async (lists: object) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
        .chrome;
      await api.storage.local.set(lists);
    }, oneListFailing(error));
    // The popup follows storage while open.
    await expect
      .poll(
        () =>
          popup.$$eval('[data-cf="popup-list"]', (rows) =>
            rows.map((r) => [r.querySelector('.list-name')?.textContent, (r as HTMLElement).dataset.state]),
          ),
        {
          timeout: REACT_MS,
        },
      )
      .toEqual([
        ['Acme words', 'ok'],
        ['Support words', 'warning'],
      ]);
    const warning = await popup.$eval('[data-cf="popup-list-warning"]', (el) => el.textContent ?? '');
    expect(warning).toMatch(/^Update failed — using the copy from /);
    expect(warning).toContain(error);
    expect(await popup.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await popup.title()).not.toBe('pwned');
  });
});
