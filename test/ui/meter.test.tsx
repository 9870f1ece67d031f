// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Targets } from '../../src/engine';
import type { Finding } from '../../src/engine/types';
import { type MeterSummary, MeterList, meterStats, meterSummary } from '../../src/ui/Meter';
import { createOverlay, type Overlay } from '../../src/ui/overlay';
import type { BadgeModel } from '../../src/ui/overlay-model';

const FIRST: Targets = {
  words: { min: 50, max: 125 },
  questions: { min: 1, max: 3 },
  readerFocus: 0.5,
  grade: 8,
  asks: 1,
  sentenceWords: 35,
  selfFocusRun: 3,
};

const summary = (over: Partial<MeterSummary> = {}): MeterSummary => ({
  reply: false,
  words: 80,
  questions: 2,
  readerFocus: 0.6,
  grade: 7.4,
  targets: FIRST,
  ...over,
});

/** Each stat's whole text (what shows, and the hidden reason), and which way it is off. */
function shown(model: MeterSummary) {
  const host = document.createElement('div');
  render(<MeterList summary={model} class="cf-meter" />, host);
  const items = [...host.querySelectorAll<HTMLElement>('li')].map((li) => ({
    id: li.dataset.cf,
    text: li.textContent,
    off: li.dataset.cfOff ?? null,
  }));
  render(null, host);
  return items;
}

describe('the connection meter', () => {
  it('shows the four numbers plainly when all are in target', () => {
    expect(shown(summary())).toEqual([
      { id: 'meter-words', text: '80 words', off: null },
      { id: 'meter-questions', text: '2 questions', off: null },
      { id: 'meter-focus', text: 'You 60%', off: null },
      { id: 'meter-grade', text: 'Grade 7.4', off: null },
    ]);
  });

  it('marks each number off its target with an arrow and the reason in words', () => {
    expect(shown(summary({ words: 142, questions: 0, readerFocus: 0.25, grade: 11.2 }))).toEqual([
      { id: 'meter-words', text: '142 words ↑, more than the 125 aimed for', off: 'high' },
      { id: 'meter-questions', text: '0 questions ↓, fewer than the 1 aimed for', off: 'low' },
      { id: 'meter-focus', text: 'You 25% ↓, below the 50% aimed for', off: 'low' },
      { id: 'meter-grade', text: 'Grade 11.2 ↑, above the grade 8 aimed for', off: 'high' },
    ]);
    expect(shown(summary({ words: 12, questions: 4 })).slice(0, 2)).toEqual([
      { id: 'meter-words', text: '12 words ↓, fewer than the 50 aimed for', off: 'low' },
      { id: 'meter-questions', text: '4 questions ↑, more than the 3 aimed for', off: 'high' },
    ]);
  });

  it('shows a dash for the reader focus when no sentence is about either side, unmarked', () => {
    expect(shown(summary({ readerFocus: null, words: 1, questions: 1, grade: 0 }))).toEqual([
      { id: 'meter-words', text: '1 word ↓, fewer than the 50 aimed for', off: 'low' },
      { id: 'meter-questions', text: '1 question', off: null },
      { id: 'meter-focus', text: 'You —', off: null },
      { id: 'meter-grade', text: 'Grade 0', off: null },
    ]);
  });

  it('marks nothing when the rules set no targets', () => {
    const { targets: _none, ...bare } = summary({ words: 900, questions: 0, readerFocus: 0, grade: 19 });
    expect(meterStats(bare).map((s) => [s.text, s.off ?? null])).toEqual([
      ['900 words', null],
      ['0 questions', null],
      ['You 0%', null],
      ['Grade 19', null],
    ]);
  });

  it('says which targets it reads, and the arrow is hidden from screen readers (the words say it)', () => {
    const host = document.createElement('div');
    render(<MeterList summary={summary({ reply: true, words: 300 })} class="cf-meter" />, host);
    expect(host.querySelector('ul')!.getAttribute('aria-label')).toBe('Connection meter for a reply');
    const words = host.querySelector('[data-cf="meter-words"]')!;
    expect(words.querySelector('[aria-hidden="true"]')!.textContent).toBe(' ↑');
    expect(words.querySelector('.cf-sr-only')!.textContent).toBe(', more than the 125 aimed for');
    expect(words.getAttribute('title')).toBe('Words of your own text: more than the 125 aimed for');
    render(null, host);
  });

  it('sends the popup only what the meter reads', () => {
    const full = {
      ...summary(),
      sentences: 5,
      asks: 1,
      longestSentence: null,
    };
    expect(meterSummary(full)).toEqual({
      reply: false,
      words: 80,
      questions: 2,
      readerFocus: 0.6,
      grade: 7.4,
      targets: { words: { min: 50, max: 125 }, questions: { min: 1, max: 3 }, readerFocus: 0.5, grade: 8 },
    });
  });
});

describe('the badge with its meter', () => {
  let overlay: Overlay | undefined;
  let shadow: ShadowRoot | undefined;
  afterEach(() => {
    overlay?.destroy();
    overlay = undefined;
    vi.restoreAllMocks();
  });

  const finding = (): Finding => ({
    ruleId: 'default/synergy',
    kind: 'buzzword',
    start: 0,
    end: 7,
    text: 'synergy',
    message: 'Say what the teams will do.',
    suggestions: [],
    severity: 'warning',
  });

  const badge = (over: Partial<BadgeModel> = {}): BadgeModel => ({
    id: 'compose-1',
    anchor: { left: 400, top: 300, width: 500, height: 400 },
    findings: [finding()],
    underlined: 1,
    paused: false,
    onTogglePause: vi.fn(),
    onSelect: vi.fn(),
    ...over,
  });

  async function show(model: BadgeModel) {
    if (!overlay) {
      const attach = HTMLElement.prototype.attachShadow;
      vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
        shadow = attach.call(this, init);
        return shadow;
      });
      overlay = createOverlay(document);
    }
    await act(() => overlay!.render({ badges: [model] }));
  }
  const $ = (sel: string) => shadow!.querySelector<HTMLElement>(sel);

  it('shows the meter beside the count, the count button unchanged, and keeps the list under it', async () => {
    await show(badge({ summary: summary({ words: 142 }) }));
    const meter = $('[data-cf="meter"]')!;
    expect([...meter.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '142 words ↑, more than the 125 aimed for',
      '2 questions',
      'You 60%',
      'Grade 7.4',
    ]);
    const count = $('button[data-cf="badge"]')!;
    expect(count.textContent).toBe('1');
    expect(count.getAttribute('aria-label')).toBe('1 suggestion from Connection First');
    // One bar, placed as one: the meter and the count.
    expect(meter.parentElement).toBe(count.parentElement);
    await act(() => {
      count.dispatchEvent(
        Object.defineProperty(new MouseEvent('click', { bubbles: true }), 'isTrusted', { value: true }),
      );
    });
    expect($('[data-cf="findings-list"]')).not.toBeNull();
    expect($('[data-cf="meter"]')).toBe(meter);
  });

  it('updates the numbers as the summary changes', async () => {
    await show(badge({ summary: summary({ words: 3, questions: 0 }) }));
    expect($('[data-cf="meter-words"]')!.textContent).toBe('3 words ↓, fewer than the 50 aimed for');
    await show(badge({ summary: summary({ words: 60, questions: 1 }) }));
    expect($('[data-cf="meter-words"]')!.textContent).toBe('60 words');
    expect($('[data-cf="meter-questions"]')!.textContent).toBe('1 question');
  });

  it('shows no meter while paused or without a summary', async () => {
    await show(badge({ summary: summary(), paused: true }));
    expect($('[data-cf="meter"]')).toBeNull();
    await show(badge({ summary: undefined }));
    expect($('[data-cf="meter"]')).toBeNull();
    expect($('button[data-cf="badge"]')).not.toBeNull();
  });
});
