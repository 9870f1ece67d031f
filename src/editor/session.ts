import { analyze } from '../engine/analyze';
import type { Finding, Ruleset } from '../engine';
import { exclusionFor, type SiteAdapter } from '../sites';
import { isOnDarkBackground } from './dark-editor';
import { DraftMirror } from './draft-mirror';
import type { DraftText } from './draft-text';
import type { HighlightPainter } from './highlights';
import { replaceRange } from './replace';

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
const ignoreKey = (f: Finding) => `${f.ruleId}\u0000${f.text}`;

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
  private draft: DraftText | undefined;
  private live: LiveFinding[] = [];
  private readonly ignored = new Set<string>();
  private composing = false;
  private scheduled = false;
  paused = false;
  /** When the editor last took focus (an ever-growing counter, 0 = never): the popup's "current draft". */
  lastFocused = 0;

  constructor(
    readonly editor: HTMLElement,
    readonly site: SiteAdapter,
    private readonly host: SessionHost,
  ) {
    this.exclusion = exclusionFor(site, editor);
    this.mirror = new DraftMirror(editor, this.exclusion.isExcluded);
    this.observer = new MutationObserver((records) => {
      this.mirror.invalidate(records);
      this.exclusion.reset();
      this.schedule();
    });
    this.observer.observe(editor, { childList: true, characterData: true, subtree: true });
    const on = { signal: this.abort.signal };
    editor.addEventListener('compositionstart', () => (this.composing = true), on);
    editor.addEventListener(
      'compositionend',
      () => {
        this.composing = false;
        this.schedule();
      },
      on,
    );
    editor.addEventListener('keydown', (event) => this.onKeyDown(event), on);
    editor.addEventListener('mousemove', (event) => this.onPointer(event), on);
    editor.addEventListener('mouseleave', () => this.host.hover(this, undefined), on);
    editor.addEventListener('focusin', () => (this.lastFocused = ++focusCount), on);
    // A new compose usually takes focus before the page scan finds it.
    if (editor.contains(editor.ownerDocument.activeElement)) this.lastFocused = ++focusCount;
    this.analyzeNow();
  }

  get findings(): LiveFinding[] {
    return this.paused ? [] : this.live;
  }

  private schedule() {
    if (this.scheduled || this.composing || this.paused) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (!this.composing) this.analyzeNow();
    });
  }

  analyzeNow(): void {
    if (this.paused) return;
    const draft = this.mirror.snapshot();
    this.draft = draft;
    this.live = analyze(draft.text, this.host.ruleset(), { signature: this.signature() }).flatMap((finding) => {
      if (this.ignored.has(ignoreKey(finding))) return [];
      const range = draft.toRange(finding.start, finding.end);
      return range ? [{ finding, range }] : [];
    });
    // Asked on every paint, not once: a site can switch to its dark theme while a compose is open.
    this.host.painter.set(
      this,
      this.live.map(({ finding, range }) => ({ kind: finding.kind, range })),
      isOnDarkBackground(this.editor),
    );
    performance.clearMarks(PAINTED_MARK);
    performance.mark(PAINTED_MARK);
    this.host.changed(this);
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
    const selection = this.editor.ownerDocument.getSelection();
    if (!selection?.focusNode || !this.editor.contains(selection.focusNode) || !this.draft) return undefined;
    const offset = this.draft.toOffset(selection.focusNode, selection.focusOffset);
    if (offset === undefined) return undefined;
    return this.findings.find(({ finding }) => finding.start <= offset && offset <= finding.end);
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
    const { clientX: x, clientY: y } = event;
    const hit = this.findings.find(({ range }) =>
      [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
    );
    this.host.hover(this, hit);
  }

  /** Replaces a finding's words with a suggestion, through the editor's own input path. */
  apply(live: LiveFinding, replacement: string): boolean {
    // The draft may have changed since the card opened: only replace words that are still there.
    const current = this.live.find(
      (l) => l.finding.ruleId === live.finding.ruleId && l.finding.start === live.finding.start,
    );
    const target = current ?? live;
    if (normalise(target.range.toString()) !== normalise(target.finding.text)) return false;
    this.site.beforeReplace?.(this.editor);
    const replaced = replaceRange(this.editor, target.range, replacement);
    if (replaced) this.site.afterReplace?.(this.editor);
    return replaced;
  }

  ignore(finding: Finding): void {
    this.ignored.add(ignoreKey(finding));
    this.analyzeNow();
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    if (paused) this.host.painter.clear(this);
    else this.analyzeNow();
    this.host.changed(this);
  }

  destroy(): void {
    this.observer.disconnect();
    this.abort.abort();
    this.host.painter.clear(this);
  }
}

// Line breaks in the text stand for block edges that a DOM range's text does not contain.
const normalise = (s: string) => s.replace(/\s+/g, '');
