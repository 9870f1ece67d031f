// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepOverlayRoot } from './in-page';
import { Controller } from '../../src/checker/controller';
import { builtinRuleset } from '../../src/rules';
import { gmail } from '../../src/sites/gmail';
import { eventually } from '../eventually';

let shadow: () => ShadowRoot | undefined;
beforeAll(() => {
  shadow = keepOverlayRoot();
});

let controller: Controller;

beforeEach(async () => {
  document.body.innerHTML =
    '<div role="dialog"><div contenteditable="true" g_editable="true"><div>We create real synergy.</div></div></div>';
  controller = new Controller(gmail, builtinRuleset());
  controller.start();
  await eventually(() => expect(controller.currentDraft()?.findings.map((l) => l.finding.text)).toEqual(['synergy']));
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  controller.destroy();
  document.body.innerHTML = '';
});

const cardShown = () => !!shadow()?.querySelector('[data-cf="card"]');

describe('Controller: the card follows the pointer, with a short delay each way', () => {
  it('opens 250 ms after the pointer comes to rest on a finding, not before', () => {
    const session = controller.currentDraft()!;
    controller.hover(session, session.findings[0]);
    vi.advanceTimersByTime(249);
    expect(cardShown()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(cardShown()).toBe(true);
  });

  it('closes 300 ms after the pointer leaves every finding, and stays if it comes back first', () => {
    const session = controller.currentDraft()!;
    const live = session.findings[0]!;
    controller.hover(session, live);
    vi.advanceTimersByTime(250);
    controller.hover(session, undefined);
    vi.advanceTimersByTime(299);
    controller.hover(session, live);
    vi.advanceTimersByTime(1000);
    expect(cardShown()).toBe(true);
    controller.hover(session, undefined);
    vi.advanceTimersByTime(299);
    expect(cardShown()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(cardShown()).toBe(false);
  });
});

describe('Controller: the connection meter', () => {
  it('shows the draft’s summary beside the count, and follows the draft', async () => {
    vi.useRealTimers();
    const words = () => shadow()?.querySelector('[data-cf="meter-words"]')?.textContent;
    const questions = () => shadow()?.querySelector('[data-cf="meter-questions"]')?.textContent;
    await eventually(() => expect(words()).toBe('4 words ↓, fewer than the 50 aimed for'));
    expect(controller.currentDraft()!.summary).toMatchObject({ reply: false, words: 4, questions: 0 });
    expect(questions()).toBe('0 questions ↓, fewer than the 1 aimed for');
    const line = controller.currentDraft()!.editor.firstElementChild!;
    line.textContent = 'We create real synergy. Does your team need it?';
    await eventually(() => expect(questions()).toBe('1 question'));
    expect(words()).toBe('9 words ↓, fewer than the 50 aimed for');
  });

  it('judges a draft with quoted history against the reply targets', async () => {
    vi.useRealTimers();
    const editor = controller.currentDraft()!.editor;
    const quote = document.createElement('div');
    quote.className = 'gmail_quote';
    quote.textContent = 'On Monday Sam wrote: how is it going?';
    editor.append(quote);
    await eventually(() => expect(controller.currentDraft()!.summary?.reply).toBe(true));
    // A reply has no least length or question count: nothing is marked.
    await eventually(() => expect(shadow()?.querySelector('[data-cf="meter-words"]')?.textContent).toBe('4 words'));
    expect(shadow()?.querySelector('[data-cf="meter"]')?.getAttribute('aria-label')).toBe(
      'Connection meter for a reply',
    );
  });
});

describe('Controller: focus inside shadow roots', () => {
  it('never takes its own card, in a closed root the extension may open, for a root that holds editors', () => {
    const observed: Node[] = [];
    const observe = vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation((target) => {
      observed.push(target);
    });
    // The browser opens closed roots to an extension (Chromium's chrome.dom): ours among them.
    const opener = (host: Element) => (host === shadow()?.host ? shadow() : null);
    Object.assign(globalThis, { chrome: { dom: { openOrClosedShadowRoot: opener } } });
    try {
      const session = controller.currentDraft()!;
      controller.hover(session, session.findings[0]);
      vi.advanceTimersByTime(250);
      const button = shadow()!.querySelector<HTMLElement>('button')!;
      button.focus();
      shadow()!.host.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      expect(observed).not.toContain(shadow());
    } finally {
      observe.mockRestore();
      delete (globalThis as { chrome?: unknown }).chrome;
    }
  });
});
