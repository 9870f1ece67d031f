import type { Frame, Page } from 'playwright-core';
import type { Page as PopupPage } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActionPopups } from './harness/action-popup';
import { enableSites, extensionWithSites, registered } from './harness/enabled-sites';
import { NetworkLog } from './harness/network';
import { hostMarks, markHost } from './harness/overlay-host';
import { HIGHLIGHTS, placeCaretAtEnd, readHighlights } from './harness/page';
import { expectHighlights, expectNoHighlights, REACT_MS, typeAt, useChromium } from './harness/suite';

const CRM = 'https://app.crm.example';
const PAGE = `${CRM}/deals/12`;
const LINE = '#reply-body > #line';
const SENTENCE = " Let's circle back on the synergy.";

const click = (popup: PopupPage, selector: string) => popup.click(selector);

/** The notes editor's frame (srcdoc: same origin as the page, no address of its own). */
function notesFrame(page: Page): Frame {
  // Playwright names a frame by its name attribute, else its id.
  const frame = page.frames().find((f) => f.name() === 'notes');
  if (!frame) throw new Error('no notes frame');
  return frame;
}

describe('sites turned on by the user (Chromium): the loader registered for one origin', () => {
  // Headless Chromium cannot answer the host-permission prompt, so `permissions.request` would
  // wait forever. This copy of the build already holds the site's origin, which makes the
  // request resolve at once, as after "Allow": the click, the request, the registration and the
  // checking all run for real. (As in the team-list Subscribe test.)
  const extensionDir = extensionWithSites('chrome-mv3-crm-origin', [CRM]);
  const chromium = useChromium({ extensionDir, devToolsPort: true, resetStorage: true });
  let popups: ActionPopups;
  beforeAll(() => {
    popups = new ActionPopups(chromium());
  });
  afterEach(() => popups.closeAll());
  afterAll(() => popups.disconnect());

  it('runs nothing until turned on; then checks prose fields in the page and its frames, and stops when removed', async () => {
    const session = chromium();
    const worker = (await session.serviceWorker())!;
    session.fixtures.page(PAGE, 'crm-compose.html');
    const crm = await session.openFixture(PAGE, 'crm-compose.html');
    expect(await registered(worker)).toEqual([]);

    let popup = await popups.open(crm);
    expect(await popup.$eval('[data-cf="not-checked"]', (el) => el.textContent)).toBe(
      'Connection First is not checking app.crm.example.',
    );
    await click(popup, 'button[data-cf="enable-site"]');
    await expect
      .poll(() => registered(worker), { timeout: REACT_MS })
      .toMatchObject([
        {
          id: 'enabled-sites',
          matches: [`${CRM}/*`],
          allFrames: true,
          matchOriginAsFallback: true,
          persistAcrossSessions: true,
        },
      ]);

    // The open tab got the loader without a reload: the reply body is checked as it is typed.
    const typing = session.network.mark();
    await typeAt(crm, LINE, SENTENCE);
    await expectHighlights(crm, 'buzzword', '#reply-body', ['circle back', 'synergy']);
    // Not prose: a search box without spell check, a code editor.
    expect(await readHighlights(crm, HIGHLIGHTS.buzzword, '#search')).toEqual([]);
    expect(await readHighlights(crm, HIGHLIGHTS.buzzword, '#code')).toEqual([]);
    expect(NetworkLog.describe(session.network.network(typing)), 'requests while typing').toEqual([]);

    // A reload: the registered loader runs by itself, in the page and in its address-less frame.
    await crm.reload({ waitUntil: 'load' });
    await typeAt(crm, LINE, SENTENCE);
    await expectHighlights(crm, 'buzzword', '#reply-body', ['circle back', 'synergy']);
    const notes = notesFrame(crm);
    await placeCaretAtEnd(notes, '#notes-line');
    await crm.keyboard.type(' We are sorry for any inconvenience.');
    await expectHighlights(notes, 'non-apology', '#notes-body', ['We are sorry for any inconvenience']);

    // The popup over the page: its switch turns checking off there at once.
    popup = await popups.open(crm);
    await expect
      .poll(() => popup.$eval('[data-cf="current-site-toggle"]', (el) => (el as HTMLInputElement).dataset.site))
      .toBe(CRM);
    await click(popup, '[data-cf="current-site-toggle"]');
    await expectNoHighlights(crm, '#reply-body');
    await click(popup, '[data-cf="current-site-toggle"]');
    await expectHighlights(crm, 'buzzword', '#reply-body', ['circle back', 'synergy']);

    // "Stop checking": the registration goes, and the open page stops checking.
    await click(popup, 'button[data-cf="remove-site"]');
    await expect.poll(() => registered(worker), { timeout: REACT_MS }).toEqual([]);
    await expectNoHighlights(crm, '#reply-body');
    await expectNoHighlights(notes, '#notes-body');
  });
  it("the popup counts a draft written in a frame of the page (CKEditor 4's)", async () => {
    const session = chromium();
    const worker = (await session.serviceWorker())!;
    const page = await session.openFixture(`${CRM}/cases/1026`, 'salesforce-email.html');
    const popup = await popups.open(page);
    await click(popup, 'button[data-cf="enable-site"]');
    await expect.poll(() => registered(worker), { timeout: REACT_MS }).toHaveLength(1);
    const frame = (await (await page.$('iframe[title="Email Body"]'))!.contentFrame())!;
    await placeCaretAtEnd(frame, 'body #line');
    await page.keyboard.type(SENTENCE);
    await expectHighlights(frame, 'buzzword', 'body', ['circle back', 'synergy']);

    const again = await popups.open(page);
    const counts = () =>
      again.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-cf="count"]')].map((li) => [
          li.dataset.kind,
          li.dataset.count,
        ]),
      );
    await expect.poll(counts, { timeout: REACT_MS }).toContainEqual(['buzzword', '2']);
    await click(again, 'button[data-cf="pause-draft"]');
    await expectNoHighlights(frame, 'body');
  });
});

describe('sites turned on (Chromium): an update reaches the open tabs', () => {
  // Loaded into the running browser, so that loading it again is an update ("update" install reason).
  const extensionDir = extensionWithSites('chrome-mv3-crm-origin-update', [CRM]);
  const chromium = useChromium({ extensionDir, loadLater: true });

  it('an open page of an enabled site is checked again by the updated copy, with one UI and no reload', async () => {
    const session = chromium();
    await session.loadExtension();
    await enableSites((await session.serviceWorker())!, [CRM]);
    const crm = await session.openFixture(PAGE, 'crm-compose.html');
    await typeAt(crm, LINE, SENTENCE);
    await expectHighlights(crm, 'buzzword', '#reply-body', ['circle back', 'synergy']);

    expect(await markHost(crm, 'before-update')).toBe(1);
    await session.loadExtension();
    // The new copy's checker replaced the old one's UI (no mark on the one host) and checks on.
    await expect.poll(() => hostMarks(crm), { timeout: 20_000 }).toEqual([null]);
    await crm.keyboard.type(' Sorry if you were confused.');
    await expectHighlights(crm, 'non-apology', '#reply-body', ['Sorry if you were confused']);
    expect(await hostMarks(crm)).toEqual([null]);
  });
});
