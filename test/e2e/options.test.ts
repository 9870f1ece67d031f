import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { URLS } from './harness/fixtures';
import { REFRESH_LISTS } from '../../src/editor/messages';
import { NetworkLog } from './harness/network';
import { expectHighlights, REACT_MS, typeAt, useChromium } from './harness/suite';

const GMAIL_EDITOR = '#compose-1 [g_editable="true"]';
const GMAIL_LINE = `${GMAIL_EDITOR} > div:first-child`;
const LIST_URL = 'https://lists.example.com/team.json';

const CORS = { 'access-control-allow-origin': '*' };
const importedPack = {
  name: 'imported-e2e',
  version: '1',
  rules: [{ id: 'last-email', kind: 'buzzword', phrases: ['per my last email'], message: 'Sounds curt: restate the point instead.' }],
};
const teamPack = {
  name: 'team-e2e',
  version: '1',
  rules: [{ id: 'rocket-ship', kind: 'buzzword', phrases: ['rocket ship'], message: 'Say what grows and by how much.' }],
};

async function openOptions(session: ReturnType<ReturnType<typeof useChromium>>): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  return page;
}

describe('options page (Chromium)', () => {
  const chromium = useChromium({ resetStorage: true });

  it('imports a pack and the open Gmail tab highlights its phrase without a reload', async () => {
    const session = chromium();
    const gmail = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    const options = await openOptions(session);
    const input = options.locator('input[type=file][data-cf="import"]');
    await expect.poll(() => input.isEnabled(), { timeout: REACT_MS }).toBe(true);
    await input.setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(importedPack)) });
    await expect.poll(() => options.locator('[data-cf="import-note"]').textContent(), { timeout: REACT_MS }).toContain('Imported 1 rule');

    await gmail.bringToFront();
    await typeAt(gmail, GMAIL_LINE, 'Per my last email, the invoice is attached.');
    await expectHighlights(gmail, 'buzzword', GMAIL_EDITOR, ['Per my last email']);
  });

  it('subscribes to a team list, applies it, and keeps the old copy when a refresh fails', async () => {
    const session = chromium();
    let mode: 'ok' | '500' | 'invalid' = 'ok';
    await session.context.route(LIST_URL, async (route) => {
      if (mode === 'ok') await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(teamPack), headers: CORS });
      else if (mode === '500') await route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom', headers: CORS });
      else await route.fulfill({ status: 200, contentType: 'application/json', body: '{ not json', headers: CORS });
    });
    await session.serviceWorker(5000);
    const gmail = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    const options = await openOptions(session);
    const mark = session.network.mark();

    // Headless Chromium leaves the host-permission prompt of the Subscribe button pending forever (no
    // prompt can be answered), so the subscription is written as the button would after "Allow": the
    // teamLists item, then the background is asked to refresh. The list answers with CORS headers, so
    // the worker can read it without the optional host permission.
    const updated = await options.evaluate(
      async ({ url, type }) => {
        const api = (globalThis as unknown as { chrome: any }).chrome;
        await api.storage.local.set({ teamLists: [{ url }] });
        return api.runtime.sendMessage({ type, url });
      },
      { url: LIST_URL, type: REFRESH_LISTS },
    );
    expect(updated, 'the lists the background answers').toEqual([expect.objectContaining({ url: LIST_URL, ruleCount: 1 })]);
    const list = options.locator('[data-cf="team-list"]');
    await expect.poll(() => list.count(), { timeout: REACT_MS }).toBe(1);
    // The list was fetched by the background service worker through the routed HTTPS address.
    const fetched = session.network.network(mark).filter((r) => r.url === LIST_URL);
    expect(NetworkLog.describe(fetched).length, 'list requests').toBeGreaterThan(0);
    expect(fetched.every((r) => r.from === 'worker'), NetworkLog.describe(fetched).join('; ')).toBe(true);

    await gmail.bringToFront();
    await typeAt(gmail, GMAIL_LINE, 'This launch is a rocket ship.');
    await expectHighlights(gmail, 'buzzword', GMAIL_EDITOR, ['rocket ship']);

    for (const failure of ['500', 'invalid'] as const) {
      mode = failure;
      await options.bringToFront();
      await options.locator('button[data-cf="refresh"]').click();
      // The error is the one this refresh caused (after the invalid body it replaces the 500's).
      const errorText = () => options.evaluate(() => [...document.querySelectorAll('[data-cf="list-error"]')].map((e) => e.textContent ?? ''));
      await expect
        .poll(errorText, { timeout: REACT_MS, message: `error shown after ${failure}` })
        .toEqual([expect.stringMatching(failure === '500' ? /500/ : /^(?![\s\S]*\b500\b)[\s\S]+$/)]);
      expect(await list.count(), 'the list stays subscribed').toBe(1);
      await gmail.bringToFront();
      await typeAt(gmail, GMAIL_LINE, ' A rocket ship.');
      await expectHighlights(gmail, 'buzzword', GMAIL_EDITOR, failure === '500' ? ['rocket ship', 'rocket ship'] : ['rocket ship', 'rocket ship', 'rocket ship']);
    }
  });
});
