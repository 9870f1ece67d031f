import type { Finding } from '../engine/types';
import type { MeterSummary } from './Meter';

/** Where something on the page is, in viewport coordinates (as from getBoundingClientRect). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The explanation card for one finding, shown next to its highlight. */
export interface CardModel {
  finding: Finding;
  /** The highlighted text's box; the card sits next to it and stays inside the viewport. */
  anchor: Box;
  /** What the card should not cover when another place fits: the next line of text, the send bar. */
  avoid?: Box[];
  /** Move keyboard focus into the card (opened by the shortcut, not by hover). */
  focus: boolean;
  onApply(suggestionIndex: number): void;
  /** Ignore this finding in this draft only. */
  onIgnore(): void;
  /** Turn the finding's rule off everywhere; absent when the administrator's policy locks the rule. */
  onDisableRule?: () => void;
  /** Esc (focus goes back to the editor) or the pointer leaving the card. */
  onClose(reason: 'escape' | 'pointer-left'): void;
  /** The pointer entered the card: the caller must not close it while the user reads. */
  onPointerEnter(): void;
  /** The keys that open a card from the keyboard, in words ("Alt+Enter or Alt+Shift+."). */
  shortcut?: string;
  /**
   * "Not right here": keep a report of a false alarm on this device; the sentence only when the
   * user ticked the box. Absent when no report can be made.
   */
  onReport?: (withSentence: boolean) => void;
  /** The finding's editor shows on a dark background: the card wears the dark colours. */
  dark?: boolean;
}

/**
 * The small per-compose count and connection meter, placed at the compose window's corner, outside
 * the editor.
 */
export interface BadgeModel {
  /** Stable per compose window. */
  id: string;
  /** The compose window's box; the badge sits at its bottom-right corner, inside the viewport. */
  anchor: Box;
  /** The badge goes under the box rather than inside it (see SiteAdapter.badgeBelow). */
  below?: boolean;
  /** Every finding of the draft, in order: the list offers the first of them. */
  findings: readonly Finding[];
  /** How many of them are underlined: fewer than all in a long draft, where only the text near the view is. */
  underlined: number;
  paused: boolean;
  /** The draft's connection summary for the meter beside the count; none shows while undefined. */
  summary?: MeterSummary;
  onTogglePause(): void;
  /** A finding picked from the list: the caller scrolls to it and opens its card. */
  onSelect(finding: Finding): void;
  /** Findings dropped with "Ignore here" in this draft, oldest first. */
  ignored?: readonly Finding[];
  /** Undo one "Ignore here". */
  onUnignore?: (finding: Finding) => void;
  /** The keys that open a card from the keyboard, in words. */
  shortcut?: string;
  /** The compose's editor shows on a dark background: the badge and its list wear the dark colours. */
  dark?: boolean;
}

/** A short note after an action, with Undo when the action can be taken back. */
export interface NoticeModel {
  /** Stable per action: a new action is a new notice. */
  id: number;
  text: string;
  onUndo?: () => void;
  onDismiss(): void;
  /** Where the action happened: the note sits there. */
  anchor: Box;
  /** Move focus to the note (the action came from the keyboard). */
  focus: boolean;
}

export interface OverlayModel {
  card?: CardModel;
  badges: BadgeModel[];
  notice?: NoticeModel;
  /**
   * What a screen reader hears, politely, about the draft being written ("3 suggestions"). The
   * overlay waits for it to settle before it speaks, so typing does not make it chatter.
   */
  announcement?: string;
}
