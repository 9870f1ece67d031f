// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { click, frame, gmailTab, keepOverlayRoot } from './in-page';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentShortcut, routeCommand } from '../../entrypoints/background/commands';
import { turnOffRule, turnOnRule } from '../../entrypoints/background/turn-off-rule';
import { Controller } from '../../src/checker/controller';
import { answerPopup } from '../../src/checker/status';
import { OPEN_CARD, OPEN_CARD_COMMAND, TURN_OFF_RULE, TURN_ON_RULE } from '../../src/messaging/messages';
import { builtinRuleset } from '../../src/rules';
import { loadPersonalPack } from '../../src/settings/personal';
import { gmail } from '../../src/sites/gmail';
import { eventually } from '../eventually';

const turnedOff = async () => (await loadPersonalPack()).pack.disable ?? [];

describe('the background turns a rule back on (Undo) only when the request holds up', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns back on a rule the user turned off, and nothing else', async () => {
    expect(await turnOffRule({ type: TURN_OFF_RULE, ruleId: 'default/synergy' }, gmailTab)).toEqual({ ok: true });
    expect(await turnOffRule({ type: TURN_OFF_RULE, ruleId: 'default/leverage' }, gmailTab)).toEqual({ ok: true });
    expect(await turnOnRule({ type: TURN_ON_RULE, ruleId: 'default/synergy' }, gmailTab)).toEqual({ ok: true });
    expect(await turnedOff()).toEqual(['default/leverage']);
    expect(await turnOnRule({ type: TURN_ON_RULE, ruleId: 'default/synergy' }, gmailTab)).toEqual({
      ok: false,
      refused: 'not-switched-off',
    });
  });

  it.each([
    ['a key too many', { type: TURN_ON_RULE, ruleId: 'default/leverage', all: true }],
    ['no id', { type: TURN_ON_RULE }],
    ['the turn-off type', { type: 'connection-first:turn-on', ruleId: 'default/leverage' }],
  ])('refuses a malformed message (%s) and changes nothing', async (_name, message) => {
    await turnOffRule({ type: TURN_OFF_RULE, ruleId: 'default/leverage' }, gmailTab);
    expect(await turnOnRule(message, gmailTab)).toEqual({ ok: false, refused: 'malformed' });
    expect(await turnedOff()).toEqual(['default/leverage']);
  });

  it('refuses another sender, and a rule the administrator locked', async () => {
    await turnOffRule({ type: TURN_OFF_RULE, ruleId: 'default/leverage' }, gmailTab);
    expect(
      await turnOnRule(
        { type: TURN_ON_RULE, ruleId: 'default/leverage' },
        { ...gmailTab, url: 'https://evil.example/' },
      ),
    ).toEqual({ ok: false, refused: 'not-from-a-mail-page' });
    const adminPack = { name: 'acme-policy', version: '1', disable: ['default/leverage'] };
    await fakeBrowser.storage.managed.set({ inlinePacks: [JSON.stringify(adminPack)], lockManagedLists: true });
    expect(await turnOnRule({ type: TURN_ON_RULE, ruleId: 'default/leverage' }, gmailTab)).toEqual({
      ok: false,
      refused: 'locked',
    });
    expect(await turnedOff()).toEqual(['default/leverage']);
  });
});

describe('the open-card command', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is passed on to the tab it was pressed in, and other commands are not', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await routeCommand(OPEN_CARD_COMMAND, { id: 12 } as Browser.tabs.Tab);
    expect(send.mock.calls).toEqual([[12, { type: OPEN_CARD }]]);
    await routeCommand('_execute_action', { id: 12 } as Browser.tabs.Tab);
    expect(send).toHaveBeenCalledOnce();
  });

  it('a tab with no checker is no error', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(routeCommand(OPEN_CARD_COMMAND, { id: 3 } as Browser.tabs.Tab)).resolves.toBeUndefined();
  });

  it('answers the current binding, and "" when the user unbound it', async () => {
    const getAll = vi.fn(async () => [{ name: OPEN_CARD_COMMAND, shortcut: 'Alt+Shift+Period' }]);
    (fakeBrowser as unknown as { commands: { getAll: typeof getAll } }).commands = { getAll };
    expect(await currentShortcut()).toEqual({ shortcut: 'Alt+Shift+Period' });
    getAll.mockResolvedValue([{ name: OPEN_CARD_COMMAND, shortcut: '' }]);
    expect(await currentShortcut()).toEqual({ shortcut: '' });
  });
});

// ---- the controller: notes with Undo, the ignored list, the command, the live count ----

let shadow: () => ShadowRoot | undefined;
beforeAll(() => {
  shadow = keepOverlayRoot();
});

const ui = (sel: string) => shadow()?.querySelector<HTMLElement>(sel) ?? null;
const texts = (sel: string) => [...(shadow()?.querySelectorAll(sel) ?? [])].map((el) => el.textContent);

describe('Controller: actions can be undone', () => {
  let controller: Controller;
  beforeEach(async () => {
    fakeBrowser.reset();
    // The background, as far as these messages go: the real handlers, with the mail tab as sender.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const { type } = message as { type: string };
      if (type === TURN_OFF_RULE) return turnOffRule(message, gmailTab);
      if (type === TURN_ON_RULE) return turnOnRule(message, gmailTab);
      return undefined;
    });
    document.body.innerHTML =
      '<div role="dialog"><div contenteditable="true" g_editable="true"><div>Thanks for your note. It shows real synergy, and you can leverage our platform.</div></div></div>';
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

  const openCard = async (text: string) => {
    const session = controller.currentDraft()!;
    controller.openAtCaret(session, session.findings.find((l) => l.finding.text === text)!);
    await eventually(() => expect(ui('[data-cf="card"]')).not.toBeNull());
  };

  it('"Ignore here": a note with Undo, the list names it, and Undo brings the finding back', async () => {
    await openCard('synergy');
    click(ui('[data-cf="ignore"]')!);
    await eventually(() => expect(ui('[data-cf="notice-text"]')?.textContent).toBe('Ignored “synergy” in this draft.'));
    const session = controller.currentDraft()!;
    expect(session.results.map((f) => f.text)).toEqual(['leverage']);
    expect(session.ignoredFindings.map((f) => f.text)).toEqual(['synergy']);
    click(ui('[data-cf="undo"]')!);
    await eventually(() => expect(session.results.map((f) => f.text)).toEqual(['synergy', 'leverage']));
    expect(session.ignoredFindings).toEqual([]);
    await eventually(() => expect(ui('[data-cf="notice"]')).toBeNull());

    // Ignored again, then undone from the badge's list.
    await openCard('synergy');
    click(ui('[data-cf="ignore"]')!);
    await frame();
    click(ui('[data-cf="badge"]')!);
    await eventually(() => expect(texts('[data-cf="ignored-item"] span')).toEqual(['“synergy”']));
    click(ui('[data-cf="unignore"]')!);
    await eventually(() => expect(session.results.map((f) => f.text)).toEqual(['synergy', 'leverage']));
    await eventually(() => expect(ui('[data-cf="ignored"]')).toBeNull());
  });

  it('"Turn off this rule": a note with Undo; Undo turns it back on through the background', async () => {
    await openCard('leverage');
    click(ui('[data-cf="disable-rule"]')!);
    await eventually(() =>
      expect(ui('[data-cf="notice-text"]')?.textContent).toBe(
        'Rule turned off everywhere: “leverage” is no longer flagged.',
      ),
    );
    expect(await turnedOff()).toEqual(['default/leverage']);
    click(ui('[data-cf="undo"]')!);
    await eventually(() => expect(ui('[data-cf="notice-text"]')?.textContent).toBe('Rule turned back on.'));
    expect(await turnedOff()).toEqual([]);
    expect(ui('[data-cf="undo"]')).toBeNull();
  });

  it('says so when the background refuses, and offers no Undo', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners?.();
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false, refused: 'locked' }));
    await openCard('leverage');
    click(ui('[data-cf="disable-rule"]')!);
    await eventually(() =>
      expect(ui('[data-cf="notice-text"]')?.textContent).toBe(
        'The rule could not be turned off. Try again from the options page.',
      ),
    );
    expect(ui('[data-cf="undo"]')).toBeNull();
  });

  it('the open-card command from the background opens the card at the caret; another tab’s message does not', async () => {
    const stop = answerPopup(
      () => controller,
      () => 'gmail',
      () => true,
    );
    const text = document.querySelector('[g_editable] div')!.firstChild!;
    document.getSelection()!.collapse(text, 'Thanks for your note. It shows real syn'.length);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: OPEN_CARD },
      { id: fakeBrowser.runtime.id, tab: { id: 4 } as Browser.tabs.Tab },
    );
    await frame();
    expect(ui('[data-cf="card"]')).toBeNull();
    await fakeBrowser.runtime.onMessage.trigger({ type: OPEN_CARD }, { id: fakeBrowser.runtime.id });
    await eventually(() => expect(ui('[data-cf="card"]')?.getAttribute('data-cf-rule')).toBe('default/synergy'));
    stop();
  });

  it('the live region counts the draft’s findings', async () => {
    await eventually(() => expect(ui('[data-cf="live"]')?.textContent).toBe('Connection First: 2 suggestions'), {
      timeout: 4000,
    });
    controller.currentDraft()!.ignore(controller.currentDraft()!.results[0]!);
    await eventually(() => expect(ui('[data-cf="live"]')?.textContent).toBe('Connection First: 1 suggestion'), {
      timeout: 4000,
    });
  });
});
