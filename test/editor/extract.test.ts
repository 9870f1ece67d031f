// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../src/editor/extract';
import { analyze } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';
import { checkCharacters, checkSpan, editor, isExcluded, shown } from './dom-helpers';

const extract = (html: string) => {
  const root = editor(html);
  return { root, draft: extractDraft(root, isExcluded) };
};

describe('extractDraft: HTML → text', () => {
  it.each([
    // Gmail: the first line sits directly in the editor, the rest in divs; <div><br></div> is a blank line.
    ['Hello<div>World</div><div><br></div><div>Next para</div>', 'Hello\nWorld\n\nNext para'],
    ['<div dir="ltr">Hi Sam,<div><br></div><div>Thanks for the call.</div></div>', 'Hi Sam,\n\nThanks for the call.'],
    // Outlook (roosterjs)
    [
      '<div class="elementToProof">Para one</div><div class="elementToProof"><br></div><div class="elementToProof">Para two</div>',
      'Para one\n\nPara two',
    ],
    ['<p>One</p><p>Two</p>', 'One\nTwo'],
    ['<div><div>a</div></div><div>b</div>', 'a\nb'],
    ['<div><div><p>a</p></div></div>', 'a'],
    ['<div>a</div>', 'a'],
    ['', ''],
    ['<div><br></div>', ''],
    ['<div><br></div><div>a</div>', '\na'],
    ['<div>a</div><div><br></div>', 'a\n'],
    // <br>
    ['a<br>b', 'a\nb'],
    ['a<br><br>b', 'a\n\nb'],
    ['<div>a<br></div><div>b</div>', 'a\nb'],
    ['<div>a<br><br></div><div>b</div>', 'a\n\nb'],
    ['a<br><div>b</div>', 'a\nb'],
    ['a<br>', 'a'],
    // Blocks of every kind
    ['<ul><li>one</li><li>two</li></ul>after', 'one\ntwo\nafter'],
    ['<h1>Title</h1><pre>code</pre><section>s</section>', 'Title\ncode\ns'],
    ['<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>', 'a\nb'],
    ['a<hr>b', 'a\nb'],
    // Inline elements add nothing; a phrase split by formatting stays one phrase.
    ['<b>client</b> centricity', 'client centricity'],
    ['<span>cus</span><span>tomer-fac</span>ing', 'customer-facing'],
    ['<font>a</font><u>b</u><a href="#">c</a><code>d</code><strong>e</strong><em>f</em><i>g</i>', 'abcdefg'],
    // Spaces as they are; only U+00A0 becomes a space.
    ['a&nbsp;&nbsp;b', 'a  b'],
    ['a  &nbsp; b', 'a    b'],
    ['\u00a0lead', ' lead'],
    // Outside the BMP: offsets are UTF-16 code units, as in the DOM.
    ['<div>😀 synergy</div><div>𠀀x</div>', '😀 synergy\n𠀀x'],
    // Images and other replaced elements: one space.
    ['a<img src="x.png">b', 'a b'],
    ['<div><img></div>', ' '],
    ['a<input>b<video></video>c<embed>d<object></object>e', 'a b c d e'],
    // Hidden content and comments
    ['a<script>x()</script><style>p{}</style><template>t</template><span hidden>z</span>b<!-- c -->', 'ab'],
    ['<div hidden>gone</div><div>kept</div>', 'kept'],
    // Quoted history and signatures: left out, but still a line break.
    ['<div>Thanks</div><div class="gmail_signature">-- Sam</div>', 'Thanks'],
    [
      '<div>Hi</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon, Sam wrote:</div><blockquote>old</blockquote></div>',
      'Hi\n',
    ],
    ['<div>Hi</div><div class="gmail_quote">q</div><div>Bye</div>', 'Hi\nBye'],
    ['before<span class="gmail_signature">sig</span>after', 'before\nafter'],
    ['<div>Hi</div><div id="Signature"><div>Best,</div><div>Dana</div></div>', 'Hi'],
    ['<div>a<div data-smartmail="gmail_signature">s</div></div>', 'a'],
  ])('%j', (html, expected) => {
    const { root, draft } = extract(html);
    expect(draft.text).toBe(expected);
    const perChar = checkCharacters(draft, root);
    for (let start = 0; start <= draft.text.length; start++) {
      for (let end = start; end <= draft.text.length; end++) checkSpan(draft, perChar, start, end);
    }
  });
});

describe('toRange', () => {
  it('covers a phrase split by formatting, across both text nodes', () => {
    const { root, draft } = extract('<div>We value <b>client</b> centricity.</div>');
    const [finding] = analyze(draft.text, builtinRuleset()).filter((f) => f.ruleId === 'default/centricity');
    expect(finding?.text).toBe('client centricity');
    const range = draft.toRange(finding!.start, finding!.end)!;
    expect(range.toString()).toBe('client centricity');
    const bold = root.querySelector('b')!.firstChild!;
    expect([range.startContainer, range.startOffset]).toEqual([bold, 0]);
    expect([range.endContainer, range.endOffset]).toEqual([bold.parentNode!.nextSibling, ' centricity'.length]);
  });

  it('starts inside the next line’s text, not at the block boundary, for a span beginning with a break', () => {
    const { root, draft } = extract('Hello<div>World</div>');
    const range = draft.toRange(5, 8)!;
    expect(range.toString()).toBe('Wo');
    expect([range.startContainer, range.startOffset]).toEqual([root.querySelector('div')!.firstChild, 0]);
  });

  it('is collapsed for a span of line breaks only, and undefined out of bounds', () => {
    const { draft } = extract('<div>a</div><div><br></div><div>b</div>');
    const range = draft.toRange(1, 3)!;
    expect(range.collapsed).toBe(true);
    expect(draft.toRange(-1, 1)).toBeUndefined();
    expect(draft.toRange(2, 1)).toBeUndefined();
    expect(draft.toRange(0, 99)).toBeUndefined();
  });

  it('refuses a span whose range would show skipped text, e.g. a signature between two words', () => {
    const { draft } = extract('<div>client<span class="gmail_signature">Dana</span>centricity</div>');
    expect(draft.text).toBe('client\ncentricity');
    expect(draft.toRange(0, draft.text.length)).toBeUndefined();
    expect(shown(draft.toRange(7, 17)!)).toBe('centricity');
  });

  it('keeps astral characters whole', () => {
    const { draft } = extract('<div>Hi 😀 <b>synergy</b></div>');
    expect(draft.toRange(3, 5)!.toString()).toBe('😀');
    expect(draft.toRange(6, 13)!.toString()).toBe('synergy');
  });

  it('becomes undefined when the text it mapped has changed', () => {
    const { root, draft } = extract('<div>synergy</div>');
    (root.firstChild!.firstChild as Text).data = 'syn';
    expect(draft.toRange(0, 7)).toBeUndefined();
    root.replaceChildren();
    expect(draft.toRange(0, 3)).toBeUndefined();
  });
});

describe('toOffset', () => {
  it('maps caret positions in text nodes and between nodes', () => {
    const { root, draft } = extract('Hello<div>We value <b>client</b> centricity.</div><div><br></div><div>End</div>');
    expect(draft.text).toBe('Hello\nWe value client centricity.\n\nEnd');
    const [hello, div1, div2, div3] = [...root.childNodes] as [Text, HTMLElement, HTMLElement, HTMLElement];
    const bold = div1.querySelector('b')!;
    expect(draft.toOffset(hello, 0)).toBe(0);
    expect(draft.toOffset(hello, 5)).toBe(5);
    expect(draft.toOffset(root, 0)).toBe(0);
    // Before a block: its first character, after the line break.
    expect(draft.toOffset(root, 1)).toBe(6);
    expect(draft.toOffset(div1, 0)).toBe(6);
    expect(draft.toOffset(bold, 0)).toBe(15);
    expect(draft.toOffset(bold.firstChild!, 3)).toBe(18);
    expect(draft.toOffset(bold, 1)).toBe(21);
    expect(draft.toOffset(bold.nextSibling!, 0)).toBe(21);
    // The end of a block is the end of its line; just past the block, the start of the next line.
    expect(draft.toOffset(div1, 3)).toBe(draft.text.indexOf('\n\n'));
    expect(draft.toOffset(root, 2)).toBe(draft.text.indexOf('\n\n') + 1);
    // The empty line of <div><br></div>, and the line after it.
    expect(draft.toOffset(div2, 0)).toBe(draft.text.indexOf('\n\n') + 1);
    expect(draft.toOffset(div3.firstChild!, 0)).toBe(draft.text.indexOf('End'));
    expect(draft.toOffset(div3.firstChild!, 3)).toBe(draft.text.length);
    expect(draft.toOffset(root, 4)).toBe(draft.text.length);
  });

  it('puts a caret at the end of an inline first line before the line break', () => {
    const { root, draft } = extract('Hello<div>World</div>');
    expect(draft.toOffset(root.firstChild!, 5)).toBe(5);
    expect(draft.toOffset(root, 1)).toBe(6);
  });

  it('counts UTF-16 code units like the DOM', () => {
    const { root, draft } = extract('<div>😀x</div>');
    expect(draft.toOffset(root.firstChild!.firstChild!, 2)).toBe(2);
  });

  it('is undefined inside excluded content or outside the editor', () => {
    const { root, draft } = extract('<div>Hi</div><div class="gmail_signature"><div>Dana</div></div>');
    const signature = root.querySelector('.gmail_signature')!;
    expect(draft.toOffset(signature.firstChild!.firstChild!, 1)).toBeUndefined();
    expect(draft.toOffset(signature, 0)).toBeUndefined();
    expect(draft.toOffset(document.body, 0)).toBeUndefined();
    // Just before the signature: the end of the text.
    expect(draft.toOffset(root, 1)).toBe(2);
  });

  it('maps a point inside hidden or empty nodes to the next character', () => {
    const { root, draft } = extract('<div>a<span hidden>zz</span>b</div>');
    expect(draft.text).toBe('ab');
    expect(draft.toOffset(root.querySelector('span')!.firstChild!, 1)).toBe(1);
  });
});
