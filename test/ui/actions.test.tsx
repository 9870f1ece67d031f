// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/engine/types';
import { ANNOUNCE_AFTER_MS } from '../../src/ui/Notice';
import { createOverlay, type Overlay } from '../../src/ui/overlay';
import type { CardModel, NoticeModel, OverlayModel } from '../../src/ui/overlay-model';
import { pageShortcut, shortcutText } from '../../src/ui/shortcut';
import { anchor, cardBasics } from './card-model';

/** The card's and the page's newer controls: shortcut, notes with Undo, the report form, the live count. */

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'default/synergy',
  kind: 'buzzword',
  start: 10,
  end: 17,
  text: 'synergy',
  message: 'Say what the two teams will actually do together.',
  suggestions: [{ replacement: 'working together' }],
  severity: 'warning',
  ...over,
});

const cardModel = (over: Partial<CardModel> = {}): CardModel => ({ finding: finding(), ...cardBasics(), ...over });

const noticeModel = (over: Partial<NoticeModel> = {}): NoticeModel => ({
  id: 1,
  text: 'Rule turned off everywhere: “synergy” is no longer flagged.',
  onUndo: vi.fn(),
  onDismiss: vi.fn(),
  anchor,
  focus: false,
  ...over,
});

let overlay: Overlay;
let shadow: ShadowRoot;
const $ = <E extends Element = HTMLElement>(sel: string) => shadow.querySelector<E>(sel);
const $$ = <E extends Element = HTMLElement>(sel: string) => Array.from(shadow.querySelectorAll<E>(sel));
const show = async (model: OverlayModel) => act(() => overlay.render(model));
const byUser = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
const clickEvent = () => new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
const dispatch = async (target: Element, event: Event) =>
  act(() => {
    target.dispatchEvent(event);
  });
const click = (target: Element) => dispatch(target, byUser(clickEvent()));
const key = (target: Element, k: string, init: KeyboardEventInit = {}) =>
  dispatch(target, byUser(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, ...init })));

beforeEach(() => {
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    shadow = attach.call(this, init);
    return shadow;
  });
  overlay = createOverlay(document);
  spy.mockRestore();
});

afterEach(() => {
  vi.useRealTimers();
  overlay.destroy();
});

describe('the keyboard shortcut in words', () => {
  it('names Alt+Enter, Option+Enter on a Mac, and the browser command when bound', () => {
    expect(pageShortcut('Win32')).toBe('Alt+Enter');
    expect(pageShortcut('MacIntel')).toBe('Option+Enter');
    expect(shortcutText('', 'Linux x86_64')).toBe('Alt+Enter');
    expect(shortcutText('Alt+Shift+.', 'Linux x86_64')).toBe('Alt+Enter or Alt+Shift+.');
    expect(shortcutText('⌥⇧.', 'MacIntel')).toBe('Option+Enter or ⌥⇧.');
    expect(shortcutText('Alt+Enter', 'Win32')).toBe('Alt+Enter');
  });

  it('the card says which keys open it; none said when the model has none', async () => {
    await show({ badges: [], card: cardModel({ shortcut: 'Alt+Enter or Ctrl+Shift+Y' }) });
    expect($('[data-cf="card"] [data-cf="shortcut"]')!.textContent).toBe(
      'Keyboard: Alt+Enter or Ctrl+Shift+Y opens this card at the caret.',
    );
    await show({ badges: [], card: cardModel() });
    expect($('[data-cf="shortcut"]')).toBeNull();
  });
});

describe('a note with Undo after an action', () => {
  it('says what happened; Undo and × call back, only for the user’s own clicks', async () => {
    const model = noticeModel();
    await show({ badges: [], notice: model });
    const note = $('[data-cf="notice"]')!;
    expect(note.getAttribute('role')).toBe('status');
    expect($('[data-cf="notice-text"]')!.textContent).toBe(
      'Rule turned off everywhere: “synergy” is no longer flagged.',
    );
    expect($$('[data-cf="notice"] button').map((b) => b.textContent)).toEqual(['Undo', '×']);
    expect($('[data-cf="dismiss"]')!.getAttribute('aria-label')).toBe('Close this note');
    await dispatch($('[data-cf="undo"]')!, clickEvent());
    await dispatch($('[data-cf="dismiss"]')!, clickEvent());
    expect(model.onUndo).not.toHaveBeenCalled();
    expect(model.onDismiss).not.toHaveBeenCalled();
    await click($('[data-cf="undo"]')!);
    expect(model.onUndo).toHaveBeenCalledOnce();
    expect(model.onDismiss).not.toHaveBeenCalled();
    await click($('[data-cf="dismiss"]')!);
    expect(model.onDismiss).toHaveBeenCalledOnce();
  });

  it('has no Undo when there is nothing to undo; Esc closes it and does not reach the page', async () => {
    const model = noticeModel({ onUndo: undefined, text: 'The rule could not be turned off.' });
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    await show({ badges: [], notice: model });
    expect($('[data-cf="undo"]')).toBeNull();
    await key($('[data-cf="dismiss"]')!, 'Escape');
    expect(model.onDismiss).toHaveBeenCalledOnce();
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('takes focus only when the action came from the keyboard', async () => {
    await show({ badges: [], notice: noticeModel({ focus: false }) });
    expect(shadow.activeElement).toBeNull();
    await show({ badges: [], notice: noticeModel({ id: 2, focus: true }) });
    expect(shadow.activeElement).toBe($('[data-cf="undo"]'));
  });
});

describe('"Not right here" on the card', () => {
  it('opens a form; the sentence goes in only when the box is ticked', async () => {
    const onReport = vi.fn();
    await show({ badges: [], card: cardModel({ onReport }) });
    expect($$('.cf-actions > [data-cf]').map((el) => el.dataset.cf)).toEqual(['ignore', 'disable-rule', 'report']);
    expect($('[data-cf="report-form"]')).toBeNull();
    await click($('[data-cf="report"]')!);
    expect($('[data-cf="report"]')!.getAttribute('aria-expanded')).toBe('true');
    expect($('.cf-report-note')!.textContent).toBe(
      'Keep a note on this device that this rule was wrong here. It names the rule and the date.',
    );
    const box = $<HTMLInputElement>('[data-cf="report-sentence"]')!;
    expect(box.checked).toBe(false);
    await click($('[data-cf="report-save"]')!);
    expect(onReport).toHaveBeenLastCalledWith(false);
    await act(() => {
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click($('[data-cf="report-save"]')!);
    expect(onReport).toHaveBeenLastCalledWith(true);
    expect(onReport).toHaveBeenCalledTimes(2);
    await click($('[data-cf="report-cancel"]')!);
    expect($('[data-cf="report-form"]')).toBeNull();
  });

  it('a script’s click neither opens the form nor saves', async () => {
    const onReport = vi.fn();
    await show({ badges: [], card: cardModel({ onReport }) });
    await dispatch($('[data-cf="report"]')!, clickEvent());
    expect($('[data-cf="report-form"]')).toBeNull();
    await click($('[data-cf="report"]')!);
    await dispatch($('[data-cf="report-save"]')!, clickEvent());
    expect(onReport).not.toHaveBeenCalled();
  });

  it('Tab reaches the form’s box too; no report button when the model offers none', async () => {
    await show({ badges: [], card: cardModel({ focus: true, onReport: vi.fn() }) });
    await click($('[data-cf="report"]')!);
    const stops = $$('[data-cf="card"] button, [data-cf="card"] input').map((el) => el.dataset.cf);
    expect(stops).toEqual([
      'suggestion',
      'ignore',
      'disable-rule',
      'report',
      'report-sentence',
      'report-save',
      'report-cancel',
    ]);
    ($('[data-cf="report"]') as HTMLButtonElement).focus();
    await key($('[data-cf="report"]')!, 'Tab');
    expect(shadow.activeElement).toBe($('[data-cf="report-sentence"]'));
    await show({ badges: [], card: cardModel({ finding: finding({ start: 1 }) }) });
    expect($('[data-cf="report"]')).toBeNull();
  });
});

describe('the count for screen readers', () => {
  it('is a polite live region that speaks only once the count has settled', async () => {
    vi.useFakeTimers();
    await show({ badges: [], announcement: '' });
    const live = $('[data-cf="live"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.getAttribute('role')).toBe('status');
    expect(live.textContent).toBe('');
    // Typing: the count changes faster than the wait, so nothing is said.
    for (const n of [1, 2, 3, 2]) {
      await show({ badges: [], announcement: `Connection First: ${n} suggestions` });
      await act(() => void vi.advanceTimersByTime(ANNOUNCE_AFTER_MS - 1));
    }
    expect(live.textContent).toBe('');
    await act(() => void vi.advanceTimersByTime(1));
    expect(live.textContent).toBe('Connection First: 2 suggestions');
    // The same text again (a re-render) does not restart or repeat anything.
    await show({ badges: [], announcement: 'Connection First: 2 suggestions' });
    expect(live.textContent).toBe('Connection First: 2 suggestions');
    expect($$('[data-cf="live"]')).toHaveLength(1);
  });
});
