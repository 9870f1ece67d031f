import type { FieldPath, TextPoint } from './field-path';
import { changedStretch } from './paced-analysis';
import { activeElementFor, caretAt } from '../markup/tree-scope';

/** The mirror's element: ours, beside the extension's UI host, never inside the page's markup. */
export const MIRROR_TAG = 'connection-first-mirror';

/** What makes text lay out the same: the textarea's values are copied onto the mirror. */
const TEXT_LAYOUT = [
  'direction',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'tab-size',
  'overflow-wrap',
  'word-break',
  'hyphens',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
] as const;

/**
 * A `<textarea>` shown to a session as an element it can read and underline. A textarea's text is
 * not in the DOM, so the CSS Custom Highlight API cannot paint in it: the mirror holds the same
 * text, one block per line, laid out exactly as the textarea lays it out (same content box, font
 * and wrapping), with transparent text, over the textarea and never catching the pointer. The
 * underlines painted in the mirror fall under the textarea's own words. The user keeps typing,
 * pointing and undoing in the textarea; the field's value changes only on an explicit rewrite.
 */
export class TextareaMirror {
  readonly element: HTMLElement;
  readonly path: FieldPath;
  /** The value the mirror shows, its lines and where each line starts in it: at first, one empty line. */
  private value = '';
  private lines: string[] = [''];
  private starts: number[] = [0];
  private readonly abort = new AbortController();
  private readonly resize: ResizeObserver;

  constructor(readonly textarea: HTMLTextAreaElement) {
    const doc = textarea.ownerDocument;
    this.element = doc.createElement(MIRROR_TAG);
    this.element.setAttribute('aria-hidden', 'true');
    this.style();
    doc.documentElement.append(this.element);
    this.replaceBlocks(0, 0, this.lines);
    this.sync();
    this.size();
    const on = { signal: this.abort.signal };
    textarea.addEventListener('input', () => this.sync(), on);
    textarea.addEventListener('scroll', () => this.followScroll(), on);
    // Any scroll moves the textarea on screen: the page's, or a scrolling box around it.
    doc.defaultView?.addEventListener('scroll', () => this.place(), { ...on, capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', () => this.size(), on);
    this.resize = new ResizeObserver(() => this.size());
    this.resize.observe(textarea);
    this.path = this.fieldPath();
  }

  destroy(): void {
    this.abort.abort();
    this.resize.disconnect();
    this.element.remove();
  }

  /** Copies what decides how the text lays out; the mirror itself is transparent and inert. */
  private style(): void {
    const source = getComputedStyle(this.textarea);
    const style = this.element.style;
    for (const property of TEXT_LAYOUT) style.setProperty(property, source.getPropertyValue(property));
    style.setProperty('display', 'block', 'important');
    style.setProperty('position', 'fixed', 'important');
    style.setProperty('box-sizing', 'content-box', 'important');
    style.setProperty('margin', '0', 'important');
    style.setProperty('border', '0', 'important');
    style.setProperty('overflow', 'hidden', 'important');
    style.setProperty('white-space', 'pre-wrap', 'important');
    style.setProperty('color', 'transparent', 'important');
    style.setProperty('background', 'transparent', 'important');
    style.setProperty('pointer-events', 'none', 'important');
    style.setProperty('user-select', 'none', 'important');
    style.setProperty('z-index', '2147483646', 'important');
  }

  /**
   * Sizes the mirror to the textarea's client area (inside its borders, without its scrollbar),
   * its padding copied: so the text box, and with it every line break, is the textarea's own.
   * Only when the textarea's box may have changed (it was resized, the window too), not on every
   * scroll, which only moves it (`place`).
   */
  private size(): void {
    const { textarea, element } = this;
    const source = getComputedStyle(textarea);
    const padX = Number.parseFloat(source.paddingLeft) + Number.parseFloat(source.paddingRight);
    const padY = Number.parseFloat(source.paddingTop) + Number.parseFloat(source.paddingBottom);
    element.style.setProperty('width', `${Math.max(0, textarea.clientWidth - padX)}px`, 'important');
    element.style.setProperty('height', `${Math.max(0, textarea.clientHeight - padY)}px`, 'important');
    this.place();
  }

  /** Over the textarea's client area, where it is on screen now; hidden while the textarea has no box. */
  private place(): void {
    const { textarea, element } = this;
    const rect = textarea.getBoundingClientRect();
    const shown = rect.width > 0 && rect.height > 0;
    element.style.setProperty('visibility', shown ? 'visible' : 'hidden', 'important');
    element.style.setProperty('left', `${rect.left + textarea.clientLeft}px`, 'important');
    element.style.setProperty('top', `${rect.top + textarea.clientTop}px`, 'important');
    this.followScroll();
  }

  private followScroll(): void {
    this.element.scrollTop = this.textarea.scrollTop;
    this.element.scrollLeft = this.textarea.scrollLeft;
  }

  /**
   * Brings the mirror's lines in line with the value: only the lines the edit touched are
   * replaced, found from where the old and new values differ (compared a chunk at a time), so the
   * work of a keystroke grows with the edit, not with the text, and the session re-reads only
   * those lines. (A textarea's value always breaks lines with "\n".)
   */
  private sync(): void {
    const next = this.textarea.value;
    const prev = this.value;
    if (next === prev) return;
    const grown = next.length - prev.length;
    const { start, end } = changedStretch(prev, next);
    const first = this.lineAt(start);
    const last = this.lineAt(end - grown);
    const from = this.starts[first] ?? 0;
    const lastEnd = this.lineEnd(last, prev.length);
    const lines = next.slice(from, lastEnd + grown).split('\n');
    const starts: number[] = [];
    for (let i = 0, at = from; i < lines.length; at += (lines[i]?.length ?? 0) + 1, i++) starts.push(at);
    // concat, not splice(...spread): a pasted text may hold more lines than a call takes arguments.
    this.starts = this.starts.slice(0, first).concat(starts, this.starts.slice(last + 1));
    for (let i = first + starts.length; i < this.starts.length; i++) this.starts[i]! += grown;
    this.lines = this.lines.slice(0, first).concat(lines, this.lines.slice(last + 1));
    this.value = next;
    this.replaceBlocks(first, last - first + 1, lines);
    this.followScroll();
  }

  /** Replaces `count` blocks from `first` with one block per line of `lines`. */
  private replaceBlocks(first: number, count: number, lines: string[]): void {
    const doc = this.element.ownerDocument;
    const children = this.element.children;
    for (let i = first + count - 1; i >= first; i--) children[i]?.remove();
    const before = children[first] ?? null;
    for (const line of lines) {
      const block = doc.createElement('div');
      block.append(line ? doc.createTextNode(line) : doc.createElement('br'));
      this.element.insertBefore(block, before);
    }
  }

  /** The line that holds value index `index` (the last line whose start is at or before it). */
  private lineAt(index: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    return Math.max(0, low);
  }

  /** Where line `line` ends (before its line break) in a value `length` long. */
  private lineEnd(line: number, length: number): number {
    const nextStart = this.starts[line + 1];
    return nextStart === undefined ? length : nextStart - 1;
  }

  /** The value's index of a point in the mirror. */
  private indexOf(node: Node, offset: number): number | undefined {
    let block: Node | null = node;
    while (block && block.parentNode !== this.element) block = block.parentNode;
    if (!block) return node === this.element ? (this.starts[offset] ?? this.value.length) : undefined;
    const line = Array.prototype.indexOf.call(this.element.children, block) as number;
    const text = this.lines[line] ?? '';
    const within = node.nodeType === Node.TEXT_NODE ? offset : offset > 0 ? text.length : 0;
    return (this.starts[line] ?? 0) + Math.min(within, text.length);
  }

  /** The mirror's point of a value index. */
  private pointOf(index: number): TextPoint | undefined {
    const line = this.lineAt(index);
    const block = this.element.children[line];
    if (!block) return undefined;
    const text = block.firstChild;
    const offset = Math.min(index - (this.starts[line] ?? 0), this.lines[line]?.length ?? 0);
    return text?.nodeType === Node.TEXT_NODE ? { node: text, offset } : { node: block, offset: 0 };
  }

  private fieldPath(): FieldPath {
    const { textarea, element } = this;
    return {
      input: textarea,
      caret: () => (activeElementFor(textarea) === textarea ? this.pointOf(textarea.selectionEnd) : undefined),
      pointAt: (x, y) => {
        // The mirror never takes the pointer; for this one question it lies over the textarea.
        element.style.setProperty('pointer-events', 'auto', 'important');
        try {
          const caret = caretAt(element, x, y);
          return caret && element.contains(caret.node) ? caret : undefined;
        } finally {
          element.style.setProperty('pointer-events', 'none', 'important');
        }
      },
      replace: (range, text) => {
        const start = this.indexOf(range.startContainer, range.startOffset);
        const end = this.indexOf(range.endContainer, range.endOffset);
        if (start === undefined || end === undefined) return false;
        return replaceInTextarea(textarea, start, end, text);
      },
      selectInserted: (inserted, start, end) => {
        const from = textarea.selectionEnd - inserted.length;
        if (from < 0 || textarea.value.slice(from, textarea.selectionEnd) !== inserted) return false;
        textarea.setSelectionRange(from + start, from + end);
        return true;
      },
      destroy: () => this.destroy(),
    };
  }
}

/**
 * Replaces `start`–`end` of the textarea's value with `text` as typing would: selected, then
 * inserted with the browser's editing command, which the page hears as an `input` event and which
 * Ctrl+Z undoes (Chromium, and Firefox from 89). Where the command does nothing, `setRangeText` and
 * an `input` event, so the page's framework still sees the change (no undo step then).
 */
export function replaceInTextarea(textarea: HTMLTextAreaElement, start: number, end: number, text: string): boolean {
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, end);
  const before = textarea.value;
  const expected = before.slice(0, start) + text + before.slice(end);
  textarea.ownerDocument.execCommand('insertText', false, text);
  if (textarea.value === expected) return true;
  // The page changed the value its own way on that input: leave it be rather than edit twice.
  if (textarea.value !== before) return false;
  textarea.setRangeText(text, start, end, 'end');
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  return textarea.value === expected;
}
