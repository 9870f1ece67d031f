import { browser, type Browser } from 'wxt/browser';
import {
  isTurnOffRule,
  isTurnOnRule,
  type TurnOffAnswer,
  type TurnOffRefusal,
  type TurnOnAnswer,
} from '../../src/messaging/messages';
import { loadBuiltinPack } from '../../src/rules';
import { type ActiveRules, mergeActive } from '../../src/settings/active-ruleset';
import { checkedSites, teamLists } from '../../src/settings/items';
import { readManagedPolicy } from '../../src/settings/managed';
import { grantedOrigins } from '../../src/settings/page-site';
import { disableRule, enableRule, loadPersonalPack } from '../../src/settings/personal';
import { pageSite } from '../../src/sites';

/**
 * The card's "Turn off this rule", done where the page cannot reach: a mail page's content script
 * asks, and the background decides. The page cannot send our messages itself (no web page may
 * connect to the extension), but whatever asks is checked anyway: the message's exact shape, that
 * it comes from our content script in a tab of a supported mail site, that the rule is in force
 * and that the administrator has not locked it. Only then is the personal pack changed.
 */

/**
 * Our own content script, in a tab showing a supported mail site over HTTPS, or a site checking
 * is on for (the frame's origin: an editor may sit in a frame of its own).
 */
export async function fromMailPage(sender: Browser.runtime.MessageSender): Promise<boolean> {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return false;
  const address = sender.origin ?? sender.url;
  if (!address) return false;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  const sites = await checkedSites.getValue();
  return pageSite(url, grantedOrigins(sites)) !== undefined;
}

/** The rules in force now, read afresh from storage and the browser's policy (never a stale copy). */
export async function activeRulesNow(): Promise<ActiveRules> {
  const [policy, lists, personal] = await Promise.all([readManagedPolicy(), teamLists.getValue(), loadPersonalPack()]);
  return mergeActive({
    builtin: loadBuiltinPack(),
    policy,
    lists: Array.isArray(lists) ? lists : [],
    personal: personal.pack,
  });
}

const refuse = (refused: TurnOffRefusal): TurnOffAnswer => ({ ok: false, refused });

/** Answers a TURN_OFF_RULE request: turns the rule off everywhere (the personal pack's `disable`), or says why not. */
export async function turnOffRule(message: unknown, sender: Browser.runtime.MessageSender): Promise<TurnOffAnswer> {
  if (!isTurnOffRule(message)) return refuse('malformed');
  if (!(await fromMailPage(sender))) return refuse('not-from-a-mail-page');
  const { ruleset, lockedRuleIds } = await activeRulesNow();
  if (lockedRuleIds.has(message.ruleId)) return refuse('locked');
  if (!ruleset.rules.some((rule) => rule.id === message.ruleId)) return refuse('unknown-rule');
  await disableRule(message.ruleId);
  return { ok: true };
}

/**
 * Answers a TURN_ON_RULE request (Undo after "Turn off this rule"): the same checks, and only a
 * rule the personal pack switched off is switched back on.
 */
export async function turnOnRule(message: unknown, sender: Browser.runtime.MessageSender): Promise<TurnOnAnswer> {
  if (!isTurnOnRule(message)) return { ok: false, refused: 'malformed' };
  if (!(await fromMailPage(sender))) return { ok: false, refused: 'not-from-a-mail-page' };
  const [{ lockedRuleIds }, personal] = await Promise.all([activeRulesNow(), loadPersonalPack()]);
  if (lockedRuleIds.has(message.ruleId)) return { ok: false, refused: 'locked' };
  if (!personal.pack.disable?.includes(message.ruleId)) return { ok: false, refused: 'not-switched-off' };
  await enableRule(message.ruleId);
  return { ok: true };
}
