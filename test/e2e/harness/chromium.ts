import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { FixtureServer } from './fixtures';
import { isNetwork, NetworkLog } from './network';
import { CHROMIUM_BIN, E2E_CHROME_EXTENSION_DIR } from './paths';

/** Flags verified to work with Debian's headless Chromium here (see shared/DESIGN.md). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The id Chromium gives an unpacked extension: sha256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface ChromiumLaunchOptions {
  /** Load the built extension (default true). False gives the same browser without it, for comparisons. */
  extension?: boolean;
  extensionDir?: string;
  /** Also listen for DevTools on a local port (see `devToolsUrl`), for what Playwright does not show: the action popup. */
  devToolsPort?: boolean;
  /**
   * Start without the extension but able to load it later, as a user installs it into a running
   * browser: `loadExtension()` then loads `extensionDir` (fires `runtime.onInstalled`, reason
   * "install"; a second call reloads it: reason "update").
   */
  loadLater?: boolean;
}

/**
 * One headless Chromium (a persistent context, which extensions need) for one test file, with
 * every request routed: fixture pages and assets are served at the real mail addresses, all else
 * is aborted, and everything is recorded in `network` (pages, frames and the extension's worker).
 */
/** Closes the welcome tab the extension opens on install, once it has opened (5 s at most). */
async function closeWelcome(context: BrowserContext): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 100) {
    const welcome = context.pages().find((page) => page.url().endsWith('/welcome.html'));
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export class ChromiumSession {
  readonly fixtures = new FixtureServer();
  readonly network = new NetworkLog();
  /** Undefined when launched without the extension. */
  readonly extensionId: string | undefined;

  private constructor(
    readonly context: BrowserContext,
    private readonly userDataDir: string,
    readonly extensionDir: string | undefined,
  ) {
    this.extensionId = extensionDir ? unpackedExtensionId(extensionDir) : undefined;
  }

  static async launch(options: ChromiumLaunchOptions = {}): Promise<ChromiumSession> {
    if (!existsSync(CHROMIUM_BIN)) {
      throw new Error(`Chromium is missing at ${CHROMIUM_BIN}: run  apt-get install -y chromium`);
    }
    const extensionDir = options.extension === false ? undefined : (options.extensionDir ?? E2E_CHROME_EXTENSION_DIR);
    if (extensionDir && !existsSync(path.join(extensionDir, 'manifest.json'))) {
      throw new Error(`No extension build in ${extensionDir}: run  npx wxt build`);
    }
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'cf-chromium-'));
    const args = [...CHROMIUM_FLAGS];
    // CDP's Extensions.loadUnpacked needs this flag and a pipe connection (Playwright's own).
    if (extensionDir && options.loadLater) args.push('--enable-unsafe-extension-debugging');
    else if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
    else args.push('--disable-extensions');
    if (options.devToolsPort) args.push('--remote-debugging-port=0');
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_BIN,
      headless: true,
      args,
      // Playwright's defaults switch extensions off; the flags above decide instead.
      ignoreDefaultArgs: options.loadLater ? ['--disable-extensions'] : undefined,
      viewport: { width: 1280, height: 800 },
    });
    const session = new ChromiumSession(context, userDataDir, extensionDir);
    await session.install();
    // Loaded at start, the extension is freshly installed and opens its welcome tab, which can come up
    // after a test's own page and hide it (a hidden page runs no frames). Close it; the install tests
    // load the extension later and check the welcome tab themselves.
    if (extensionDir && !options.loadLater) await closeWelcome(context);
    return session;
  }

  private async install(): Promise<void> {
    const { context, fixtures, network } = this;
    const record = (request: Request) => {
      let from: 'page' | 'worker' | 'unknown' = 'unknown';
      try {
        from = request.serviceWorker() ? 'worker' : 'page';
      } catch {
        /* keep unknown */
      }
      network.record(
        {
          url: request.url(),
          method: request.method(),
          resourceType: request.resourceType(),
          from,
          fixture: fixtures.isFixture(request.url()),
        },
        request,
      );
    };
    // Pages, frames and (Playwright ≥ 1.5x, Chromium) the extension's service worker all report here.
    context.on('request', record);
    await context.route('**/*', async (route) => {
      const request = route.request();
      record(request);
      // The extension's own files (popup, chunks) are local, not network: let them load.
      if (!isNetwork(request.url())) return route.continue();
      const response = fixtures.resolve(request.url());
      if (response)
        await route.fulfill({ status: response.status, contentType: response.contentType, body: response.body });
      else await route.abort('blockedbyclient');
    });
    // The persistent context opens with one blank tab: tests open their own pages.
    for (const page of context.pages()) await page.close();
  }

  /** The extension's background service worker, waiting for it up to `timeout` ms; undefined if none shows up. */
  async serviceWorker(timeout = 5000): Promise<Worker | undefined> {
    if (!this.extensionId) return undefined;
    const prefix = `chrome-extension://${this.extensionId}/`;
    const existing = this.context.serviceWorkers().find((w) => w.url().startsWith(prefix));
    if (existing) return existing;
    try {
      return await this.context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith(prefix),
        timeout,
      });
    } catch {
      return undefined;
    }
  }

  /**
   * Loads (or, called again, reloads) the unpacked extension into the running browser through
   * CDP, for a session launched with `loadLater`. Returns the id the browser gave it.
   */
  async loadExtension(): Promise<string> {
    const browser = this.context.browser();
    if (!browser || !this.extensionDir) throw new Error('launched without an extension to load');
    const cdp = await browser.newBrowserCDPSession();
    try {
      const { id } = await cdp.send('Extensions.loadUnpacked', { path: this.extensionDir });
      return id;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  /** A new tab showing `fixture` at the real address `url` (content scripts run as on the real site). */
  async openFixture(url: string, fixture: string): Promise<Page> {
    this.fixtures.page(url, fixture);
    const page = await this.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /** The extension's popup page in a tab. */
  async openPopup(): Promise<Page> {
    if (!this.extensionId) throw new Error('launched without the extension');
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/popup.html`);
    return page;
  }

  /** Clears the extension's storage (site switches, turned-off rules…) so tests start alike. */
  async resetExtensionState(): Promise<void> {
    if (!this.extensionId) return;
    const page = await this.context.newPage();
    try {
      await page.goto(`chrome-extension://${this.extensionId}/popup.html`);
      await page.evaluate(async () => {
        const api = (
          globalThis as unknown as {
            chrome: { storage: { local: { clear(): Promise<void> }; sync?: { clear(): Promise<void> } } };
          }
        ).chrome;
        await api.storage.local.clear();
        await api.storage.sync?.clear().catch(() => undefined);
      });
    } finally {
      await page.close();
    }
  }

  /** Closes every tab (between tests); the browser and the extension keep running. */
  async closePages(): Promise<void> {
    for (const page of this.context.pages()) await page.close().catch(() => undefined);
  }

  /** The DevTools address of a browser launched with `devToolsPort` (the port Chromium picked). */
  devToolsUrl(): string {
    const file = path.join(this.userDataDir, 'DevToolsActivePort');
    if (!existsSync(file)) throw new Error('launched without devToolsPort');
    return `http://127.0.0.1:${readFileSync(file, 'utf8').split('\n')[0]}`;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}
