import { describe, expect, it } from 'vitest';
import { inExtensionUi } from './harness/closed-root';
import { URLS } from './harness/fixtures';
import { waitUntil } from './harness/page';
import { typeAt, useChromium } from './harness/suite';

/*
 * The connection meter beside the count badge, in real Chromium on the Gmail fixture: its numbers
 * follow the draft as it is typed (the engine's summary comes with each keystroke's findings).
 */

const COMPOSE = '#compose-1 [g_editable="true"]';
const FIRST_LINE = `${COMPOSE} > div:first-child`;

type Page = Parameters<typeof inExtensionUi>[0];

/** The meter's stats as they read (what shows and the hidden reason), by stat; null while there is no meter. */
const meterOf = (page: Page) =>
  inExtensionUi(
    page,
    (root) => {
      const meter = root?.querySelector('[data-cf="meter"]');
      if (!meter) return null;
      const stats: Record<string, string> = {};
      for (const li of meter.querySelectorAll<HTMLElement>('li')) stats[li.dataset.cf!] = li.textContent ?? '';
      return stats;
    },
    null,
  );

/** Waits until the meter's stat `id` reads `text`; fails with what it read last. */
async function expectStat(page: Page, id: string, text: string): Promise<void> {
  let last: Record<string, string> | null = null;
  try {
    await waitUntil(async () => {
      last = await meterOf(page);
      return last?.[id] === text;
    }, `meter ${id} reads ${text}`);
  } catch {
    expect(last).toMatchObject({ [id]: text });
  }
}

describe('the connection meter (Chromium, Gmail)', () => {
  const chromium = useChromium();

  it('counts words and questions as they are typed', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(page, FIRST_LINE, 'We shipped the new dashboard last week.');
    await expectStat(page, 'meter-words', '7 words ↓, fewer than the 50 aimed for');
    await expectStat(page, 'meter-questions', '0 questions ↓, fewer than the 1 aimed for');

    await page.keyboard.type(' How is your team finding it?');
    await expectStat(page, 'meter-questions', '1 question');
    await expectStat(page, 'meter-words', '13 words ↓, fewer than the 50 aimed for');
    const meter = await meterOf(page);
    expect(Object.keys(meter ?? {})).toEqual(['meter-words', 'meter-questions', 'meter-focus', 'meter-grade']);
    expect(meter!['meter-focus']).toMatch(/^You (?:\d+%|—)/);
    expect(meter!['meter-grade']).toMatch(/^Grade \d+(?:\.\d)?/);
  });
});
