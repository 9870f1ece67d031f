import { browser } from 'wxt/browser';
import { isOnDarkBackground } from '../editor/dark-editor';
import { HighlightPainter } from '../editor/highlights';
import { EditorSession, type LiveFinding, type SessionHost } from '../editor/session';
import type { Ruleset } from '../engine';
import { TURN_OFF_RULE, type TurnOffAnswer, type TurnOffRule } from '../messaging/messages';
import { findEditors, type SiteAdapter } from '../sites';
import { createOverlay, type Overlay } from '../ui/overlay';
import type { BadgeModel, Box, CardModel } from '../ui/overlay-model';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;
const SCAN_THROTTLE_MS = 150;

interface OpenCard {
  session: EditorSession;
  live: LiveFinding;
  focus: boolean;
  /** Where the caret was when the shortcut opened the card, to put it back on Esc. */
  caret?: Range;
}

const box = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

/**
 * Asks the background to turn a rule off everywhere. A mail page's content script never writes
 * settings itself: the background checks that the rule is in force and not locked, then saves.
 */
async function askToTurnOff(ruleId: string): Promise<void> {
  const request: TurnOffRule = { type: TURN_OFF_RULE, ruleId };
  const answer = (await browser.runtime.sendMessage(request)) as TurnOffAnswer | undefined;
  if (!answer?.ok) console.warn('Connection First: the rule was not turned off', ruleId, answer);
}

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
  private overlay?: Overlay;
  private card?: OpenCard;
  private hoverTimer?: ReturnType<typeof setTimeout>;
  private closeTimer?: ReturnType<typeof setTimeout>;
  private scanTimer?: ReturnType<typeof setTimeout>;
  private renderQueued = false;
  private rules: Ruleset;
  private locked: ReadonlySet<string>;

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
    this.scan();
    // childList only: attribute observers across the whole page are known to crash mail tabs.
    this.pageObserver = new MutationObserver(() => this.scheduleScan());
    this.pageObserver.observe(document.body, { childList: true, subtree: true });
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
    for (const editor of findEditors(this.site)) {
      if (!this.sessions.has(editor)) this.sessions.set(editor, new EditorSession(editor, this.site, this));
    }
    this.followViewport(this.sessions.size > 0);
    this.queueRender();
  }

  changed(): void {
    this.queueRender();
  }

  openAtCaret(session: EditorSession, live: LiveFinding): void {
    const selection = document.getSelection();
    const caret = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : undefined;
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
    this.card = card;
    this.render();
  }

  private closeCard(restoreCaret = false) {
    const card = this.card;
    this.card = undefined;
    this.render();
    if (restoreCaret && card) {
      card.session.editor.focus({ preventScroll: true });
      const selection = document.getSelection();
      if (selection && card.caret) {
        selection.removeAllRanges();
        selection.addRange(card.caret);
      }
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
    this.overlay.render({ card: this.cardModel(), badges: [...this.sessions.values()].map((s) => this.badgeModel(s)) });
  }

  private cardModel(): CardModel | undefined {
    const card = this.card;
    if (!card) return undefined;
    const { session, live } = card;
    return {
      finding: live.finding,
      anchor: box(live.range.getBoundingClientRect()),
      focus: card.focus,
      onApply: (index) => {
        const suggestion = live.finding.suggestions[index];
        this.card = undefined;
        if (suggestion) session.apply(live, suggestion.replacement);
        this.render();
      },
      onIgnore: () => {
        this.closeCard(card.focus);
        session.ignore(live.finding);
      },
      onDisableRule: this.locked.has(live.finding.ruleId)
        ? undefined
        : () => {
            this.closeCard(card.focus);
            // Into the personal pack's `disable`; the storage change brings the new ruleset back here.
            askToTurnOff(live.finding.ruleId).catch((error) =>
              console.error('Connection First: turning the rule off failed', error),
            );
          },
      onClose: (reason) => (reason === 'escape' ? this.closeCard(true) : this.closeSoon()),
      onPointerEnter: () => clearTimeout(this.closeTimer),
      dark: isOnDarkBackground(session.editor),
    };
  }

  private badgeModel(session: EditorSession): BadgeModel {
    return {
      id: session.id,
      anchor: box(this.site.composeRoot(session.editor).getBoundingClientRect()),
      findings: session.results,
      underlined: session.findings.length,
      paused: session.paused,
      dark: isOnDarkBackground(session.editor),
      onTogglePause: () => session.setPaused(!session.paused),
      onSelect: (finding) => {
        const live = session.liveFor(finding);
        if (!live) return;
        live.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
        this.showCard({ session, live, focus: true });
      },
    };
  }

  destroy(): void {
    this.pageObserver?.disconnect();
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
