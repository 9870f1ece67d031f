import type { Page as TabPage } from 'playwright-core';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import type { ChromiumSession } from './chromium';

/**
 * The extension's real toolbar popup, opened over a tab with `chrome.action.openPopup()` from the
 * background worker, as a click on the toolbar button would. Playwright does not list popup
 * windows, so they are driven with puppeteer-core over the session's DevTools port (launch the
 * session with `devToolsPort: true`). Unlike popup.html opened in a tab, this popup's active tab
 * is the mail page under it.
 */
export class ActionPopups {
  private browser?: Browser;
  private readonly open_: Page[] = [];

  constructor(private readonly session: ChromiumSession) {}

  private async connect(): Promise<Browser> {
    this.browser ??= await puppeteer.connect({ browserURL: this.session.devToolsUrl(), defaultViewport: null });
    return this.browser;
  }

  /** Opens the popup over `tab` (brought to the front first) and answers its page. */
  async open(tab: TabPage): Promise<Page> {
    const browser = await this.connect();
    await this.closeAll();
    await tab.bringToFront();
    const before = new Set<Target>(browser.targets());
    const worker = await this.session.serviceWorker();
    if (!worker) throw new Error('no background worker to open the popup from');
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
    );
    const target = await browser.waitForTarget(
      (t) => !before.has(t) && t.type() === 'page' && t.url().endsWith('/popup.html'),
      {
        timeout: 5000,
      },
    );
    const page = await target.asPage();
    this.open_.push(page);
    await page.waitForSelector('main');
    return page;
  }

  async closeAll(): Promise<void> {
    for (const page of this.open_.splice(0)) await page.close().catch(() => undefined);
  }

  async disconnect(): Promise<void> {
    await this.closeAll();
    await this.browser?.disconnect().catch(() => undefined);
    this.browser = undefined;
  }
}
