import { describe, expect, it } from 'vitest';
import { inExtensionUi } from './harness/closed-root';
import { URLS } from './harness/fixtures';
import { placeCaretInText } from './harness/page';
import { expectHighlights, REACT_MS, typeAt, useChromium } from './harness/suite';
import { hoverCard, uiPoint, uiState } from './harness/ui';

/**
 * Controls you can find and undo, in a real browser: the note with Undo after "Turn off this rule"
 * and "Ignore here", the ignored list in the badge's list, the shortcut named on the card, the
 * browser command passed on from the background, and the polite live count.
 */

const EDITOR = '#compose-1 [g_editable="true"]';
const LINE = `${EDITOR} > div:first-child`;
const SENTENCE = "Let's circle back on the synergy.";

type Page = Awaited<ReturnType<ReturnType<ReturnType<typeof useChromium>>['openFixture']>>;

/** The text of the element matching `selector` in the extension's closed root; null when there is none. */
const uiText = (page: Page, selector: string) =>
  inExtensionUi(
    page,
    (root: ShadowRoot | null, sel: string) =>
      root?.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    selector,
  );

const uiTexts = (page: Page, selector: string) =>
  inExtensionUi(
    page,
    (root: ShadowRoot | null, sel: string) =>
      [...(root?.querySelectorAll(sel) ?? [])].map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    selector,
  );

async function press(page: Page, selector: string) {
  const point = await uiPoint(page, selector);
  await page.mouse.click(point.x, point.y);
}

async function draftWithFindings(page: Page): Promise<void> {
  await typeAt(page, LINE, SENTENCE);
  await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
}

describe('Gmail (Chromium): undo, the shortcut and the live count', () => {
  const chromium = useChromium({ resetStorage: true });

  it('"Turn off this rule" says so with Undo; Undo turns it back on in this draft and later ones', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await draftWithFindings(page);
    await hoverCard(page, 'cf-buzzword', 'circle back', REACT_MS);
    await press(page, 'button[data-cf="disable-rule"]');
    await expect
      .poll(() => uiText(page, '[data-cf="notice-text"]'), { timeout: REACT_MS })
      .toBe('Rule turned off everywhere: “circle back” is no longer flagged.');
    await expectHighlights(page, 'buzzword', EDITOR, ['synergy']);
    await press(page, 'button[data-cf="undo"]');
    await expect
      .poll(() => uiText(page, '[data-cf="notice-text"]'), { timeout: REACT_MS })
      .toBe('Rule turned back on.');
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
    expect(await uiText(page, '[data-cf="undo"]')).toBeNull();

    const other = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(other, LINE, SENTENCE);
    await expectHighlights(other, 'buzzword', EDITOR, ['circle back', 'synergy']);
  });

  it('"Ignore here" says so with Undo, is listed under the badge, and each way of undoing brings it back', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await draftWithFindings(page);
    await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
    await press(page, 'button[data-cf="ignore"]');
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back']);
    expect(await uiText(page, '[data-cf="notice-text"]')).toBe('Ignored “synergy” in this draft.');
    await press(page, 'button[data-cf="undo"]');
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
    expect(await uiText(page, '[data-cf="notice"]')).toBeNull();

    await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
    await press(page, 'button[data-cf="ignore"]');
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back']);
    await press(page, 'button[data-cf="dismiss"]');
    await press(page, 'button[data-cf="badge"]');
    await expect
      .poll(() => uiTexts(page, '[data-cf="ignored-item"] span'), { timeout: REACT_MS })
      .toEqual(['“synergy”']);
    expect((await uiState(page)).list).toEqual(['Buzzword“circle back”']);
    await press(page, 'button[data-cf="unignore"]');
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
    await expect.poll(() => uiText(page, '[data-cf="ignored"]'), { timeout: REACT_MS }).toBeNull();
  });

  it('the card and the list name the keys; the browser command, passed on by the background, opens the card', async () => {
    const session = chromium();
    const worker = await session.serviceWorker(5000);
    expect(worker, 'the background service worker').toBeDefined();
    const page = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    await draftWithFindings(page);
    // The binding as the browser reports it to the background.
    const bound = await worker!.evaluate(async () => {
      const api = (
        globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }
      ).chrome;
      return (await api.commands.getAll()).find((c) => c.name === 'open-card')?.shortcut ?? '';
    });
    expect(bound).not.toBe('');
    await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
    await expect
      .poll(() => uiText(page, '[data-cf="card"] [data-cf="shortcut"]'), { timeout: REACT_MS })
      .toBe(`Keyboard: Alt+Enter or ${bound} opens this card at the caret.`);
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await uiState(page)).card, { timeout: REACT_MS }).toBeNull();
    await press(page, 'button[data-cf="badge"]');
    expect(await uiText(page, '[data-cf="findings-list"] [data-cf="shortcut"]')).toBe(
      `Caret in underlined words? Alt+Enter or ${bound} opens their card.`,
    );
    await page.keyboard.press('Escape');

    // The browser delivers a command's key press to the background only (headless Chromium
    // cannot press it); what the background sends on it, the card answers.
    await placeCaretInText(page, LINE, 'synergy', 2);
    await worker!.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              query(q: object): Promise<{ id: number; url?: string }[]>;
              sendMessage(id: number, m: object): Promise<unknown>;
            };
          };
        }
      ).chrome;
      const [tab] = (await api.tabs.query({})).filter((t) => t.url?.startsWith('https://mail.google.com/'));
      await api.tabs.sendMessage(tab!.id, { type: 'connection-first:open-card' });
    });
    await expect.poll(async () => (await uiState(page)).card?.firstButtonFocused, { timeout: REACT_MS }).toBe(true);
    expect((await uiState(page)).card!.suggestions.length).toBeGreaterThan(0);
  });

  it('a polite live region says the count once it settles', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await draftWithFindings(page);
    const live = () =>
      inExtensionUi(
        page,
        (root: ShadowRoot | null) => {
          const el = root?.querySelector('[data-cf="live"]');
          return el ? { polite: el.getAttribute('aria-live'), text: el.textContent } : null;
        },
        null,
      );
    await expect
      .poll(live, { timeout: REACT_MS })
      .toEqual({ polite: 'polite', text: 'Connection First: 2 suggestions' });
    // Two more phrase findings; phrases, not an opening, so the count does not hang on the learned model.
    await typeAt(page, LINE, ' It is a win-win paradigm shift.');
    await expect
      .poll(live, { timeout: REACT_MS })
      .toEqual({ polite: 'polite', text: 'Connection First: 4 suggestions' });
  });
});
