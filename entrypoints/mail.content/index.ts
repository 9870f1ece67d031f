// The highlight styles, generated from the kinds table at build time (see wxt.config.ts).
import 'virtual:cf-highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { LOAD_CHECKER } from '../../src/messaging/messages';
import { isSiteOn, siteSwitches } from '../../src/settings/items';
import { findEditors, MAIL_MATCHES, siteFor } from '../../src/sites';

const SCAN_THROTTLE_MS = 200;

/**
 * The loader: the only script on a mail page until a compose opens. It watches for a compose body
 * with one childList observer and a throttled query, then has the background inject the checker.
 */
export default defineContentScript({
  matches: MAIL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const site = siteFor(location.hostname);
    if (!site) return;
    let on = true;
    let requested = false;
    let timer: number | undefined;

    const check = () => {
      timer = undefined;
      if (requested || !on || ctx.isInvalid || findEditors(site).length === 0) return;
      requested = true;
      observer.disconnect();
      void browser.runtime.sendMessage({ type: LOAD_CHECKER });
    };
    const observer = new MutationObserver(() => {
      if (timer === undefined) timer = ctx.setTimeout(check, SCAN_THROTTLE_MS);
    });

    void siteSwitches.getValue().then((switches) => {
      on = isSiteOn(switches, site.id);
      if (!ctx.isValid) return;
      observer.observe(document.body, { childList: true, subtree: true });
      check();
    });
    const unwatch = siteSwitches.watch((switches) => {
      on = isSiteOn(switches, site.id);
      check();
    });
    // A newer loader in this page (the extension was updated, or the background ran the loader
    // again in an open tab) takes over: this one stops watching.
    ctx.onInvalidated(() => {
      observer.disconnect();
      unwatch();
    });
  },
});
