import { describe, expect, it } from 'vitest';
import type { ChromiumSession } from './harness/chromium';
import { URLS } from './harness/fixtures';
import { placeCaretInText, run, textOf } from './harness/page';
import { expectHighlights, REACT_MS, sleep, typeAt, useChromium } from './harness/suite';
import { hoverCard, uiPoint, uiState } from './harness/ui';

/**
 * A hostile mail page: its own scripts try to read the extension's UI, to drive it with events
 * they make, and to send the extension's messages. All of it must fail, and the setting it is
 * after (turning a rule off everywhere) must stay as it was. The user's own input still works.
 */

const EDITOR = '#compose-1 [g_editable="true"]';
const LINE = `${EDITOR} > div:first-child`;
const SENTENCE = "Let's circle back on the synergy.";
const TURN_OFF_RULE = 'connection-first:turn-off-rule';
/** Long past the card's hover delay (250 ms), even on a busy machine. */
const WELL_AFTER_MS = 1500;

type Page = Awaited<ReturnType<ChromiumSession['openFixture']>>;

/** The part of the extension API these tests call from the extension's own pages. */
interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: Record<'local' | 'sync', { get(keys: string | null): Promise<Record<string, unknown>> }>;
}

/** The rules switched off in the personal pack, as stored (local copy and synced copy). */
async function turnedOff(session: ChromiumSession): Promise<{ local: string[]; syncItems: number }> {
  const page = await session.openPopup();
  try {
    return await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      const { personal } = (await api.storage.local.get('personal')) as {
        personal?: { pack?: { disable?: string[] } };
      };
      const sync = await api.storage.sync.get(null);
      return { local: personal?.pack?.disable ?? [], syncItems: Object.keys(sync).length };
    });
  } finally {
    await page.close();
  }
}

async function draftWithFindings(page: Page): Promise<void> {
  await typeAt(page, LINE, SENTENCE);
  await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
}

/** The page's own script: events it makes at the middle of the highlighted "synergy". */
function pageMovesOverSynergy(page: Page): Promise<string> {
  return run(
    page,
    () => {
      const highlight = CSS.highlights.get('cf-buzzword') as unknown as Iterable<AbstractRange>;
      const range = [...highlight].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live;
      });
      const synergy = range.find((r) => r.toString() === 'synergy')!;
      const box = synergy.getBoundingClientRect();
      const init = { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
      const target = document.elementFromPoint(init.clientX, init.clientY)!;
      for (const type of ['pointerover', 'pointermove', 'mouseover', 'mouseenter', 'mousemove'])
        target.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
      return target.tagName.toLowerCase();
    },
    undefined,
  );
}

/** The page's own script: key presses it makes on whatever has focus, and on the document. */
function pagePresses(page: Page, keys: { key: string; altKey?: boolean }[]): Promise<string> {
  return run(
    page,
    (keys: { key: string; altKey?: boolean }[]) => {
      const target = document.activeElement ?? document.body;
      for (const k of keys) {
        for (const at of [target, document]) {
          for (const type of ['keydown', 'keypress', 'keyup'])
            at.dispatchEvent(new KeyboardEvent(type, { ...k, bubbles: true, composed: true, cancelable: true }));
        }
      }
      return target.tagName.toLowerCase();
    },
    keys,
  );
}

/** The page's own script: clicks (every way it can) on whatever is at a point of our UI. */
function pageClicksAt(page: Page, point: { x: number; y: number }): Promise<{ tag: string; shadowRoot: string }> {
  return run(
    page,
    ({ x, y }: { x: number; y: number }) => {
      const target = document.elementFromPoint(x, y) as HTMLElement;
      const init = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, button: 0 };
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
        target.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
      target.click();
      return { tag: target.tagName.toLowerCase(), shadowRoot: target.shadowRoot === null ? 'null' : 'open' };
    },
    point,
  );
}

describe('a mail page can neither read nor drive the extension (Chromium)', () => {
  const chromium = useChromium({ resetStorage: true });

  it('finds no way into the UI: a closed root, no nodes, no text, even with attachShadow patched first', async () => {
    const session = chromium();
    // The page's first script, before anything else runs: it tries to catch every shadow root made.
    session.fixtures.page(URLS.gmail, 'gmail-compose.html');
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      const caught: ShadowRoot[] = [];
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
        const root = attach.call(this, { ...init, mode: 'open' });
        caught.push(root);
        return root;
      };
      (window as unknown as { caught: ShadowRoot[] }).caught = caught;
    });
    await page.goto(URLS.gmail, { waitUntil: 'load' });
    await draftWithFindings(page);
    const { card } = await hoverCard(page, 'cf-buzzword', 'synergy', REACT_MS);
    expect(card.message.length).toBeGreaterThan(10);
    const cardPoint = await uiPoint(page, '[data-cf="message"]');

    const seen = await run(
      page,
      ({ message, x, y }: { message: string; x: number; y: number }) => {
        const host = document.querySelector('connection-first-ui');
        /** Every element, in the document and in every shadow root the page can open. */
        const everything = (root: Document | ShadowRoot): Element[] =>
          [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? everything(el.shadowRoot) : [])]);
        const all = everything(document);
        return {
          host: host?.tagName.toLowerCase() ?? null,
          shadowRoot: host ? String(host.shadowRoot) : 'no host',
          caught: (window as unknown as { caught: ShadowRoot[] }).caught.length,
          ourNodes: all.filter((el) => el.hasAttribute('data-cf') || el.className.toString().startsWith('cf-')).length,
          messageShown: all.some((el) => el.textContent?.includes(message)),
          atCard: document.elementFromPoint(x, y)?.tagName.toLowerCase() ?? null,
        };
      },
      { message: card.message, ...cardPoint },
    );
    expect(seen).toEqual({
      host: 'connection-first-ui',
      shadowRoot: 'null',
      caught: 0,
      ourNodes: 0,
      messageShown: false,
      atCard: 'connection-first-ui',
    });
  });

  it('ignores the page’s own mouse and key events: no card opens, no rewrite, no turn-off', async () => {
    const session = chromium();
    const page = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    await draftWithFindings(page);

    expect(await pageMovesOverSynergy(page)).toBe('div');
    await placeCaretInText(page, LINE, 'synergy', 3);
    await pagePresses(page, [{ key: 'Enter', altKey: true }]);
    await sleep(WELL_AFTER_MS);
    expect((await uiState(page)).card).toBeNull();

    // The user opens the card from the keyboard; its first button has focus.
    await page.keyboard.press('Alt+Enter');
    await expect.poll(async () => (await uiState(page)).card?.firstButtonFocused, { timeout: REACT_MS }).toBe(true);
    // The page presses on what has focus (it sees only our host), and clicks every button's spot.
    expect(await pagePresses(page, [{ key: 'Enter' }, { key: ' ' }, { key: 'Escape' }])).toBe('connection-first-ui');
    for (const button of ['suggestion', 'ignore', 'disable-rule']) {
      expect(await pageClicksAt(page, await uiPoint(page, `button[data-cf="${button}"]`))).toEqual({
        tag: 'connection-first-ui',
        shadowRoot: 'null',
      });
    }
    await sleep(WELL_AFTER_MS);
    // Nothing happened: the card is still open, the draft and its findings are as typed, nothing is off.
    expect((await uiState(page)).card?.firstButtonFocused).toBe(true);
    expect(await textOf(page, LINE)).toBe(SENTENCE);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
    expect(await turnedOff(session)).toEqual({ local: [], syncItems: 0 });

    // Nor can it open the findings list from the badge.
    await pageClicksAt(page, await uiPoint(page, 'button[data-cf="badge"]'));
    await sleep(WELL_AFTER_MS);
    expect((await uiState(page)).list).toBeNull();
  });

  it('cannot send the extension’s messages; the background refuses them from anywhere but a mail tab', async () => {
    const session = chromium();
    const page = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    await draftWithFindings(page);
    const tried = await run(
      page,
      async ({ id, type }: { id: string; type: string }) => {
        const request = { type, ruleId: 'default/synergy' };
        window.postMessage(request, '*');
        document.dispatchEvent(new CustomEvent(type, { detail: request }));
        const runtime = (
          globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, message: unknown) => Promise<unknown> } } }
        ).chrome?.runtime;
        if (!runtime?.sendMessage) return 'no extension messaging in the page';
        try {
          return `answered ${JSON.stringify(await runtime.sendMessage(id, request))}`;
        } catch (error) {
          return `refused: ${(error as Error).message}`;
        }
      },
      { id: session.extensionId!, type: TURN_OFF_RULE },
    );
    expect(tried).toBe('no extension messaging in the page');

    // Even the extension's own pages cannot turn a rule off through the message: only a mail tab's checker.
    const popup = await session.openPopup();
    const answer = await popup.evaluate(
      (type) =>
        (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage({
          type,
          ruleId: 'default/synergy',
        }),
      TURN_OFF_RULE,
    );
    expect(answer).toEqual({ ok: false, refused: 'not-from-a-mail-page' });
    await popup.close();

    await sleep(WELL_AFTER_MS);
    await expectHighlights(page, 'buzzword', EDITOR, ['circle back', 'synergy']);
    expect(await turnedOff(session)).toEqual({ local: [], syncItems: 0 });
  });

  it('still does what the user asks: a real hover and click turn the rule off, stored and synced', async () => {
    const session = chromium();
    const page = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    await draftWithFindings(page);
    await hoverCard(page, 'cf-buzzword', 'circle back', REACT_MS);
    const point = await uiPoint(page, 'button[data-cf="disable-rule"]');
    await page.mouse.click(point.x, point.y);
    await expectHighlights(page, 'buzzword', EDITOR, ['synergy']);
    const stored = await turnedOff(session);
    expect(stored.local).toEqual(['default/circle-back']);
    expect(stored.syncItems).toBeGreaterThan(0);
  });
});
