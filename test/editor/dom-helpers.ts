import { expect } from 'vitest';
import type { DraftText } from '../../src/editor/draft-text';

/** Quoted history and signatures as Gmail and Outlook mark them (the sites' own lists live in src/sites). */
export const isExcluded = (el: Element) =>
  el.matches('.gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"], #Signature, blockquote');

export function editor(html = ''): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

/** What a range shows, with the DOM's no-break spaces as the text has them. */
export const shown = (range: Range) => range.toString().replace(/\u00a0/g, ' ');

/** The characters the draft takes from the DOM, read independently: included text nodes in order. */
function realChars(root: Node, excluded: (el: Element) => boolean): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += (node as Text).data.replace(/\u00a0/g, ' ');
    if (node.nodeType !== Node.ELEMENT_NODE && node !== root) return;
    const el = node as Element;
    if (
      node !== root &&
      (['script', 'style', 'template', 'noscript'].includes(el.localName) || el.hasAttribute('hidden') || excluded(el))
    )
      return;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

/**
 * Per character, toRange shows either nothing (a line break or image space standing for markup)
 * or exactly that character; the shown characters are the DOM's own text in order. Returns what
 * each character shows, to build the expectation for longer spans.
 */
export function checkCharacters(draft: DraftText, root: HTMLElement): string[] {
  const perChar: string[] = [];
  for (let i = 0; i < draft.text.length; i++) {
    const range = draft.toRange(i, i + 1);
    // (Assertions take plain values only: vitest formats DOM objects even when they pass, slowly.)
    if (!range) expect.fail(`no range for character ${i} of ${JSON.stringify(draft.text)}`);
    const s = shown(range);
    if (s === '') expect(['\n', ' ']).toContain(draft.text[i]);
    else expect(s).toBe(draft.text[i]);
    perChar.push(s);
  }
  expect(perChar.join('')).toBe(realChars(root, isExcluded));
  return perChar;
}

/**
 * A span's range shows exactly the span's DOM characters. toRange may refuse (undefined) only when
 * the plain range between those characters would also show skipped text (a signature, hidden text).
 */
export function checkSpan(draft: DraftText, perChar: string[], start: number, end: number): void {
  const expected = perChar.slice(start, end).join('');
  const range = draft.toRange(start, end);
  if (range) {
    expect(shown(range), `span [${start}, ${end}) of ${JSON.stringify(draft.text)}`).toBe(expected);
    if (expected && start < end) {
      // Tight: it starts at the first real character and ends after the last one.
      const first = perChar.findIndex((s, i) => i >= start && s !== '');
      const last = perChar.findLastIndex((s, i) => i < end && s !== '');
      const a = draft.toRange(first, first + 1)!;
      const b = draft.toRange(last, last + 1)!;
      const tight =
        range.startContainer === a.startContainer &&
        range.startOffset === a.startOffset &&
        range.endContainer === b.endContainer &&
        range.endOffset === b.endOffset;
      expect(tight, `span [${start}, ${end}) is tight`).toBe(true);
    }
    return;
  }
  const first = perChar.findIndex((s, i) => i >= start && s !== '');
  const last = perChar.findLastIndex((s, i) => i < end && s !== '');
  expect(first, `refused a span without real characters: [${start}, ${end})`).toBeGreaterThanOrEqual(0);
  const plain = document.createRange();
  plain.setStart(draft.toRange(first, first + 1)!.startContainer, draft.toRange(first, first + 1)!.startOffset);
  plain.setEnd(draft.toRange(last, last + 1)!.endContainer, draft.toRange(last, last + 1)!.endOffset);
  expect(shown(plain), `refused span [${start}, ${end}) shows nothing extra`).not.toBe(expected);
}
