import { describe, expect, it } from 'vitest';
import { unpackedExtensionId } from './harness/chromium';
import { extensionCopy } from './harness/extension-copy';
import { URLS } from './harness/fixtures';
import { canWritePolicy, CHROMIUM_POLICY_DIR, useExtensionPolicy } from './harness/policy';
import { expectHighlights, REACT_MS, typeAt, useChromium } from './harness/suite';
import { hoverCard, uiPoint, uiState } from './harness/ui';

const EDITOR = '#compose-1 [g_editable="true"]';
const LINE = `${EDITOR} > div:first-child`;
const LIST_URL = 'https://lists.example.com/acme-sales.json';
const CORS = { 'access-control-allow-origin': '*' };

/** The administrator's inline pack: a new rule, and the built-in "synergy" re-worded (so locked). */
const adminPack = {
  name: 'acme-policy',
  version: '7',
  rules: [
    {
      id: 'per-my-last-email',
      kind: 'buzzword',
      phrases: ['per my last email'],
      message: 'Acme: restate the point instead.',
    },
  ],
  overrides: { 'default/synergy': { message: 'Acme: name the joint work instead.' } },
};
/** The administrator's team list, served at LIST_URL. */
const salesList = {
  name: 'acme-sales',
  version: '3',
  rules: [
    { id: 'rocket-ship', kind: 'buzzword', phrases: ['rocket ship'], message: 'Acme: say what grows and by how much.' },
  ],
};

// The real deployment path: a machine policy file Chromium reads at start, naming this build's id.
// Writing it needs root (as in CI); elsewhere the test is skipped and says why.
const writable = canWritePolicy();
if (!writable)
  console.warn(`managed-policy.test.ts skipped: cannot write Chromium policy in ${CHROMIUM_POLICY_DIR} (run as root)`);

describe.skipIf(!writable)('a locked managed policy (Chromium machine policy)', () => {
  const extensionDir = writable ? extensionCopy('chrome-mv3-policy') : '';
  if (writable) {
    useExtensionPolicy(unpackedExtensionId(extensionDir), {
      teamListUrls: [LIST_URL],
      inlinePacks: [JSON.stringify(adminPack)],
      lockManagedLists: true,
    });
  }
  const chromium = useChromium({ extensionDir });

  it('subscribes everyone, marks what is managed as locked, and the card offers no turn-off for a locked rule', async () => {
    const session = chromium();
    let served!: () => void;
    const listServed = new Promise<void>((resolve) => (served = resolve));
    await session.context.route(LIST_URL, (route) => {
      served();
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(salesList),
        headers: CORS,
      });
    });
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);

    // The administrator's list: subscribed by the background without the user, marked, not removable.
    // Wait for the background to fetch it, however long the browser takes to hand over the policy
    // (seconds after a start, more on a busy machine); from then on the page shows it at once.
    await listServed;
    const row = options.locator(`[data-cf="team-list"][data-url="${LIST_URL}"]`);
    await expect
      .poll(() => row.locator('[data-cf="list-state"]').textContent(), { timeout: REACT_MS })
      .toMatch(/^1 rule/);
    expect(await row.locator('[data-cf="list-name"]').textContent()).toBe('acme-sales');
    expect(await row.locator('[data-cf="managed"]').textContent()).toBe('Managed by your organisation');
    expect(await row.locator('[data-cf="unsubscribe"]').count(), 'no Remove button on a managed list').toBe(0);
    // The inline pack is listed as the policy's.
    const packRow = options.locator('[data-cf="managed-pack"]');
    expect(await packRow.count()).toBe(1);
    expect(await packRow.textContent()).toContain('acme-policy');

    // The built-in rule the administrator re-worded is locked on; the others stay switchable.
    const synergy = options.locator('[data-cf="builtin-rule"][data-rule="default/synergy"]');
    await expect.poll(() => synergy.locator('[data-cf="locked"]').count(), { timeout: REACT_MS }).toBe(1);
    expect(await synergy.locator('[data-cf="rule-toggle"]').isDisabled()).toBe(true);
    expect(await synergy.locator('[data-cf="rule-toggle"]').isChecked()).toBe(true);
    const circleBack = options.locator('[data-cf="builtin-rule"][data-rule="default/circle-back"]');
    expect(await circleBack.locator('[data-cf="locked"]').count()).toBe(0);
    expect(await circleBack.locator('[data-cf="rule-toggle"]').isDisabled()).toBe(false);

    // In a compose: all three sources apply, a locked rule's card says who set it.
    const gmail = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(gmail, LINE, "Per my last email, our synergy is a rocket ship. Let's circle back.");
    await expectHighlights(
      gmail,
      'buzzword',
      EDITOR,
      ['Per my last email', 'synergy', 'rocket ship', 'circle back'],
      10_000,
    );
    const locked = await hoverCard(gmail, 'cf-buzzword', 'synergy', REACT_MS);
    expect(locked.card.message).toBe('Acme: name the joint work instead.');
    expect(locked.card.actions).toEqual(['ignore', 'rule-locked', 'report']);
    await gmail.keyboard.press('Escape');
    await expect.poll(async () => (await uiState(gmail)).card, { timeout: REACT_MS }).toBeNull();
    await gmail.mouse.move(0, 0);
    const free = await hoverCard(gmail, 'cf-buzzword', 'circle back', REACT_MS);
    expect(free.card.actions).toEqual(['ignore', 'disable-rule', 'report']);
    // Turning off an unlocked rule still works under the policy.
    const point = await uiPoint(gmail, 'button[data-cf="disable-rule"]');
    await gmail.mouse.click(point.x, point.y);
    await expectHighlights(gmail, 'buzzword', EDITOR, ['Per my last email', 'synergy', 'rocket ship']);
  });
});

describe.skipIf(!writable)("sites the administrator's policy turns on (Chromium machine policy)", () => {
  const CRM = 'https://acme.help.example';
  // The copy holds the site's origin, as after each user's one "Allow" (no policy can grant it).
  const extensionDir = writable
    ? extensionCopy('chrome-mv3-policy-sites', (manifest) => {
        manifest.host_permissions = [...(manifest.host_permissions ?? []), 'https://*.help.example/*'];
      })
    : '';
  if (writable) useExtensionPolicy(unpackedExtensionId(extensionDir), { enabledSites: ['https://*.help.example'] });
  const chromium = useChromium({ extensionDir });

  it('checks the sites without a step from the user, and lists them as set by the administrator, not removable', async () => {
    const session = chromium();
    const page = await session.openFixture(`${CRM}/deals/12`, 'crm-compose.html');
    await typeAt(page, '#reply-body > #line', " Let's circle back on the synergy.");
    // Chromium answers the first read of the policy seconds after it starts.
    await expectHighlights(page, 'buzzword', '#reply-body', ['circle back', 'synergy'], 20_000);

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const row = options.locator('[data-cf="site"][data-site="https://*.help.example"]');
    await expect.poll(() => row.count(), { timeout: REACT_MS }).toBe(1);
    expect(await row.locator('.tag').textContent()).toBe('Set by your administrator');
    expect(await row.locator('[data-cf="remove-site"]').count()).toBe(0);
    expect(await row.locator('[data-cf="site-waiting"]').count()).toBe(0);
  });
});
