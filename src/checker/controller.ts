import { deepActiveElement, eventOrigin, focusWithin, shadowRootsAbove, treeSelection } from '../markup/tree-scope';
import { browser } from 'wxt/browser';
import { isOnDarkBackground } from '../editor/dark-editor';
import { HighlightPainter } from '../editor/highlights';
import { nextLineBox } from '../editor/next-line';
import { EditorSession, type LiveFinding, type SessionHost } from '../editor/session';
import { TextareaMirror } from '../editor/textarea-mirror';
import type { Ruleset } from '../engine';
import {
  GET_SHORTCUT,
  REPORT_FINDING,
  type ReportAnswer,
  type ReportFinding,
  type ShortcutAnswer,
  TURN_OFF_RULE,
  TURN_ON_RULE,
  type TurnOffAnswer,
  type TurnOffRule,
  type TurnOnAnswer,
  type TurnOnRule,
} from '../messaging/messages';
import { findEditors, type SiteAdapter } from '../sites';
import { createOverlay, HOST_TAG, type Overlay } from '../ui/overlay';
import type { BadgeModel, Box, CardModel, NoticeModel } from '../ui/overlay-model';
import { shortcutText } from '../ui/shortcut';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;
const SCAN_THROTTLE_MS = 150;
/** A note after an action ("Rule turned off. Undo") goes away by itself after this long. */
const NOTICE_MS = 15_000;

interface OpenCard {
  session: EditorSession;
  live: LiveFinding;
  focus: boolean;
  /** Where the caret was when the shortcut opened the card, to put it back on Esc. */
  caret?: Range;
}

/**
 * The element matching `selector` nearest the editor: searched from the editor's parent up to
 * its compose dialog, so that another compose's match is never taken for this one's.
 */
function nearest(editor: HTMLElement, selector: string): Element | null {
  for (let el = editor.parentElement, depth = 0; el && depth < 12; el = el.parentElement, depth++) {
    const found = el.querySelector(selector);
    if (found || el.getAttribute('role') === 'dialog') return found;
  }
  return null;
}

const box = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

/**
 * Asks the background to turn a rule off everywhere. A mail page's content script never writes
 * settings itself: the background checks that the rule is in force and not locked, then saves.
 */
async function askToTurnOff(ruleId: string): Promise<boolean> {
  const request: TurnOffRule = { type: TURN_OFF_RULE, ruleId };
  const answer = (await browser.runtime.sendMessage(request)) as TurnOffAnswer | undefined;
  if (!answer?.ok) console.warn('Connection First: the rule was not turned off', ruleId, answer);
  return answer?.ok === true;
}

/** Undo of the above, checked by the background the same way. */
async function askToTurnOn(ruleId: string): Promise<boolean> {
  const request: TurnOnRule = { type: TURN_ON_RULE, ruleId };
  const answer = (await browser.runtime.sendMessage(request)) as TurnOnAnswer | undefined;
  if (!answer?.ok) console.warn('Connection First: the rule was not turned back on', ruleId, answer);
  return answer?.ok === true;
}

/** Keeps a "not right here" report through the background; answers the note to show. */
async function askToReport(ruleId: string, sentence: string | undefined): Promise<string> {
  const request: ReportFinding = { type: REPORT_FINDING, ruleId, ...(sentence ? { sentence } : {}) };
  const answer = (await browser.runtime.sendMessage(request)) as ReportAnswer | undefined;
  if (!answer?.ok) {
    console.warn('Connection First: the report was not kept', ruleId, answer);
    return answer?.refused === 'storage'
      ? `The report could not be kept: ${answer.error ?? 'the browser refused to store it'}.`
      : 'The report could not be kept.';
  }
  const kept = 'Report kept on this device only. You can see, copy or delete it in the options.';
  return answer.dropped > 0 ? `${kept} The oldest report made room for it.` : kept;
}

/** A note after an action, as the controller keeps it. */
interface OpenNotice {
  id: number;
  text: string;
  undo?: () => void;
  anchor: Box;
  focus: boolean;
  /** Where the caret was before a keyboard user's action, to put it back when the note goes. */
  caret?: { session: EditorSession; range?: Range };
}

let noticeCount = 0;

/** The found words, short, in quotes, for a note. */
const quoted = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 40 ? `${flat.slice(0, 39).trimEnd()}…` : flat}”`;
};

/**
 * Everything Connection First does on a mail page once a compose is open: one session per compose
 * body, the shared highlight painter and the overlay (card and badges). It watches the page for
 * composes that open or close later, and the settings for changes.
 */
export class Controller implements SessionHost {
  readonly painter = new HighlightPainter();
  private readonly sessions = new Map<HTMLElement, EditorSession>();
  /** Scroll and resize listeners, attached only while a compose is open. */
  private viewportListeners?: AbortController;
  private pageObserver?: MutationObserver;
  /**
   * Open shadow roots an editor was found in: a web component's editor is out of the document's
   * queries, so it is looked for where the user's focus went (see `followFocus`), then watched.
   */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private focusWatch?: AbortController;
  /** Where a site switches its theme: see `followTheme`. */
  private themeWatch?: AbortController;
  private overlay?: Overlay;
  private card?: OpenCard;
  private hoverTimer?: ReturnType<typeof setTimeout>;
  private closeTimer?: ReturnType<typeof setTimeout>;
  private scanTimer?: ReturnType<typeof setTimeout>;
  private renderQueued = false;
  private rules: Ruleset;
  private locked: ReadonlySet<string>;
  private notice?: OpenNotice;
  private noticeTimer?: ReturnType<typeof setTimeout>;
  /** The browser's key for the open-card command ('' when unbound), read from the background. */
  private commandKey = '';
  /** Drafts that had findings at some point: only they are told "no suggestions" when the last goes. */
  private readonly hadFindings = new WeakSet<EditorSession>();

  /**
   * `rules`: the merged ruleset (settings/active-ruleset.ts); `locked`: the ids the administrator's
   * policy locks, which a card does not offer to turn off. `setRuleset` swaps both live.
   */
  constructor(
    private readonly site: SiteAdapter,
    rules: Ruleset,
    locked: ReadonlySet<string> = new Set(),
  ) {
    this.rules = rules;
    this.locked = locked;
  }

  ruleset(): Ruleset {
    return this.rules;
  }

  /** Applies a new ruleset to every open draft at once (a change of personal, team or managed rules). */
  setRuleset(rules: Ruleset, locked: ReadonlySet<string> = new Set()): void {
    this.locked = locked;
    if (rules === this.rules) return;
    this.rules = rules;
    for (const session of this.sessions.values()) session.analyzeNow();
  }

  start(): void {
    this.readShortcut();
    this.scan();
    // childList only: attribute observers across the whole page are known to crash mail tabs.
    this.pageObserver = new MutationObserver(() => this.scheduleScan());
    this.pageObserver.observe(document.body, { childList: true, subtree: true });
    this.followFocus();
    this.followTheme();
  }

  /**
   * Finds editors inside shadow roots, open or closed, as the user reaches them: the root of the
   * field focused now (the loader brought the checker for it) and of each field focused or typed in
   * later (a window in the background raises no focus event). Walking every element of a mail page for
   * shadow roots at each change would cost far more than these events.
   */
  private followFocus() {
    this.focusWatch = new AbortController();
    const reach = (node: unknown) => {
      if (!(node instanceof Node)) return;
      // Our own card is in a closed root too, which the extension may open: focus in it is no editor's.
      const found = shadowRootsAbove(node).filter(
        (root) => !this.shadowRoots.has(root) && root.host.localName !== HOST_TAG,
      );
      if (found.length === 0) return;
      for (const root of found) {
        this.shadowRoots.add(root);
        this.pageObserver?.observe(root, { childList: true, subtree: true });
      }
      this.scan();
    };
    for (const type of ['focusin', 'input']) {
      const options = { capture: true, signal: this.focusWatch.signal };
      document.addEventListener(type, (event) => reach(focusWithin(eventOrigin(event))), options);
    }
    reach(deepActiveElement());
  }

  /**
   * A site can change its theme while a compose is open (Outlook's dark-mode switch, a Gmail theme,
   * the system's colour scheme): the underlines, the badge and the card follow it at once, not at the
   * next keystroke. Watched where themes are switched, and only there: the colour-scheme media query,
   * the classes and styles of <html> and <body>, and style sheets added to <head>. Each change is
   * looked at once a frame at most; the editor's background decides, as when painting.
   */
  private followTheme() {
    const watch = new AbortController();
    this.themeWatch = watch;
    let queued = false;
    const changed = () => {
      if (queued || this.sessions.size === 0) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        for (const session of this.sessions.values()) session.followTheme();
        this.render();
      });
    };
    const observer = new MutationObserver(changed);
    const attributeFilter = ['class', 'style', 'data-theme', 'data-color-mode', 'data-color-scheme'];
    for (const el of [document.documentElement, document.body])
      observer.observe(el, { attributes: true, attributeFilter });
    if (document.head) observer.observe(document.head, { childList: true });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', changed, { signal: watch.signal });
    watch.signal.addEventListener('abort', () => observer.disconnect());
  }

  /** Badges and cards follow the compose windows only while there are any. */
  private followViewport(on: boolean) {
    if (on === !!this.viewportListeners) return;
    if (!on) {
      this.viewportListeners?.abort();
      this.viewportListeners = undefined;
      return;
    }
    this.viewportListeners = new AbortController();
    const options = { signal: this.viewportListeners.signal, passive: true, capture: true };
    window.addEventListener('scroll', () => this.queueRender(), options);
    window.addEventListener('resize', () => this.queueRender(), options);
  }

  private scheduleScan() {
    this.scanTimer ??= setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, SCAN_THROTTLE_MS);
  }

  /** Starts sessions for new compose bodies and ends those whose compose closed. */
  scan(): void {
    for (const [editor, session] of this.sessions) {
      if (!editor.isConnected) {
        session.destroy();
        this.sessions.delete(editor);
        if (this.card?.session === session) this.card = undefined;
      }
    }
    for (const root of this.shadowRoots) if (!root.host.isConnected) this.shadowRoots.delete(root);
    const editors = [document, ...this.shadowRoots].flatMap((root) => findEditors(this.site, root));
    for (const editor of editors) {
      if (this.sessions.has(editor)) continue;
      this.sessions.set(editor, this.sessionFor(editor));
    }
    this.followViewport(this.sessions.size > 0);
    this.queueRender();
  }

  /** A session for a compose body, or for a textarea through its mirror. */
  private sessionFor(field: HTMLElement): EditorSession {
    if (!(field instanceof HTMLTextAreaElement)) return new EditorSession(field, this.site, this);
    const mirror = new TextareaMirror(field);
    return new EditorSession(mirror.element, this.site, this, mirror.path);
  }

  changed(): void {
    this.queueRender();
  }

  /** Asks the background which key the open-card command has now; shows it once it answers. */
  private readShortcut(): void {
    Promise.resolve()
      .then(() => browser.runtime.sendMessage({ type: GET_SHORTCUT }))
      .then((answer) => {
        const shortcut = (answer as ShortcutAnswer | undefined)?.shortcut;
        if (typeof shortcut !== 'string' || shortcut === this.commandKey) return;
        this.commandKey = shortcut;
        this.queueRender();
      })
      .catch(() => undefined); // no answer: the card names Alt+Enter only
  }

  /**
   * The browser's open-card command was pressed in this tab (the background passes it on): opens
   * the card of the finding at the caret in the draft being written, as Alt+Enter does.
   */
  openFromCommand(): boolean {
    const session = this.currentDraft();
    const live = session?.findingAtCaret();
    if (!session || !live) return false;
    this.openAtCaret(session, live);
    return true;
  }

  openAtCaret(session: EditorSession, live: LiveFinding): void {
    const caret = treeSelection(session.field)?.range;
    this.showCard({ session, live, focus: true, caret });
  }

  hover(session: EditorSession, live: LiveFinding | undefined): void {
    if (this.card?.focus) return; // a keyboard user is in the card: the mouse must not take it away
    clearTimeout(this.hoverTimer);
    if (live && this.card?.live.range === live.range) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (!live) {
      if (this.card) this.closeSoon();
      return;
    }
    this.hoverTimer = setTimeout(() => this.showCard({ session, live, focus: false }), HOVER_OPEN_MS);
  }

  escape(session: EditorSession): boolean {
    if (this.card?.session !== session) return false;
    this.closeCard();
    return true;
  }

  private closeSoon() {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.closeCard(), HOVER_CLOSE_MS);
  }

  private showCard(card: OpenCard) {
    clearTimeout(this.closeTimer);
    if (this.notice) this.dropNotice();
    this.card = card;
    if (card.focus) this.readShortcut(); // the user may have rebound it since
    this.render();
  }

  /** Shows a note where the card was; a keyboard user's focus goes to it, and back to the draft after. */
  private showNotice(notice: Omit<OpenNotice, 'id'>): void {
    clearTimeout(this.noticeTimer);
    this.notice = { ...notice, id: ++noticeCount };
    this.noticeTimer = setTimeout(() => this.dismissNotice(), NOTICE_MS);
    this.render();
  }

  private dropNotice(): void {
    clearTimeout(this.noticeTimer);
    this.notice = undefined;
  }

  private dismissNotice(): void {
    const notice = this.notice;
    if (!notice) return;
    this.dropNotice();
    this.render();
    if (notice.focus && notice.caret) this.restoreCaret(notice.caret.session, notice.caret.range);
  }

  private noticeModel(): NoticeModel | undefined {
    const notice = this.notice;
    if (!notice) return undefined;
    const { undo } = notice;
    return {
      id: notice.id,
      text: notice.text,
      anchor: notice.anchor,
      focus: notice.focus,
      onDismiss: () => this.dismissNotice(),
      onUndo: undo
        ? () => {
            this.dismissNotice();
            undo();
          }
        : undefined,
    };
  }

  /** Turns the rule off through the background, then says so with Undo (or says it failed). */
  private turnOff(card: OpenCard, anchor: Box): void {
    const { ruleId, text } = card.live.finding;
    const keep = { anchor, focus: card.focus, caret: { session: card.session, range: card.caret } };
    askToTurnOff(ruleId)
      .catch((error) => {
        console.error('Connection First: turning the rule off failed', error);
        return false;
      })
      .then((ok) =>
        this.showNotice(
          ok
            ? {
                ...keep,
                text: `Rule turned off everywhere: ${quoted(text)} is no longer flagged.`,
                undo: () => this.turnOn(ruleId, keep),
              }
            : { ...keep, text: 'The rule could not be turned off. Try again from the options page.' },
        ),
      );
  }

  private turnOn(ruleId: string, keep: Omit<OpenNotice, 'id' | 'text'>): void {
    askToTurnOn(ruleId)
      .catch(() => false)
      .then((ok) =>
        this.showNotice({ ...keep, text: ok ? 'Rule turned back on.' : 'The rule could not be turned back on.' }),
      );
  }

  private closeCard(restoreCaret = false) {
    const card = this.card;
    this.card = undefined;
    this.render();
    if (restoreCaret && card) this.restoreCaret(card.session, card.caret);
  }

  private restoreCaret(session: EditorSession, caret: Range | undefined) {
    session.field.focus({ preventScroll: true });
    const selection = document.getSelection();
    if (selection && caret) {
      selection.removeAllRanges();
      selection.addRange(caret);
    }
  }

  private queueRender() {
    if (this.renderQueued) return;
    this.renderQueued = true;
    requestAnimationFrame(() => {
      this.renderQueued = false;
      this.render();
    });
  }

  private render() {
    if (this.sessions.size === 0 && !this.overlay) return;
    // A scroll or a resize may have brought another part of a long draft into view.
    for (const session of this.sessions.values()) session.followView();
    this.overlay ??= createOverlay(document);
    this.overlay.render({
      card: this.cardModel(),
      badges: [...this.sessions.values()].map((s) => this.badgeModel(s)),
      notice: this.noticeModel(),
      announcement: this.announcement(),
    });
  }

  private cardModel(): CardModel | undefined {
    const card = this.card;
    if (!card) return undefined;
    const { session, live } = card;
    return {
      finding: live.finding,
      anchor: box(live.range.getBoundingClientRect()),
      avoid: this.cardAvoids(session, live),
      focus: card.focus,
      onApply: (index) => {
        const suggestion = live.finding.suggestions[index];
        this.card = undefined;
        if (suggestion) session.apply(live, suggestion.replacement);
        this.render();
      },
      onIgnore: () => {
        const anchor = box(live.range.getBoundingClientRect());
        this.closeCard(false);
        session.ignore(live.finding);
        this.showNotice({
          text: `Ignored ${quoted(live.finding.text)} in this draft.`,
          undo: () => session.unignore(live.finding),
          anchor,
          focus: card.focus,
          caret: { session, range: card.caret },
        });
      },
      onDisableRule: this.locked.has(live.finding.ruleId)
        ? undefined
        : () => {
            const anchor = box(live.range.getBoundingClientRect());
            this.closeCard(false);
            // Into the personal pack's `disable`; the storage change brings the new ruleset back here.
            this.turnOff(card, anchor);
          },
      shortcut: shortcutText(this.commandKey),
      onReport: (withSentence) => {
        const anchor = box(live.range.getBoundingClientRect());
        const sentence = withSentence ? session.sentenceOf(live.finding) : undefined;
        this.closeCard(false);
        const keep = { anchor, focus: card.focus, caret: { session, range: card.caret } };
        askToReport(live.finding.ruleId, sentence)
          .catch(() => 'The report could not be kept.')
          .then((text) => this.showNotice({ ...keep, text }));
      },
      onClose: (reason) => (reason === 'escape' ? this.closeCard(true) : this.closeSoon()),
      onPointerEnter: () => clearTimeout(this.closeTimer),
      dark: isOnDarkBackground(session.field),
    };
  }

  /** What a finding's card should leave visible: the next line of text, the compose window's send bar. */
  private cardAvoids(session: EditorSession, live: LiveFinding): Box[] {
    const boxes: Box[] = [];
    const line = nextLineBox(live.range, session.editor);
    if (line) boxes.push(line);
    const selector = this.site.sendBarSelector;
    const bar = selector ? nearest(session.field, selector) : null;
    if (bar) boxes.push(box(bar.getBoundingClientRect()));
    return boxes;
  }

  private badgeModel(session: EditorSession): BadgeModel {
    return {
      id: session.id,
      anchor: box(this.site.composeRoot(session.field).getBoundingClientRect()),
      below: this.site.badgeBelow,
      findings: session.results,
      underlined: session.findings.length,
      paused: session.paused,
      summary: session.summary,
      dark: isOnDarkBackground(session.field),
      onTogglePause: () => session.setPaused(!session.paused),
      ignored: session.ignoredFindings,
      onUnignore: (finding) => session.unignore(finding),
      shortcut: shortcutText(this.commandKey),
      onSelect: (finding) => {
        const live = session.liveFor(finding);
        if (!live) return;
        live.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
        this.showCard({ session, live, focus: true });
      },
    };
  }

  /** The count a screen reader hears for the draft being written (see Announcer in ui/Notice.tsx). */
  private announcement(): string {
    const session = this.currentDraft();
    if (!session) return '';
    if (session.paused) return 'Connection First: checking paused';
    const count = session.results.length;
    if (count > 0) this.hadFindings.add(session);
    else if (!this.hadFindings.has(session)) return '';
    if (count === 0) return 'Connection First: no suggestions left';
    return `Connection First: ${count.toLocaleString('en-US')} ${count === 1 ? 'suggestion' : 'suggestions'}`;
  }

  destroy(): void {
    this.dropNotice();
    this.pageObserver?.disconnect();
    this.focusWatch?.abort();
    this.shadowRoots.clear();
    this.themeWatch?.abort();
    this.followViewport(false);
    clearTimeout(this.hoverTimer);
    clearTimeout(this.closeTimer);
    clearTimeout(this.scanTimer);
    for (const session of this.sessions.values()) session.destroy();
    this.sessions.clear();
    this.painter.destroy();
    this.overlay?.destroy();
    this.overlay = undefined;
  }

  /** The draft being written, for the popup: the compose last focused, else the first one open. */
  currentDraft(): EditorSession | undefined {
    let current: EditorSession | undefined;
    for (const [editor, session] of this.sessions) {
      if (!editor.isConnected) continue; // closed, not yet swept by the throttled scan
      if (!current || session.lastFocused > current.lastFocused) current = session;
    }
    return current;
  }
}
