// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { click, gmailTab, keepOverlayRoot } from './in-page';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportFinding } from '../../entrypoints/background/report';
import { Controller } from '../../src/checker/controller';
import { REPORT_FINDING } from '../../src/messaging/messages';
import { builtinRuleset } from '../../src/rules';
import { falseAlarmReports } from '../../src/settings/items';
import { addReport, deleteReports, loadReports, REPORT_LIMIT, reportsJson, today } from '../../src/settings/reports';
import { gmail } from '../../src/sites/gmail';
import { eventually } from '../eventually';

beforeEach(() => fakeBrowser.reset());

describe('the background keeps a "not right here" report only when the request holds up', () => {
  it('keeps the rule, its kind from the rules in force, and the day; the sentence only when sent', async () => {
    expect(await reportFinding({ type: REPORT_FINDING, ruleId: 'default/synergy' }, gmailTab)).toEqual({
      ok: true,
      dropped: 0,
    });
    expect(
      await reportFinding(
        { type: REPORT_FINDING, ruleId: 'default/sorry-if', sentence: 'Sorry if the invoice was late.' },
        gmailTab,
      ),
    ).toEqual({ ok: true, dropped: 0 });
    const reports = await loadReports();
    expect(reports.map(({ id: _id, ...r }) => r)).toEqual([
      { ruleId: 'default/synergy', kind: 'buzzword', date: today() },
      { ruleId: 'default/sorry-if', kind: 'non-apology', date: today(), sentence: 'Sorry if the invoice was late.' },
    ]);
    expect(reports[0]!.id).not.toBe(reports[1]!.id);
  });

  it.each([
    ['a kind sent by the page', { type: REPORT_FINDING, ruleId: 'default/synergy', kind: 'non-apology' }],
    ['the matched text sent by the page', { type: REPORT_FINDING, ruleId: 'default/synergy', text: 'synergy' }],
    ['an empty sentence', { type: REPORT_FINDING, ruleId: 'default/synergy', sentence: '' }],
    ['an overlong sentence', { type: REPORT_FINDING, ruleId: 'default/synergy', sentence: 'a'.repeat(301) }],
    ['a sentence that is not text', { type: REPORT_FINDING, ruleId: 'default/synergy', sentence: ['x'] }],
    ['no rule', { type: REPORT_FINDING }],
    ['null', null],
  ])('refuses a malformed message (%s) and keeps nothing', async (_name, message) => {
    expect(await reportFinding(message, gmailTab)).toEqual({ ok: false, refused: 'malformed' });
    expect(await loadReports()).toEqual([]);
  });

  it('refuses another sender and a rule not in force', async () => {
    const request = { type: REPORT_FINDING, ruleId: 'default/synergy' };
    expect(await reportFinding(request, { ...gmailTab, url: 'https://evil.example/' })).toEqual({
      ok: false,
      refused: 'not-from-a-mail-page',
    });
    expect(await reportFinding(request, { ...gmailTab, tab: undefined })).toEqual({
      ok: false,
      refused: 'not-from-a-mail-page',
    });
    expect(await reportFinding({ ...request, ruleId: 'default/nope' }, gmailTab)).toEqual({
      ok: false,
      refused: 'unknown-rule',
    });
    expect(await loadReports()).toEqual([]);
  });

  it('says so when storage refuses, and the reports kept before stay', async () => {
    await addReport({ ruleId: 'default/leverage', kind: 'buzzword' });
    const before = await loadReports();
    vi.spyOn(falseAlarmReports, 'setValue').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await reportFinding({ type: REPORT_FINDING, ruleId: 'default/synergy' }, gmailTab)).toEqual({
      ok: false,
      refused: 'storage',
      error: 'QUOTA_BYTES quota exceeded',
    });
    expect(await loadReports()).toEqual(before);
  });
});

describe('the stored reports', () => {
  it(`keep at most ${REPORT_LIMIT}: each one past it drops the oldest, and says how many went`, async () => {
    await falseAlarmReports.setValue(
      Array.from({ length: REPORT_LIMIT }, (_, i) => ({
        id: `r${i}`,
        ruleId: 'default/synergy',
        kind: 'buzzword' as const,
        date: '2026-01-01',
      })),
    );
    expect(await addReport({ ruleId: 'default/leverage', kind: 'buzzword' }, new Date(2026, 11, 2))).toBe(1);
    const reports = await loadReports();
    expect(reports).toHaveLength(REPORT_LIMIT);
    expect(reports[0]!.id).toBe('r1');
    expect(reports.at(-1)).toMatchObject({ ruleId: 'default/leverage', date: '2026-12-02' });
  });

  it('delete one or all; the JSON export holds no ids', async () => {
    await addReport(
      { ruleId: 'default/synergy', kind: 'buzzword', sentence: 'We create real synergy.' },
      new Date(2026, 0, 5),
    );
    await addReport({ ruleId: 'default/leverage', kind: 'buzzword' }, new Date(2026, 0, 6));
    const [first, second] = await loadReports();
    expect(JSON.parse(reportsJson([first!, second!]))).toEqual({
      format: 'connection-first-reports',
      version: 1,
      reports: [
        { ruleId: 'default/synergy', kind: 'buzzword', date: '2026-01-05', sentence: 'We create real synergy.' },
        { ruleId: 'default/leverage', kind: 'buzzword', date: '2026-01-06' },
      ],
    });
    await deleteReports([first!.id]);
    expect((await loadReports()).map((r) => r.ruleId)).toEqual(['default/leverage']);
    await deleteReports();
    expect(await loadReports()).toEqual([]);
  });
});

// ---- the card's "Not right here", end to end inside the checker ----

let shadow: () => ShadowRoot | undefined;
beforeAll(() => {
  shadow = keepOverlayRoot();
});

const ui = (sel: string) => shadow()?.querySelector<HTMLElement>(sel) ?? null;

describe('Controller: "Not right here"', () => {
  let controller: Controller;
  beforeEach(async () => {
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      (message as { type: string }).type === REPORT_FINDING ? reportFinding(message, gmailTab) : undefined,
    );
    document.body.innerHTML =
      '<div role="dialog"><div contenteditable="true" g_editable="true"><div>Thanks for your note. It shows real synergy, and you can leverage our platform. See you soon.</div></div></div>';
    controller = new Controller(gmail, builtinRuleset());
    controller.start();
    await eventually(() =>
      expect(controller.currentDraft()?.findings.map((l) => l.finding.text)).toEqual(['synergy', 'leverage']),
    );
  });
  afterEach(() => {
    controller.destroy();
    document.body.innerHTML = '';
  });

  async function report(text: string, withSentence: boolean) {
    const session = controller.currentDraft()!;
    controller.openAtCaret(session, session.findings.find((l) => l.finding.text === text)!);
    await eventually(() => expect(ui('[data-cf="report"]')).not.toBeNull());
    click(ui('[data-cf="report"]')!);
    await eventually(() => expect(ui('[data-cf="report-form"]')).not.toBeNull());
    if (withSentence) (ui('[data-cf="report-sentence"]') as HTMLInputElement).click();
    await eventually(() => expect((ui('[data-cf="report-sentence"]') as HTMLInputElement).checked).toBe(withSentence));
    click(ui('[data-cf="report-save"]')!);
    await eventually(() =>
      expect(ui('[data-cf="notice-text"]')?.textContent).toBe(
        'Report kept on this device only. You can see, copy or delete it in the options.',
      ),
    );
  }

  it('keeps the rule and date without the sentence, and with it only when ticked', async () => {
    await report('synergy', false);
    await report('leverage', true);
    expect((await loadReports()).map(({ id: _id, ...r }) => r)).toEqual([
      { ruleId: 'default/synergy', kind: 'buzzword', date: today() },
      {
        ruleId: 'default/leverage',
        kind: 'buzzword',
        date: today(),
        sentence: 'It shows real synergy, and you can leverage our platform.',
      },
    ]);
    // Reporting does not hide the finding: it is a note for the list's keeper, not an ignore.
    expect(controller.currentDraft()!.results.map((f) => f.text)).toEqual(['synergy', 'leverage']);
  });
});
