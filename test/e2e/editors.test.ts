import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { enableSites, extensionWithSites } from './harness/enabled-sites';
import { NetworkLog } from './harness/network';
import { placeCaretAtEnd, placeCaretInText, run } from './harness/page';
import {
  editorReady,
  expectBlankFilledByTyping,
  expectOpeningRewriteKeepsLines,
  modelText,
  PAUSE_BEFORE_UNDO_MS,
  REAL_EDITORS,
} from './harness/real-editors';
import { engineSuggestions, expectHighlights, REACT_MS, sleep, useChromium } from './harness/suite';
import { hoverCard, uiPoint } from './harness/ui';
import { expectCardFromKeyboard, expectShadowEditorChecked } from './harness/web-component';

/**
 * Real editors from npm (test/e2e/fixtures/editors), on a site the user turned checking on for,
 * where the generic adapter serves them: each is checked as it is typed, a one-click rewrite
 * reaches the editor's own model (read back through its API, not the DOM), Ctrl+Z takes it back,
 * and nothing of ours is written into the editor.
 */

const CRM = 'https://app.crm.example';
const START = 'Thanks for the note.';
const TYPED = " Let's circle back on the synergy.";
const SENTENCE = TYPED.trim();

type EditorName = keyof typeof REAL_EDITORS | 'tinymce';

/** What the editor's DOM holds of ours: elements or attributes the extension would have added. */
const ourTraces = (where: Page | Frame, root: string) =>
  run(
    where,
    (root: string) => {
      const el = document.querySelector(root)!;
      return [el, ...el.querySelectorAll('*')].flatMap((node) =>
        [node.localName, ...node.getAttributeNames()].filter((name) => /^(cf-|data-cf|connection-first)/.test(name)),
      );
    },
    root,
  );

describe('real editors on a site checking was turned on for (Chromium)', () => {
  // The copy holds the site's origin, as after the user's "Allow" (see extensionWithSites).
  const extensionDir = extensionWithSites('chrome-mv3-editors-origin', [CRM]);
  const chromium = useChromium({ extensionDir });

  beforeAll(async () => {
    await enableSites((await chromium().serviceWorker())!, [CRM]);
  });

  async function openEditor(name: EditorName): Promise<Page> {
    const page = await chromium().openFixture(`${CRM}/reply/${name}`, `editor-${name}.html`);
    await editorReady(page);
    return page;
  }

  for (const [name, root] of Object.entries(REAL_EDITORS) as [keyof typeof REAL_EDITORS, string][]) {
    it(`${name}: checked as typed; a rewrite reaches its model; one Ctrl+Z takes it back; nothing of ours in it`, async () => {
      const session = chromium();
      const page = await openEditor(name);
      const typing = session.network.mark();
      await placeCaretAtEnd(page, root);
      await page.keyboard.type(TYPED);
      await expectHighlights(page, 'buzzword', root, ['circle back', 'synergy']);
      expect(await modelText(page)).toBe(`${START}${TYPED}`);
      expect(NetworkLog.describe(session.network.network(typing)), 'requests while typing').toEqual([]);
      // Editors close an undo step after a pause in typing (Quill 300 ms, ProseMirror 500 ms): the
      // rewrite must be its own step, as it is when a person reads the card first.
      await sleep(700);

      const { card } = await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
      expect(card.suggestions).toEqual(engineSuggestions(SENTENCE, 'synergy'));
      const replacement = card.suggestions[0]!;
      const point = await uiPoint(page, 'button[data-cf="suggestion"]', 0);
      await page.mouse.click(point.x, point.y);
      const rewritten = `${START} Let's circle back on the ${replacement}.`;
      await expect.poll(() => modelText(page), { timeout: REACT_MS }).toBe(rewritten);
      await expectHighlights(page, 'buzzword', root, ['circle back']);
      expect(await ourTraces(page, root)).toEqual([]);

      await sleep(PAUSE_BEFORE_UNDO_MS);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page), { timeout: REACT_MS }).toBe(`${START}${TYPED}`);
      await expectHighlights(page, 'buzzword', root, ['circle back', 'synergy']);
    });
  }

  for (const [name, root] of Object.entries(REAL_EDITORS) as [keyof typeof REAL_EDITORS, string][]) {
    it(`${name}: after a rewrite with a blank, the blank is selected and typing fills it in the model`, async () => {
      await expectBlankFilledByTyping(await openEditor(name), root);
    });
  }

  for (const [name, root] of Object.entries(REAL_EDITORS) as [keyof typeof REAL_EDITORS, string][]) {
    it(`${name}: an opening's rewrite over two lines types in only the new words; both lines stay`, async () => {
      await expectOpeningRewriteKeepsLines(await openEditor(name), root);
    });
  }

  it('a plain textarea: underlined through its mirror; a rewrite the page hears; one Ctrl+Z takes it back', async () => {
    const session = chromium();
    const page = await session.openFixture(`${CRM}/tickets/4711`, 'textarea-compose.html');
    const MIRROR = 'connection-first-mirror';
    const typing = session.network.mark();
    await page.click('#reply');
    await page.keyboard.type(`Hi Sam,\n${SENTENCE}`);
    await expectHighlights(page, 'buzzword', MIRROR, ['circle back', 'synergy']);
    expect(NetworkLog.describe(session.network.network(typing)), 'requests while typing').toEqual([]);
    const value = () => page.inputValue('#reply');
    expect(await value()).toBe(`Hi Sam,\n${SENTENCE}`);
    // The one-line input beside it is not a prose field.
    expect(await page.inputValue('#subject')).toBe('Re: synergy');
    await sleep(700);

    const { card } = await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
    expect(card.suggestions).toEqual(engineSuggestions(SENTENCE, 'synergy'));
    const replacement = card.suggestions[0]!;
    const point = await uiPoint(page, 'button[data-cf="suggestion"]', 0);
    await page.mouse.click(point.x, point.y);
    const rewritten = `Hi Sam,\nLet's circle back on the ${replacement}.`;
    await expect.poll(value, { timeout: REACT_MS }).toBe(rewritten);
    // The page heard the rewrite as an input event, with the new value.
    const heard = await run(page, () => (window as unknown as { heard: { value: string }[] }).heard.at(-1), undefined);
    expect(heard?.value).toBe(rewritten);
    await expectHighlights(page, 'buzzword', MIRROR, ['circle back']);

    await page.keyboard.press('Control+z');
    await expect.poll(value, { timeout: REACT_MS }).toBe(`Hi Sam,\n${SENTENCE}`);
    await expectHighlights(page, 'buzzword', MIRROR, ['circle back', 'synergy']);
  });

  it('tinymce in its frame (no address of its own): checked, rewritten from the keyboard, undone', async () => {
    const page = await openEditor('tinymce');
    const frame = page.frames().find((f) => f.name() === 'editor_ifr');
    if (!frame) throw new Error('no TinyMCE frame');
    const body = '#tinymce';
    await placeCaretAtEnd(frame, body);
    await page.keyboard.type(TYPED);
    await expectHighlights(frame, 'buzzword', body, ['circle back', 'synergy']);
    expect(await modelText(page)).toBe(`${START}${TYPED}`);
    await sleep(700);

    // The card opens in the frame, focused: the frame's focus is then on our (closed) UI's host.
    await placeCaretInText(frame, `${body} p`, 'synergy', 3);
    await page.keyboard.press('Alt+Enter');
    await expect
      .poll(() => run(frame, () => document.activeElement?.localName, undefined), { timeout: REACT_MS })
      .toBe('connection-first-ui');
    await page.keyboard.press('Enter');
    const replacement = engineSuggestions(SENTENCE, 'synergy')[0]!;
    await expect
      .poll(() => modelText(page), { timeout: REACT_MS })
      .toBe(`${START} Let's circle back on the ${replacement}.`);
    await expectHighlights(frame, 'buzzword', body, ['circle back']);
    expect(await ourTraces(frame, body)).toEqual([]);

    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page), { timeout: REACT_MS }).toBe(`${START}${TYPED}`);
  });

  it('an editor in a web component shadow root: checked as typed, rewritten with a click the page hears, undone', async () => {
    const page = await chromium().openFixture(`${CRM}/reply/web-component`, 'web-component-compose.html');
    await expectShadowEditorChecked(page, () => page.keyboard.press('Control+z'));
  });

  // A closed root is out of the page's reach and the document's events; Chromium opens it to an extension.
  it('an editor in a closed shadow root: checked as typed, rewritten with a click the page hears, undone', async () => {
    const page = await chromium().openFixture(`${CRM}/reply/closed-component`, 'web-component-compose.html');
    await expectShadowEditorChecked(page, () => page.keyboard.press('Control+z'));
    await expectCardFromKeyboard(page, 'synergy', () => page.keyboard.press('Alt+Enter'));
  });

  it('a textarea in a web component shadow root: underlined through its mirror once it takes focus', async () => {
    const page = await chromium().openFixture(`${CRM}/notes/web-component`, 'web-component-compose.html');
    await page.locator('crm-note-field textarea').click();
    await page.keyboard.type(SENTENCE);
    await expectHighlights(page, 'buzzword', 'connection-first-mirror', ['circle back', 'synergy']);
    expect(await page.locator('crm-note-field textarea').inputValue()).toBe(SENTENCE);
  });
});
