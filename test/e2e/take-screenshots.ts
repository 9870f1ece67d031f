/**
 * npm run screenshots — pictures for the README: a highlighted draft and an open card, taken
 * from the built extension in headless Chromium on a Gmail-like compose window.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './harness/chromium';
import { CHROME_EXTENSION_DIR, CHROMIUM_BIN, ROOT } from './harness/paths';

const OUT = path.join(ROOT, 'test', 'e2e', 'screenshots');

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Gmail</title><style>
  body { margin: 0; background: #f6f8fc; font: 14px Arial, sans-serif; color: #202124; }
  [role=dialog] { position: absolute; left: 40px; top: 24px; width: 640px; background: #fff; border-radius: 8px 8px 0 0;
    box-shadow: 0 8px 24px rgba(0,0,0,.18); }
  .head { background: #f2f6fc; padding: 10px 16px; border-radius: 8px 8px 0 0; font-weight: 600; }
  .row { border-bottom: 1px solid #eee; padding: 8px 16px; color: #5f6368; }
  input[name=subjectbox] { border: 0; font: inherit; width: 100%; outline: none; }
  .editable { padding: 12px 16px 40px; min-height: 300px; outline: none; line-height: 1.5; }
</style></head><body>
<div role="dialog"><div class="M9">
  <div class="head">New Message</div>
  <div class="row">To: sam.lee@northwind.example</div>
  <div class="row"><input name="subjectbox" value="Following up on the rollout"></div>
  <div class="Am Al editable" contenteditable="true" g_editable="true" role="textbox" aria-label="Message Body">
    <div>Hi Sam,</div><div><br></div>
    <div>I'm Dana from Acme, and we help teams like yours cut reporting time in half.</div><div><br></div>
    <div>I'm sorry you feel the rollout was rushed. Our end-to-end solutions let you leverage your existing data,</div>
    <div>and I'd love to circle back next week.</div><div><br></div>
    <div>Best,</div><div>Dana</div>
  </div>
</div></div></body></html>`;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'cf-shots-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    viewport: { width: 760, height: 520 },
    deviceScaleFactor: 2,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${CHROME_EXTENSION_DIR}`, `--load-extension=${CHROME_EXTENSION_DIR}`],
  });
  try {
    await context.route('**/*', (route) =>
      route.request().url().startsWith('https://mail.google.com/') ? route.fulfill({ contentType: 'text/html', body: PAGE }) : route.abort(),
    );
    const page = await context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    await page.waitForFunction(() => (CSS.highlights.get('cf-non-apology')?.size ?? 0) > 0, null, { timeout: 20_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, 'highlighted-draft.png') });

    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('cf-non-apology') ?? [])][0] as Range;
      const r = range.getClientRects()[0]!;
      return { x: r.left + 20, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.locator('[data-cf="card"]').waitFor({ timeout: 5000 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(OUT, 'open-card.png') });
    process.stdout.write(`Screenshots written to ${path.relative(ROOT, OUT)}/\n`);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
