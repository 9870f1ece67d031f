/**
 * What Connection First needs to know about one mail site. Adding a site means adding one file
 * in src/sites/ that exports one of these and listing it in src/sites/index.ts.
 */
export interface SiteAdapter {
  /** Stable id, used for the per-site switch: "gmail", "outlook". */
  id: string;
  /** Name shown to the user. */
  label: string;
  /** Host names this adapter serves (exact match on location.hostname). */
  hosts: string[];
  /**
   * CSS selector for compose bodies. Structural attributes only: aria-labels are translated and
   * class names hashed, so neither may be the only thing a selector relies on. Match any
   * `[contenteditable]`: `findEditors` keeps the ones that really are editable, in any spelling.
   */
  editorSelector: string;
  /** Extra check on a candidate editor (e.g. it sits inside a compose form, is visible). */
  isEditor?(element: HTMLElement): boolean;
  /** Elements inside the editor that are not the writer's own words: quoted history, signature. */
  excludedSelector: string;
  /** The signature block inside the editor: not checked, but it names the sender ("Dana | Stackwise"). */
  signatureSelector: string;
  /** Where quoted history begins when the site marks only its start: from there to the end is not checked. */
  historyStart?(editor: HTMLElement): Element | null;
  /**
   * Quirk hook run just before a suggestion replaces text, for editors that need a nudge so the
   * replacement becomes its own undo step. It may move `edit.range` to the editor's caret, where an
   * editor took the words out itself (see `markTypingOver`).
   */
  beforeReplace?(editor: HTMLElement, edit: { range: Range; text: string }): void;
  /** Quirk hook run just after a replacement, for editors that learn of typed text from key events. */
  afterReplace?(editor: HTMLElement): void;
  /**
   * The compose window's send bar or send button, found nearest the editor within its compose
   * window: the explanation card is placed so as not to cover it when another place fits.
   */
  sendBarSelector?: string;
  /** The element the compose window lives in, for placing the findings badge next to it (outside the editor). */
  composeRoot(editor: HTMLElement): HTMLElement;
  /**
   * The badge and meter go just under the compose root rather than inside its bottom-right corner:
   * for fields a few lines high (a site no adapter knows), where inside they would cover the words.
   */
  badgeBelow?: boolean;
}
