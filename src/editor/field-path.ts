import { replaceRange, selectInInserted } from './replace';
import { caretAt, treeSelection } from '../markup/tree-scope';

/** A point in the text the session reads: a node of its element and an offset in it. */
export interface TextPoint {
  node: Node;
  offset: number;
}

/**
 * How a session reaches the field the user writes in. For a rich-text editor the session reads
 * the editor itself; for a `<textarea>` it reads a mirror of it (textarea-mirror.ts), while the
 * user types, points and gets rewrites in the textarea: this is the bridge between the two.
 */
export interface FieldPath {
  /** The element the user types in, points at and focuses. */
  readonly input: HTMLElement;
  /** The caret, as a point in the text the session reads; undefined when it is elsewhere. */
  caret(): TextPoint | undefined;
  /** The text position under a viewport point, as a point in the text the session reads. */
  pointAt(x: number, y: number): TextPoint | undefined;
  /** Replaces `range` (of the text the session reads) with `text`, through the field's own input path. */
  replace(range: Range, text: string): boolean;
  /** Right after `replace`, selects `inserted`'s stretch from `start` to `end`: the blank to fill in. */
  selectInserted(inserted: string, start: number, end: number): boolean;
  /** Takes away what the path set up (a textarea's mirror), when the session ends. */
  destroy?(): void;
}

/** Long enough for an editor to take in an insertion and redraw (Slate syncs its selection at most every 100 ms). */
const SETTLE_MS = 150;

/** The path of a rich-text editor: the session reads the editor itself. */
export function editorPath(editor: HTMLElement): FieldPath {
  return {
    input: editor,
    caret() {
      const focus = treeSelection(editor)?.focus;
      return focus && editor.contains(focus.node) ? focus : undefined;
    },
    pointAt(x, y) {
      const caret = caretAt(editor, x, y);
      return caret && editor.contains(caret.node) ? caret : undefined;
    },
    replace: (range, text) => replaceRange(editor, range, text),
    selectInserted(inserted, start, end) {
      const select = () => selectInInserted(editor, inserted, start, end);
      // Editors that render from a model of their own (Lexical, Slate, Draft.js) take the insertion
      // in after the input event, redraw, and put their caret back after it, over the selection made
      // now. Once a frame has passed and again once they have settled, the blank is selected anew,
      // but only while the caret is collapsed in the editor with the inserted words before it.
      const view = editor.ownerDocument.defaultView;
      view?.requestAnimationFrame(() => {
        select();
        view.setTimeout(select, SETTLE_MS);
      });
      return select();
    },
  };
}
