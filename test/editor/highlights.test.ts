// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HighlightPainter, highlightNameFor } from '../../src/editor/highlights';
import { highlightStylesheet, KINDS } from '../../src/engine/kinds';

beforeAll(() => {
  // happy-dom has no CSS Custom Highlight API: a Set of ranges stands in for a Highlight.
  if (!('Highlight' in globalThis)) vi.stubGlobal('Highlight', class extends Set<Range> {});
});

/** A registry that is only a Map, as CSS.highlights is (a maplike of name → Highlight). */
const registry = () => new Map<string, Highlight>() as unknown as HighlightRegistry & Map<string, Highlight>;

const rangeOver = (text: string): Range => {
  const node = document.createTextNode(text);
  document.body.append(node);
  const range = document.createRange();
  range.selectNodeContents(node);
  return range;
};

const painted = (names: Map<string, Highlight>) =>
  Object.fromEntries(
    [...names].map(([name, highlight]) => [name, [...(highlight as unknown as Set<Range>)].map(String)]),
  );

describe('highlightNameFor: the name a kind is painted under', () => {
  it('is the plain name on a light editor and the dark one on a dark editor', () => {
    expect(highlightNameFor('buzzword', false)).toBe('cf-buzzword');
    expect(highlightNameFor('buzzword', true)).toBe('cf-buzzword-dark');
    expect(highlightNameFor('pitch-first', true)).toBe('cf-pitch-first-dark');
  });

  it('always names a rule of the content-script stylesheet', () => {
    const css = highlightStylesheet();
    for (const kind of KINDS) {
      for (const dark of [false, true]) expect(css).toContain(`::highlight(${highlightNameFor(kind, dark)}) {`);
    }
  });
});

describe('HighlightPainter: light and dark editors', () => {
  it('paints a dark editor under the dark names and a light one under the plain names', () => {
    const names = registry();
    const painter = new HighlightPainter(names);
    const light = {};
    const dark = {};
    painter.set(light, [{ kind: 'buzzword', range: rangeOver('synergy') }]);
    painter.set(dark, [{ kind: 'buzzword', range: rangeOver('leverage') }], true);
    expect(painted(names)).toEqual({ 'cf-buzzword': ['synergy'], 'cf-buzzword-dark': ['leverage'] });
  });

  it('moves an editor’s ranges when its background turns dark, and back', () => {
    const names = registry();
    const painter = new HighlightPainter(names);
    const owner = {};
    const ranges = [
      { kind: 'buzzword' as const, range: rangeOver('synergy') },
      { kind: 'non-apology' as const, range: rangeOver('sorry you feel') },
    ];
    painter.set(owner, ranges);
    painter.set(owner, ranges, true);
    expect(painted(names)).toEqual({
      'cf-buzzword': [],
      'cf-non-apology': [],
      'cf-buzzword-dark': ['synergy'],
      'cf-non-apology-dark': ['sorry you feel'],
    });
    painter.set(owner, ranges, false);
    expect(painted(names)['cf-buzzword']).toEqual(['synergy']);
    expect(painted(names)['cf-buzzword-dark']).toEqual([]);
  });

  it('clears one editor only, and unregisters every name it registered on destroy', () => {
    const names = registry();
    const painter = new HighlightPainter(names);
    const light = {};
    const dark = {};
    painter.set(light, [{ kind: 'pitch-first', range: rangeOver('I am Dana') }]);
    painter.set(dark, [{ kind: 'pitch-first', range: rangeOver('We help teams') }], true);
    painter.clear(dark);
    expect(painted(names)).toEqual({ 'cf-pitch-first': ['I am Dana'], 'cf-pitch-first-dark': [] });
    painter.destroy();
    expect(names.size).toBe(0);
  });

  it('changes a highlight only where its ranges changed: the same ranges again touch nothing', () => {
    const names = registry();
    const painter = new HighlightPainter(names);
    const editor = {};
    const synergy = { kind: 'buzzword' as const, range: rangeOver('synergy') };
    const leverage = { kind: 'buzzword' as const, range: rangeOver('leverage') };
    painter.set(editor, [synergy, leverage]);
    const highlight = names.get('cf-buzzword') as unknown as Set<Range>;
    const add = vi.spyOn(highlight, 'add');
    const remove = vi.spyOn(highlight, 'delete');
    const clear = vi.spyOn(highlight, 'clear');
    painter.set(editor, [synergy, leverage]);
    expect([add.mock.calls.length, remove.mock.calls.length, clear.mock.calls.length]).toEqual([0, 0, 0]);
    const solutions = { kind: 'buzzword' as const, range: rangeOver('solutions') };
    painter.set(editor, [leverage, solutions]);
    expect(add.mock.calls).toEqual([[solutions.range]]);
    expect(remove.mock.calls).toEqual([[synergy.range]]);
    expect(painted(names)['cf-buzzword']).toEqual(['leverage', 'solutions']);
  });
});

describe('HighlightPainter: editors in shadow roots', () => {
  /** A range over `text` in a new shadow root, as a web component's editor holds it. */
  const inShadowRoot = (text: string) => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const node = document.createTextNode(text);
    root.append(node);
    const range = document.createRange();
    range.selectNodeContents(node);
    return { root, range };
  };
  // happy-dom's CSS parser drops `::highlight()` rules, so the sheets are told apart by who made them
  // (the real browsers' tests read the rules: test/e2e/harness/web-component.ts).
  const ours = (root: ShadowRoot, pages: CSSStyleSheet[] = []) =>
    root.adoptedStyleSheets.filter((sheet) => !pages.includes(sheet)).length;

  it('brings the highlight rules into the root the text is in, once, and adds no node', () => {
    const painter = new HighlightPainter(registry());
    const { root, range } = inShadowRoot('synergy');
    painter.set({}, [{ kind: 'buzzword', range }]);
    painter.set({}, [{ kind: 'buzzword', range }]);
    expect(ours(root)).toBe(1);
    expect(root.childNodes.length).toBe(1);
  });

  it("brings them back when the page sets the root's sheets anew, keeping the page's", () => {
    const painter = new HighlightPainter(registry());
    const editor = {};
    const { root, range } = inShadowRoot('synergy');
    painter.set(editor, [{ kind: 'buzzword', range }]);
    const theme = new CSSStyleSheet();
    theme.replaceSync('p { color: navy; }');
    root.adoptedStyleSheets = [theme];
    expect(ours(root, [theme])).toBe(0);
    painter.set(editor, [{ kind: 'buzzword', range }]);
    expect(ours(root, [theme])).toBe(1);
    expect(root.adoptedStyleSheets[0]).toBe(theme);
  });

  it('leaves a document alone: its rules come with the content script', () => {
    const painter = new HighlightPainter(registry());
    const before = document.adoptedStyleSheets.length;
    painter.set({}, [{ kind: 'buzzword', range: rangeOver('synergy') }]);
    expect(document.adoptedStyleSheets.length).toBe(before);
  });
});
