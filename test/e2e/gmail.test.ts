import { describe, expect, it } from 'vitest';
import { URLS } from './harness/fixtures';
import { highlightsTouching, onlyHighlights, readAllHighlights, run, textOf, waitUntil } from './harness/page';
import { expectHighlights, expectNoHighlights, REACT_MS, sleep, typeAt, useChromium } from './harness/suite';
import { distanceToBox, boxOf, uiPoint, uiState } from './harness/ui';

const COMPOSE_1 = '#compose-1 [g_editable="true"]';
const FIRST_LINE_1 = `${COMPOSE_1} > div:first-child`;
const COMPOSE_2 = '#compose-2 [g_editable="true"]';
const FIRST_LINE_2 = `${COMPOSE_2} > div:first-child`;

describe('Gmail (Chromium): highlights while typing', () => {
  const chromium = useChromium();

  it('underlines buzzwords as they are typed, and nothing else', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(page, FIRST_LINE_1, "Let's circle back on the synergy.");
    await expectHighlights(page, 'buzzword', COMPOSE_1, ['circle back', 'synergy']);
    expect(await readAllHighlights(page, COMPOSE_1)).toEqual(onlyHighlights({ buzzword: ['circle back', 'synergy'] }));
    // The highlights are live ranges over the typed text: more typing, more findings.
    await page.keyboard.type(' Sorry if you were confused.');
    await expectHighlights(page, 'non-apology', COMPOSE_1, ['Sorry if you were confused']);
    await expectHighlights(page, 'buzzword', COMPOSE_1, ['circle back', 'synergy']);
    // The caret never moved: every keystroke landed where the previous one left off.
    expect(await textOf(page, FIRST_LINE_1)).toBe("Let's circle back on the synergy. Sorry if you were confused.");
  });

  it('does not check while an IME composition is open, and checks right after it ends', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(page, FIRST_LINE_1, "Let's circle back on the ");
    await expectHighlights(page, 'buzzword', COMPOSE_1, ['circle back']);
    // Compose "synergy" through the input method, as a CJK or dictation user would (Chromium's IME over CDP).
    const cdp = await page.context().newCDPSession(page);
    for (const text of ['s', 'syn', 'syner', 'synergy']) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await sleep(100);
    }
    await sleep(800);
    expect(await textOf(page, FIRST_LINE_1)).toBe("Let's circle back on the synergy");
    expect(await readAllHighlights(page, COMPOSE_1)).toEqual(onlyHighlights({ buzzword: ['circle back'] }));
    await cdp.send('Input.insertText', { text: 'synergy' });
    await expectHighlights(page, 'buzzword', COMPOSE_1, ['circle back', 'synergy']);
    expect(await textOf(page, FIRST_LINE_1)).toBe("Let's circle back on the synergy");
  });

  it('never marks the signature, even where the same words typed in the body are marked', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    // The signature says "Driving synergy with best-in-class solutions": typed in the body, it is flagged.
    await typeAt(page, FIRST_LINE_1, 'Driving synergy with best-in-class solutions.');
    await expectHighlights(page, 'buzzword', COMPOSE_1, ['synergy', 'best-in-class', 'solutions']);
    expect(await highlightsTouching(page, `${COMPOSE_1} .gmail_signature`)).toEqual([]);
  });

  it('never marks quoted history or the signature of an inline reply, nor the thread around it', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-reply.html');
    const reply = '#reply-1 [g_editable="true"]';
    // The quoted message says exactly this; typed by the writer, it is flagged.
    await typeAt(
      page,
      `${reply} > div:nth-child(2)`,
      "Let's circle back on the synergy. We need to leverage our best-in-class platform. Sorry if you were confused by the invoice.",
    );
    await expectHighlights(page, 'buzzword', reply, ['circle back', 'synergy', 'leverage', 'best-in-class']);
    await expectHighlights(page, 'non-apology', reply, ['Sorry if you were confused by the invoice']);
    expect(
      await highlightsTouching(page, `${reply} .gmail_quote, ${reply} .gmail_signature, ${reply} .gmail_attr`),
    ).toEqual([]);
    // The message being answered is page text, not a draft.
    expect(await highlightsTouching(page, '.adn .a3s')).toEqual([]);
    // Every highlight in the document lies in the writer's own lines.
    const all = await readAllHighlights(page);
    expect(all.buzzword).toEqual(['circle back', 'synergy', 'leverage', 'best-in-class']);
    expect(all['non-apology']).toEqual(['Sorry if you were confused by the invoice']);
  });

  it('finds a phrase split across formatting as one highlight over both parts', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-formatted.html');
    // "We put <b>client</b> centricity first." — type after it so the draft is being edited.
    await typeAt(page, `${COMPOSE_1} > div:nth-child(2)`, ' Thanks.');
    await expectHighlights(page, 'buzzword', COMPOSE_1, ['client centricity']);
    const ends = await run(
      page,
      () => {
        const range = [...(CSS.highlights.get('cf-buzzword') as unknown as Iterable<AbstractRange>)][0]!;
        return {
          start: range.startContainer.parentElement?.tagName,
          end: range.endContainer.parentElement?.tagName,
        };
      },
      undefined,
    );
    expect(ends).toEqual({ start: 'B', end: 'DIV' });
    expect(await textOf(page, `${COMPOSE_1} > div:nth-child(2)`)).toBe('We put client centricity first. Thanks.');
  });

  it('checks a compose popped out into its own window', async () => {
    const page = await chromium().openFixture(`${URLS.gmail}?view=cm&fs=1&tf=1`, 'gmail-popout.html');
    const editor = '#popout [g_editable="true"]';
    await typeAt(page, `${editor} > div:first-child`, "Let's circle back on the synergy.");
    await expectHighlights(page, 'buzzword', editor, ['circle back', 'synergy']);
    expect(await highlightsTouching(page, `${editor} .gmail_signature, ${editor} .gmail_signature_prefix`)).toEqual([]);
    await expect.poll(async () => (await uiState(page)).badges.map((b) => b.count), { timeout: REACT_MS }).toEqual([2]);
  });

  it('checks a compose window opened long after the page loaded', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await typeAt(page, FIRST_LINE_1, 'Thanks for the note.');
    await sleep(1500);
    await page.click('#fixture-compose');
    await page.waitForSelector(COMPOSE_2);
    await typeAt(page, FIRST_LINE_2, "Let's circle back on the synergy.");
    await expectHighlights(page, 'buzzword', COMPOSE_2, ['circle back', 'synergy']);
    // And one added by the page's own script later still (Gmail builds composes on demand).
    await sleep(1000);
    const id = await run(
      page,
      () => (window as unknown as { fixture: { openCompose(): string } }).fixture.openCompose(),
      undefined,
    );
    expect(id).toBe('compose-3');
    await typeAt(page, '#compose-3 [g_editable="true"] > div:first-child', 'We should leverage this.');
    await expectHighlights(page, 'buzzword', '#compose-3', ['leverage']);
    await expectHighlights(page, 'buzzword', COMPOSE_2, ['circle back', 'synergy']);
    await expectNoHighlights(page, COMPOSE_1);
  });

  it('gives two composes open at once their own findings and badge counts', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await page.click('#fixture-compose');
    await page.waitForSelector(COMPOSE_2);
    await typeAt(page, FIRST_LINE_1, "Let's circle back on the synergy.");
    await typeAt(page, FIRST_LINE_2, 'We should leverage this.');
    await expectHighlights(page, 'buzzword', COMPOSE_1, ['circle back', 'synergy']);
    await expectHighlights(page, 'buzzword', COMPOSE_2, ['leverage']);

    const counts = async () => {
      const { badges } = await uiState(page);
      const boxes = [await boxOf(page, '#compose-1'), await boxOf(page, '#compose-2')];
      // Each badge belongs to the compose window it sits on (or nearest to).
      return badges
        .map((b) => {
          const centre = { x: b.box.x + b.box.width / 2, y: b.box.y + b.box.height / 2 };
          const d = boxes.map((box) => distanceToBox(centre, box));
          return { compose: d[0]! <= d[1]! ? 'compose-1' : 'compose-2', count: b.count };
        })
        .sort((a, b) => a.compose.localeCompare(b.compose));
    };
    await expect.poll(counts, { timeout: REACT_MS }).toEqual([
      { compose: 'compose-1', count: 2 },
      { compose: 'compose-2', count: 1 },
    ]);
    await typeAt(page, FIRST_LINE_1, " Let's touch base next week.");
    await expect.poll(counts, { timeout: REACT_MS }).toEqual([
      { compose: 'compose-1', count: 3 },
      { compose: 'compose-2', count: 1 },
    ]);
    // Each badge opens the list of its own compose's findings.
    await page.mouse.click(
      ...xy(await uiPoint(page, 'button[data-cf="badge"]', await badgeIndexFor(page, 'compose-2'))),
    );
    await expect.poll(async () => (await uiState(page)).list, { timeout: REACT_MS }).toHaveLength(1);
    expect((await uiState(page)).list![0]).toContain('leverage');
  });

  it('pauses checking for one draft from its findings list, and resumes', async () => {
    const page = await chromium().openFixture(URLS.gmail, 'gmail-compose.html');
    await page.click('#fixture-compose');
    await page.waitForSelector(COMPOSE_2);
    await typeAt(page, FIRST_LINE_1, "Let's circle back on the synergy.");
    await typeAt(page, FIRST_LINE_2, 'We should leverage this.');
    await expectHighlights(page, 'buzzword', COMPOSE_1, ['circle back', 'synergy']);
    await expectHighlights(page, 'buzzword', COMPOSE_2, ['leverage']);

    const openList = async (compose: string) => {
      if ((await uiState(page)).list) return;
      await page.mouse.click(...xy(await uiPoint(page, 'button[data-cf="badge"]', await badgeIndexFor(page, compose))));
      await waitUntil(async () => (await uiState(page)).list !== null, 'findings list opens');
    };
    await openList('compose-1');
    const items = (await uiState(page)).list!;
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('circle back');
    expect(items[1]).toContain('synergy');

    await page.mouse.click(...xy(await uiPoint(page, 'button[data-cf="pause"]')));
    await expectNoHighlights(page, COMPOSE_1);
    await expectHighlights(page, 'buzzword', COMPOSE_2, ['leverage']);
    // Paused means paused: typing more in that draft marks nothing.
    await typeAt(page, FIRST_LINE_1, ' We should leverage this.');
    await sleep(600);
    await expectNoHighlights(page, COMPOSE_1);
    // The other draft is still checked as it changes.
    await typeAt(page, FIRST_LINE_2, " Let's touch base.");
    await expectHighlights(page, 'buzzword', COMPOSE_2, ['leverage', 'touch base']);

    await openList('compose-1');
    await page.mouse.click(...xy(await uiPoint(page, 'button[data-cf="pause"]')));
    await expectHighlights(page, 'buzzword', COMPOSE_1, ['circle back', 'synergy', 'leverage']);
    await expectHighlights(page, 'buzzword', COMPOSE_2, ['leverage', 'touch base']);
  });
});

const xy = (p: { x: number; y: number }): [number, number] => [p.x, p.y];

/** Index (among visible badges) of the badge that sits on compose window `id`. */
async function badgeIndexFor(page: Parameters<typeof uiState>[0], id: string): Promise<number> {
  const { badges } = await uiState(page);
  const target = await boxOf(page, `#${id}`);
  const others = await run(
    page,
    (id: string) =>
      [...document.querySelectorAll('[role="dialog"][id^="compose-"]')]
        .filter((d) => d.id !== id)
        .map((d) => {
          const r = d.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }),
    id,
  );
  const index = badges.findIndex((b) => {
    const centre = { x: b.box.x + b.box.width / 2, y: b.box.y + b.box.height / 2 };
    const mine = distanceToBox(centre, target);
    return others.every((o) => mine < distanceToBox(centre, o));
  });
  if (index < 0) throw new Error(`no badge sits on #${id} (badges: ${JSON.stringify(badges)})`);
  return index;
}
