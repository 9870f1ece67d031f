import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { URLS } from './harness/fixtures';
import { extensionCopy } from './harness/extension-copy';
import { NetworkLog } from './harness/network';
import { expectHighlights, REACT_MS, typeAt, useChromium } from './harness/suite';

const GMAIL_EDITOR = '#compose-1 [g_editable="true"]';
const GMAIL_LINE = `${GMAIL_EDITOR} > div:first-child`;
const LIST_URL = 'https://lists.example.com/team.json';

const importedPack = {
  name: 'imported-e2e',
  version: '1',
  rules: [
    {
      id: 'last-email',
      kind: 'buzzword',
      phrases: ['per my last email'],
      message: 'Sounds curt: restate the point instead.',
    },
  ],
};
const teamPack = {
  name: 'team-e2e',
  version: '1',
  rules: [
    { id: 'rocket-ship', kind: 'buzzword', phrases: ['rocket ship'], message: 'Say what grows and by how much.' },
  ],
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
    await input.setInputFiles({
      name: 'team.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(importedPack)),
    });
    await expect
      .poll(() => options.locator('[data-cf="import-note"]').textContent(), { timeout: REACT_MS })
      .toContain('Imported 1 rule');

    await gmail.bringToFront();
    await typeAt(gmail, GMAIL_LINE, 'Per my last email, the invoice is attached.');
    await expectHighlights(gmail, 'buzzword', GMAIL_EDITOR, ['Per my last email']);
  });
});

describe('options page (Chromium): subscribing to a team list', () => {
  // Headless Chromium cannot answer the host-permission prompt (extension prompts are not in
  // DevTools' reach), so `permissions.request` would wait forever. This copy of the build already
  // holds the list's origin, which makes the request resolve at once, as after "Allow": the click,
  // the request, the subscription and the background's download all run for real.
  const extensionDir = extensionCopy('chrome-mv3-list-origin', (manifest) => {
    manifest.host_permissions = [...(manifest.host_permissions ?? []), `${new URL(LIST_URL).origin}/*`];
  });
  const chromium = useChromium({ extensionDir, resetStorage: true });

  it('subscribes with the button, applies the list, and keeps the old copy when a refresh fails', async () => {
    const session = chromium();
    let mode: 'ok' | '500' | 'invalid' = 'ok';
    await session.context.route(LIST_URL, async (route) => {
      if (mode === 'ok')
        await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(teamPack) });
      else if (mode === '500') await route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' });
      else await route.fulfill({ status: 200, contentType: 'application/json', body: '{ not json' });
    });
    await session.serviceWorker(5000);
    const gmail = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    const options = await openOptions(session);
    const mark = session.network.mark();

    await options.locator('[data-cf="list-url"]').fill(LIST_URL);
    await options.locator('button[data-cf="subscribe"]').click();
    await expect
      .poll(() => options.locator('[data-cf="subscribe-note"]').textContent(), { timeout: 10_000 })
      .toBe('Subscribed to team-e2e: 1 rule.');
    const list = options.locator('[data-cf="team-list"]');
    expect(await list.count()).toBe(1);
    await expect
      .poll(() => list.locator('[data-cf="list-state"]').textContent(), { timeout: REACT_MS })
      .toMatch(/^1 rule · updated /);
    // The list was fetched by the background service worker through the routed HTTPS address.
    const fetched = session.network.network(mark).filter((r) => r.url === LIST_URL);
    expect(NetworkLog.describe(fetched).length, 'list requests').toBeGreaterThan(0);
    expect(
      fetched.every((r) => r.from === 'worker'),
      NetworkLog.describe(fetched).join('; '),
    ).toBe(true);

    await gmail.bringToFront();
    await typeAt(gmail, GMAIL_LINE, 'This launch is a rocket ship.');
    await expectHighlights(gmail, 'buzzword', GMAIL_EDITOR, ['rocket ship']);

    for (const failure of ['500', 'invalid'] as const) {
      mode = failure;
      await options.bringToFront();
      await options.locator('button[data-cf="refresh"]').click();
      // The error is the one this refresh caused (after the invalid body it replaces the 500's).
      const errorText = () =>
        options.evaluate(() =>
          [...document.querySelectorAll('[data-cf="list-error"]')].map((e) => e.textContent ?? ''),
        );
      await expect
        .poll(errorText, { timeout: REACT_MS, message: `error shown after ${failure}` })
        .toEqual([expect.stringMatching(failure === '500' ? /500/ : /^(?![\s\S]*\b500\b)[\s\S]+$/)]);
      expect(await list.count(), 'the list stays subscribed').toBe(1);
      await gmail.bringToFront();
      await typeAt(gmail, GMAIL_LINE, ' A rocket ship.');
      await expectHighlights(
        gmail,
        'buzzword',
        GMAIL_EDITOR,
        failure === '500' ? ['rocket ship', 'rocket ship'] : ['rocket ship', 'rocket ship', 'rocket ship'],
      );
    }
  });
});
