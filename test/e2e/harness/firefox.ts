import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type HTTPRequest, type Page } from 'puppeteer-core';
import { FixtureServer } from './fixtures';
import { isNetwork, NetworkLog } from './network';
import { E2E_FIREFOX_EXTENSION_DIR, FIREFOX_BIN } from './paths';

/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright cannot drive
 * stock Firefox). One browser per test file with the extension installed as a temporary add-on;
 * each test gets a fresh browser context whose pages serve fixtures through request interception.
 */
export class FirefoxSession {
  readonly fixtures = new FixtureServer();
  readonly network = new NetworkLog();
  private readonly contexts: BrowserContext[] = [];

  private constructor(
    readonly browser: Browser,
    /** '' until the extension is installed (see `launch`'s `installLater`). */
    public extensionId: string,
    private readonly extensionDir: string,
  ) {}

  /**
   * With `installLater`, the browser starts without the extension and `installExtension()` adds it
   * while pages are open, as a user would (a second call replaces it: an update).
   */
  static async launch(
    extensionDir = E2E_FIREFOX_EXTENSION_DIR,
    { installLater = false }: { installLater?: boolean } = {},
  ): Promise<FirefoxSession> {
    if (!existsSync(FIREFOX_BIN))
      throw new Error(`Firefox ESR is missing at ${FIREFOX_BIN}: run  apt-get install -y firefox-esr`);
    if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
      throw new Error(`No Firefox build in ${extensionDir}: run  npx wxt build -b firefox`);
    }
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_BIN,
      headless: true,
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        // Keep the browser quiet: no update checks, telemetry or captive-portal probes.
        'app.update.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'browser.safebrowsing.update.enabled': false,
      },
    });
    try {
      const session = new FirefoxSession(browser, '', extensionDir);
      if (!installLater) await session.installExtension();
      return session;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** Installs the extension as a temporary add-on (WebDriver BiDi `webExtension.install`); returns its id. */
  async installExtension(): Promise<string> {
    this.extensionId = await this.browser.installExtension(this.extensionDir);
    return this.extensionId;
  }

  /** A page in a fresh browser context showing `fixture` at the real address `url`. */
  async openFixture(url: string, fixture: string): Promise<Page> {
    this.fixtures.page(url, fixture);
    const context = await this.browser.createBrowserContext();
    this.contexts.push(context);
    const page = await context.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => void this.handle(request));
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  private async handle(request: HTTPRequest): Promise<void> {
    const url = request.url();
    const response = this.fixtures.resolve(url);
    let resourceType = 'unknown';
    try {
      resourceType = request.resourceType(); // not supported over BiDi in every version
    } catch {
      /* keep unknown */
    }
    this.network.record({ url, method: request.method(), resourceType, from: 'page', fixture: !!response }, request);
    if (request.isInterceptResolutionHandled()) return;
    try {
      if (!isNetwork(url)) await request.continue();
      else if (response)
        await request.respond({ status: response.status, contentType: response.contentType, body: response.body });
      else await request.abort('blockedbyclient');
    } catch {
      // The page went away while the request was pending.
    }
  }

  /** Closes the contexts opened since the last call (between tests). */
  async closeContexts(): Promise<void> {
    for (const context of this.contexts.splice(0)) await context.close().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.closeContexts();
    await this.browser.close().catch(() => undefined);
  }
}

/** <modifier>+<key> with puppeteer's keyboard. */
async function pressWith(page: Page, modifier: 'Control' | 'Alt', key: string): Promise<void> {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  await page.keyboard.up(modifier);
}

export const pressCtrl = (page: Page, key: string) => pressWith(page, 'Control', key);
export const pressAlt = (page: Page, key: string) => pressWith(page, 'Alt', key);
