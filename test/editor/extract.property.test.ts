// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../src/editor/extract';
import { analyze } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';
import { checkCharacters, checkSpan, editor, isExcluded } from './dom-helpers';
import { build, trees } from './random-dom';

const ruleset = builtinRuleset();
const spans = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 });

function draftOf(forest: Parameters<typeof build>[1][]) {
  const root = editor();
  for (const tree of forest) root.appendChild(build(document, tree));
  return { root, draft: extractDraft(root, isExcluded) };
}

describe('extractDraft on random editor DOMs', () => {
  for (const withSkipped of [false, true]) {
    it(`maps every finding and every span back to the same characters${withSkipped ? ' (with excluded and hidden content)' : ''}`, () => {
      let findings = 0;
      fc.assert(
        fc.property(trees(withSkipped), spans, (forest, pairs) => {
          const { root, draft } = draftOf(forest);
          const perChar = checkCharacters(draft, root);
          for (const f of analyze(draft.text, ruleset)) {
            findings++;
            checkSpan(draft, perChar, f.start, f.end);
            if (!withSkipped) expect(draft.toRange(f.start, f.end) !== undefined).toBe(true);
          }
          const n = draft.text.length + 1;
          for (const [a, b] of pairs) {
            const [start, end] = [a % n, b % n].sort((x, y) => x - y) as [number, number];
            checkSpan(draft, perChar, start, end);
            if (!withSkipped) expect(draft.toRange(start, end) !== undefined, `span [${start}, ${end})`).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
      expect(findings).toBeGreaterThan(20);
    }, 30_000);
  }

  it('gives every caret position in a text node its offset, in order', () => {
    fc.assert(
      fc.property(trees(true), (forest) => {
        const { root, draft } = draftOf(forest);
        let previous = 0;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
          const size = node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length;
          for (let offset = 0; offset <= size; offset++) {
            const at = draft.toOffset(node, offset);
            let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
            let inside = false;
            let hidden = false;
            for (; el && el !== root; el = el.parentElement) {
              inside ||= isExcluded(el);
              hidden ||= el.hasAttribute('hidden') || el.localName === 'script';
            }
            if (inside) {
              expect(at).toBeUndefined();
              continue;
            }
            expect(at).toBeGreaterThanOrEqual(0);
            expect(at).toBeLessThanOrEqual(draft.text.length);
            // Within one text node the offsets run along its characters.
            if (node.nodeType === Node.TEXT_NODE && !hidden && offset > 0) expect(at).toBe(previous + 1);
            else if (node.nodeType === Node.TEXT_NODE && offset > 0) expect(at).toBe(previous);
            previous = at!;
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
