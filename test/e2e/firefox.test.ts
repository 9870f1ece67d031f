import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxSession, pressCtrl } from './harness/firefox';
import { URLS } from './harness/fixtures';
import { highlightsTouching, onlyHighlights, readAllHighlights, run, textOf } from './harness/page';
import { roosterModelText, roosterReady } from './harness/real-editors';
import { engineSuggestions, expectHighlights, REACT_MS, sleep, typeAt } from './harness/suite';
import { hoverCard, uiPoint, uiState } from './harness/ui';

const EDITOR = '#compose-1 [g_editable="true"]';
const LINE = `${EDITOR} > div:first-child`;
const SENTENCE = "Let's circle back on the synergy.";
/** Same fixture at a host outside the extension's match patterns: the baseline without the extension. */
const UNCHECKED_HOST = 'https://mail.example.test/mail/u/0/';

// The smoke subset in Debian's Firefox ESR with the Firefox (MV2) build, over WebDriver BiDi.
describe('Firefox ESR smoke', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await FirefoxSession.launch();
  });
  afterEach(async () => {
    await firefox?.closeContexts();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('highlights buzzwords while typing in Gmail', async () => {
    const page = await firefox.openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(page, LINE, SENTENCE);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
    expect(await readAllHighlights(page, EDITOR)).toEqual(onlyHighlights({ buzzword: ['circle back', 'synergy'] }));
    expect(await highlightsTouching(page, `${EDITOR} .gmail_signature`)).toEqual([]);
  });

  it('highlights in Outlook (outlook.live.com), never the signature or quoted history', async () => {
    const page = await firefox.openFixture(URLS.outlookLive, 'outlook-compose.html');
    const editor = '#editorParent_1 [contenteditable="true"]';
    await typeAt(page, `${editor} > div:nth-child(2)`, `${SENTENCE} We need to leverage our best-in-class platform.`);
    await expectHighlights(page, 'buzzword', editor, ['circle back', 'synergy', 'leverage', 'best-in-class']);
    expect(await highlightsTouching(page, `${editor} #Signature, ${editor} #appendonsend ~ *`)).toEqual([]);
  });

  it('never marks quoted history or the signature of a Gmail reply', async () => {
    const page = await firefox.openFixture(URLS.gmail, 'gmail-reply.html');
    const reply = '#reply-1 [g_editable="true"]';
    await typeAt(page, `${reply} > div:nth-child(2)`, `${SENTENCE} We need to leverage our best-in-class platform.`);
    await expectHighlights(page, 'buzzword', reply, ['circle back', 'synergy', 'leverage', 'best-in-class']);
    expect(await highlightsTouching(page, `${reply} .gmail_quote, ${reply} .gmail_signature`)).toEqual([]);
    expect((await readAllHighlights(page)).buzzword).toEqual(['circle back', 'synergy', 'leverage', 'best-in-class']);
  });

  it('applies a suggestion with one click and one Ctrl+Z restores the original', async () => {
    const page = await firefox.openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(page, LINE, SENTENCE);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
    const { card } = await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
    expect(card.suggestions).toEqual(engineSuggestions(SENTENCE, 'synergy'));
    const replacement = card.suggestions[0]!;
    const point = await uiPoint(page, 'button[data-cf="suggestion"]', 0);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => textOf(page, LINE), { timeout: REACT_MS }).toBe(`Let's circle back on the ${replacement}.`);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back']);

    await pressCtrl(page, 'z');
    await expect.poll(() => textOf(page, LINE), { timeout: REACT_MS }).toBe(SENTENCE);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
  });

  it("Outlook's roosterjs editor: a rewrite reaches its model and one Ctrl+Z takes it back", async () => {
    const page = await firefox.openFixture(URLS.outlookOffice, 'outlook-rooster.html');
    await roosterReady(page);
    const rooster = '#editorParent_1 [role="textbox"]';
    const line = `${rooster} > div:nth-child(2)`;
    await typeAt(page, line, SENTENCE);
    await expectHighlights(page, 'buzzword', rooster, ['circle back', 'synergy']);
    await sleep(500);
    const { card } = await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
    const point = await uiPoint(page, 'button[data-cf="suggestion"]', 0);
    await page.mouse.click(point.x, point.y);
    const replaced = `Let's circle back on the ${card.suggestions[0]}.`;
    await expect.poll(() => textOf(page, line), { timeout: REACT_MS }).toBe(replaced);
    await expect.poll(() => roosterModelText(page), { timeout: REACT_MS }).toContain(replaced);

    await pressCtrl(page, 'z');
    await expect.poll(() => textOf(page, line), { timeout: REACT_MS }).toBe(SENTENCE);
    await expect.poll(() => roosterModelText(page), { timeout: REACT_MS }).toContain(SENTENCE);
  });

  it('leaves the editor HTML exactly as typing without the extension does', async () => {
    const write = async (page: Page) => {
      await typeAt(page, LINE, SENTENCE);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Sorry if you were confused. We put client centricity first.');
    };
    const outer = (page: Page) => run(page, (s: string) => document.querySelector(s)!.outerHTML, EDITOR);

    const plain = await firefox.openFixture(UNCHECKED_HOST, 'gmail-compose.html');
    await write(plain);
    const expected = await outer(plain);

    const page = await firefox.openFixture(URLS.gmail, 'gmail-compose.html');
    await write(page);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy', 'client centricity']);
    await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
    await page.mouse.move(5, 5);
    await sleep(500);
    expect(await outer(page)).toBe(expected);
    // The baseline really was unchecked (no content script at that host).
    expect((await readAllHighlights(plain)).buzzword).toEqual([]);
    expect((await uiState(plain)).hosts).toBe(0);
  });

  it('keeps the card out of the page’s reach: a closed root, and the page’s own events do nothing', async () => {
    const page = await firefox.openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(page, LINE, SENTENCE);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
    // The page's script moves "its mouse" over "synergy" and presses Alt+Enter with the caret in it.
    const target = await run(
      page,
      () => {
        const ranges = [...(CSS.highlights.get('cf-buzzword') as unknown as Iterable<AbstractRange>)];
        const synergy = ranges.find(
          (r) => r.startContainer.textContent!.slice(r.startOffset, r.endOffset) === 'synergy',
        )!;
        const live = document.createRange();
        live.setStart(synergy.startContainer, synergy.startOffset);
        live.setEnd(synergy.endContainer, synergy.endOffset);
        const box = live.getBoundingClientRect();
        const init = { bubbles: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
        const under = document.elementFromPoint(init.clientX, init.clientY)!;
        for (const type of ['mouseover', 'mousemove']) under.dispatchEvent(new MouseEvent(type, init));
        getSelection()!.collapse(synergy.startContainer, synergy.startOffset + 3);
        under.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true }));
        return under.tagName.toLowerCase();
      },
      undefined,
    );
    expect(target).toBe('div');
    await sleep(1500);
    expect((await uiState(page)).card).toBeNull();

    // The user's own hover opens it; the page sees only a host with no shadow root, and its clicks there do nothing.
    const { card } = await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
    const point = await uiPoint(page, 'button[data-cf="disable-rule"]');
    const seen = await run(
      page,
      ({ x, y, message }: { x: number; y: number; message: string }) => {
        const host = document.querySelector('connection-first-ui')!;
        const at = document.elementFromPoint(x, y) as HTMLElement;
        at.click();
        return {
          shadowRoot: String(host.shadowRoot),
          at: at.tagName.toLowerCase(),
          messageShown: document.documentElement.textContent!.includes(message),
        };
      },
      { ...point, message: card.message },
    );
    expect(seen).toEqual({ shadowRoot: 'null', at: 'connection-first-ui', messageShown: false });
    await sleep(1500);
    // Not turned off: a rule switched off everywhere would lose its highlight.
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
    expect((await uiState(page)).card?.message).toBe(card.message);
  });
});
