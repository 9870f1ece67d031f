// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/engine/types';
import { createOverlay, type Overlay } from '../../src/ui/overlay';
import type { BadgeModel, CardModel, OverlayModel } from '../../src/ui/overlay-model';
import { placeBadge, placeCard, placePanel } from '../../src/ui/place';
import { truncate } from '../../src/ui/Card';
import { cardBasics } from './card-model';

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'default/synergy',
  kind: 'buzzword',
  start: 10,
  end: 17,
  text: 'synergy',
  message: 'Say what the two teams will actually do together.',
  suggestions: [{ replacement: 'working together' }, { label: 'Cut it', replacement: '[blank]' }],
  severity: 'warning',
  ...over,
});

const cardModel = (over: Partial<CardModel> = {}): CardModel => ({ finding: finding(), ...cardBasics(), ...over });

function badgeModel(over: Partial<BadgeModel> = {}): BadgeModel {
  return {
    id: 'compose-1',
    anchor: { left: 400, top: 300, width: 500, height: 400 },
    findings: [
      finding(),
      finding({ ruleId: 'default/sorry-if', kind: 'non-apology', start: 30, end: 50, text: 'sorry if you felt' }),
    ],
    underlined: 2,
    paused: false,
    onTogglePause: vi.fn(),
    onSelect: vi.fn(),
    ...over,
  };
}

let overlay: Overlay;
/** The overlay's shadow root: closed, so the page's `host.shadowRoot` is null; the test keeps it from attachShadow. */
let shadow: ShadowRoot;

const root = () => shadow;
const $ = <E extends Element = HTMLElement>(sel: string) => root().querySelector<E>(sel);
const $$ = <E extends Element = HTMLElement>(sel: string) => Array.from(root().querySelectorAll<E>(sel));

async function show(model: OverlayModel) {
  await act(() => overlay.render(model));
}

/**
 * An event as the user's input makes it. happy-dom leaves `isTrusted` unset (as a browser does for
 * a page script's events), and the overlay drops such events; a browser sets it for real input.
 */
const byUser = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });

const keydown = (k: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init });
const clickEvent = () => new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });

async function dispatch(target: Element, event: Event) {
  await act(() => {
    target.dispatchEvent(event);
  });
}

const key = (target: Element, k: string, init: KeyboardEventInit = {}) => dispatch(target, byUser(keydown(k, init)));
const click = (target: Element) => dispatch(target, byUser(clickEvent()));

beforeEach(() => {
  window.innerWidth = 1024;
  window.innerHeight = 768;
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    shadow = attach.call(this, init);
    return shadow;
  });
  overlay = createOverlay(document);
  expect(spy.mock.calls).toEqual([[{ mode: 'closed' }]]);
  spy.mockRestore();
});

afterEach(() => {
  overlay.destroy();
  document.body.innerHTML = '';
});

describe('host', () => {
  it('creates one host under <html> with a closed shadow root holding our styles', async () => {
    const hosts = document.querySelectorAll('connection-first-ui');
    expect(hosts).toHaveLength(1);
    const host = hosts[0]!;
    expect(host.parentNode).toBe(document.documentElement);
    // The page cannot reach inside.
    expect(host.shadowRoot).toBeNull();
    expect(shadow.mode).toBe('closed');
    expect(shadow.host).toBe(host);
    const style = shadow.querySelector('style')!;
    expect(style.textContent).toContain(':host');
    expect(style.textContent).toContain('all: initial');
    expect(host.getAttribute('style')).toContain('pointer-events: none');
    expect(host.getAttribute('style')).toContain('z-index: 2147483647');
    // Nothing of ours is in the light DOM.
    expect(host.children).toHaveLength(0);
  });

  it('renders again in place: one host, updated counts, same elements', async () => {
    await show({ badges: [badgeModel()] });
    const badge = $('[data-cf="badge"]')!;
    expect(badge.getAttribute('data-cf-count')).toBe('2');
    await show({ badges: [badgeModel({ findings: [finding()], underlined: 1 })], card: cardModel() });
    expect(document.querySelectorAll('connection-first-ui')).toHaveLength(1);
    expect($$('[data-cf="badge"]')).toHaveLength(1);
    expect($('[data-cf="badge"]')).toBe(badge);
    expect(badge.getAttribute('data-cf-count')).toBe('1');
    expect(badge.textContent).toBe('1');
    expect($$('[data-cf="card"]')).toHaveLength(1);
    await show({ badges: [] });
    expect($$('[data-cf="badge"]')).toHaveLength(0);
    expect($$('[data-cf="card"]')).toHaveLength(0);
    expect($$('style')).toHaveLength(1);
  });

  it('contains() knows our nodes from the page’s', async () => {
    await show({ badges: [badgeModel()], card: cardModel() });
    const host = document.querySelector('connection-first-ui')!;
    expect(overlay.contains(host)).toBe(true);
    expect(overlay.contains($('[data-cf="card"]')!)).toBe(true);
    expect(overlay.contains($('[data-cf="suggestion"]')!.firstChild!)).toBe(true);
    const editor = document.createElement('div');
    document.body.append(editor);
    expect(overlay.contains(editor)).toBe(false);
    expect(overlay.contains(document.body)).toBe(false);
  });

  it('destroy removes the host and later renders do nothing', async () => {
    await show({ badges: [badgeModel()] });
    overlay.destroy();
    expect(document.querySelector('connection-first-ui')).toBeNull();
    overlay.render({ badges: [badgeModel()] });
    expect(document.querySelector('connection-first-ui')).toBeNull();
    overlay.destroy(); // twice is fine
  });
});

describe('card', () => {
  it('names what was found and has the dialog hooks', async () => {
    await show({ badges: [], card: cardModel() });
    const card = $('[data-cf="card"]')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe('Connection First: buzzword');
    expect(card.textContent).toContain('Buzzword');
    expect(card.textContent).toContain('“synergy”');
    expect($('[data-cf="message"]')!.textContent).toBe('Say what the two teams will actually do together.');
    expect($('[data-cf="ignore"]')!.textContent).toBe('Ignore here');
    expect($('[data-cf="disable-rule"]')!.textContent).toBe('Turn off this rule');
  });

  it.each([
    ['non-apology', 'Non-apology'],
    ['pitch-first', 'Pitch-first opening'],
  ] as const)('says %s in words', async (kind, words) => {
    await show({ badges: [], card: cardModel({ finding: finding({ kind }) }) });
    expect($('[data-cf="card"]')!.textContent).toContain(words);
    expect($('[data-cf="card"]')!.getAttribute('aria-label')).toBe(`Connection First: ${words.toLowerCase()}`);
  });

  it('truncates long found text in the title at the end of a word, in curly quotes', async () => {
    const text = 'I hope this email finds you well and that your quarter is going great so far';
    await show({ badges: [], card: cardModel({ finding: finding({ kind: 'pitch-first', text }) }) });
    expect($('[data-cf="title"]')!.textContent).toBe('Pitch-first opening “I hope this email finds you well and…”');
  });

  it.each([
    ['short text as it is', 'synergy', 'synergy'],
    [
      'a word cut at its end, not inside',
      'We are thrilled to announce our brand-new partnership',
      'We are thrilled to announce our…',
    ],
    [
      'no comma left before the ellipsis',
      'Thanks for reaching out, as you know, circling back matters',
      'Thanks for reaching out, as you know…',
    ],
    [
      'one long word cut where it must be',
      'Supercalifragilisticexpialidociousnessfulness',
      'Supercalifragilisticexpialidociousnessf…',
    ],
    ['line breaks as spaces', 'Sorry if\nyou were   confused', 'Sorry if you were confused'],
  ])('truncate: %s', (_name, text, expected) => {
    expect(truncate(text)).toBe(expected);
  });

  it('shows straight double quotes in the title and message as curly ones', async () => {
    const message = '"Leverage" as a verb sounds like a slide deck.';
    await show({ badges: [], card: cardModel({ finding: finding({ text: 'our "synergy"', message }) }) });
    expect($('[data-cf="title"]')!.textContent).toBe('Buzzword “our “synergy””');
    expect($('[data-cf="message"]')!.textContent).toBe('“Leverage” as a verb sounds like a slide deck.');
  });

  it('shows the whole of a long labelled rewrite before it is clicked', async () => {
    const pitch = "I'm Dana from Acme, and we help teams like yours cut reporting time in half.";
    const suggestions = [
      {
        label: 'Start with what they said',
        replacement: `You mentioned [what they told you], so I thought of you. ${pitch}`,
      },
      { label: 'Open with their news', replacement: `Congratulations on [their news]. ${pitch}` },
    ];
    await show({
      badges: [],
      card: cardModel({ finding: finding({ kind: 'pitch-first', text: pitch, suggestions }) }),
    });
    expect($$('button[data-cf="suggestion"]').map((b) => b.textContent)).toEqual([
      'Start with what they said',
      'Open with their news',
    ]);
    // Every word a click writes; the found words it keeps are marked apart from the new ones.
    expect($$('[data-cf="preview"]').map((p) => p.textContent)).toEqual(suggestions.map((s) => s.replacement));
    expect($$('[data-cf="kept"]').map((k) => k.textContent)).toEqual([pitch, pitch]);
    expect($$('[data-cf="preview"] mark.cf-blank').map((m) => m.textContent)).toEqual([
      '[what they told you]',
      '[their news]',
    ]);
  });

  it('renders the message as text, never as HTML', async () => {
    const message = 'Careful <img src=x onerror=alert(1)> <b>bold</b>';
    await show({ badges: [], card: cardModel({ finding: finding({ message, text: '<script>' }) }) });
    expect($('[data-cf="message"]')!.textContent).toBe(message);
    expect(root().querySelector('img')).toBeNull();
    expect(root().querySelector('b')).toBeNull();
    expect(root().querySelector('script')).toBeNull();
    expect($('[data-cf="title"]')!.textContent).toContain('<script>');
  });

  it('shows one button per suggestion and applies the one pressed', async () => {
    const model = cardModel();
    await show({ badges: [], card: model });
    const buttons = $$<HTMLButtonElement>('button[data-cf="suggestion"]');
    expect(buttons.map((b) => b.textContent)).toEqual(['working together', 'Cut it']);
    // The label's replacement is shown in full under its button, blanks marked, and describes it.
    const preview = $('[data-cf="preview"]')!;
    expect($$('[data-cf="preview"]')).toHaveLength(1);
    expect(preview.textContent).toBe('[blank]');
    expect(preview.querySelector('mark.cf-blank')!.textContent).toBe('[blank]');
    expect(buttons[1]!.getAttribute('aria-describedby')).toBe(preview.id);
    expect(buttons[0]!.hasAttribute('aria-describedby')).toBe(false);
    await click(buttons[1]!);
    expect(model.onApply).toHaveBeenCalledWith(1);
    await click(buttons[0]!);
    expect(model.onApply).toHaveBeenLastCalledWith(0);
  });

  it('marks the found words a labelled rewrite keeps, and nothing when it keeps none', async () => {
    const suggestions = [
      { label: 'Own it', replacement: 'We missed the date. Sorry for the delay' },
      { label: 'Say what happened', replacement: 'We missed the date [when].' },
    ];
    await show({ badges: [], card: cardModel({ finding: finding({ text: 'Sorry for the delay', suggestions }) }) });
    expect($$('[data-cf="preview"]').map((p) => p.textContent)).toEqual([
      'We missed the date. Sorry for the delay',
      'We missed the date [when].',
    ]);
    expect($$('[data-cf="kept"]').map((k) => k.textContent)).toEqual(['Sorry for the delay']);
  });

  it('shows a [blank] replacement as it is, the blank marked', async () => {
    await show({
      badges: [],
      card: cardModel({ finding: finding({ suggestions: [{ replacement: 'We [blank] you' }] }) }),
    });
    expect($('button[data-cf="suggestion"]')!.textContent).toBe('We [blank] you');
    expect($('button[data-cf="suggestion"] mark.cf-blank')!.textContent).toBe('[blank]');
    expect($('[data-cf="preview"]')).toBeNull();
  });

  it('ignore and turn-off call back', async () => {
    const model = cardModel();
    await show({ badges: [], card: model });
    await click($('[data-cf="ignore"]')!);
    expect(model.onIgnore).toHaveBeenCalledOnce();
    await click($('[data-cf="disable-rule"]')!);
    expect(model.onDisableRule).toHaveBeenCalledOnce();
    expect($('[data-cf="rule-locked"]')).toBeNull();
  });

  it('offers no turn-off for a rule the policy locks, and says who set it', async () => {
    await show({ badges: [], card: cardModel({ onDisableRule: undefined }) });
    expect($('[data-cf="disable-rule"]')).toBeNull();
    expect($('[data-cf="rule-locked"]')!.textContent).toBe('Set by your administrator');
    expect($('[data-cf="ignore"]')).not.toBeNull();
  });

  it('Esc closes with reason "escape" and does not reach the page', async () => {
    const model = cardModel({ focus: true });
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    await show({ badges: [], card: model });
    await key($('[data-cf="ignore"]')!, 'Escape');
    expect(model.onClose).toHaveBeenCalledWith('escape');
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('pointer enter / leave call back', async () => {
    const model = cardModel();
    await show({ badges: [], card: model });
    const card = $('[data-cf="card"]')!;
    await dispatch(card, byUser(new MouseEvent('mouseenter')));
    expect(model.onPointerEnter).toHaveBeenCalledOnce();
    await dispatch(card, byUser(new MouseEvent('mouseleave')));
    expect(model.onClose).toHaveBeenCalledWith('pointer-left');
  });

  it('does nothing for events a script made: no apply, ignore, turn-off, close or hold', async () => {
    const model = cardModel({ focus: true });
    await show({ badges: [], card: model });
    for (const button of $$('[data-cf="card"] button')) await dispatch(button, clickEvent());
    await dispatch($('[data-cf="ignore"]')!, keydown('Escape'));
    await dispatch($('[data-cf="card"]')!, new MouseEvent('mouseenter'));
    await dispatch($('[data-cf="card"]')!, new MouseEvent('mouseleave'));
    expect(model.onApply).not.toHaveBeenCalled();
    expect(model.onIgnore).not.toHaveBeenCalled();
    expect(model.onDisableRule).not.toHaveBeenCalled();
    expect(model.onClose).not.toHaveBeenCalled();
    expect(model.onPointerEnter).not.toHaveBeenCalled();
    // The same presses by the user do act.
    await click($('[data-cf="disable-rule"]')!);
    expect(model.onDisableRule).toHaveBeenCalledOnce();
  });

  it('focuses the first button when asked, once per opening', async () => {
    await show({ badges: [], card: cardModel({ focus: false }) });
    expect(root().activeElement).toBeNull();
    await show({ badges: [], card: cardModel({ focus: true }) });
    const buttons = $$<HTMLButtonElement>('button');
    expect(root().activeElement).toBe(buttons[0]);
    // The user moves on; a re-render (new analysis) must not pull focus back.
    buttons[2]!.focus();
    await show({ badges: [], card: cardModel({ focus: true }) });
    expect(root().activeElement).toBe(buttons[2]);
  });

  it('focuses Ignore first when there are no suggestions', async () => {
    await show({ badges: [], card: cardModel({ focus: true, finding: finding({ suggestions: [] }) }) });
    expect(root().activeElement).toBe($('[data-cf="ignore"]'));
  });

  it('Tab and Shift+Tab cycle within the card', async () => {
    await show({ badges: [], card: cardModel({ focus: true }) });
    const buttons = $$<HTMLButtonElement>('[data-cf="card"] button');
    expect(buttons.map((b) => b.dataset.cf)).toEqual(['suggestion', 'suggestion', 'ignore', 'disable-rule']);
    await key(buttons[0]!, 'Tab', { shiftKey: true });
    expect(root().activeElement).toBe(buttons[3]);
    await key(buttons[3]!, 'Tab');
    expect(root().activeElement).toBe(buttons[0]);
    await key(buttons[0]!, 'Tab');
    expect(root().activeElement).toBe(buttons[1]);
  });

  it('marks hint findings for the softer style', async () => {
    await show({ badges: [], card: cardModel({ finding: finding({ severity: 'hint' }) }) });
    expect($('[data-cf="card"]')!.classList.contains('cf-hint')).toBe(true);
    expect($('[data-cf="card"]')!.getAttribute('data-cf-severity')).toBe('hint');
  });

  it('is placed from the anchor and viewport (happy-dom measures 0×0)', async () => {
    window.innerWidth = 400;
    window.innerHeight = 300;
    await show({ badges: [], card: cardModel({ anchor: { left: 390, top: 290, width: 30, height: 16 } }) });
    const card = $('[data-cf="card"]')!;
    expect(parseFloat(card.style.left)).toBeLessThanOrEqual(400);
    expect(parseFloat(card.style.top)).toBeLessThan(290); // flipped above
  });
});

describe('placeCard', () => {
  const viewport = { width: 800, height: 600 };
  const size = { width: 300, height: 120 };

  it.each([
    // anchor, expected
    [
      'room below: below with a gap, left-aligned',
      { left: 100, top: 100, width: 50, height: 16 },
      { left: 100, top: 122 },
    ],
    ['near the bottom: flips above', { left: 100, top: 540, width: 50, height: 16 }, { left: 100, top: 414 }],
    ['near the right: clamped inside', { left: 760, top: 100, width: 30, height: 16 }, { left: 492, top: 122 }],
    ['near the left: clamped to the margin', { left: -20, top: 100, width: 30, height: 16 }, { left: 8, top: 122 }],
    ['bottom-right corner: above and clamped', { left: 790, top: 590, width: 40, height: 20 }, { left: 492, top: 464 }],
  ])('%s', (_name, a, expected) => {
    expect(placeCard(a, size, viewport)).toEqual(expected);
  });

  it('never leaves a small viewport', () => {
    const small = { width: 320, height: 240 };
    for (const a of [
      { left: 300, top: 230, width: 40, height: 16 },
      { left: 0, top: 0, width: 10, height: 10 },
      { left: 150, top: 110, width: 20, height: 16 },
      { left: 500, top: 500, width: 20, height: 16 },
    ]) {
      const p = placeCard(a, size, small);
      expect(p.left).toBeGreaterThanOrEqual(0);
      expect(p.left + size.width).toBeLessThanOrEqual(small.width);
      expect(p.top).toBeGreaterThanOrEqual(0);
      expect(p.top + size.height).toBeLessThanOrEqual(small.height);
    }
  });

  describe('leaves the next line and the send bar visible when another place fits', () => {
    const word = { left: 100, top: 300, width: 50, height: 16 };
    const nextLine = { left: 80, top: 318, width: 500, height: 16 };
    const sendBar = { left: 80, top: 500, width: 500, height: 40 };

    it.each([
      ['nothing to avoid: below, as before', [], { left: 100, top: 322 }],
      ['the next line under the word: above the word', [nextLine], { left: 100, top: 174 }],
      ['next line and send bar: above the word', [nextLine, sendBar], { left: 100, top: 174 }],
      ['a send bar further down only: below still fits', [sendBar], { left: 100, top: 322 }],
    ])('%s', (_name, avoid, expected) => {
      expect(placeCard(word, size, viewport, avoid)).toEqual(expected);
    });

    it('no room above: below the next line, clear of the send bar', () => {
      const high = { left: 100, top: 40, width: 50, height: 16 };
      const line = { left: 80, top: 58, width: 500, height: 16 };
      expect(placeCard(high, size, viewport, [line, sendBar])).toEqual({ left: 100, top: 80 });
    });

    it('the send bar right under the word and no room above: below the bar', () => {
      const high = { left: 100, top: 40, width: 50, height: 16 };
      const bar = { left: 80, top: 60, width: 500, height: 40 };
      expect(placeCard(high, size, viewport, [bar])).toEqual({ left: 100, top: 106 });
    });

    it('nowhere clear on screen: placed as if there were nothing to avoid', () => {
      const small = { width: 400, height: 200 };
      const middle = { left: 10, top: 90, width: 50, height: 16 };
      const lines = [
        { left: 0, top: 108, width: 400, height: 16 },
        { left: 0, top: 126, width: 400, height: 74 },
      ];
      expect(placeCard(middle, size, small, lines)).toEqual(placeCard(middle, size, small));
    });
  });

  it('a card taller than the viewport starts at the top', () => {
    expect(
      placeCard({ left: 10, top: 50, width: 10, height: 10 }, { width: 200, height: 500 }, { width: 400, height: 300 })
        .top,
    ).toBe(0);
  });
});

describe('placeBadge / placePanel', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 24, height: 24 };

  it('sits inside the compose window’s bottom-right corner', () => {
    expect(placeBadge({ left: 400, top: 300, width: 500, height: 400 }, size, viewport)).toEqual({
      left: 868,
      top: 668,
    });
  });

  it('uses the visible part of a compose window that runs off screen', () => {
    expect(placeBadge({ left: 600, top: 500, width: 600, height: 600 }, size, viewport)).toEqual({
      left: 968,
      top: 768,
    });
  });

  it('goes under a field a few lines high, outside it, while that fits on screen; else inside', () => {
    expect(placeBadge({ left: 400, top: 300, width: 500, height: 40 }, size, viewport, true)).toEqual({
      left: 868,
      top: 348,
    });
    expect(placeBadge({ left: 400, top: 740, width: 500, height: 40 }, size, viewport, true)).toEqual({
      left: 868,
      top: 748,
    });
  });

  it('is hidden when the compose window is off screen', () => {
    expect(placeBadge({ left: 0, top: 900, width: 500, height: 400 }, size, viewport)).toBeUndefined();
    expect(placeBadge({ left: 0, top: 0, width: 0, height: 0 }, size, viewport)).toBeUndefined();
  });

  it('opens the list above the badge, right edges aligned', () => {
    expect(placePanel({ left: 868, top: 668, width: 24, height: 24 }, { width: 300, height: 200 }, viewport)).toEqual({
      left: 592,
      top: 462,
    });
    // No room above: below.
    expect(placePanel({ left: 868, top: 20, width: 24, height: 24 }, { width: 300, height: 200 }, viewport).top).toBe(
      50,
    );
  });
});

describe('badge', () => {
  it('shows the count with an accessible label', async () => {
    await show({ badges: [badgeModel(), badgeModel({ id: 'compose-2', findings: [finding()], underlined: 1 })] });
    const badges = $$<HTMLButtonElement>('button[data-cf="badge"]');
    expect(badges.map((b) => b.getAttribute('data-cf-count'))).toEqual(['2', '1']);
    expect(badges[0]!.textContent).toBe('2');
    expect(badges[0]!.getAttribute('aria-label')).toBe('2 suggestions from Connection First');
    expect(badges[1]!.getAttribute('aria-label')).toBe('1 suggestion from Connection First');
  });

  it('shows a paused state', async () => {
    await show({ badges: [badgeModel({ paused: true, findings: [], underlined: 0 })] });
    const badge = $('[data-cf="badge"]')!;
    expect(badge.getAttribute('data-cf-count')).toBe('0');
    expect(badge.textContent).toBe('⏸');
    expect(badge.getAttribute('aria-label')).toBe('Checking paused');
  });

  it('toggles the findings list; items select, pause toggles, Esc closes', async () => {
    const model = badgeModel();
    await show({ badges: [model] });
    const badge = $('[data-cf="badge"]')!;
    expect($('[data-cf="findings-list"]')).toBeNull();
    expect(badge.getAttribute('aria-expanded')).toBe('false');

    await click(badge);
    expect($('[data-cf="findings-list"]')).not.toBeNull();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    const items = $$('[data-cf="finding-item"]');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Buzzword');
    expect(items[0]!.textContent).toContain('synergy');
    expect(items[1]!.textContent).toContain('Non-apology');
    expect(root().activeElement).toBe(items[0]); // keyboard users land in the list
    expect($('[data-cf="pause"]')!.textContent).toBe('Pause checking for this draft');

    await click($('[data-cf="pause"]')!);
    expect(model.onTogglePause).toHaveBeenCalledOnce();
    await show({ badges: [{ ...model, paused: true, findings: [], underlined: 0 }] });
    expect($('[data-cf="pause"]')!.textContent).toBe('Resume checking');
    await show({ badges: [model] });

    await key($('[data-cf="finding-item"]')!, 'Escape');
    expect($('[data-cf="findings-list"]')).toBeNull();
    expect(root().activeElement).toBe(badge);

    await click(badge);
    await click($$('[data-cf="finding-item"]')[1]!);
    expect(model.onSelect).toHaveBeenCalledWith(model.findings[1]);
    expect($('[data-cf="findings-list"]')).toBeNull(); // the card takes over

    await click(badge);
    await click(badge);
    expect($('[data-cf="findings-list"]')).toBeNull();
  });

  it('closes the list on a press outside it', async () => {
    await show({ badges: [badgeModel()] });
    await click($('[data-cf="badge"]')!);
    expect($('[data-cf="findings-list"]')).not.toBeNull();
    // A press on the list itself keeps it open (the page's document sees only our host).
    await dispatch(
      $('[data-cf="finding-item"]')!,
      byUser(new PointerEvent('pointerdown', { bubbles: true, composed: true })),
    );
    expect($('[data-cf="findings-list"]')).not.toBeNull();
    await dispatch(document.body, byUser(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    expect($('[data-cf="findings-list"]')).toBeNull();
  });

  it('does nothing for events a script made: the list stays shut, pause and items do not act', async () => {
    const model = badgeModel();
    await show({ badges: [model] });
    await dispatch($('[data-cf="badge"]')!, clickEvent());
    await dispatch($('[data-cf="badge"]')!, keydown('Enter'));
    expect($('[data-cf="findings-list"]')).toBeNull();
    await click($('[data-cf="badge"]')!);
    await dispatch($('[data-cf="pause"]')!, clickEvent());
    await dispatch($('[data-cf="finding-item"]')!, clickEvent());
    await dispatch(document.body, new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(model.onTogglePause).not.toHaveBeenCalled();
    expect(model.onSelect).not.toHaveBeenCalled();
    expect($('[data-cf="findings-list"]')).not.toBeNull();
  });

  it('in a long draft, says how many are underlined near the view, and lists 50 with "show more" for the rest', async () => {
    const all = Array.from({ length: 3412 }, (_, i) => finding({ start: i * 20, end: i * 20 + 7 }));
    const model = badgeModel({ findings: all, underlined: 212 });
    await show({ badges: [model] });
    const badge = $('[data-cf="badge"]')!;
    expect(badge.textContent).toBe('3,412');
    expect(badge.getAttribute('data-cf-count')).toBe('3412');
    expect(badge.getAttribute('aria-label')).toBe(
      '3,412 suggestions from Connection First; those near the text in view are underlined',
    );
    await click(badge);
    expect($('.cf-panel-head')!.textContent).toBe('3,412 suggestions');
    expect($('[data-cf="underlined"]')!.textContent).toBe(
      'A long draft: 212 of them, near the text in view, are underlined.',
    );
    expect($$('[data-cf="finding-item"]')).toHaveLength(50);
    expect($('[data-cf="show-more"]')!.textContent).toBe('Show 50 more (3,362 not listed yet)');
    // Any of them can be picked, underlined or not: the caller brings it into view.
    await click($$('[data-cf="finding-item"]')[49]!);
    expect(model.onSelect).toHaveBeenCalledWith(all[49]);
  });

  it('"show more" lists 50 more each time, focusing the first new one, until every finding is listed', async () => {
    const all = Array.from({ length: 160 }, (_, i) => finding({ start: i * 20, end: i * 20 + 7 }));
    const model = badgeModel({ findings: all, underlined: 160 });
    await show({ badges: [model] });
    await click($('[data-cf="badge"]')!);
    expect($$('[data-cf="finding-item"]')).toHaveLength(50);
    expect($('[data-cf="show-more"]')!.textContent).toBe('Show 50 more (110 not listed yet)');
    await click($('[data-cf="show-more"]')!);
    expect($$('[data-cf="finding-item"]')).toHaveLength(100);
    expect(root().activeElement).toBe($$('[data-cf="finding-item"]')[50]);
    await click($('[data-cf="show-more"]')!);
    expect($('[data-cf="show-more"]')!.textContent).toBe('Show 10 more (10 not listed yet)');
    await click($('[data-cf="show-more"]')!);
    expect($$('[data-cf="finding-item"]')).toHaveLength(160);
    expect($('[data-cf="show-more"]')).toBeNull();
    await click($$('[data-cf="finding-item"]')[159]!);
    expect(model.onSelect).toHaveBeenCalledWith(all[159]);
    // Opened again, the list starts with 50.
    await click($('[data-cf="badge"]')!);
    expect($$('[data-cf="finding-item"]')).toHaveLength(50);
  });

  it('"show more" does nothing for a click a script made', async () => {
    const all = Array.from({ length: 60 }, (_, i) => finding({ start: i * 20, end: i * 20 + 7 }));
    await show({ badges: [badgeModel({ findings: all, underlined: 60 })] });
    await click($('[data-cf="badge"]')!);
    await dispatch($('[data-cf="show-more"]')!, clickEvent());
    expect($$('[data-cf="finding-item"]')).toHaveLength(50);
  });

  it('lists what was ignored here, each with an Undo; no section when nothing was', async () => {
    const ignored = [finding(), finding({ ruleId: 'default/leverage', text: 'leverage', start: 40, end: 48 })];
    const model = badgeModel({ ignored, onUnignore: vi.fn() });
    await show({ badges: [model] });
    await click($('[data-cf="badge"]')!);
    expect($('.cf-ignored-head')!.textContent).toBe('Ignored here:');
    const items = $$('[data-cf="ignored-item"]');
    expect(items.map((li) => li.querySelector('span')!.textContent)).toEqual(['“synergy”', '“leverage”']);
    const undo = $$<HTMLButtonElement>('[data-cf="unignore"]');
    expect(undo.map((b) => b.getAttribute('aria-label'))).toEqual(['Undo ignore: synergy', 'Undo ignore: leverage']);
    await dispatch(undo[1]!, clickEvent()); // a script's click
    expect(model.onUnignore).not.toHaveBeenCalled();
    await click(undo[1]!);
    expect(model.onUnignore).toHaveBeenCalledExactlyOnceWith(ignored[1]);
    await show({ badges: [badgeModel({ ignored: [] })] });
    expect($('[data-cf="ignored"]')).toBeNull();
  });

  it('names the keyboard shortcut in the list', async () => {
    await show({ badges: [badgeModel({ shortcut: 'Alt+Enter or Alt+Shift+.' })] });
    await click($('[data-cf="badge"]')!);
    expect($('[data-cf="findings-list"] [data-cf="shortcut"]')!.textContent).toBe(
      'Caret in underlined words? Alt+Enter or Alt+Shift+. opens their card.',
    );
  });

  it('lists every finding, with no note, when all are underlined and there are 50 or fewer', async () => {
    await show({ badges: [badgeModel()] });
    await click($('[data-cf="badge"]')!);
    expect($('.cf-panel-head')!.textContent).toBe('2 suggestions');
    expect($('[data-cf="underlined"]')).toBeNull();
    expect($('[data-cf="more"]')).toBeNull();
  });
});
