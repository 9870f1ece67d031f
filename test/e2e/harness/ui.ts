import { expect } from 'vitest';
import { HOST_TAG, inExtensionUi } from './closed-root';
import { highlightRect, run, type EvaluatingPage } from './page';

type UiPage = Parameters<typeof inExtensionUi>[0];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardState {
  message: string;
  /** Text of each suggestion button, in order. */
  suggestions: string[];
  /** data-cf of each element in the card's action row ("ignore", "disable-rule", "rule-locked"). */
  actions: string[];
  /** data-cf of the focused element inside the card (e.g. "suggestion"), null when focus is elsewhere. */
  focused: string | null;
  /** The focused element is the card's first button. */
  firstButtonFocused: boolean;
  box: Box;
}

interface BadgeState {
  count: number | null;
  text: string;
  box: Box;
}

export interface UiState {
  /** Number of <connection-first-ui> elements in the document. */
  hosts: number;
  /** Where the host sits: the tag of its parent element. */
  hostParent: string | null;
  card: CardState | null;
  badges: BadgeState[];
  /** Texts of the findings-list items when the list is open, else null. */
  list: string[] | null;
}

/** What of the extension's UI is showing (only rendered, visible elements count). */
export function uiState(page: UiPage): Promise<UiState> {
  return inExtensionUi(
    page,
    (root: ShadowRoot | null, hostTag: string) => {
      const hosts = document.querySelectorAll(hostTag);
      const host = hosts[0] as HTMLElement | undefined;
      const visible = (el: Element | null | undefined): el is HTMLElement => {
        if (!el) return false;
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return (
          r.width > 0 &&
          r.height > 0 &&
          style.visibility !== 'hidden' &&
          style.display !== 'none' &&
          style.opacity !== '0'
        );
      };
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const card = root?.querySelector('[data-cf="card"]');
      const active = root?.activeElement ?? null;
      const cardButtons = card ? [...card.querySelectorAll('button')] : [];
      const list = root?.querySelector('[data-cf="findings-list"]');
      return {
        hosts: hosts.length,
        hostParent: host?.parentElement?.tagName.toLowerCase() ?? null,
        card: visible(card)
          ? {
              message: text(card.querySelector('[data-cf="message"]')),
              suggestions: [...card.querySelectorAll('button[data-cf="suggestion"]')].map(text),
              actions: [...card.querySelectorAll('.cf-actions > [data-cf]')].map(
                (el) => el.getAttribute('data-cf') ?? '',
              ),
              focused: active && card.contains(active) ? active.getAttribute('data-cf') : null,
              firstButtonFocused: !!active && active === cardButtons[0],
              box: box(card),
            }
          : null,
        badges: root
          ? [...root.querySelectorAll('button[data-cf="badge"]')].filter(visible).map((b) => ({
              count: b.hasAttribute('data-cf-count') ? Number(b.getAttribute('data-cf-count')) : null,
              text: text(b),
              box: box(b),
            }))
          : [],
        list: visible(list) ? [...list.querySelectorAll('[data-cf="finding-item"]')].map(text) : null,
      };
    },
    HOST_TAG,
  );
}

/**
 * Centre of the `index`-th visible element matching `selector` inside the extension's shadow
 * root, to click it with the real mouse. Throws when there is none.
 */
export async function uiPoint(page: UiPage, selector: string, index = 0): Promise<{ x: number; y: number }> {
  const point = await inExtensionUi(
    page,
    (root: ShadowRoot | null, { selector, index }: { selector: string; index: number }) => {
      const all = root ? [...root.querySelectorAll(selector)] : [];
      const shown = all.filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      });
      const el = shown[index];
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    { selector, index },
  );
  if (!point) throw new Error(`no visible ${selector} (#${index}) in <${HOST_TAG}>`);
  return point;
}

/** Distance from a point to a rectangle (0 inside it). */
export function distanceToBox(point: { x: number; y: number }, box: Box): number {
  const dx = Math.max(box.x - point.x, 0, point.x - (box.x + box.width));
  const dy = Math.max(box.y - point.y, 0, point.y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/** Bounding box of the element matching `selector` in the page. */
export function boxOf(page: EvaluatingPage, selector: string): Promise<Box> {
  return run(
    page,
    (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`boxOf: nothing matches ${selector}`);
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    selector,
  );
}

/** Moves the real mouse to the middle of the `highlight` range whose text is `text` and waits for the card. */
export async function hoverCard(
  page: UiPage,
  highlight: string,
  text: string,
  timeout = 5000,
): Promise<{ card: CardState; ms: number }> {
  const rect = await highlightRect(page, highlight, text);
  expect(rect, `a ${highlight} range "${text}" with a client rect`).not.toBeNull();
  await page.mouse.move(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
  const started = Date.now();
  let card: CardState | null = null;
  while (!card && Date.now() - started < timeout) {
    card = (await uiState(page)).card;
    if (!card) await new Promise((r) => setTimeout(r, 25));
  }
  expect(card, `a card opens when hovering "${text}"`).not.toBeNull();
  return { card: card!, ms: Date.now() - started };
}
