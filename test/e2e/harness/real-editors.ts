import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { expect } from 'vitest';
import { INITIAL_TEXT } from '../fixtures/editors/api';
import { type EvaluatingPage, HIGHLIGHTS, placeCaretAtEnd, run } from './page';
import { engineSuggestions, expectHighlights, REACT_MS, sleep } from './suite';
import { hoverCard, uiPoint } from './ui';

/**
 * The real editors of the editor-<name>.html fixture pages (test/e2e/fixtures/editors), each with
 * the editable root it marks: those the generic adapter serves on a site checking is turned on for.
 * (Classic TinyMCE, in its own frame, is tested apart; Outlook's roosterjs has a page of its own.)
 */
export const REAL_EDITORS = {
  ckeditor: '.ck-editor__editable',
  quill: '.ql-editor',
  prosemirror: '.ProseMirror',
  lexical: '[data-lexical-editor="true"]',
  draftjs: '.public-DraftEditor-content',
  slate: '[data-slate-editor="true"]',
  trix: 'trix-editor',
  'tinymce-inline': '#editor',
  squire: '#editor',
  jodit: '.jodit-wysiwyg',
} as const;

/**
 * A person reads a rewrite before taking it back: the pause before a Ctrl+Z. Editors file a change
 * into their history only after it: Jodit 100 ms after the last input.
 */
export const PAUSE_BEFORE_UNDO_MS = 300;

/** The editor's text from its own model (the fixture's window.cfEditor; see fixtures/editors/api.ts). */
export const modelText = (page: EvaluatingPage) =>
  run(page, () => (window as unknown as { cfEditor: { text(): string } }).cfEditor.text(), undefined);

/** Resolves once the fixture's editor is ready to take input (see fixtures/editors/api.ts). */
export const editorReady = (page: { waitForFunction(fn: () => boolean): Promise<unknown> }) =>
  page.waitForFunction(() => (window as unknown as { cfEditor?: { ready: boolean } }).cfEditor?.ready === true);

/** Resolves once the Outlook fixture's roosterjs editor is ready (fixtures/rooster-entry.ts). */
export const roosterReady = (page: { waitForFunction(fn: () => boolean): Promise<unknown> }) =>
  page.waitForFunction(() => (window as unknown as { roosterReady?: boolean }).roosterReady === true);

/** The roosterjs editor's own model as plain text, one line per paragraph: what Outlook would save and send. */
export const roosterModelText = (page: EvaluatingPage) =>
  run(
    page,
    () => {
      type Node = { blockType?: string; segmentType?: string; text?: string; blocks?: Node[]; segments?: Node[] };
      const editor = (window as unknown as { roosterEditor: { getContentModelCopy(mode: string): Node } })
        .roosterEditor;
      const lines: string[] = [];
      const walk = (block: Node) => {
        if (block.blockType === 'Paragraph')
          lines.push((block.segments ?? []).map((s) => (s.segmentType === 'Text' ? s.text : '')).join(''));
        for (const child of block.blocks ?? []) walk(child);
      };
      walk(editor.getContentModelCopy('clean'));
      return lines.join('\n');
    },
    undefined,
  );

/** A non-apology typed after the fixture's first line, and the words that fill its rewrite's blank. */
const APOLOGY = " I'm sorry you feel that way.";
const FOUND = "I'm sorry you feel that way";
const REWRITE = "I'm sorry that I [what I did]. I want to make this right";
const FILLING = 'sent the wrong invoice';

/**
 * Types a non-apology, applies its one rewrite ("I'm sorry that I [what I did]. …") with a click,
 * and checks that the blank, and only it, is then selected, so that the words typed next replace
 * it in the editor's own model. Editors that redraw from their model after an insertion (Lexical,
 * Slate, Draft.js) move the caret back after it; the blank must be selected after that.
 */
export async function expectBlankFilledByTyping(
  page: ChromiumPage | FirefoxPage,
  root: string,
  firstHighlightsMs = REACT_MS,
): Promise<void> {
  await placeCaretAtEnd(page, root);
  await page.keyboard.type(APOLOGY);
  await expectHighlights(page, 'non-apology', root, [FOUND], firstHighlightsMs);
  // A person reads the card first: editors close an undo step after a pause in typing.
  await sleep(700);
  await hoverCard(page, HIGHLIGHTS['non-apology'], FOUND, REACT_MS);
  const point = await uiPoint(page, 'button[data-cf="suggestion"]', 0);
  await page.mouse.click(point.x, point.y);
  const selected = () => run(page, () => getSelection()?.toString(), undefined);
  await expect.poll(() => modelText(page), { timeout: REACT_MS }).toBe(`${INITIAL_TEXT} ${REWRITE}.`);
  await expect.poll(selected, { timeout: REACT_MS }).toBe('[what I did]');
  // Past the editor's redraw (see field-path.ts): the blank is still the selection.
  await sleep(300);
  expect(await selected()).toBe('[what I did]');
  await page.keyboard.type(FILLING);
  await expect
    .poll(() => modelText(page), { timeout: REACT_MS })
    .toBe(`${INITIAL_TEXT} ${REWRITE.replace('[what I did]', FILLING)}.`);
}

/** A draft whose pitch-first opening runs over two lines, the second of them about the reader. */
const PITCH = 'We are the leading platform for payroll automation and we help teams cut costs by 40%.';
const THANKS = 'Thanks for your note about the rollout last week.';
const TWO_LINE_DRAFT = `Hi Sam,\n${PITCH}\n${THANKS}\nBest,\nDana`;

/**
 * Puts a draft whose pitch-first finding spans two lines in the editor (through its model), applies
 * the rewrite that opens with the reader's last message, and checks the editor's model: the new
 * words are typed in before the opening and both lines stay as they were. Typed in over both lines
 * at once, the rewrite's line break was lost by some editors, and Draft.js in Chromium dropped the
 * opening altogether.
 */
export async function expectOpeningRewriteKeepsLines(
  page: ChromiumPage | FirefoxPage,
  root: string,
  firstHighlightsMs = REACT_MS,
): Promise<void> {
  await run(page, (draft: string) => window.cfEditor!.setText(draft), TWO_LINE_DRAFT);
  await placeCaretAtEnd(page, root);
  // A highlight's text has no line breaks: the DOM has none between blocks.
  await expectHighlights(page, 'pitch-first', root, [PITCH + THANKS], firstHighlightsMs);
  const { card } = await hoverCard(page, HIGHLIGHTS['pitch-first'], PITCH + THANKS, REACT_MS);
  const offered = engineSuggestions(TWO_LINE_DRAFT, `${PITCH}\n${THANKS}`);
  expect(card.suggestions).toEqual(offered);
  expect(offered[1]).toBe('Open with their last message');
  const point = await uiPoint(page, 'button[data-cf="suggestion"]', 1);
  await page.mouse.click(point.x, point.y);
  const lead = 'You mentioned [what they told you], so I thought of you.';
  await expect
    .poll(() => modelText(page), { timeout: REACT_MS })
    .toBe(`Hi Sam,\n${lead} ${PITCH}\n${THANKS}\nBest,\nDana`);
  await expect
    .poll(() => run(page, () => getSelection()?.toString(), undefined), { timeout: REACT_MS })
    .toBe('[what they told you]');
}
