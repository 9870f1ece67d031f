import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import type { Page as PopupPage } from 'puppeteer-core';
import { FirefoxSession } from './harness/firefox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseColour, relativeLuminance, type Rgba } from '../../src/editor/dark-editor';
import { darkHighlightName, type FindingKind, highlightName, KIND_TABLE, KINDS } from '../../src/engine/kinds';
import { ActionPopups } from './harness/action-popup';
import { HOST_TAG, inExtensionUi } from './harness/closed-root';
import { extensionCopy } from './harness/extension-copy';
import { URLS } from './harness/fixtures';
import { oneListFailing } from './harness/team-lists';
import { readHighlights, run } from './harness/page';
import { REACT_MS, typeAt, useChromium } from './harness/suite';
import { hoverCard, uiPoint } from './harness/ui';

/** A page of either browser, as the UI helpers take it. */
type UiPage = Parameters<typeof inExtensionUi>[0];

/*
 * Dark mode and accessibility, in real Chromium.
 *
 * Contrast is worked out from the colours the browser computes: the editor's background (its first
 * opaque box), each highlight's underline and wash (getComputedStyle(editor, '::highlight(…)')),
 * and the badge's fill and edge.
 *
 * axe-core runs in the page. Our in-page UI lives in a closed shadow root, which axe cannot enter
 * (it walks `element.shadowRoot`, null for a closed root). So these tests load a copy of the very
 * build the other tests load, with the one call `attachShadow({mode:"closed"})` changed to open
 * (see openUiCopy): the same bundle, styles, markup and page, on the fixture at the real mail
 * address, with the real dark-editor detection; only the root's mode differs, and neither
 * contrast nor roles depend on it. Rendering the components on a test page instead would test a
 * page we do not ship.
 */

/** The build with its in-page UI in an open shadow root, for axe; fails loudly if the bundle changes shape. */
function openUiCopy(): string {
  const dir = extensionCopy('chrome-mv3-open-ui');
  const file = path.join(dir, 'checker.js');
  const source = readFileSync(file, 'utf8');
  const closed = 'attachShadow({mode:"closed"})';
  const count = source.split(closed).length - 1;
  if (count !== 1) throw new Error(`expected one ${closed} in ${file}, found ${count}`);
  writeFileSync(file, source.replace(closed, 'attachShadow({mode:"open"})'));
  return dir;
}

/**
 * axe's findings as "rule: target: what failed", one line per node ([] when clean); the target of
 * a node that passed a button-name check (in our UI: proof that axe went inside the shadow root),
 * and of one whose text contrast axe checked and passed.
 */
const AXE_RUN = (context: string) => `axe.run(${context}, { resultTypes: ['violations'] }).then((r) => ({
  violations: r.violations.flatMap((v) => v.nodes.map((n) =>
    v.id + ': ' + JSON.stringify(n.target) + ': ' + [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; '))),
  buttonChecked: r.passes.find((p) => p.id === 'button-name')?.nodes[0]?.target ?? null,
  contrastChecked: r.passes.find((p) => p.id === 'color-contrast')?.nodes[0]?.target ?? null,
}))`;

/** Runs axe over `context` (a JS expression) in a page of either driver; fails on any violation. */
async function axeViolations(page: Page | PopupPage, context = 'document'): Promise<string[]> {
  const evaluate = (expression: string) =>
    (page as unknown as { evaluate(e: string): Promise<unknown> }).evaluate(expression);
  if (!(await evaluate('typeof axe !== "undefined"'))) await evaluate(axe.source);
  const { violations, buttonChecked, contrastChecked } = (await evaluate(AXE_RUN(context))) as {
    violations: string[];
    buttonChecked: string[] | [string[]] | null;
    contrastChecked: string[] | [string[]] | null;
  };
  if (context === UI_CONTEXT) {
    // A path through the shadow root: [['connection-first-ui', '.cf-…']]. axe leaves the contrast
    // of our fixed, top-layer UI "incomplete" (it cannot tell what lies behind it), so
    // expectUiTextContrast measures that from the computed colours instead.
    expect(buttonChecked?.[0]?.[0]).toBe(HOST_TAG);
    await expectUiTextContrast(page as Page);
  } else expect(contrastChecked).not.toBeNull();
  return violations;
}

/**
 * Every piece of text showing in our in-page UI is at least 4.5:1 on the background behind it: its
 * colour and its nearest opaque background inside our UI (translucent ones painted over it).
 */
async function expectUiTextContrast(page: Page): Promise<void> {
  const texts = await inExtensionUi(
    page,
    (root) => {
      const out: { what: string; colour: string; layers: string[] }[] = [];
      for (const el of root ? [...root.querySelectorAll<HTMLElement>('*')] : []) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        const box = el.getBoundingClientRect();
        // Not what shows: empty, hidden, or for screen readers only (a 1-pixel clipped box).
        if (!own || box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
        const layers: string[] = [];
        for (let n: Element | null = el; n; n = n.parentElement) {
          const bg = getComputedStyle(n).backgroundColor;
          if (bg === 'rgba(0, 0, 0, 0)') continue;
          layers.push(bg);
          if (!bg.startsWith('rgba(')) break;
        }
        out.push({
          what: `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent!.trim().slice(0, 30)}`,
          colour: getComputedStyle(el).color,
          layers,
        });
      }
      return out;
    },
    null,
  );
  expect(texts.length).toBeGreaterThan(0);
  const low = texts.flatMap(({ what, colour: fore, layers }) => {
    // No opaque background inside our UI (a transparent control outside a surface): none such may exist.
    if (layers.length === 0 || layers.at(-1)!.startsWith('rgba(')) return [`${what}: no background of its own`];
    let back = colour(layers.at(-1)!);
    for (const layer of layers.slice(0, -1).reverse()) back = over(colour(layer), back);
    const ratio = contrast(fore, css(back));
    return ratio < 4.5 ? [`${what}: ${fore} on ${css(back)} = ${ratio}`] : [];
  });
  expect(low).toEqual([]);
}

/** Our in-page UI only: the host and its (here open) shadow tree. */
const UI_CONTEXT = `{ include: [['connection-first-ui']] }`;

const colour = (css: string): Rgba => {
  const parsed = parseColour(css);
  if (!parsed) throw new Error(`unreadable colour ${css}`);
  return parsed;
};
/** `top` painted over `bottom` (opaque). */
const over = (top: Rgba, bottom: Rgba): Rgba => ({
  r: top.r * top.a + bottom.r * (1 - top.a),
  g: top.g * top.a + bottom.g * (1 - top.a),
  b: top.b * top.a + bottom.b * (1 - top.a),
  a: 1,
});
const css = ({ r, g, b }: Rgba) => `rgb(${r}, ${g}, ${b})`;
/** WCAG contrast ratio of two colours, the first painted over the second. */
function contrast(fore: string, back: string): number {
  const b = colour(back);
  const [x, y] = [relativeLuminance(over(colour(fore), b)), relativeLuminance(b)].sort((p, q) => q - p);
  return Math.round(((x! + 0.05) / (y! + 0.05)) * 100) / 100;
}

const DRAFT =
  "I'm Dana from Acme, and we help teams like yours cut reporting time in half. " +
  "Let's circle back on the synergy. Sorry if you were confused.";
const DRAFT_KINDS: FindingKind[] = ['pitch-first', 'buzzword', 'non-apology'];

interface Mail {
  name: string;
  url: string;
  fixture: string;
  /** The compose window, whose corner the badge sits at. */
  compose: string;
  editor: string;
  line: string;
  /** The site's dark theme, as a style sheet over the fixture; none for the light one. */
  theme?: string;
  /** The kinds DRAFT gets there. */
  kinds: FindingKind[];
}

const GMAIL = {
  url: URLS.gmail,
  fixture: 'gmail-compose.html',
  compose: '#compose-1',
  editor: '#compose-1 [g_editable="true"]',
  line: '#compose-1 [g_editable="true"] > div:first-child',
  kinds: DRAFT_KINDS,
};
const OUTLOOK = {
  url: URLS.outlookOffice,
  fixture: 'outlook-compose.html',
  compose: '#editorParent_1',
  editor: '#editorParent_1 [contenteditable="true"]',
  line: '#editorParent_1 [contenteditable="true"] > div:nth-child(2)',
  kinds: DRAFT_KINDS,
};
/** Gmail's dark theme: a near-black page, the compose window rgb(32, 33, 36), light text. */
const GMAIL_DARK = `
body { background: #111111; color: #e8eaed; }
.nH.Hd[role="dialog"] { background: #202124; color: #e8eaed; }
.aYF { background: #2d2e30; }
input.aoT { background: transparent; color: inherit; }`;
/** Outlook's dark mode: the reading pane and compose rgb(41, 41, 41), white text. */
const OUTLOOK_DARK = `
body { background: #1f1f1f; color: #ffffff; }
.compose { background: #292929; color: #ffffff; }
.compose input { background: transparent; color: inherit; }
#editorParent_1 [contenteditable] div { color: #ffffff !important; }`;

const MAILS: Mail[] = [
  { name: 'Gmail', ...GMAIL },
  { name: 'Gmail, dark theme', ...GMAIL, theme: GMAIL_DARK },
  { name: 'Outlook', ...OUTLOOK },
  { name: 'Outlook, dark mode', ...OUTLOOK, theme: OUTLOOK_DARK },
];

/**
 * The editor's background (its first opaque box) and each highlight's underline and wash, as
 * computed: the page's `::highlight()` rules give these whether or not a highlight of that name
 * holds any ranges, so kinds the draft does not get are measured too.
 */
function paintedColours(page: Page, editor: string, names: string[]) {
  return run(
    page,
    ({ editor, names }: { editor: string; names: string[] }) => {
      const el = document.querySelector(editor)!;
      let background = 'rgb(255, 255, 255)';
      for (let n: Element | null = el; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
          background = bg;
          break;
        }
      }
      const lines = names.map((name) => {
        const style = getComputedStyle(el, `::highlight(${name})`);
        return { name, line: style.textDecorationColor, tint: style.backgroundColor };
      });
      return { background, lines };
    },
    { editor, names },
  );
}

interface BadgeLook {
  theme: string | null;
  count: string | null;
  paused: boolean;
  fill: string;
  edge: string;
  text: string;
  /** Its centre, to click it. */
  x: number;
  y: number;
}

/**
 * The badge of the compose `compose` (a selector in the page): the one nearest its bottom-right
 * corner, where badges sit (Outlook's fixture has a second, for its "To" box).
 */
async function badgeLook(page: UiPage, compose: string): Promise<BadgeLook | null> {
  const corner = await run(
    page,
    (selector: string) => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return { x: r.right, y: r.bottom };
    },
    compose,
  );
  return inExtensionUi(
    page,
    (root, corner: { x: number; y: number }) => {
      const looks = [...(root?.querySelectorAll<HTMLElement>('[data-cf="badge"]') ?? [])].map((badge) => {
        const style = getComputedStyle(badge);
        const r = badge.getBoundingClientRect();
        return {
          theme: badge.closest<HTMLElement>('.cf-theme')?.dataset.cfTheme ?? null,
          count: badge.dataset.cfCount ?? null,
          paused: badge.dataset.cfPaused === 'true',
          fill: style.backgroundColor,
          edge: style.borderTopColor,
          text: style.color,
          x: r.x + r.width / 2,
          y: r.y + r.height / 2,
        };
      });
      const distance = (b: { x: number; y: number }) => Math.hypot(b.x - corner.x, b.y - corner.y);
      return looks.sort((a, b) => distance(a) - distance(b))[0] ?? null;
    },
    corner,
  );
}

/** How far the badge stands out from the editor's background: its fill, or its edge where that is stronger. */
const badgeContrast = (look: BadgeLook, background: string) =>
  Math.max(contrast(look.fill, background), contrast(look.edge, background));

/** Every kind of the draft underlined in Gmail under its dark name, and none under its light one. */
async function expectDarkUnderlines(page: UiPage): Promise<void> {
  for (const kind of DRAFT_KINDS) {
    await expect
      .poll(async () => (await readHighlights(page, darkHighlightName(kind), GMAIL.editor)).length > 0, {
        timeout: REACT_MS,
      })
      .toBe(true);
    expect(await readHighlights(page, highlightName(kind), GMAIL.editor)).toEqual([]);
  }
}

async function waitForBadge(page: UiPage, compose: string, expected: Partial<BadgeLook>): Promise<BadgeLook> {
  await expect.poll(() => badgeLook(page, compose), { timeout: REACT_MS }).toMatchObject(expected);
  return (await badgeLook(page, compose))!;
}

async function clickBadge(page: Page, compose: string) {
  const look = await badgeLook(page, compose);
  if (!look) throw new Error('no badge');
  await page.mouse.click(look.x, look.y);
}

/** The card's scheme and background, or null while no card is open. */
function cardLook(page: UiPage) {
  return inExtensionUi(
    page,
    (root) => {
      const card = root?.querySelector<HTMLElement>('[data-cf="card"]');
      if (!card) return null;
      return {
        theme: card.closest<HTMLElement>('.cf-theme')?.dataset.cfTheme ?? null,
        background: getComputedStyle(card).backgroundColor,
      };
    },
    null,
  );
}

const listOpen = (page: Page) =>
  inExtensionUi(page, (root) => !!root?.querySelector('[data-cf="findings-list"]'), null);

async function click(page: Page, selector: string, index = 0) {
  const { x, y } = await uiPoint(page, selector, index);
  await page.mouse.click(x, y);
}

/** Measured contrasts, printed after the run (the report quotes them). */
const measured: string[] = [];

describe('dark mode and axe (Chromium)', () => {
  const chromium = useChromium({ extensionDir: openUiCopy(), resetStorage: true, devToolsPort: true });
  let popups: ActionPopups;
  beforeAll(() => {
    popups = new ActionPopups(chromium());
  });
  afterEach(() => popups.closeAll());
  afterAll(async () => {
    await popups.disconnect();
    console.log(`contrast measured:\n${measured.join('\n')}`);
  });

  for (const mail of MAILS) {
    it(`${mail.name}: every kind's underline and the badge at least 3:1 on the editor, and axe finds nothing in the list or card`, async () => {
      const page = await chromium().openFixture(mail.url, mail.fixture);
      if (mail.theme) await page.addStyleTag({ content: mail.theme });
      const dark = mail.theme !== undefined;
      const scheme = dark ? 'dark' : 'light';

      // An untouched draft: the zero badge, drawn by its edge.
      const zero = await waitForBadge(page, mail.compose, { count: '0', theme: scheme, paused: false });

      await typeAt(page, mail.line, DRAFT);
      const names = mail.kinds.map((kind) => (dark ? darkHighlightName(kind) : highlightName(kind)));
      const unused = mail.kinds.map((kind) => (dark ? highlightName(kind) : darkHighlightName(kind)));
      await expect
        .poll(
          async () => Promise.all(names.map(async (n) => (await readHighlights(page, n, mail.editor)).length > 0)),
          {
            timeout: REACT_MS,
          },
        )
        .toEqual(names.map(() => true));
      for (const name of unused) expect(await readHighlights(page, name, mail.editor)).toEqual([]);

      // Every kind in the kinds table, not only those DRAFT gets, so a new kind is measured too:
      // each underline and wash as the page's style sheet paints it on this editor, in the table's
      // colours for this scheme (a kind without its rule would show the text's colour instead).
      const everyName = KINDS.map((kind) => (dark ? darkHighlightName(kind) : highlightName(kind)));
      const { background, lines } = await paintedColours(page, mail.editor, everyName);
      expect(relativeLuminance(colour(background)) < 0.4).toBe(dark);
      expect(lines.map(({ name, line, tint }) => ({ name, line: colour(line), tint: colour(tint) }))).toEqual(
        KINDS.map((kind, i) => {
          const style = KIND_TABLE[kind].highlight;
          return { name: everyName[i], line: colour(dark ? style.darkColour : style.colour), tint: colour(style.tint) };
        }),
      );
      for (const { name, line, tint } of lines) {
        // The underline lies on the editor's background, and may cross the wash below the words.
        const ratio = Math.min(contrast(line, background), contrast(line, css(over(colour(tint), colour(background)))));
        measured.push(`${mail.name}: ${name} ${line} on ${background}: ${ratio}:1`);
        expect(ratio, `${name} on ${background}`).toBeGreaterThanOrEqual(3);
      }

      // One finding per kind, and two buzzwords.
      const filled = await waitForBadge(page, mail.compose, { count: String(mail.kinds.length + 1), theme: scheme });
      for (const [state, look] of [
        ['zero', zero],
        ['count', filled],
      ] as const) {
        const ratio = badgeContrast(look, background);
        measured.push(
          `${mail.name}: ${state} badge (fill ${look.fill}, edge ${look.edge}) on ${background}: ${ratio}:1`,
        );
        expect(ratio, `${state} badge on ${background}`).toBeGreaterThanOrEqual(3);
      }

      // The list, then a card opened from it.
      await clickBadge(page, mail.compose);
      await expect.poll(() => listOpen(page), { timeout: REACT_MS }).toBe(true);
      expect(await axeViolations(page, UI_CONTEXT)).toEqual([]);
      await click(page, '[data-cf="finding-item"]');
      await expect
        .poll(() => cardLook(page), { timeout: REACT_MS })
        .toEqual({
          theme: scheme,
          background: dark ? 'rgb(30, 41, 59)' : 'rgb(255, 255, 255)',
        });
      expect(await axeViolations(page, UI_CONTEXT)).toEqual([]);

      // Paused: the list says so, the badge is drawn by its edge.
      await page.keyboard.press('Escape');
      await expect.poll(() => cardLook(page), { timeout: REACT_MS }).toBeNull();
      await clickBadge(page, mail.compose);
      await expect.poll(() => listOpen(page), { timeout: REACT_MS }).toBe(true);
      await click(page, '[data-cf="pause"]');
      const paused = await waitForBadge(page, mail.compose, { paused: true, theme: scheme });
      const ratio = badgeContrast(paused, background);
      measured.push(
        `${mail.name}: paused badge (fill ${paused.fill}, edge ${paused.edge}) on ${background}: ${ratio}:1`,
      );
      expect(ratio).toBeGreaterThanOrEqual(3);
      await expect.poll(() => listOpen(page), { timeout: REACT_MS }).toBe(true);
      expect(await axeViolations(page, UI_CONTEXT)).toEqual([]);
    });
  }

  it('follows a theme switched while a draft is open: underlines and badge turn dark without a keystroke', async () => {
    const page = await chromium().openFixture(GMAIL.url, GMAIL.fixture);
    await typeAt(page, GMAIL.line, DRAFT);
    await waitForBadge(page, GMAIL.compose, { count: '4', theme: 'light' });
    await expect
      .poll(async () => (await readHighlights(page, highlightName('buzzword'), GMAIL.editor)).length > 0, {
        timeout: REACT_MS,
      })
      .toBe(true);
    await page.addStyleTag({ content: GMAIL_DARK });
    await waitForBadge(page, GMAIL.compose, { count: '4', theme: 'dark' });
    await expectDarkUnderlines(page);
  });

  it('follows the editor, not the system: a light Gmail under a dark system scheme keeps the light UI', async () => {
    const page = await chromium().openFixture(GMAIL.url, GMAIL.fixture);
    await page.emulateMedia({ colorScheme: 'dark' });
    await typeAt(page, GMAIL.line, DRAFT);
    await waitForBadge(page, GMAIL.compose, { count: '4', theme: 'light', fill: 'rgb(30, 41, 59)' });
    await clickBadge(page, GMAIL.compose);
    await expect.poll(() => listOpen(page), { timeout: REACT_MS }).toBe(true);
    expect(await axeViolations(page, UI_CONTEXT)).toEqual([]);
  });

  /** Writes the extension's local storage from one of its own pages. */
  const SET_STORAGE = (items: object) => `chrome.storage.local.set(${JSON.stringify(items)}).then(() => true)`;
  const BODY_BACKGROUND = 'getComputedStyle(document.body).backgroundColor';

  it('popup: axe finds nothing with zero counts, a failed team list and a paused draft, light and dark', async () => {
    const gmail = await chromium().openFixture(GMAIL.url, GMAIL.fixture);
    await typeAt(gmail, GMAIL.line, "Let's circle back on the synergy.");
    await waitForBadge(gmail, GMAIL.compose, { count: '2' });
    const popup = await popups.open(gmail);
    const counts = () =>
      popup.$$eval('[data-cf="count"]', (els) =>
        els.map((el) => [(el as HTMLElement).dataset.kind, (el as HTMLElement).dataset.count]),
      );
    await expect
      .poll(counts, { timeout: REACT_MS })
      .toEqual(KINDS.map((kind) => [kind, kind === 'buzzword' ? '2' : '0']));

    const inBothSchemes = async (state: string) => {
      for (const [scheme, body] of [
        ['light', 'rgb(255, 255, 255)'],
        ['dark', 'rgb(30, 41, 59)'],
      ] as const) {
        await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        expect(await popup.evaluate(BODY_BACKGROUND)).toBe(body);
        expect(await axeViolations(popup), `popup, ${state}, ${scheme}`).toEqual([]);
      }
    };
    await inBothSchemes('zero counts');

    await popup.evaluate(SET_STORAGE(oneListFailing('The server answered 503 (unavailable).')));
    await popup.waitForSelector('[data-cf="popup-list-warning"]', { timeout: REACT_MS });
    await inBothSchemes('a failed team list');

    await popup.click('button[data-cf="pause-draft"]');
    await popup.waitForSelector('[data-cf="draft"][data-paused="true"]', { timeout: REACT_MS });
    await inBothSchemes('a paused draft');
  });

  it('options page: axe finds nothing by default, with a rule off, with errors and with Try it findings, light and dark', async () => {
    const page = await chromium().context.newPage();
    await page.goto(`chrome-extension://${chromium().extensionId}/options.html`);
    await page.locator('[data-cf="rule-group"]').first().waitFor({ timeout: REACT_MS });

    const inBothSchemes = async (state: string) => {
      for (const [scheme, body] of [
        ['light', 'rgb(248, 250, 252)'],
        ['dark', 'rgb(15, 23, 42)'],
      ] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await page.evaluate(BODY_BACKGROUND)).toBe(body);
        expect(await axeViolations(page), `options, ${state}, ${scheme}`).toEqual([]);
      }
    };
    await inBothSchemes('as it opens');

    await page.locator('[data-cf="rule-group"] summary').first().click();
    await page.locator('[data-cf="rule-toggle"]').first().click();
    await page.locator('[data-cf="builtin-rule"].off').first().waitFor({ timeout: REACT_MS });
    await inBothSchemes('a rule switched off');

    await page.evaluate(SET_STORAGE(oneListFailing('The server answered 503 (unavailable).')));
    await page.locator('[data-cf="list-error"]').first().waitFor({ timeout: REACT_MS });
    await page.locator('input[type=file][data-cf="import"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ not json'),
    });
    await page.locator('[data-cf="personal-rules"] .error').first().waitFor({ timeout: REACT_MS });
    await inBothSchemes('a failed team list and a failed import');

    await page.locator('[data-cf="try-input"]').fill(DRAFT);
    await expect.poll(() => page.locator('[data-cf="try-finding"]').count(), { timeout: REACT_MS }).toBe(4);
    await inBothSchemes('Try it with findings');
  });
});

describe('dark mode (Firefox ESR)', () => {
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

  it("Gmail's dark theme: the lighter underlines, and the badge and card turn dark", async () => {
    const page = await firefox.openFixture(GMAIL.url, GMAIL.fixture);
    await page.addStyleTag({ content: GMAIL_DARK });
    await typeAt(page, GMAIL.line, DRAFT);
    await expectDarkUnderlines(page);
    await waitForBadge(page, GMAIL.compose, { count: '4', theme: 'dark', fill: 'rgb(226, 232, 240)' });
    await hoverCard(page, darkHighlightName('buzzword'), 'synergy');
    expect(await cardLook(page)).toEqual({ theme: 'dark', background: 'rgb(30, 41, 59)' });
  });
});
