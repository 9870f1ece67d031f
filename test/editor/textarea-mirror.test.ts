// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { replaceInTextarea, TextareaMirror } from '../../src/editor/textarea-mirror';

beforeAll(() => {
  // happy-dom has no ResizeObserver: the mirror only needs one to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
    unobserve() {}
  } as unknown as typeof ResizeObserver;
  // Nor the editing command: here a rewrite takes the fallback path (setRangeText and an input event).
  document.execCommand = () => false;
});

let mirror: TextareaMirror | undefined;
afterEach(() => {
  mirror?.destroy();
  mirror = undefined;
  document.body.innerHTML = '';
});

function open(value: string): { textarea: HTMLTextAreaElement; mirror: TextareaMirror } {
  document.body.innerHTML = '<textarea id="t"></textarea>';
  const textarea = document.getElementById('t') as HTMLTextAreaElement;
  textarea.value = value;
  mirror = new TextareaMirror(textarea);
  return { textarea, mirror };
}

const blocks = (m: TextareaMirror) => [...m.element.children].map((b) => b.innerHTML);

function type(textarea: HTMLTextAreaElement, value: string) {
  textarea.value = value;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('TextareaMirror', () => {
  it('holds the value one block per line, an empty line as a line break, outside the page markup', () => {
    // (Browsers give a textarea's value with every line break as "\n"; happy-dom does not, so none here is "\r\n".)
    const { mirror: m } = open('Hi Sam,\n\nThanks for the call.\nBest, Dana');
    expect(blocks(m)).toEqual(['Hi Sam,', '<br>', 'Thanks for the call.', 'Best, Dana']);
    expect(m.element.parentElement).toBe(document.documentElement);
    expect(m.element.getAttribute('aria-hidden')).toBe('true');
    expect(m.element.style.getPropertyValue('pointer-events')).toBe('none');
  });

  it('keeps the value, its lines and their starts right through edits anywhere, by any amount', () => {
    const { textarea, mirror: m } = open('alpha\nbeta\ngamma');
    const edits = [
      'alpha\nbeta\ngamma delta',
      'ALPHA\nbeta\ngamma delta',
      'alpha\n\n\nbeta\ngamma delta\n',
      'beta',
      '',
      'one line only, then\ntwo\nthree\nfour',
      'one line only, then\nfour',
    ];
    for (const value of edits) {
      type(textarea, value);
      expect(blocks(m).map((b) => (b === '<br>' ? '' : b))).toEqual(value.split('\n'));
      // Each line's first character maps to the value's index of it, and back.
      let at = 0;
      for (const [i, line] of value.split('\n').entries()) {
        textarea.setSelectionRange(at, at);
        textarea.focus();
        const point = m.path.caret()!;
        expect(point.node === m.element.children[i] || point.node.parentNode === m.element.children[i]).toBe(true);
        at += line.length + 1;
      }
    }
  });

  it('takes a paste of more lines than a call takes arguments, and an edit in the middle of it', () => {
    const { textarea, mirror: m } = open('start');
    const lines = Array.from({ length: 200_000 }, (_, i) => `line ${i}`);
    type(textarea, lines.join('\n'));
    expect(m.element.children.length).toBe(200_000);
    lines[100_000] = 'line 100000, edited';
    type(textarea, lines.join('\n'));
    expect(m.element.children[100_000]!.textContent).toBe('line 100000, edited');
    expect(m.element.children[100_001]!.textContent).toBe('line 100001');
    // happy-dom builds 200,000 elements slowly (about 4 s on a quiet machine): ample slack for a busy one.
  }, 60_000);

  it('replaces only the lines an edit touched', () => {
    const { textarea, mirror: m } = open('one\ntwo\nthree\nfour');
    const [first, second, , last] = [...m.element.children];
    type(textarea, 'one\ntwo and a half\nthree\nfour');
    expect(blocks(m)).toEqual(['one', 'two and a half', 'three', 'four']);
    const now = [...m.element.children];
    expect(now[0]).toBe(first);
    expect(now[1]).not.toBe(second);
    expect(now[3]).toBe(last);
    type(textarea, 'one\nthree\nfour');
    expect(blocks(m)).toEqual(['one', 'three', 'four']);
    type(textarea, 'zero\none\nthree\nfour\nfive');
    expect(blocks(m)).toEqual(['zero', 'one', 'three', 'four', 'five']);
  });

  it('maps the caret and a replaced range between the mirror and the value', () => {
    const { textarea, mirror: m } = open("Hi Sam,\nLet's circle back on the synergy.");
    textarea.focus();
    textarea.setSelectionRange(12, 12);
    const caret = m.path.caret()!;
    expect(caret.node.textContent).toBe("Let's circle back on the synergy.");
    expect(caret.offset).toBe(4);

    const text = m.element.children[1]!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 25);
    range.setEnd(text, 32);
    expect(range.toString()).toBe('synergy');
    expect(m.path.replace(range, 'joint work')).toBe(true);
    expect(textarea.value).toBe("Hi Sam,\nLet's circle back on the joint work.");
    expect(blocks(m)).toEqual(['Hi Sam,', "Let's circle back on the joint work."]);
  });

  it('selects the blank of a rewrite just put in, and nothing when the text there is not it', () => {
    const { textarea, mirror: m } = open('I am sorry that I [what I did].');
    textarea.focus();
    textarea.setSelectionRange(30, 30);
    expect(m.path.selectInserted('I am sorry that I [what I did]', 18, 30)).toBe(true);
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([18, 30]);
    textarea.setSelectionRange(5, 5);
    expect(m.path.selectInserted('I am sorry that I [what I did]', 18, 30)).toBe(false);
  });

  it('goes away with its session, and stops following the textarea', () => {
    const { textarea, mirror: m } = open('a');
    m.destroy();
    mirror = undefined;
    expect(m.element.isConnected).toBe(false);
    type(textarea, 'a\nb');
    expect(blocks(m)).toEqual(['a']);
  });
});

describe('replaceInTextarea', () => {
  it('falls back to setRangeText and an input event the page hears when the editing command does nothing', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const textarea = document.getElementById('t') as HTMLTextAreaElement;
    textarea.value = 'We value synergy here.';
    const heard: string[] = [];
    textarea.addEventListener('input', (event) => heard.push((event as InputEvent).inputType));
    expect(replaceInTextarea(textarea, 9, 16, 'teamwork')).toBe(true);
    expect(textarea.value).toBe('We value teamwork here.');
    expect(heard).toEqual(['insertReplacementText']);
  });
});
