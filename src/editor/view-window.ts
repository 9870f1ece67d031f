import type { DraftText } from './draft-text';
import { caretAt, composedParent } from '../markup/tree-scope';

/**
 * Which part of a draft to underline. Every highlight costs the browser at every frame that
 * repaints its text, and in one long line the cost grows with the number of highlights in it: 900
 * of them in a 36 KB line made each keystroke a frame of a second or more. So a long draft is
 * underlined only around the part in view (2,000 characters either side of it), and the window
 * moves as the view does. A short draft fits in the window whole.
 */

interface TextSpan {
  start: number;
  end: number;
}

/**
 * How far the window reaches either side of each point read in view, in characters: more than a
 * screenful of text between two points, so that the spans around them join into one.
 */
const MARGIN = 2000;
/** Points down the left edge of the view where the text offset is read (a signature or a blank may hide some). */
const SAMPLES = 5;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The part of the editor's box on screen: inside the viewport and every ancestor that clips it. */
function boxInView(editor: HTMLElement): Box | undefined {
  const view = editor.ownerDocument.defaultView;
  if (!view) return undefined;
  const r = editor.getBoundingClientRect();
  const box = { left: Math.max(r.left, 0), top: Math.max(r.top, 0), right: r.right, bottom: r.bottom };
  box.right = Math.min(box.right, view.innerWidth);
  box.bottom = Math.min(box.bottom, view.innerHeight);
  for (let el = composedParent(editor); el; el = composedParent(el)) {
    const { overflowX, overflowY } = view.getComputedStyle(el);
    if (overflowX === 'visible' && overflowY === 'visible') continue;
    const clip = el.getBoundingClientRect();
    box.left = Math.max(box.left, clip.left);
    box.top = Math.max(box.top, clip.top);
    box.right = Math.min(box.right, clip.right);
    box.bottom = Math.min(box.bottom, clip.bottom);
  }
  return box.right > box.left && box.bottom > box.top ? box : undefined;
}

/** The text offset at a point of the editor, if the point is over its text. */
function offsetAt(editor: HTMLElement, draft: DraftText, x: number, y: number): number | undefined {
  const caret = caretAt(editor, x, y);
  return caret && editor.contains(caret.node) ? draft.toOffset(caret.node, caret.offset) : undefined;
}

/**
 * The text offsets at points down the left edge of the view (away from the badge in its corner):
 * none when the editor is not on screen or no point is over its text (a signature, a blank line).
 */
function offsetsInView(editor: HTMLElement, draft: DraftText): number[] {
  const box = boxInView(editor);
  if (!box) return [];
  const offsets: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const y = box.top + 1 + ((box.bottom - box.top - 2) * i) / (SAMPLES - 1);
    const offset = offsetAt(editor, draft, box.left + 1, y);
    if (offset !== undefined) offsets.push(offset);
  }
  return offsets.sort((a, b) => a - b);
}

/**
 * What to underline: the text around each point read in view, `margin` characters either side,
 * the spans merged and in order. Lines wrap, so the spans usually make one stretch from above the
 * view to below it; an unwrapped line tens of thousands of characters long gives a span per piece
 * of it in view. `margin` is infinite when the view could not be read (see `startWindow`).
 */
export interface PaintWindow {
  spans: TextSpan[];
  margin: number;
}

/**
 * The window before the view could be read (a compose just opened, or off screen): the start of the
 * draft, where a compose opens. The first look at the view moves it.
 */
export const startWindow = (): PaintWindow => ({
  spans: [{ start: 0, end: 2 * MARGIN }],
  margin: Number.POSITIVE_INFINITY,
});

export function paintWindow(editor: HTMLElement, draft: DraftText): PaintWindow {
  const offsets = offsetsInView(editor, draft);
  if (offsets.length === 0) return startWindow();
  const spans: TextSpan[] = [];
  for (const offset of offsets) {
    const last = spans.at(-1);
    if (last && offset - MARGIN <= last.end) last.end = offset + MARGIN;
    else spans.push({ start: offset - MARGIN, end: offset + MARGIN });
  }
  return { spans, margin: MARGIN };
}

/**
 * Whether the window should move: a point in view now reads text within half a margin of the
 * window's edge (or outside it), or the view can be read now where it could not be before.
 */
export function viewNearsEdge(editor: HTMLElement, draft: DraftText, window: PaintWindow): boolean {
  const offsets = offsetsInView(editor, draft);
  if (offsets.length === 0) return false;
  if (window.margin === Number.POSITIVE_INFINITY) return true;
  const slack = window.margin / 2;
  return offsets.some((o) => !window.spans.some((span) => o >= span.start + slack && o <= span.end - slack));
}

/** Whether a finding lies (at least partly) in the window. */
export const inWindow = (window: PaintWindow, start: number, end: number): boolean =>
  window.spans.some((span) => end >= span.start && start <= span.end);

/** Text nodes shorter than this cost little to underline however they are laid out. */
const LONG_TEXT = 4096;
/** Whether a long text node was laid out as one line, by its length when it was measured. */
const unwrappedNodes = new WeakMap<Text, { length: number; unwrapped: boolean }>();

/**
 * Whether `node` is a long text laid out as one line far wider than the editor. Chromium lays out
 * a pasted line of tens of thousands of characters so, and painting a highlight in such a line
 * costs it milliseconds at every frame: 60 of them made each keystroke a 250 ms frame. Such a line
 * is not underlined (its findings are still counted and listed). Measured once per node and length.
 */
export function isUnwrappedLine(node: Node): boolean {
  if (node.nodeType !== Node.TEXT_NODE || (node as Text).length < LONG_TEXT) return false;
  const text = node as Text;
  const known = unwrappedNodes.get(text);
  if (known?.length === text.length) return known.unwrapped;
  // The box of the element holding it, not a range over the text: measuring a range of tens of
  // thousands of characters costs more than the layout itself. Wider than the window three times
  // over: the editor grows with such a line, so its own width is no measure.
  const width = text.parentElement?.getBoundingClientRect().width ?? 0;
  const unwrapped = width > 3 * (text.ownerDocument.defaultView?.innerWidth ?? Number.POSITIVE_INFINITY);
  unwrappedNodes.set(text, { length: text.length, unwrapped });
  return unwrapped;
}
