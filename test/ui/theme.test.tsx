// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseColour, relativeLuminance } from '../../src/editor/dark-editor';
import { KIND_TABLE, KINDS } from '../../src/engine/kinds';
import type { Finding } from '../../src/engine/types';
import { kindStyle } from '../../src/ui/kind-style';
import { createOverlay, type Overlay } from '../../src/ui/overlay';
import type { BadgeModel, CardModel } from '../../src/ui/overlay-model';
import { OVERLAY_CSS } from '../../src/ui/styles';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** theme.css's custom properties: name → [light, dark]. */
function tokens(): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const m of read('src/ui/theme.css').matchAll(/(--cf-[a-z0-9-]+):\s*light-dark\(\s*([^,]+?),\s*(.+?)\);/g))
    out.set(m[1]!, [m[2]!.trim(), m[3]!.trim()]);
  return out;
}

function contrast(fore: string, back: string): number {
  const [x, y] = [fore, back].map((c) => relativeLuminance(parseColour(c)!)).sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('theme.css: every colour is a light-dark() pair of custom properties', () => {
  const theme = tokens();
  const scheme = (name: string, side: 0 | 1) => {
    const pair = theme.get(name);
    if (!pair) throw new Error(`${name} is not in theme.css`);
    return pair[side];
  };

  it('defines every --cf-* colour our style sheets use (the kinds set theirs inline)', () => {
    const inline = new Set(['--cf-accent', '--cf-line', '--cf-tint']);
    const sheets = {
      overlay: OVERLAY_CSS,
      popup: read('entrypoints/popup/style.css'),
      options: read('entrypoints/options/style.css'),
    };
    const missing = Object.entries(sheets).flatMap(([sheet, css]) =>
      [...css.matchAll(/var\((--cf-[a-z0-9-]+)/g)]
        .map((m) => m[1]!)
        .filter((name) => !inline.has(name) && !theme.has(name))
        .map((name) => `${sheet}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('writes no colour of its own into the popup, options or overlay style sheets', () => {
    const literal = /#[0-9a-f]{3,8}\b|rgba?\(/i;
    const lines = (css: string) => css.split('\n').filter((line) => literal.test(line));
    expect(lines(read('entrypoints/popup/style.css'))).toEqual([]);
    expect(lines(read('entrypoints/options/style.css'))).toEqual([]);
    // The overlay's own sheet: only the host's inline style and the kinds' table (light-dark pairs).
    expect(lines(OVERLAY_CSS.replace(read('src/ui/theme.css'), '')).filter((l) => !l.includes('light-dark('))).toEqual(
      [],
    );
  });

  // Text on the surfaces it is written on, in both schemes: WCAG AA, 4.5:1.
  const TEXT_ON: [string, string[]][] = [
    ['--cf-text', ['--cf-surface', '--cf-page', '--cf-surface-sunk', '--cf-surface-hover', '--cf-button']],
    ['--cf-text-strong', ['--cf-surface', '--cf-surface-hover']],
    ['--cf-text-muted', ['--cf-surface', '--cf-page', '--cf-surface-sunk', '--cf-surface-hover']],
    ['--cf-link', ['--cf-surface', '--cf-page', '--cf-surface-sunk']],
    ['--cf-error-text', ['--cf-error-bg']],
    ['--cf-warning-text', ['--cf-warning-bg', '--cf-surface']],
    ['--cf-success-text', ['--cf-surface']],
    ['--cf-tag-text', ['--cf-tag-bg']],
    ['--cf-tag-managed-text', ['--cf-tag-managed-bg']],
    ['--cf-primary-text', ['--cf-primary', '--cf-primary-hover']],
  ];
  for (const [side, name] of [
    [0, 'light'],
    [1, 'dark'],
  ] as const) {
    it(`keeps text at 4.5:1 and control edges at 3:1 (${name})`, () => {
      const low: string[] = [];
      for (const [text, backs] of TEXT_ON) {
        for (const back of backs) {
          const ratio = contrast(scheme(text, side), scheme(back, side));
          if (ratio < 4.5) low.push(`${text} on ${back}: ${ratio.toFixed(2)}`);
        }
      }
      for (const back of ['--cf-surface', '--cf-page']) {
        const ratio = contrast(scheme('--cf-control-edge', side), scheme(back, side));
        if (ratio < 3) low.push(`--cf-control-edge on ${back}: ${ratio.toFixed(2)}`);
      }
      for (const kind of KINDS) {
        const { colour, darkColour } = KIND_TABLE[kind].highlight;
        const ratio = contrast(side === 0 ? colour : darkColour, scheme('--cf-surface', side));
        if (ratio < 4.5) low.push(`${kind} accent on --cf-surface: ${ratio.toFixed(2)}`);
      }
      expect(low).toEqual([]);
    });
  }

  it("dresses a kind in its light and dark underline colours, by the element's scheme", () => {
    const { colour, darkColour, line, tint } = KIND_TABLE.buzzword.highlight;
    expect(kindStyle('buzzword')).toEqual({
      '--cf-accent': `light-dark(${colour}, ${darkColour})`,
      '--cf-line': line,
      '--cf-tint': tint,
    });
  });
});

describe('overlay: the card and each badge take the scheme of their editor', () => {
  let overlay: Overlay | undefined;
  afterEach(() => overlay?.destroy());

  const finding: Finding = {
    ruleId: 'default/synergy',
    kind: 'buzzword',
    start: 0,
    end: 7,
    text: 'synergy',
    message: 'Say what the two teams will actually do together.',
    suggestions: [],
    severity: 'warning',
  };
  const badge = (id: string, dark?: boolean): BadgeModel => ({
    id,
    anchor: { left: 400, top: 300, width: 500, height: 400 },
    findings: [finding],
    underlined: 1,
    paused: false,
    onTogglePause: vi.fn(),
    onSelect: vi.fn(),
    dark,
  });
  const card = (dark: boolean): CardModel => ({
    finding,
    anchor: { left: 100, top: 100, width: 60, height: 16 },
    focus: false,
    onApply: vi.fn(),
    onIgnore: vi.fn(),
    onClose: vi.fn(),
    onPointerEnter: vi.fn(),
    dark,
  });

  it('wraps each in a box-less element that says light or dark, and changes it in place', async () => {
    let shadow: ShadowRoot | undefined;
    const attach = Element.prototype.attachShadow;
    const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
      shadow = attach.call(this, init);
      return shadow;
    });
    overlay = createOverlay(document);
    spy.mockRestore();
    const schemes = () =>
      [...shadow!.querySelectorAll<HTMLElement>('.cf-theme')].map((el) => [
        el.dataset.cfTheme,
        el.firstElementChild?.getAttribute('data-cf') ?? el.firstElementChild?.className,
      ]);

    await act(() => overlay!.render({ badges: [badge('a', true), badge('b')], card: card(true) }));
    expect(schemes()).toEqual([
      ['dark', 'cf-badge-wrap'],
      ['light', 'cf-badge-wrap'],
      ['dark', 'card'],
    ]);
    const card0 = shadow!.querySelector('[data-cf="card"]');
    await act(() => overlay!.render({ badges: [badge('a', false), badge('b')], card: card(false) }));
    expect(schemes()).toEqual([
      ['light', 'cf-badge-wrap'],
      ['light', 'cf-badge-wrap'],
      ['light', 'card'],
    ]);
    // The same card, re-dressed: not a new one (which would be placed and focused anew).
    expect(shadow!.querySelector('[data-cf="card"]')).toBe(card0);
    expect(OVERLAY_CSS).toContain('.cf-theme { display: contents; color-scheme: light; }');
    expect(OVERLAY_CSS).toContain('.cf-theme[data-cf-theme="dark"] { color-scheme: dark; }');
  });
});
