// Shared set-up for tests that run the checker in happy-dom, as a content script on a mail page.
import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Our content script in a Gmail tab, as the browser describes the sender (the tab: only what is checked). */
export const gmailTab: Browser.runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  tab: { id: 7 } as Browser.tabs.Tab,
  frameId: 0,
  url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
};

/** happy-dom has no CSS Custom Highlight API: an in-memory stand-in is enough here. Call in beforeAll. */
export function stubHighlights(): void {
  if (!('Highlight' in globalThis)) vi.stubGlobal('Highlight', class extends Set<Range> {});
  const css = (globalThis as { CSS?: object }).CSS;
  if (!(css && 'highlights' in css))
    vi.stubGlobal('CSS', Object.assign(Object.create(css ?? null), { highlights: new Map() }));
}

/**
 * Stubs the highlights, and keeps the overlay's shadow root, which is closed to the page, as
 * attachShadow creates it. Call in beforeAll; the returned function gives the latest root.
 */
export function keepOverlayRoot(): () => ShadowRoot | undefined {
  stubHighlights();
  let shadow: ShadowRoot | undefined;
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    shadow = attach.call(this, init);
    return shadow;
  });
  return () => shadow;
}

/** Marks an event as the user's own: the overlay ignores events a script made. */
const byUser = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });

/** A click by the user. */
export const click = (el: Element) =>
  el.dispatchEvent(byUser(new MouseEvent('click', { bubbles: true, composed: true })));

/** Waits for the next frame and the task after it (when the overlay has rendered). */
export const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
