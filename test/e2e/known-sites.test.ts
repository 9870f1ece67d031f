import { beforeAll, describe, expect, it, vi } from 'vitest';
import { extensionCopy } from './harness/extension-copy';
import { highlightsTouching } from './harness/page';
import { expectHighlights, REACT_MS, typeAt, useChromium } from './harness/suite';

/**
 * Sites customer writing happens on, reproduced from their compose markup as public code that
 * targets them describes it (fixtures only: not checked against the live sites). The generic
 * adapter serves them; nothing site-specific is needed for these.
 */
const SITES = [
  {
    name: 'LinkedIn messaging',
    origin: 'https://www.linkedin.com',
    url: 'https://www.linkedin.com/messaging/thread/2-abc/',
    fixture: 'linkedin-messaging.html',
    body: '.msg-form__contenteditable',
    notProse: '.search-global-typeahead__input',
  },
  {
    name: 'Zendesk agent workspace',
    origin: 'https://*.zendesk.com',
    url: 'https://acme.zendesk.com/agent/tickets/4711',
    fixture: 'zendesk-ticket.html',
    body: '[data-test-id="omnicomposer-rich-text-ckeditor"]',
    notProse: '[data-test-id="omni-log-container"]',
  },
];

describe('known sites, turned on (Chromium, fixtures)', () => {
  // As in sites.test.ts: the copy holds the sites' origins, as after the user's "Allow".
  const extensionDir = extensionCopy('chrome-mv3-known-sites', (manifest) => {
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...SITES.map((site) => `${site.origin}/*`)];
  });
  const chromium = useChromium({ extensionDir });

  beforeAll(async () => {
    const worker = (await chromium().serviceWorker())!;
    type Chrome = {
      storage: { local: { set(v: object): Promise<void> } };
      scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
    };
    await worker.evaluate(
      (origins) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ enabledSites: origins }),
      SITES.map((site) => site.origin),
    );
    const matches = () =>
      worker.evaluate(async () =>
        (await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()).flatMap(
          (script) => script.matches ?? [],
        ),
      );
    await vi.waitFor(async () => expect(await matches()).toHaveLength(SITES.length), { timeout: REACT_MS });
  });

  for (const site of SITES) {
    it(`${site.name}: the reply is checked; quoted text and other fields are not`, async () => {
      const page = await chromium().openFixture(site.url, site.fixture);
      await typeAt(page, `${site.body} #line`, " Let's circle back on the synergy.");
      await expectHighlights(page, 'buzzword', site.body, ['circle back', 'synergy']);
      expect(await highlightsTouching(page, `${site.notProse}, ${site.body} blockquote`)).toEqual([]);
    });
  }
});
