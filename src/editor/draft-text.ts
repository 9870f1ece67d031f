/** The writer's own words in an editor, as the engine sees them, with a way back to the DOM. */
export interface DraftText {
  /** Block elements and <br> become "\n", &nbsp; a space; quoted history and signature are left out. */
  text: string;
  /**
   * The DOM range covering text[start, end). Its visible characters are exactly those of the
   * slice, in order (line breaks that stand for block edges or <br> have no characters in the
   * DOM). Undefined when the offsets no longer fit the editor.
   */
  toRange(start: number, end: number): Range | undefined;
  /** The text offset of a DOM position inside the editor (for the caret), or undefined. */
  toOffset(node: Node, offset: number): number | undefined;
}
