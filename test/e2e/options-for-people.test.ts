import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';
import { inExtensionUi } from './harness/closed-root';
import { URLS } from './harness/fixtures';
import { expectHighlights, REACT_MS, typeAt, useChromium } from './harness/suite';
import { hoverCard, uiPoint } from './harness/ui';

/**
 * The options page in a real browser: how to use it at the top, plain section names, rules by
 * kind then name, rules switched off from a card listed first with "Turn back on", and Try it's
 * chips putting a rewrite in the text.
 */

const EDITOR = '#compose-1 [g_editable="true"]';
const LINE = `${EDITOR} > div:first-child`;

async function openOptions(session: ReturnType<ReturnType<typeof useChromium>>): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  return page;
}

describe('options page for people (Chromium)', () => {
  const chromium = useChromium({ resetStorage: true });

  it('how to use it comes first, then plainly named sections; rules go by kind, then name, the id after', async () => {
    const options = await openOptions(chromium());
    await expect
      .poll(() => options.locator('[data-cf="builtin-rule"]').count(), { timeout: REACT_MS })
      .toBeGreaterThan(50);
    expect(await options.locator('main > section h2').allTextContents()).toEqual([
      'How to use it in your mail',
      'Where to check',
      'Standard rules',
      'Your own phrases',
      'Shared team lists',
      'Try it',
      '"Not right here" reports',
    ]);
    expect(await options.locator('[data-cf="how-to"] ol > li').count()).toBe(4);
    // The browser names the command's key itself.
    await expect
      .poll(() => options.locator('[data-cf="how-to-keys"]').textContent(), { timeout: REACT_MS })
      .toMatch(/^Alt\+Enter or Alt\+Shift\+\S+$/);
    const names = await options
      .locator('[data-kind="non-apology"] [data-cf="builtin-rule"] .rule-name')
      .allTextContents();
    expect(names.length).toBeGreaterThan(2);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    // The id is smaller than the name.
    const sizes = await options.evaluate(() => {
      const row = document.querySelector('[data-cf="builtin-rule"][data-rule="default/synergy"]')!;
      const size = (sel: string) => parseFloat(getComputedStyle(row.querySelector(sel)!).fontSize);
      return { name: size('.rule-name'), id: size('.rule-id') };
    });
    expect(sizes.id).toBeLessThan(sizes.name);
  });

  it('a rule turned off from a card is listed first, and "Turn back on" brings it back in the draft', async () => {
    const session = chromium();
    const gmail = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(gmail, LINE, "Let's circle back on the synergy.");
    await expectHighlights(gmail, 'buzzword', EDITOR, ['circle back', 'synergy']);
    await hoverCard(gmail, 'cf-buzzword', 'synergy', REACT_MS);
    const point = await uiPoint(gmail, 'button[data-cf="disable-rule"]');
    await gmail.mouse.click(point.x, point.y);
    await expectHighlights(gmail, 'buzzword', EDITOR, ['circle back']);

    const options = await openOptions(session);
    await expect
      .poll(() => options.locator('[data-cf="switched-off-rule"]').allTextContents(), { timeout: REACT_MS })
      .toEqual(['synergy default/synergy Turn back on']);
    expect(await options.locator('main > section').first().getAttribute('data-cf')).toBe('how-to');
    expect(await options.locator('main > section').nth(1).getAttribute('data-cf')).toBe('switched-off');
    await options.locator('[data-cf="turn-back-on"]').click();
    await expect.poll(() => options.locator('[data-cf="switched-off"]').count(), { timeout: REACT_MS }).toBe(0);
    await gmail.bringToFront();
    await expectHighlights(gmail, 'buzzword', EDITOR, ['circle back', 'synergy']);
  });

  it('"Not right here": a report kept on this device, the sentence only when ticked, listed, exported and deleted', async () => {
    const session = chromium();
    const gmail = await session.openFixture(URLS.gmail, 'gmail-compose.html');
    const mark = session.network.mark();
    await typeAt(gmail, LINE, "Let's circle back on the synergy.");
    await expectHighlights(gmail, 'buzzword', EDITOR, ['circle back', 'synergy']);
    const press = async (selector: string) => {
      const point = await uiPoint(gmail, selector);
      await gmail.mouse.click(point.x, point.y);
    };
    for (const [found, withSentence] of [
      ['synergy', false],
      ['circle back', true],
    ] as const) {
      await hoverCard(gmail, 'cf-buzzword', found, REACT_MS);
      await press('button[data-cf="report"]');
      if (withSentence) await press('input[data-cf="report-sentence"]');
      await press('button[data-cf="report-save"]');
      await expect
        .poll(
          () =>
            inExtensionUi(
              gmail,
              (root: ShadowRoot | null) => root?.querySelector('[data-cf="notice-text"]')?.textContent ?? null,
              null,
            ),
          { timeout: REACT_MS },
        )
        .toBe('Report kept on this device only. You can see, copy or delete it in the options.');
      await press('button[data-cf="dismiss"]');
    }
    // Still flagged: a report is a note, not an ignore.
    await expectHighlights(gmail, 'buzzword', EDITOR, ['circle back', 'synergy']);
    // Nothing left the browser.
    expect(session.network.network(mark).filter((r) => !r.fixture)).toEqual([]);

    const options = await openOptions(session);
    const rows = options.locator('[data-cf="report"]');
    await expect.poll(() => rows.count(), { timeout: REACT_MS }).toBe(2);
    expect(await rows.locator('.rule-id').allTextContents()).toEqual(['default/circle-back', 'default/synergy']);
    expect(await rows.nth(0).locator('.found').textContent()).toBe("“Let's circle back on the synergy.”");
    expect(await rows.nth(1).locator('.found').count()).toBe(0);
    const download = options.waitForEvent('download');
    await options.locator('[data-cf="reports-export"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('connection-first-reports.json');
    await options.locator('[data-cf="report-delete"]').first().click();
    await expect
      .poll(() => rows.locator('.rule-id').allTextContents(), { timeout: REACT_MS })
      .toEqual(['default/synergy']);
    await options.locator('[data-cf="reports-delete-all"]').click();
    await expect.poll(() => options.locator('[data-cf="no-reports"]').count(), { timeout: REACT_MS }).toBe(1);
  });

  it('Try it: a chip puts its rewrite in the text, and the text is checked again', async () => {
    const options = await openOptions(chromium());
    const input = options.locator('textarea[data-cf="try-input"]');
    await input.fill('We leverage synergy.');
    const expected = analyze('We leverage synergy.', builtinRuleset());
    const synergy = expected.find((f) => f.text === 'synergy')!;
    await expect
      .poll(() => options.locator('[data-cf="try-output"] mark').allTextContents(), { timeout: REACT_MS })
      .toEqual(['leverage', 'synergy']);
    await options.locator('[data-cf="try-finding"]').nth(1).locator('[data-cf="try-chip"]').first().click();
    const after = `We leverage ${synergy.suggestions[0]!.replacement}.`;
    expect(await input.inputValue()).toBe(after);
    await expect
      .poll(() => options.locator('[data-cf="try-output"] mark').allTextContents(), { timeout: REACT_MS })
      .toEqual(['leverage']);
  });
});
