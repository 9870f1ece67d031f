// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { composedParent, shadowRootOf, shadowRootsAbove } from '../../src/markup/tree-scope';
import { findEditors } from '../../src/sites';
import { generic } from '../../src/sites/generic';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A reply pane as web components build it: an editor two shadow roots deep. */
function nestedEditor() {
  document.body.innerHTML = '<main><crm-reply-pane></crm-reply-pane></main>';
  const pane = document.querySelector('crm-reply-pane')!;
  const outer = pane.attachShadow({ mode: 'open' });
  outer.innerHTML = '<section><crm-editor></crm-editor></section>';
  const inner = outer.querySelector('crm-editor')!.attachShadow({ mode: 'open' });
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
