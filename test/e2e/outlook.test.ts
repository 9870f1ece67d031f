import { describe, expect, it } from 'vitest';
import { URLS } from './harness/fixtures';
import { caretState, highlightsTouching, onlyHighlights, readAllHighlights, textOf } from './harness/page';
import { roosterModelText, roosterReady } from './harness/real-editors';
import { engineSuggestions, expectHighlights, REACT_MS, sleep, typeAt, useChromium } from './harness/suite';
import { hoverCard, uiPoint } from './harness/ui';

const EDITOR = '#editorParent_1 [contenteditable="true"]';
const LINE = `${EDITOR} > div:nth-child(2)`;
const SENTENCE = "Let's circle back on the synergy.";
// Signature and everything from the history marker to the end (hr, reply header, quoted lines).
const NOT_THE_WRITERS = `${EDITOR} #Signature, ${EDITOR} #appendonsend ~ *`;

describe('Outlook on the web (Chromium)', () => {
  const chromium = useChromium();

  for (const [name, url] of [
    ['outlook.office.com', URLS.outlookOffice],
    ['outlook.live.com', URLS.outlookLive],
    ['outlook.office365.com', URLS.outlookOffice365],
    ['outlook.cloud.microsoft', URLS.outlookCloud],
  ] as const) {
    it(`${name}: highlights typed buzzwords, never the signature or quoted history`, async () => {
      const page = await chromium().openFixture(url, 'outlook-compose.html');
      // The quoted message and the signature hold these same words; typed by the writer, they are flagged.
      await typeAt(page, LINE, `${SENTENCE} We need to leverage our best-in-class platform.`);
      await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy', 'leverage', 'best-in-class']);
      expect(await highlightsTouching(page, NOT_THE_WRITERS)).toEqual([]);
      expect(await readAllHighlights(page)).toEqual(
        onlyHighlights({ buzzword: ['circle back', 'synergy', 'leverage', 'best-in-class'] }),
      );
      // The recipient line is editable too, but it is not the message body.
      expect(await highlightsTouching(page, '.recipients')).toEqual([]);
    });
  }

  it('finds a pop-out body with neither the editorParent wrapper nor aria-multiline, and skips its mobile signature', async () => {
    const body = '#compose-1 [aria-label="Message body"]';
    const page = await chromium().openFixture(URLS.outlookOffice, 'outlook-popout.html');
    await typeAt(page, `${body} > div:nth-child(2)`, `${SENTENCE} Sorry if you were confused.`);
    await expectHighlights(page, 'buzzword', body, ['circle back', 'synergy']);
    await expectHighlights(page, 'non-apology', body, ['Sorry if you were confused']);
    expect(await highlightsTouching(page, `${body} #ms-outlook-mobile-signature`)).toEqual([]);
    expect(await highlightsTouching(page, '.recipients')).toEqual([]);
  });

  it('applies a suggestion in the plain contenteditable body and undoes it with one Ctrl+Z', async () => {
    const page = await chromium().openFixture(URLS.outlookOffice, 'outlook-compose.html');
    await typeAt(page, LINE, SENTENCE);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
    const { card } = await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
    expect(card.suggestions).toEqual(engineSuggestions(SENTENCE, 'synergy'));
    const replacement = card.suggestions[0]!;
    const point = await uiPoint(page, 'button[data-cf="suggestion"]', 0);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => textOf(page, LINE), { timeout: REACT_MS }).toBe(`Let's circle back on the ${replacement}.`);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(page, LINE), { timeout: REACT_MS }).toBe(SENTENCE);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
  });
});

describe('Outlook with a real roosterjs editor (Chromium)', () => {
  const chromium = useChromium();
  const ROOSTER = '#editorParent_1 [role="textbox"]';
  const ROOSTER_LINE = `${ROOSTER} > div:nth-child(2)`;

  async function openRooster() {
    const page = await chromium().openFixture(URLS.outlookOffice, 'outlook-rooster.html');
    await roosterReady(page);
    return page;
  }

  it('highlights while typing into the roosterjs editor, not in its signature', async () => {
    const page = await openRooster();
    await typeAt(page, ROOSTER_LINE, SENTENCE);
    await expectHighlights(page, 'buzzword', ROOSTER, ['circle back', 'synergy']);
    expect(await highlightsTouching(page, `${ROOSTER} #Signature`)).toEqual([]);
    expect(await roosterModelText(page)).toContain(SENTENCE);
  });

  it('replaces through the editor (model updated) and one Ctrl+Z restores the original', async () => {
    const page = await openRooster();
    await typeAt(page, ROOSTER_LINE, SENTENCE);
    await expectHighlights(page, 'buzzword', ROOSTER, ['circle back', 'synergy']);
    // The user pauses, then reaches for the mouse (roosterjs takes its undo snapshots as a user would work).
    await sleep(500);
    const { card } = await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
    expect(card.suggestions).toEqual(engineSuggestions(SENTENCE, 'synergy'));
    const replacement = card.suggestions[0]!;
    const point = await uiPoint(page, 'button[data-cf="suggestion"]', 0);
    await page.mouse.click(point.x, point.y);

    const replaced = `Let's circle back on the ${replacement}.`;
    await expect.poll(() => textOf(page, ROOSTER_LINE), { timeout: REACT_MS }).toBe(replaced);
    // roosterjs's own model saw the change (what Outlook saves and sends).
    await expect.poll(() => roosterModelText(page), { timeout: REACT_MS }).toContain(replaced);
    await expectHighlights(page, 'buzzword', ROOSTER, ['circle back']);
    expect((await caretState(page, ROOSTER)).editorFocused).toBe(true);

    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(page, ROOSTER_LINE), { timeout: REACT_MS }).toBe(SENTENCE);
    await expect.poll(() => roosterModelText(page), { timeout: REACT_MS }).toContain(SENTENCE);
    await expectHighlights(page, 'buzzword', ROOSTER, ['circle back', 'synergy']);
  });
});
