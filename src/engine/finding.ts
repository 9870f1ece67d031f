import type { ResolvedRule } from './ruleset';
import type { Finding, Suggestion } from './types';

/**
 * The one way a finding is made: the rule gives its id, kind, message and severity, the detector
 * the span of `text`, the rewrites, and optionally why this case was flagged, said before the
 * rule's message.
 */
export function makeFinding(
  rule: ResolvedRule,
  text: string,
  start: number,
  end: number,
  suggestions: Suggestion[],
  why?: string,
): Finding {
  return {
    ruleId: rule.id,
    kind: rule.kind,
    start,
    end,
    text: text.slice(start, end),
    message: why ? `${why} ${rule.message}` : rule.message,
    suggestions,
    severity: rule.severity,
  };
}

/** A rule's own suggestions when its pack gave some; otherwise the ones the detector works out. */
export const suggestionsOf = (rule: ResolvedRule, worked: () => Suggestion[]): Suggestion[] =>
  rule.suggestions.length ? rule.suggestions : worked();
