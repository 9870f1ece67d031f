import { describe, expect, it } from 'vitest';
import { URLS } from './harness/fixtures';
import { inExtensionUi } from './harness/closed-root';
import { HIGHLIGHTS, highlightRect, run, textOf } from './harness/page';
import { engineSuggestions, expectHighlights, REACT_MS, typeAt, useChromium } from './harness/suite';
import { type Box, hoverCard, uiPoint } from './harness/ui';
import { analyze } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';

type Page = Awaited<ReturnType<ReturnType<ReturnType<typeof useChromium>>['openFixture']>>;

const APOLOGY = "I'm sorry you feel that way.";
const FOUND = "I'm sorry you feel that way";
const REWRITE = "I'm sorry that I [what I did]. I want to make this right";

/** The text the page's selection holds, and whether the focus is in the editor. */
const selectionIn = (page: Page, editor: string) =>
  run(
    page,
    (editor: string) => {
      const selection = getSelection();
      const el = document.querySelector(editor);
      const inside = !!selection?.focusNode && !!el?.contains(selection.focusNode);
      return { text: selection?.toString() ?? '', inside, focused: !!el?.contains(document.activeElement) };
    },
    editor,
  );

/** The full texts the open card shows under its labelled rewrites. */
const previewsOf = (page: Page) =>
  inExtensionUi(
    page,
    (root: ShadowRoot | null) => [...(root?.querySelectorAll('[data-cf="preview"]') ?? [])].map((p) => p.textContent),
    undefined,
  );

/** Applies the non-apology's one rewrite with a real click, and checks the blank is selected after it. */
async function applyAndExpectBlankSelected(page: Page, editor: string, line: string): Promise<void> {
  await typeAt(page, line, APOLOGY);
  await expectHighlights(page, 'non-apology', editor, [FOUND]);
  const { card } = await hoverCard(page, HIGHLIGHTS['non-apology'], FOUND, REACT_MS);
  expect(card.suggestions).toEqual(engineSuggestions(APOLOGY, FOUND));
  // The words the click puts in are in the card in full, before the click.
  expect(await previewsOf(page)).toEqual([REWRITE]);
  const point = await uiPoint(page, 'button[data-cf="suggestion"]', 0);
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => textOf(page, line), { timeout: REACT_MS }).toBe(`${REWRITE}.`);
  // The blank, and only it, is selected in the editor, with the focus there: typing replaces it.
  await expect
    .poll(() => selectionIn(page, editor), { timeout: REACT_MS })
    .toEqual({ text: '[what I did]', inside: true, focused: true });
  // Until it is filled, the blank is flagged.
  await expectHighlights(page, 'blank', editor, ['[what I did]']);
}

const FILLED = "I'm sorry that I sent the wrong invoice. I want to make this right.";

describe('a rewrite with a blank (Chromium)', () => {
  const chromium = useChromium({ resetStorage: true });

  it('Gmail: after the click the blank is selected, typing fills it, and the blank flag goes', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    const editor = '#compose-1 [g_editable="true"]';
    const line = `${editor} > div:first-child`;
    await applyAndExpectBlankSelected(page, editor, line);
    await page.keyboard.type('sent the wrong invoice');
    await expect.poll(() => textOf(page, line), { timeout: REACT_MS }).toBe(FILLED);
    await expectHighlights(page, 'blank', editor, []);
  });

  it('Outlook (roosterjs): the same, and the editor’s own model has the filled words', async () => {
    const page = await chromium().openFixture(URLS.outlookOffice, 'outlook-rooster.html');
    await page.waitForFunction(() => (window as unknown as { roosterReady?: boolean }).roosterReady === true);
    const editor = '#editorParent_1 [role="textbox"]';
    const line = `${editor} > div:nth-child(2)`;
    await applyAndExpectBlankSelected(page, editor, line);
    await page.keyboard.type('sent the wrong invoice');
    await expect.poll(() => textOf(page, line), { timeout: REACT_MS }).toBe(FILLED);
    await expectHighlights(page, 'blank', editor, []);
    const model = () =>
      run(
        page,
        () => {
          type Node = { segmentType?: string; text?: string; blocks?: Node[]; segments?: Node[] };
          const rooster = (window as unknown as { roosterEditor: { getContentModelCopy(mode: string): Node } })
            .roosterEditor;
          const texts: string[] = [];
          const walk = (block: Node) => {
            for (const s of block.segments ?? []) if (s.segmentType === 'Text') texts.push(s.text ?? '');
            for (const child of block.blocks ?? []) walk(child);
          };
          walk(rooster.getContentModelCopy('clean'));
          return texts.join('');
        },
        undefined,
      );
    await expect.poll(model, { timeout: REACT_MS }).toContain(FILLED);
  });
});

/** The rewrites the engine offers for the opening `pitch` of a short draft, as the card shows them. */
function engineRewrites(pitch: string) {
  const draft = `Hi Sam,\n${pitch}\nHere is what the pilot showed.`;
  return analyze(draft, builtinRuleset()).find((f) => f.text === pitch)!.suggestions;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Boxes of the first line of `text`'s element and of the compose's Send button (found by `send`). */
const pageBoxes = (page: Page, text: string, send = '#compose-1 [role="button"].aoO') =>
  run(
    page,
    ({ text, send }: { text: string; send: string }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let line: DOMRect | undefined;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.nodeValue?.includes(text)) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        line = range.getClientRects()[0];
        break;
      }
      const bar = document.querySelector(send)!.getBoundingClientRect();
      const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
      return { line: line && box(line), send: box(bar) };
    },
    { text, send },
  );

describe('where the card goes (Chromium)', () => {
  const chromium = useChromium({ resetStorage: true });

  it('Gmail: the pitch-first card covers neither the next line nor the Send button when there is room above', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    // A tall window and a tall compose (as after a resize or in a pop-out): the card would fit
    // below the opening too, where it covers the next line, so only the placement decides.
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.addStyleTag({ content: '#compose-1 .Am.Al.editable { min-height: 700px !important; }' });
    const editor = '#compose-1 [g_editable="true"]';
    const pitch =
      "I'm Dana from Acme, and we help teams like yours cut reporting time in half. Would you be open to a quick call next week?";
    const next = 'Here is what the pilot showed.';
    await typeAt(page, `${editor} > div:first-child`, 'Hi Sam,');
    await page.keyboard.press('Enter');
    await page.keyboard.type(pitch);
    await page.keyboard.press('Enter');
    await page.keyboard.type(next);
    await expectHighlights(page, 'pitch-first', editor, [pitch]);

    const { card } = await hoverCard(page, HIGHLIGHTS['pitch-first'], pitch, REACT_MS);
    // Every word each labelled rewrite would write is in the card before any click.
    expect(await previewsOf(page)).toEqual(engineRewrites(pitch).map((s) => s.replacement));
    // A preview taller than its box scrolls, and can then be reached from the keyboard.
    const boxes = await inExtensionUi(
      page,
      (root: ShadowRoot | null) =>
        [...(root?.querySelectorAll<HTMLElement>('[data-cf="preview"]') ?? [])].map((p) => ({
          scrolls: p.scrollHeight > p.clientHeight + 1,
          tabbable: p.tabIndex === 0,
        })),
      undefined,
    );
    for (const b of boxes) expect(b.tabbable).toBe(b.scrolls);

    const { line, send } = await pageBoxes(page, next);
    expect(line, 'the next line has a box').toBeDefined();
    const anchor = (await highlightRect(page, HIGHLIGHTS['pitch-first'], pitch))!;
    const box = await run(
      page,
      ({ name, text }: { name: string; text: string }) => {
        for (const r of CSS.highlights.get(name) as unknown as Iterable<AbstractRange>) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (range.toString() !== text) continue;
          const b = range.getBoundingClientRect();
          return { top: b.top, bottom: b.bottom };
        }
        return null;
      },
      { name: HIGHLIGHTS['pitch-first'], text: pitch },
    );
    expect(anchor).not.toBeNull();
    // There is room for the card above the opening, and below it as well (where it was put before)…
    const viewport = page.viewportSize()!;
    expect(box!.top - 6 - card.box.height, 'room above').toBeGreaterThanOrEqual(8);
    expect(box!.bottom + 6 + card.box.height, 'room below').toBeLessThanOrEqual(viewport.height - 8);
    // …and the card takes a place clear of the opening, the next line of text and the Send button.
    expect(overlap(card.box, { x: anchor.x, y: box!.top, width: anchor.width, height: box!.bottom - box!.top })).toBe(
      false,
    );
    expect(overlap(card.box, line!), 'card over the next line').toBe(false);
    expect(overlap(card.box, send), 'card over the Send button').toBe(false);
  });

  it('Outlook: a card for the first line leaves Send (at the top of the compose) and the next line uncovered', async () => {
    const page = await chromium().openFixture(URLS.outlookOffice, 'outlook-rooster.html');
    await page.waitForFunction(() => (window as unknown as { roosterReady?: boolean }).roosterReady === true);
    // The compose well down the window (under the ribbon and a reading pane's header): there is
    // room on screen above the first line, but Send is in it.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.addStyleTag({ content: '[role="main"] { padding-top: 320px !important; }' });
    const editor = '#editorParent_1 [role="textbox"]';
    const found = 'circle back';
    const next = 'Here is what the pilot showed.';
    await typeAt(page, `${editor} > div:nth-child(2)`, `Can we ${found} on the pilot next week?`);
    await page.keyboard.press('Enter');
    await page.keyboard.type(next);
    await expectHighlights(page, 'buzzword', editor, [found]);
    const { card } = await hoverCard(page, HIGHLIGHTS.buzzword, found, REACT_MS);
    const { line, send } = await pageBoxes(page, next, '#compose-1 button[aria-label="Send"]');
    const anchor = (await highlightRect(page, HIGHLIGHTS.buzzword, found))!;
    // Send sits above the opening, within a card's height of it, and a card would fit on screen there.
    expect(anchor.y - send.y, 'Send is close above the first line').toBeLessThan(card.box.height + 12);
    expect(anchor.y - 6 - card.box.height, 'room on screen above').toBeGreaterThanOrEqual(8);
    expect(overlap(card.box, send), 'card over the Send button').toBe(false);
    expect(overlap(card.box, line!), 'card over the next line').toBe(false);
    expect(overlap(card.box, anchor), 'card over its own highlight').toBe(false);
  });
});
