import { describe, expect, it } from 'vitest';
import { URLS } from './harness/fixtures';
import { caretState, highlightRect, innerHtml, placeCaretInText, textOf } from './harness/page';
import { engineSuggestions, expectHighlights, REACT_MS, sleep, typeAt, useChromium } from './harness/suite';
import { hoverCard, uiPoint, uiState } from './harness/ui';

const EDITOR = '#compose-1 [g_editable="true"]';
const LINE = `${EDITOR} > div:first-child`;
const SENTENCE = "Let's circle back on the synergy.";

type Page = Awaited<ReturnType<ReturnType<ReturnType<typeof useChromium>>['openFixture']>>;

async function draftWithFindings(page: Page): Promise<void> {
  await typeAt(page, LINE, SENTENCE);
  await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
}

const hoverBuzzword = (page: Page, text: string) => hoverCard(page, 'cf-buzzword', text, REACT_MS);

const cardClosed = (page: Page) =>
  expect.poll(async () => (await uiState(page)).card, { timeout: REACT_MS }).toBeNull();

describe('Gmail (Chromium): the explanation card, applying and undoing', () => {
  const chromium = useChromium({ resetStorage: true });

  it('opens on hover next to the highlight, explains, offers the suggestions; Esc closes it', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await draftWithFindings(page);
    const before = await caretState(page, EDITOR);
    // How long the card waits before opening is the controller's (test/checker/controller.test.ts);
    // here, on a machine that may be busy, only that it opens.
    const { card } = await hoverBuzzword(page, 'synergy');
    expect(card.message.length).toBeGreaterThan(10);
    expect(card.suggestions).toEqual(engineSuggestions(SENTENCE, 'synergy'));
    // Next to the highlight and on screen.
    const rect = (await highlightRect(page, 'cf-buzzword', 'synergy'))!;
    const viewport = page.viewportSize()!;
    expect(card.box.x).toBeGreaterThanOrEqual(0);
    expect(card.box.y).toBeGreaterThanOrEqual(0);
    expect(card.box.x + card.box.width).toBeLessThanOrEqual(viewport.width);
    expect(card.box.y + card.box.height).toBeLessThanOrEqual(viewport.height);
    const gap = Math.max(card.box.y - (rect.y + rect.height), rect.y - (card.box.y + card.box.height), 0);
    expect(gap, 'vertical distance between card and highlight').toBeLessThan(40);
    // The card is in the extension's host under <html>, never in the editor.
    expect((await uiState(page)).hostParent).toBe('html');
    expect(await innerHtml(page, EDITOR)).not.toContain('data-cf');

    await page.keyboard.press('Escape');
    await cardClosed(page);
    expect(await caretState(page, EDITOR)).toEqual(before);
  });

  it('opens from the keyboard (Alt+Enter in a highlight), focuses its first button; Esc returns focus and caret', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await draftWithFindings(page);
    await placeCaretInText(page, LINE, 'synergy', 3);
    const htmlBefore = await innerHtml(page, EDITOR);
    const before = await caretState(page, EDITOR);
    expect(before.editorFocused).toBe(true);

    await page.keyboard.press('Alt+Enter');
    await expect.poll(async () => (await uiState(page)).card?.firstButtonFocused, { timeout: REACT_MS }).toBe(true);
    const card = (await uiState(page)).card!;
    expect(card.message.length).toBeGreaterThan(10);
    expect(card.suggestions).toEqual(engineSuggestions(SENTENCE, 'synergy'));
    // The shortcut typed nothing into the draft.
    expect(await innerHtml(page, EDITOR)).toBe(htmlBefore);
    // Keyboard-accessible: Tab moves between the card's buttons, focus stays in the card.
    await page.keyboard.press('Tab');
    expect((await uiState(page)).card?.focused).not.toBeNull();

    await page.keyboard.press('Escape');
    await cardClosed(page);
    const after = await caretState(page, EDITOR);
    expect(after).toEqual(before);
    expect(after.editorFocused).toBe(true);
    // Typing goes on where the caret was.
    await page.keyboard.type('X');
    expect(await textOf(page, LINE)).toBe("Let's circle back on the synXergy.");
  });

  it('applies a suggestion with one click; one Ctrl+Z restores the original; highlights follow', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await draftWithFindings(page);
    const { card } = await hoverBuzzword(page, 'synergy');
    const replacement = card.suggestions[0]!;
    expect(replacement).toBe(engineSuggestions(SENTENCE, 'synergy')[0]);
    const point = await uiPoint(page, 'button[data-cf="suggestion"]', 0);
    await page.mouse.click(point.x, point.y);

    await expect.poll(() => textOf(page, LINE), { timeout: REACT_MS }).toBe(`Let's circle back on the ${replacement}.`);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back']);
    await cardClosed(page);
    // The focus stayed in the editor, so the user's next Ctrl+Z reaches it.
    expect((await caretState(page, EDITOR)).editorFocused).toBe(true);

    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(page, LINE), { timeout: REACT_MS }).toBe(SENTENCE);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
    // Only the replacement was undone, not the typing before it.
    await sleep(300);
    expect(await textOf(page, LINE)).toBe(SENTENCE);
  });

  it('applies from the keyboard: Alt+Enter, Enter on the first suggestion, then Ctrl+Z', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await draftWithFindings(page);
    await placeCaretInText(page, LINE, 'circle back', 2);
    await page.keyboard.press('Alt+Enter');
    await expect.poll(async () => (await uiState(page)).card?.firstButtonFocused, { timeout: REACT_MS }).toBe(true);
    const replacement = (await uiState(page)).card!.suggestions[0]!;
    expect(replacement).toBe(engineSuggestions(SENTENCE, 'circle back')[0]);
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(page, LINE), { timeout: REACT_MS }).toBe(`Let's ${replacement} on the synergy.`);
    await expectHighlights(page, 'buzzword', EDITOR, ['synergy']);
    await cardClosed(page);
    expect((await caretState(page, EDITOR)).editorFocused).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(page, LINE), { timeout: REACT_MS }).toBe(SENTENCE);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
  });

  it('"ignore here" drops that finding in this draft only', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await page.click('#fixture-compose');
    await page.waitForSelector('#compose-2 [g_editable="true"]');
    await draftWithFindings(page);
    await hoverBuzzword(page, 'synergy');
    const point = await uiPoint(page, 'button[data-cf="ignore"]');
    await page.mouse.click(point.x, point.y);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back']);
    await cardClosed(page);
    // Still ignored after more typing in the same draft…
    await typeAt(page, LINE, ' More synergy.');
    await sleep(500);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back']);
    // …but another draft still gets it.
    await typeAt(page, '#compose-2 [g_editable="true"] > div:first-child', SENTENCE);
    await expectHighlights(page, 'buzzword', '#compose-2', ['circle back', 'synergy']);
  });

  it('"turn off this rule" stops that rule in every draft, including pages opened later', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await draftWithFindings(page);
    await hoverBuzzword(page, 'circle back');
    const point = await uiPoint(page, 'button[data-cf="disable-rule"]');
    await page.mouse.click(point.x, point.y);
    await expectHighlights(page, 'buzzword', EDITOR, ['synergy']);

    const other = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(other, LINE, `${SENTENCE} We should leverage this.`);
    await expectHighlights(other, 'buzzword', EDITOR, ['synergy', 'leverage']);
  });
});
