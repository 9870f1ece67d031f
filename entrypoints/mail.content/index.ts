// The highlight styles, generated from the kinds table at build time (see wxt.config.ts).
import 'virtual:cf-highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { LOAD_CHECKER } from '../../src/messaging/messages';
import { type PageState, readPageState, thisFrame, watchPageState } from '../../src/settings/page-site';
import { deepActiveElement, shadowRootOf } from '../../src/markup/tree-scope';
import { findEditors, MAIL_MATCHES, type SiteAdapter } from '../../src/sites';

const SCAN_THROTTLE_MS = 200;

/** A compose body in the document, or the field focused inside a shadow root. */
function hasEditor(site: SiteAdapter): boolean {
  if (findEditors(site).length > 0) return true;
  const focused = deepActiveElement();
  const root = focused && shadowRootOf(focused);
  return !!root && findEditors(site, root).length > 0;
}

/**
 * The loader: the only script on a mail page, or on a site the user or the administrator turned
 * checking on for (the background registers this same file there, in every frame: see
 * entrypoints/background/site-scripts.ts), until something is being written. It watches for a
 * compose body or prose field with one childList observer and a throttled query, then has the
 * background inject the checker into its frame.
 */
export default defineContentScript({
  matches: MAIL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let site: SiteAdapter | undefined;
    let on = false;
    let requested = false;
    let timer: number | undefined;

    const check = () => {
      timer = undefined;
      if (requested || !on || !site || ctx.isInvalid || !hasEditor(site)) return;
      requested = true;
      observer.disconnect();
      void browser.runtime.sendMessage({ type: LOAD_CHECKER });
    };
    const schedule = () => {
      if (timer === undefined) timer = ctx.setTimeout(check, SCAN_THROTTLE_MS);
    };
    const observer = new MutationObserver(schedule);
    // An editor in a web component's shadow root is out of the document's queries: it shows
    // itself when it takes focus, or at the first keystroke (a window in the background raises
    // no focus event).
    for (const type of ['focusin', 'input']) {
      document.addEventListener(type, () => !requested && schedule(), { capture: true, signal: ctx.signal });
    }

    const follow = (state: PageState) => {
      on = state.on;
      site = state.site?.adapter;
      check();
    };
    void readPageState(thisFrame()).then((state) => {
      if (!ctx.isValid || !document.body) return;
      observer.observe(document.body, { childList: true, subtree: true });
      follow(state);
    });
    const unwatch = watchPageState(thisFrame(), follow);
    // A newer loader in this page (the extension was updated, or the background ran the loader
    // again in an open tab) takes over: this one stops watching.
    ctx.onInvalidated(() => {
      observer.disconnect();
      unwatch();
    });
  },
});
