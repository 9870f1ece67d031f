import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { expect } from 'vitest';
import { run } from './page';
import { engineSuggestions, expectHighlights, REACT_MS, sleep } from './suite';
import { hoverCard, uiPoint, uiState } from './ui';

/**
 * The reply editor of `web-component-compose.html`: a contenteditable in a web component's shadow
 * root, itself in another component's (scopes as `readHighlights` reads them).
 */
const SHADOW_EDITOR = 'crm-reply-pane >> crm-editor >> .body';

/**
 * What the fixture lends its tests: the reply editor's shadow root, open or closed
 * (only a page reaches a closed one).
 */
interface ComponentPage {
  replyEditorRoot(): ShadowRoot | null;
}

const FIRST_LINE = 'Thanks for the note.';
const TYPED = " Let's circle back on the synergy.";

/** What the page's editor holds and heard, and what of ours is in its shadow root. */
interface ShadowEditorState {
  text: string;
  /** The value the page last heard in an input event. */
  heard: string | undefined;
  /** Elements or attributes of ours inside the editor (there must be none). */
  traces: string[];
  /** Whether the editor's shadow root holds the rules that draw our highlights. */
  styled: boolean;
  /** How many sheets the editor's shadow root adopts, the page's and ours. */
  sheets: number;
}

const shadowEditorState = (page: ChromiumPage | FirefoxPage): Promise<ShadowEditorState> =>
  run(
    page,
    () => {
      const root = (window as unknown as ComponentPage).replyEditorRoot();
      const body = root?.querySelector('.body');
      if (!root || !body) throw new Error('the web component editor is missing');
      const heard = (window as unknown as { heard: { value: string }[] }).heard;
      return {
        text: body.textContent,
        heard: heard.at(-1)?.value,
        traces: [body, ...body.querySelectorAll('*')].flatMap((node) =>
          [node.localName, ...node.getAttributeNames()].filter((name) => /^(cf-|data-cf|connection-first)/.test(name)),
        ),
        styled: root.adoptedStyleSheets.some((sheet) =>
          [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(cf-buzzword)')),
        ),
        sheets: root.adoptedStyleSheets.length,
      };
    },
    undefined,
  );

/**
 * Clicks at the end of the shadow editor's first line, as a person would. (In Firefox the window of
 * a new test page may be in the background, and then no focus event is raised at all: the typing
 * after this click is what shows the extension the editor.)
 */
async function clickAtEndOfShadowEditor(page: ChromiumPage | FirefoxPage): Promise<void> {
  const end = await run(
    page,
    () => {
      const root = (window as unknown as ComponentPage).replyEditorRoot();
      const text = root?.querySelector('.body')?.lastChild;
      if (!text) throw new Error('the web component editor is missing');
      const range = document.createRange();
      range.selectNodeContents(text);
      const rect = range.getBoundingClientRect();
      return { x: rect.right + 2, y: rect.top + rect.height / 2 };
    },
    undefined,
  );
  await page.mouse.click(end.x, end.y);
  await page.keyboard.press('End');
}

/**
 * Types a sentence with two jargon phrases into the shadow editor, checks both are underlined
 * there (with our rules in its shadow root and no trace of ours in the editor), applies the
 * card's first rewrite with a click, which the page hears as input, and takes it back with
 * `undo`.
 */
export async function expectShadowEditorChecked(
  page: ChromiumPage | FirefoxPage,
  undo: () => Promise<void>,
  firstHighlightsMs = REACT_MS,
): Promise<void> {
  await clickAtEndOfShadowEditor(page);
  await page.keyboard.type(TYPED);
  await expectHighlights(page, 'buzzword', SHADOW_EDITOR, ['circle back', 'synergy'], firstHighlightsMs);
  expect(await shadowEditorState(page)).toEqual({
    text: `${FIRST_LINE}${TYPED}`,
    heard: `${FIRST_LINE}${TYPED}`,
    traces: [],
    styled: true,
    sheets: 1,
  });
  await sleep(700);

  const { card } = await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
  expect(card.suggestions).toEqual(engineSuggestions(TYPED.trim(), 'synergy'));
  const point = await uiPoint(page, 'button[data-cf="suggestion"]', 0);
  await page.mouse.click(point.x, point.y);
  const rewritten = `${FIRST_LINE} Let's circle back on the ${card.suggestions[0]}.`;
  await expect.poll(async () => (await shadowEditorState(page)).heard, { timeout: REACT_MS }).toBe(rewritten);
  expect((await shadowEditorState(page)).text).toBe(rewritten);
  await expectHighlights(page, 'buzzword', SHADOW_EDITOR, ['circle back']);

  await undo();
  await expect
    .poll(async () => (await shadowEditorState(page)).text, { timeout: REACT_MS })
    .toBe(`${FIRST_LINE}${TYPED}`);
  await expectHighlights(page, 'buzzword', SHADOW_EDITOR, ['circle back', 'synergy']);

  // A component library that switches themes sets the root's sheets anew, and ours go with them: the
  // next paint, after the next keystroke, brings them back beside the page's.
  await run(
    page,
    () => {
      const root = (window as unknown as ComponentPage).replyEditorRoot();
      if (!root) throw new Error('the web component editor is missing');
      const theme = new CSSStyleSheet();
      theme.replaceSync('.body { color: #223; }');
      root.adoptedStyleSheets = [theme];
    },
    undefined,
  );
  expect((await shadowEditorState(page)).styled).toBe(false);
  await clickAtEndOfShadowEditor(page);
  await page.keyboard.type(' Thanks.');
  expect((await shadowEditorState(page)).text).toBe(`${FIRST_LINE}${TYPED} Thanks.`);
  await expect.poll(async () => (await shadowEditorState(page)).styled, { timeout: REACT_MS }).toBe(true);
  expect((await shadowEditorState(page)).sheets).toBe(2);
}

/**
 * Puts the caret inside `word` in the shadow editor, as a click there would, and presses Alt+Enter:
 * the card must open with its first button focused. The keys are heard from inside the editor's
 * root, where a closed root hides them from the document.
 */
export async function expectCardFromKeyboard(
  page: ChromiumPage | FirefoxPage,
  word: string,
  pressAltEnter: () => Promise<void>,
): Promise<void> {
  await run(
    page,
    (word: string) => {
      const root = (window as unknown as ComponentPage).replyEditorRoot();
      const body = root?.querySelector('.body');
      // Edits and undo may leave the text in several nodes: the one holding the word.
      const walker = document.createTreeWalker(body ?? document.createElement('p'), NodeFilter.SHOW_TEXT);
      let text: Node | null = walker.nextNode();
      while (text && !text.textContent?.includes(word)) text = walker.nextNode();
      if (!text) throw new Error(`"${word}" is not in the web component editor`);
      const at = text.textContent!.indexOf(word) + 2;
      document.getSelection()?.setBaseAndExtent(text, at, text, at);
    },
    word,
  );
  await pressAltEnter();
  await expect.poll(async () => (await uiState(page)).card?.firstButtonFocused, { timeout: REACT_MS }).toBe(true);
}
