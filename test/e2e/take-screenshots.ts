/**
 * npm run screenshots — pictures for the README, taken from the built extension in headless
 * Chromium: a highlighted Gmail-like draft, an open card, the options page with personal rules, a
 * team list and "Try it" filled in, and the toolbar popup over the draft.
 *
 * npm run screenshots:store (`--store`) — the same scenes at the stores' size, 1280×800, into
 * store/screenshots/: the draft, the card, the options page's rules and its "Try it" box. (The
 * popup is a small window of its own, so the stores get it only inside the README's pictures.)
 */
import path from 'node:path';
import { REFRESH_LISTS } from '../../src/messaging/messages';
import { ActionPopups } from './harness/action-popup';
import { ChromiumSession } from './harness/chromium';
import { inExtensionUi } from './harness/closed-root';
import { CHROME_EXTENSION_DIR, ROOT } from './harness/paths';

const STORE = process.argv.includes('--store');
const OUT = STORE ? path.join(ROOT, 'store', 'screenshots') : path.join(ROOT, 'test', 'e2e', 'screenshots');
/** The stores' screenshot size (Chrome Web Store, Edge Add-ons; addons.mozilla.org takes it too). */
const STORE_SIZE = { width: 1280, height: 800 };
/** At store size the compose window sits in the middle and fills the height. */
const STORE_PAGE_STYLE = `[role=dialog] { left: 240px; top: 40px; width: 800px; }
  .editable { min-height: 560px; font-size: 16px; }`;
const GMAIL = 'https://mail.google.com/mail/u/0/';
const LIST_URL = 'https://intranet.example.com/voice/sales-team.json';

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

const TEAM_LIST = {
  name: 'acme-sales',
  version: '2026.11',
  rules: [
    {
      id: 'per-my-last-email',
      kind: 'buzzword',
      phrases: ['per my last email'],
      message: 'Reads as a reprimand: restate the point kindly.',
      suggestions: ['as I mentioned'],
    },
    { id: 'rocket-ship', kind: 'buzzword', phrases: ['rocket ship'], message: 'Say what grows, and by how much.' },
  ],
};
const PERSONAL = 'touch base => talk\nhop on a call => talk\n';
const TRY_TEXT = "Per my last email, I'm sorry for any inconvenience. Can we hop on a call about the synergy?";

async function main() {
  const session = await ChromiumSession.launch({ extensionDir: CHROME_EXTENSION_DIR, devToolsPort: true });
  const popups = new ActionPopups(session);
  try {
    const { context } = session;
    // The store layout is in the page from the start, so the checker measures the page as it will stay.
    const body = STORE ? PAGE.replace('</style>', `${STORE_PAGE_STYLE}</style>`) : PAGE;
    await context.route(GMAIL, (route) => route.fulfill({ contentType: 'text/html', body }));
    await context.route(LIST_URL, (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify(TEAM_LIST),
        headers: { 'access-control-allow-origin': '*' },
      }),
    );

    const page = await context.newPage();
    await page.setViewportSize(STORE ? STORE_SIZE : { width: 760, height: 520 });
    await page.goto(GMAIL);
    await page.waitForFunction(() => (CSS.highlights.get('cf-non-apology')?.size ?? 0) > 0, null, { timeout: 20_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, STORE ? '1-underlined-draft.png' : 'highlighted-draft.png') });

    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('cf-non-apology') ?? [])][0] as Range;
      const r = range.getClientRects()[0]!;
      return { x: r.left + 20, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    // The card is in the extension's closed shadow root, which only the DevTools protocol reaches.
    const cardShown = () => inExtensionUi(page, (root) => Boolean(root?.querySelector('[data-cf="card"]')), null);
    for (const started = Date.now(); !(await cardShown()); ) {
      if (Date.now() - started > 5000) throw new Error('No card opened on hovering the non-apology');
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(OUT, STORE ? '2-card.png' : 'open-card.png') });
    await page.mouse.move(5, 5);

    // Options: a team list (subscribed as the Subscribe button would after "Allow"; the headless
    // browser cannot answer the permission prompt) and a personal list imported from a file.
    const options = await context.newPage();
    await options.setViewportSize(STORE ? STORE_SIZE : { width: 980, height: 1400 });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.evaluate(
      async ({ url, type }) => {
        const api = (
          globalThis as unknown as {
            chrome: {
              storage: { local: { set(items: object): Promise<void> } };
              runtime: { sendMessage(message: unknown): Promise<unknown> };
            };
          }
        ).chrome;
        await api.storage.local.set({ teamLists: [{ url }] });
        return api.runtime.sendMessage({ type, url });
      },
      { url: LIST_URL, type: REFRESH_LISTS },
    );
    const input = options.locator('input[type=file][data-cf="import"]');
    await input.waitFor({ state: 'attached' });
    await options.waitForFunction(() => !document.querySelector<HTMLInputElement>('input[data-cf="import"]')?.disabled);
    await input.setInputFiles({ name: 'my-words.txt', mimeType: 'text/plain', buffer: Buffer.from(PERSONAL) });
    await options.locator('[data-cf="import-note"]').waitFor();
    await options.locator('[data-cf="try-input"]').fill(TRY_TEXT);
    await options.locator('[data-cf="try-finding"]').first().waitFor();
    await options.waitForTimeout(300);
    if (STORE) {
      await options.evaluate(() => window.scrollTo(0, 0));
      await options.screenshot({ path: path.join(OUT, '3-rules.png') });
      await options.evaluate(() => document.querySelector('[data-cf="try-it"]')?.scrollIntoView({ block: 'start' }));
      await options.waitForTimeout(200);
      await options.screenshot({ path: path.join(OUT, '4-try-it.png') });
      process.stdout.write(`Store screenshots written to ${path.relative(ROOT, OUT)}/\n`);
      return;
    }
    await options.screenshot({ path: path.join(OUT, 'options.png'), fullPage: true });

    const popup = await popups.open(page); // over the draft, now with the team list
    await popup.waitForSelector('[data-cf="draft-counts"]', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 200));
    await (await popup.$('body'))!.screenshot({ path: path.join(OUT, 'popup.png') });
    await popups.closeAll();

    process.stdout.write(`Screenshots written to ${path.relative(ROOT, OUT)}/\n`);
  } finally {
    await popups.disconnect();
    await session.close();
  }
}

void main();
