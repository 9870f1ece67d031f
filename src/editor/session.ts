import { activeElementFor, eventOrigin, shadowRootOf } from '../markup/tree-scope';
import { type ConnectionSummary, type Finding, firstBlank, type Ruleset } from '../engine';
import { exclusionFor, type SiteAdapter } from '../sites';
import { isOnDarkBackground } from './dark-editor';
import { DraftMirror } from './draft-mirror';
import type { DraftText } from './draft-text';
import { FindingIndex } from './finding-index';
import { narrowEdit } from './narrow-edit';
import type { HighlightPainter } from './highlights';
import { changedStretch, inNextTask, PacedAnalyzer, SLICE_MS } from './paced-analysis';
import { editorPath, type FieldPath } from './field-path';
import { inWindow, isUnwrappedLine, type PaintWindow, paintWindow, startWindow, viewNearsEdge } from './view-window';

export interface LiveFinding {
  finding: Finding;
  range: Range;
}

export interface SessionHost {
  ruleset(): Ruleset;
  painter: HighlightPainter;
  /** Findings changed (count, pause): the badge needs a redraw. */
  changed(session: EditorSession): void;
  /** Alt+Enter with the caret in a finding. */
  openAtCaret(session: EditorSession, live: LiveFinding): void;
  /** The pointer rests on a finding, or left all of them (undefined). */
  hover(session: EditorSession, live: LiveFinding | undefined): void;
  /** Esc in the editor: true when it closed our card (and so must not reach the site). */
  escape(session: EditorSession): boolean;
}

const PAINTED_MARK = 'connection-first:painted';
/** A reported sentence is cut to this many characters. */
const SENTENCE_MAX = 300;

/** `beforeinput` types of a keystroke: a paste, a drop or a replacement is none. */
const TYPING = /^(?:insertText|insertLineBreak|insertParagraph|delete)/;
/** Nodes a keystroke's change adds or removes at most (Enter splits a line; Backspace joins two). */
const TYPING_NODES = 4;

/** Whether the records are a keystroke's size: text changed in place, or a few nodes. */
function isTypingSized(records: MutationRecord[]): boolean {
  let nodes = 0;
  for (const record of records) {
    nodes += record.addedNodes.length + record.removedNodes.length;
    if (nodes > TYPING_NODES) return false;
  }
  return true;
}
const ignoreKey = (f: Finding) => `${f.ruleId}\u0000${f.text}`;

/**
 * At most this many findings per compose are underlined at once, however dense the text in view:
 * a safety net under the window of text around the view (see view-window.ts).
 */
const HIGHLIGHT_CAP = 1000;

const holds = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/** Only the user's own input acts: a page script's synthetic events must not drive the checker. */
function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

/**
 * One compose body: keeps a mirror of its text up to date from DOM mutations, analyses after each
 * change (never during IME composition), and paints the findings. Nothing is written into the editor
 * except by `apply`, which goes through the editor's own input path.
 */
let sessionCount = 0;
/** Orders focus across sessions: a larger `lastFocused` is a more recent focus. */
let focusCount = 0;

export class EditorSession {
  /** Stable for the life of the compose, for the badge. */
  readonly id = `compose-${++sessionCount}`;
  private readonly mirror: DraftMirror;
  private readonly exclusion;
  private readonly observer: MutationObserver;
  private readonly abort = new AbortController();
  private readonly analyzer = new PacedAnalyzer();
  /** The draft the findings were made from, and every finding the engine gave for it. */
  private draft: DraftText | undefined;
  private analysed: Finding[] = [];
  /** What the connection check made of the last draft analysed in full (see `summary`). */
  private connection: ConnectionSummary | undefined;
  /** The findings not ignored, all of them; those near the text in view are live (underlined). */
  private inForce: Finding[] = [];
  private live = new FindingIndex<LiveFinding>([]);
  /** The text the live findings were chosen from: around the part in view, once it could be read. */
  private window: PaintWindow = startWindow();
  /** Whether the last paint used the colours for a dark background. */
  private paintedDark = false;
  /** Cancels the look at the view queued for after the next frame. */
  private viewCheck?: () => void;
  /** Findings ignored in this draft ("Ignore here"), by rule and words, in the order they were ignored. */
  private readonly ignored = new Map<string, Finding>();
  private composing = false;
  /** The editor announced a keystroke's change (typing, deleting, a new line): see `schedule`. */
  private typed = false;
  /** Cancels the analysis queued after the last change, if it has not run yet. */
  private scheduled?: () => void;
  paused = false;
  /** When the editor last took focus (an ever-growing counter, 0 = never): the popup's "current draft". */
  lastFocused = 0;

  /**
   * `editor` is the element whose text is checked and underlined; `path` how the user's field is
   * reached: the editor itself, or a textarea that `editor` mirrors.
   */
  constructor(
    readonly editor: HTMLElement,
    readonly site: SiteAdapter,
    private readonly host: SessionHost,
    private readonly path: FieldPath = editorPath(editor),
  ) {
    this.exclusion = exclusionFor(site, editor);
    this.mirror = new DraftMirror(editor, this.exclusion.isExcluded);
    this.observer = new MutationObserver((records) => {
      this.mirror.invalidate(records);
      this.exclusion.reset();
      this.schedule(this.typed && isTypingSized(records));
      this.typed = false;
    });
    this.observer.observe(editor, { childList: true, characterData: true, subtree: true });
    const on = { signal: this.abort.signal };
    const input = path.input;
    // Composition only decides when to analyse, never acts, so any composition event counts (some
    // input paths end a real composition with an untrusted compositionend).
    input.addEventListener('compositionstart', () => (this.composing = true), on);
    // What the coming change is: it only decides when to analyse, never acts, so any event counts.
    input.addEventListener('beforeinput', (event) => (this.typed = TYPING.test(event.inputType)), on);
    input.addEventListener(
      'compositionend',
      () => {
        this.composing = false;
        this.schedule(false);
      },
      on,
    );
    // Heard on the way down, before the editor's own handlers (which sit on the editor too, and
    // were there first): an editor that acts on Enter whatever the modifiers (TinyMCE starts a new
    // paragraph) would otherwise take Alt+Enter before the card could open. In a shadow root, on the
    // root: from a closed one the document hears the key from the host, not from the editor.
    const keys: Document | ShadowRoot = shadowRootOf(editor) ?? editor.ownerDocument;
    keys.addEventListener(
      'keydown',
      trusted((event: Event) => {
        const origin = eventOrigin(event);
        if (origin instanceof Node && input.contains(origin)) this.onKeyDown(event as KeyboardEvent);
      }),
      { ...on, capture: true },
    );
    input.addEventListener(
      'mousemove',
      trusted((event: MouseEvent) => this.onPointer(event)),
      on,
    );
    input.addEventListener(
      'mouseleave',
      trusted(() => this.host.hover(this, undefined)),
      on,
    );
    input.addEventListener('focusin', () => (this.lastFocused = ++focusCount), on);
    // A new compose usually takes focus before the page scan finds it.
    if (input.contains(activeElementFor(input))) this.lastFocused = ++focusCount;
    this.analyzeNow();
  }

  /** The element the user writes in: the editor, or the textarea it mirrors. */
  get field(): HTMLElement {
    return this.path.input;
  }

  /** The underlined findings: those near the text in view (a short draft's all), in order; none while paused. */
  get findings(): readonly LiveFinding[] {
    return this.paused ? [] : this.live.items;
  }

  /** Every finding in force in the draft, underlined or not; none while paused. */
  get results(): readonly Finding[] {
    return this.paused ? [] : this.inForce;
  }

  /**
   * The connection summary of the draft (words, questions, reader focus, grade, against the targets
   * for a first email or a reply), from the last full analysis; undefined while paused, before the
   * first one, or for a draft too long to coach. It comes with the findings: no pass of its own.
   */
  get summary(): ConnectionSummary | undefined {
    return this.paused ? undefined : this.connection;
  }

  /**
   * Whether the draft answers a message: the editor holds quoted history (what the site marks as
   * excluded, its signature aside, or where its history starts). Asked of the DOM at each analysis,
   * since a reply's history can be added or cut while the user writes.
   */
  private isReply(): boolean {
    if (this.site.historyStart?.(this.editor)) return true;
    for (const excluded of this.editor.querySelectorAll(this.site.excludedSelector)) {
      if (!excluded.closest(this.site.signatureSelector)) return true;
    }
    return false;
  }

  /**
   * Analyses after a change. A keystroke's change at once, at the end of the page's task for it: its
   * analysis costs about a millisecond, and the highlights then follow in the frame that shows the
   * keystroke rather than one frame later. Anything else (a paste, a drop, a script filling the
   * editor) in a task of its own, so that the page's own handling of it (its editor, its autosave)
   * finishes first; a long one is then analysed in slices (see paced-analysis.ts).
   */
  private schedule(typing: boolean) {
    if (this.composing || this.paused) return;
    if (typing) this.analyzeNow();
    else if (!this.scheduled) this.analyzeSoon();
  }

  private analyzeSoon() {
    this.scheduled = inNextTask(() => {
      this.scheduled = undefined;
      if (!this.composing) this.analyzeNow();
    });
  }

  /**
   * Analyses the draft as it is now. A short edit is usually painted before this returns; a long
   * one (a paste) is read and analysed in slices that leave the page responsive, painting as it goes.
   */
  analyzeNow(): void {
    if (this.paused) return;
    const taskStart = performance.now();
    this.cancelPending(); // whatever was queued or under way is stale now
    if (!this.mirror.warm(taskStart + SLICE_MS)) {
      // Thousands of new lines (a paste): read the rest of them in tasks of their own first.
      this.analyzeSoon();
      return;
    }
    const draft = this.mirror.snapshot();
    const input = {
      text: draft.text,
      ruleset: this.host.ruleset(),
      signature: this.signature(),
      reply: this.isReply(),
    };
    this.analyzer.start(
      input,
      (findings, complete, summary) => {
        if (complete) this.connection = summary;
        this.show(draft, findings);
      },
      taskStart,
    );
  }

  /** Takes the findings of `draft` (all of them, or a settled part while a long run goes on) and paints them. */
  private show(draft: DraftText, findings: Finding[]): void {
    const kept = this.rangesKept(draft.text);
    this.draft = draft;
    this.analysed = findings;
    this.inForce = findings.filter((finding) => !this.ignored.has(ignoreKey(finding)));
    this.paint(kept);
  }

  /**
   * Underlines the findings in `window` (at most `HIGHLIGHT_CAP`, none in a line too long to wrap),
   * keeping the ranges `kept` gives: ranges unchanged leave the browser nothing to repaint. Then
   * looks, after the next frame, whether the window should move.
   */
  private paint(kept: (finding: Finding) => Range | undefined, window = this.window): void {
    const draft = this.draft!;
    const live: LiveFinding[] = [];
    for (const finding of this.inForce) {
      if (live.length === HIGHLIGHT_CAP) break;
      if (!inWindow(window, finding.start, finding.end)) continue;
      const range = kept(finding) ?? draft.toRange(finding.start, finding.end);
      if (range && !isUnwrappedLine(range.startContainer)) live.push({ finding, range });
    }
    this.window = window;
    this.live = new FindingIndex(live);
    // Asked on every paint, not once: a site can switch to its dark theme while a compose is open.
    this.paintedDark = isOnDarkBackground(this.field);
    this.host.painter.set(
      this,
      live.map(({ finding, range }) => ({ kind: finding.kind, range })),
      this.paintedDark,
    );
    performance.clearMarks(PAINTED_MARK);
    performance.mark(PAINTED_MARK);
    this.host.changed(this);
    this.followView();
  }

  /** Paints the same findings again in the other colours when the editor's background has turned dark or light. */
  followTheme(): void {
    if (this.paused || !this.draft || isOnDarkBackground(this.field) === this.paintedDark) return;
    this.paint(this.paintedRanges());
  }

  /** The painted ranges by their finding, to keep them when the same findings are painted again. */
  private paintedRanges(): (finding: Finding) => Range | undefined {
    const ranges = new Map(this.live.items.map(({ finding, range }) => [finding, range]));
    return (finding) => ranges.get(finding);
  }

  /**
   * Moves the underlined window, after the next frame, if the view has come near its edge (a
   * scroll, a resize, a paste). After the frame, because reading the view needs the layout: then
   * the browser has done it, where asking for it before would make this task do it (a second, for
   * a page that just took a megabyte of text).
   */
  followView(): void {
    if (this.viewCheck) return;
    const frame = requestAnimationFrame(() => {
      this.viewCheck = inNextTask(() => {
        this.viewCheck = undefined;
        if (this.paused || !this.draft || !viewNearsEdge(this.editor, this.draft, this.window)) return;
        this.paint(this.paintedRanges(), paintWindow(this.editor, this.draft));
      });
    });
    this.viewCheck = () => cancelAnimationFrame(frame);
  }

  /** The finding as a live range, underlined or not (a pick from the list may be far from the view). */
  liveFor(finding: Finding): LiveFinding | undefined {
    const painted = this.live.items.find((live) => live.finding === finding);
    if (painted) return painted;
    const range = this.draft?.toRange(finding.start, finding.end);
    return range && { finding, range };
  }

  /**
   * The ranges painted now that still hold their finding in `text`, by where that finding is in
   * `text`. DOM ranges are live: one outside the edit still covers its words, and keeping it (not a
   * new one over the same words) leaves the painted highlights as they were. The browser then has
   * nothing to repaint, where a thousand new ranges after each keystroke cost it a long frame.
   */
  private rangesKept(text: string): (finding: Finding) => Range | undefined {
    const before = this.draft?.text;
    if (before === undefined || this.live.items.length === 0) return () => undefined;
    const edit = changedStretch(before, text);
    const shift = text.length - before.length;
    const kept = new Map<string, LiveFinding>();
    for (const live of this.live.items) {
      const { ruleId, start, end } = live.finding;
      if (end <= edit.start) kept.set(`${ruleId}@${start}-${end}`, live);
      else if (start >= edit.end - shift) kept.set(`${ruleId}@${start + shift}-${end + shift}`, live);
    }
    return (finding) => {
      const live = kept.get(`${finding.ruleId}@${finding.start}-${finding.end}`);
      // A block split or moved by the edit takes its ranges with it: keep only one that still reads the same.
      return live && normalise(live.range.toString()) === normalise(finding.text) ? live.range : undefined;
    };
  }

  /** The site's signature block in this compose, as text: it names the sender. */
  private signature(): string {
    // Line by line: a signature's name, title and company usually sit in separate blocks, and their
    // textContent would run "Dana Reyes" into "Stackwise".
    const lines: string[] = [];
    for (const block of this.editor.querySelectorAll(this.site.signatureSelector)) {
      const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) lines.push(node.nodeValue ?? '');
    }
    return lines.join('\n');
  }

  /** The finding under the caret (its end counts, so a caret right after a word finds it). */
  findingAtCaret(): LiveFinding | undefined {
    const caret = this.path.caret();
    if (!caret || !this.draft) return undefined;
    const offset = this.draft.toOffset(caret.node, caret.offset);
    if (offset === undefined || this.paused) return undefined;
    return this.live.first(offset, 0);
  }

  /**
   * The finding under a viewport point: the text position there, then only the findings around
   * it, each asked for its boxes. Never a scan of every finding, which on a long draft cost a
   * layout query per finding on every mouse move.
   */
  findingAtPoint(x: number, y: number): LiveFinding | undefined {
    if (!this.draft || this.paused) return undefined;
    const caret = this.path.pointAt(x, y);
    if (!caret) return undefined;
    const offset = this.draft.toOffset(caret.node, caret.offset);
    if (offset === undefined) return undefined;
    // A point over the right half of a character gives the position after it: one character of slack.
    return this.live.first(offset, 1, ({ range }) => [...range.getClientRects()].some((r) => holds(r, x, y)));
  }

  private onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.host.escape(this)) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (event.key !== 'Enter' || !event.altKey || event.ctrlKey || event.metaKey) return;
    const live = this.findingAtCaret();
    if (!live) return;
    event.preventDefault();
    event.stopPropagation();
    this.host.openAtCaret(this, live);
  }

  private onPointer(event: MouseEvent) {
    this.host.hover(this, this.findingAtPoint(event.clientX, event.clientY));
  }

  /** Replaces a finding's words with a suggestion, through the editor's own input path. */
  apply(live: LiveFinding, replacement: string): boolean {
    // The draft may have changed since the card opened: only replace words that are still there.
    const current = this.live.items.find(
      (l) => l.finding.ruleId === live.finding.ruleId && l.finding.start === live.finding.start,
    );
    const target = current ?? live;
    if (normalise(target.range.toString()) !== normalise(target.finding.text)) return false;
    const edit = this.editFor(target, replacement);
    this.site.beforeReplace?.(this.field, edit);
    const replaced = this.path.replace(edit.range, edit.text);
    if (!replaced) return false;
    this.site.afterReplace?.(this.field);
    // A rewrite with a blank ("I'm sorry that I [what I did]"): select the blank, so typing fills it.
    const blank = firstBlank(edit.text);
    if (blank) this.path.selectInserted(edit.text, blank.start, blank.end);
    return true;
  }

  /**
   * What a click types in, and where: only the words the rewrite changes (see narrow-edit.ts), so
   * that a line break, link or formatting it keeps stays as it is. The finding's whole range and
   * the whole rewrite where the draft cannot place the changed words exactly, where the rewrite's
   * blank would not be among them, or where the rewrite only takes words out (an edit that types
   * in nothing would rest on how each editor takes an empty insertion; none is tested).
   */
  private editFor(target: LiveFinding, replacement: string): { range: Range; text: string } {
    const whole = { range: target.range, text: replacement };
    const { from, to, text } = narrowEdit(target.finding.text, replacement);
    const blank = firstBlank(replacement);
    if (!text || (blank && (blank.start < from || blank.end > from + text.length))) return whole;
    const range = this.partOf(target, from, to);
    return range ? { range, text } : whole;
  }

  /** The DOM range of the finding's text from `from` to `to`, checked against the finding's own range. */
  private partOf({ finding, range }: LiveFinding, from: number, to: number): Range | undefined {
    // A point at an edge of the finding is its range's own; any other comes from the draft's map.
    const pointAt = (at: number): [Node, number] | undefined => {
      if (at === 0) return [range.startContainer, range.startOffset];
      if (at === finding.text.length) return [range.endContainer, range.endOffset];
      const point = this.draft?.toRange(finding.start + at, finding.start + at);
      return point && [point.startContainer, point.startOffset];
    };
    const start = pointAt(from);
    const end = pointAt(to);
    if (!start || !end) return undefined;
    const part = range.cloneRange();
    part.setStart(...start);
    part.setEnd(...end);
    const inside =
      range.compareBoundaryPoints(Range.START_TO_START, part) <= 0 &&
      range.compareBoundaryPoints(Range.END_TO_END, part) >= 0;
    return inside && sameText(part.toString(), finding.text.slice(from, to)) ? part : undefined;
  }

  /** Drops a finding (and any other of the same rule on the same words) from this draft only. */
  ignore(finding: Finding): void {
    this.ignored.set(ignoreKey(finding), finding);
    this.refilter();
  }

  /** What "Ignore here" dropped in this draft, one finding per rule and words, oldest first. */
  get ignoredFindings(): readonly Finding[] {
    return [...this.ignored.values()];
  }

  /** Undoes "Ignore here": the finding's rule flags those words in this draft again. */
  unignore(finding: Finding): void {
    if (this.ignored.delete(ignoreKey(finding))) this.refilter();
    else this.host.changed(this);
  }

  private refilter(): void {
    if (!this.draft) {
      this.host.changed(this);
      return;
    }
    this.inForce = this.analysed.filter((f) => !this.ignored.has(ignoreKey(f)));
    this.paint(this.paintedRanges());
  }

  /**
   * The sentence a finding sits in, for a "not right here" report the user chose to include it in:
   * from the last sentence end or line break before it to the next after it, at most 300 characters.
   */
  sentenceOf(finding: Finding): string | undefined {
    const text = this.draft?.text;
    if (text === undefined || text.slice(finding.start, finding.end) !== finding.text) return undefined;
    // A sentence ends at i when the character before i is . ! or ? and a space (or the end) follows.
    const endsAt = (i: number) => /[.!?]/.test(text[i - 1] ?? '') && (i === text.length || /\s/.test(text[i]!));
    const from = Math.max(0, finding.start - SENTENCE_MAX);
    const to = Math.min(text.length, finding.end + SENTENCE_MAX);
    let start = finding.start;
    while (start > from && text[start - 1] !== '\n' && !endsAt(start - 1)) start--;
    let end = finding.end;
    while (end < to && text[end] !== '\n' && !endsAt(end)) end++;
    return text.slice(start, end).replace(/\s+/g, ' ').trim().slice(0, SENTENCE_MAX);
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    if (paused) {
      this.cancelPending();
      this.host.painter.clear(this);
    } else this.analyzeNow();
    this.host.changed(this);
  }

  destroy(): void {
    this.observer.disconnect();
    this.abort.abort();
    this.cancelPending();
    this.viewCheck?.();
    this.host.painter.clear(this);
    this.path.destroy?.();
  }

  private cancelPending(): void {
    this.scheduled?.();
    this.scheduled = undefined;
    this.analyzer.cancel();
  }
}

// Line breaks in the text stand for block edges that a DOM range's text does not contain.
const normalise = (s: string) => s.replace(/\s+/g, '');
/**
 * Whether a DOM range's text is exactly the draft's `text`, spaces included: a space too many or
 * too few at the edge of a part of a finding would be lost or doubled by the rewrite. Line breaks
 * stand for block edges as above; the draft reads a no-break space as a space.
 */
const sameText = (dom: string, text: string) =>
  dom.replace(/[\n\r]/g, '').replace(/\u00a0/g, ' ') === text.replace(/[\n\r]/g, '');
