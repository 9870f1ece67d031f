/*
 * Every message that crosses between the extension's contexts (loader, background, checker, popup,
 * options page): its name and its shape, in one place so both ends agree.
 */
import type { FindingKind } from '../engine';

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
  draft?: { counts: Record<FindingKind, number>; paused: boolean };
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
