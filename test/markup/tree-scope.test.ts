// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  composedParent,
  deepActiveElement,
  focusWithin,
  shadowRootOf,
  shadowRootsAbove,
} from '../../src/markup/tree-scope';
import { findEditors } from '../../src/sites';
import { generic } from '../../src/sites/generic';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

/** A reply pane as web components build it: an editor two shadow roots deep. */
function nestedEditor(mode: ShadowRootMode = 'open') {
  document.body.innerHTML = '<main><crm-reply-pane></crm-reply-pane></main>';
  const pane = document.querySelector('crm-reply-pane')!;
  const outer = pane.attachShadow({ mode });
  outer.innerHTML = '<section><crm-editor></crm-editor></section>';
  const inner = outer.querySelector('crm-editor')!.attachShadow({ mode });
  inner.innerHTML = '<div class="body" contenteditable="true">Hi</div>';
  return { pane, outer, inner, editor: inner.querySelector<HTMLElement>('.body')! };
}

describe('tree-scope: reading a page across open shadow roots', () => {
  it('names the shadow roots above a node, innermost first, and none for a node in the document', () => {
    const { outer, inner, editor } = nestedEditor();
    expect(shadowRootsAbove(editor)).toEqual([inner, outer]);
    expect(shadowRootOf(editor)).toBe(inner);
    expect(shadowRootsAbove(document.querySelector('main')!)).toEqual([]);
    expect(shadowRootOf(document.querySelector('main')!)).toBeUndefined();
  });

  it('goes up from a shadow root to its host, as the page is drawn', () => {
    const { pane, outer, editor } = nestedEditor();
    const section = outer.querySelector('section')!;
    expect(composedParent(editor)).toBe(outer.querySelector('crm-editor'));
    expect(composedParent(section)).toBe(pane);
    expect(composedParent(pane)).toBe(document.querySelector('main'));
  });

  it('the page query misses an editor in a shadow root; the query in its root finds it', () => {
    const { inner, editor } = nestedEditor();
    expect(findEditors(generic)).toEqual([]);
    expect(findEditors(generic, inner)).toEqual([editor]);
  });
});

describe('tree-scope: the focused field inside shadow roots, open or closed', () => {
  it('follows focus down open roots to the field itself', () => {
    const { pane, editor } = nestedEditor();
    editor.focus();
    expect(deepActiveElement()).toBe(editor);
    expect(focusWithin(pane)).toBe(editor);
  });

  it('stops at the host of a closed root when nothing may open it, as a page script must', () => {
    const { pane, editor } = nestedEditor('closed');
    editor.focus();
    expect(pane.shadowRoot).toBeNull();
    expect(deepActiveElement()).toBe(pane);
  });

  it("goes into closed roots through the browser's opener for extensions (Chromium's chrome.dom)", () => {
    const { pane, outer, inner, editor } = nestedEditor('closed');
    const roots = new Map<Element, ShadowRoot>([
      [pane, outer],
      [outer.querySelector('crm-editor')!, inner],
    ]);
    vi.stubGlobal('chrome', { dom: { openOrClosedShadowRoot: (host: Element) => roots.get(host) ?? null } });
    editor.focus();
    expect(deepActiveElement()).toBe(editor);
    expect(focusWithin(pane)).toBe(editor);
    expect(shadowRootsAbove(editor)).toEqual([inner, outer]);
  });

  it('leaves a target with no shadow root, or no focus inside its root, as it is', () => {
    const { pane } = nestedEditor();
    const main = document.querySelector('main')!;
    expect(focusWithin(main)).toBe(main);
    expect(focusWithin(pane)).toBe(pane);
    expect(focusWithin(null)).toBeNull();
  });
});
