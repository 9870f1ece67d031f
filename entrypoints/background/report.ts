import type { Browser } from 'wxt/browser';
import { isReportFinding, type ReportAnswer } from '../../src/messaging/messages';
import { addReport } from '../../src/settings/reports';
import { activeRulesNow, fromMailPage } from './turn-off-rule';

/**
 * Answers a REPORT_FINDING request ("Not right here" on a card): the same checks as turning a rule
 * off (exact shape, our content script in a mail tab, a rule in force), then the report is kept in
 * this browser's storage. The rule's kind comes from the rules in force, not from the page.
 */
export async function reportFinding(message: unknown, sender: Browser.runtime.MessageSender): Promise<ReportAnswer> {
  if (!isReportFinding(message)) return { ok: false, refused: 'malformed' };
  if (!(await fromMailPage(sender))) return { ok: false, refused: 'not-from-a-mail-page' };
  const { ruleset } = await activeRulesNow();
  const rule = ruleset.rules.find((r) => r.id === message.ruleId);
  if (!rule) return { ok: false, refused: 'unknown-rule' };
  try {
    const dropped = await addReport({ ruleId: rule.id, kind: rule.kind, sentence: message.sentence });
    return { ok: true, dropped };
  } catch (error) {
    return { ok: false, refused: 'storage', error: error instanceof Error ? error.message : String(error) };
  }
}
