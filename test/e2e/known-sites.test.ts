import { beforeAll, describe, expect, it } from 'vitest';
import { enableSites, extensionWithSites } from './harness/enabled-sites';
import { highlightsTouching, placeCaretAtEnd } from './harness/page';
import { expectHighlights, useChromium } from './harness/suite';

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
    frame: undefined,
    body: '.msg-form__contenteditable',
    notProse: '.search-global-typeahead__input',
  },
  {
    name: 'Zendesk agent workspace',
    origin: 'https://*.zendesk.com',
    url: 'https://acme.zendesk.com/agent/tickets/4711',
    fixture: 'zendesk-ticket.html',
    frame: undefined,
    body: '[data-test-id="omnicomposer-rich-text-ckeditor"]',
    notProse: '[data-test-id="omni-log-container"]',
  },
  {
    name: 'Salesforce email (CKEditor 4 in a frame)',
    origin: 'https://*.force.com',
    url: 'https://acme.lightning.force.com/lightning/r/Case/5005g00000AbCdE/view',
    fixture: 'salesforce-email.html',
    frame: 'Email Body',
    body: 'body.cke_editable',
    notProse: 'body.cke_editable .signature',
  },
  {
    name: 'HubSpot email (Draft.js)',
    origin: 'https://app.hubspot.com',
    url: 'https://app.hubspot.com/contacts/1234567/record/0-1/51',
    fixture: 'hubspot-email.html',
    frame: undefined,
    body: '.public-DraftEditor-content',
    notProse: '#navSearch-input, [data-selenium-test="email-subject-input"]',
  },
  {
    name: 'Intercom inbox (ProseMirror)',
    origin: 'https://app.intercom.com',
    url: 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/4711',
    fixture: 'intercom-inbox.html',
    frame: undefined,
    body: '.embercom-prosemirror-composer-editor',
    notProse: '.conversation__stream',
  },
];

describe('known sites, turned on (Chromium, fixtures)', () => {
  // The copy holds the sites' origins, as after the user's "Allow" (see extensionWithSites).
  const origins = SITES.map((site) => site.origin);
  const extensionDir = extensionWithSites('chrome-mv3-known-sites', origins);
  const chromium = useChromium({ extensionDir });

  beforeAll(async () => {
    await enableSites((await chromium().serviceWorker())!, origins);
  });

  for (const site of SITES) {
    it(`${site.name}: the reply is checked; quoted text, signature and other fields are not`, async () => {
      const page = await chromium().openFixture(site.url, site.fixture);
      // An editor in a frame: the frame's document is the one checked (Playwright names a frame by
      // its name or id; this one has neither, so it is found by its title).
      const frameElement = site.frame ? await page.$(`iframe[title="${site.frame}"]`) : null;
      const where = (await frameElement?.contentFrame()) ?? page;
      await placeCaretAtEnd(where, `${site.body} #line`);
      await page.keyboard.type(" Let's circle back on the synergy.");
      await expectHighlights(where, 'buzzword', site.body, ['circle back', 'synergy']);
      expect(await highlightsTouching(where, `${site.notProse}, ${site.body} blockquote`)).toEqual([]);
    });
  }
});
