/*
 * Every message that crosses between the extension's contexts (loader, background, checker, popup,
 * options page): its name and its shape, in one place so both ends agree.
 */
import type { ConnectionSummary, FindingKind, Targets } from '../engine';

/** What the connection meter reads of a draft's connection summary: what the popup is sent of it. */
export type MeterSummary = Pick<ConnectionSummary, 'reply' | 'words' | 'questions' | 'readerFocus' | 'grade'> & {
  targets?: Pick<Targets, 'words' | 'questions' | 'readerFocus' | 'grade'>;
};

/** The loader content script asks the background to inject the checker into its frame. */
export const LOAD_CHECKER = 'connection-first:load-checker';

/** The checker's bundle, injected into the isolated world of a mail page. */
export const CHECKER_FILE = '/checker.js';

/** Options page → background: refresh one team list (`url`) or all of them; answers the updated lists. */
export const REFRESH_LISTS = 'connection-first:refresh-lists';

/** Popup → checker in the active tab: the state of the draft being written. */
export const DRAFT_STATUS = 'connection-first:draft-status';

/** Popup → checker: pause or resume checking of the draft being written. */
export const PAUSE_DRAFT = 'connection-first:pause-draft';

export interface DraftStatus {
  siteId: string;
  siteOn: boolean;
  /** The compose window last focused (or the only one); undefined when no compose is open. */
  draft?: {
    counts: Record<FindingKind, number>;
    paused: boolean;
    /** The draft's connection summary for the meter; absent while paused or for a draft too long to coach. */
    meter?: MeterSummary;
  };
}

/**
 * Checker → background: the user pressed "Turn off this rule" on a card. A content script never
 * writes settings itself; the background checks the request (see entrypoints/background) and
 * answers a `TurnOffAnswer`.
 */
export const TURN_OFF_RULE = 'connection-first:turn-off-rule';

export interface TurnOffRule {
  type: typeof TURN_OFF_RULE;
  /** The rule's full id, `default/synergy`. */
  ruleId: string;
}

/** Why the background refused to turn a rule off. */
export type TurnOffRefusal = 'malformed' | 'not-from-a-mail-page' | 'unknown-rule' | 'locked';

export type TurnOffAnswer = { ok: true } | { ok: false; refused: TurnOffRefusal };

/** Longer than any rule id a pack may define (pack and rule names are at most 64 characters each). */
const RULE_ID_MAX = 200;

/**
 * Exactly a `TurnOffRule`: those two keys and nothing else, the id a short string. Whether such a
 * rule is in force is for the receiver to check.
 */
export function isTurnOffRule(message: unknown): message is TurnOffRule {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const { type, ruleId } = message as Record<string, unknown>;
  return (
    Object.keys(message).length === 2 &&
    type === TURN_OFF_RULE &&
    typeof ruleId === 'string' &&
    ruleId.length > 0 &&
    ruleId.length <= RULE_ID_MAX
  );
}

/**
 * The manifest command that opens the card at the caret (Alt+Enter in the page is the built-in
 * way; this one is the browser's, so it can be rebound in its shortcut settings).
 */
export const OPEN_CARD_COMMAND = 'open-card';

/** Background → checker in the active tab: the user pressed the open-card command. */
export const OPEN_CARD = 'connection-first:open-card';

/** Checker → background: what key the open-card command is bound to; answers a `ShortcutAnswer`. */
export const GET_SHORTCUT = 'connection-first:get-shortcut';

/** The command's key as the browser names it ("Alt+Shift+K"), '' when the user has unbound it. */
export interface ShortcutAnswer {
  shortcut: string;
}

/**
 * Checker → background: the user pressed Undo after turning a rule off. Checked like
 * `TURN_OFF_RULE`; only a rule the user's own pack switched off can be turned back on.
 */
export const TURN_ON_RULE = 'connection-first:turn-on-rule';

export interface TurnOnRule {
  type: typeof TURN_ON_RULE;
  ruleId: string;
}

type TurnOnRefusal = 'malformed' | 'not-from-a-mail-page' | 'not-switched-off' | 'locked';

export type TurnOnAnswer = { ok: true } | { ok: false; refused: TurnOnRefusal };

/** Exactly a `TurnOnRule`: those two keys and nothing else, the id a short string. */
export function isTurnOnRule(message: unknown): message is TurnOnRule {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const { type, ruleId } = message as Record<string, unknown>;
  return (
    Object.keys(message).length === 2 &&
    type === TURN_ON_RULE &&
    typeof ruleId === 'string' &&
    ruleId.length > 0 &&
    ruleId.length <= RULE_ID_MAX
  );
}

/**
 * Checker → background: "Not right here" on a card. The report is kept in this browser's storage
 * (never sent): the rule, and the sentence only when the user ticked the box. The background
 * checks the request like `TURN_OFF_RULE` and takes the rule's kind from the rules in force.
 */
export const REPORT_FINDING = 'connection-first:report-finding';

export interface ReportFinding {
  type: typeof REPORT_FINDING;
  ruleId: string;
  /** Only when the user chose to include it; at most `REPORT_SENTENCE_MAX` characters. */
  sentence?: string;
}

/** A reported sentence is at most this long (the checker cuts it to 300). */
const REPORT_SENTENCE_MAX = 300;

type ReportRefusal = 'malformed' | 'not-from-a-mail-page' | 'unknown-rule' | 'storage';

/** `dropped`: how many of the oldest reports made room for this one (0 until the cap is reached). */
export type ReportAnswer = { ok: true; dropped: number } | { ok: false; refused: ReportRefusal; error?: string };

/** Exactly a `ReportFinding`: its type, a short rule id, and at most a short sentence. */
export function isReportFinding(message: unknown): message is ReportFinding {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const { type, ruleId, sentence, ...rest } = message as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    type === REPORT_FINDING &&
    typeof ruleId === 'string' &&
    ruleId.length > 0 &&
    ruleId.length <= RULE_ID_MAX &&
    (!('sentence' in message) ||
      (typeof sentence === 'string' && sentence.length > 0 && sentence.length <= REPORT_SENTENCE_MAX))
  );
}
