import type { FindingKind } from './kinds';
import type { ResolvedRule } from './ruleset';
import type { Finding, Severity, Suggestion } from './types';

/**
 * A finding's rewrites, or the work that writes them. Some rewrites read the sentence's grammar
 * (compromise, about a millisecond a sentence), and only a finding whose card is opened, or a report
 * that prints them, needs them: a keystroke that re-checks a paragraph should not pay for rewrites
 * nobody looks at. The work runs once, the first time `suggestions` is read.
 */
export type Rewrites = Suggestion[] | (() => Suggestion[]);

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
  suggestions: Rewrites,
  why?: string,
): Finding {
  const message = why ? `${why} ${rule.message}` : rule.message;
  return finding(rule.id, rule.kind, start, end, text.slice(start, end), message, suggestions, rule.severity);
}

/** `f` moved by `by` characters. Rewrites not yet worked out stay the original's, worked out once for both. */
export const movedFinding = (f: Finding, by: number): Finding =>
  finding(
    f.ruleId,
    f.kind,
    f.start + by,
    f.end + by,
    f.text,
    f.message,
    deferred.has(f) ? () => f.suggestions : f.suggestions,
    f.severity,
  );

/** A rule's own suggestions when its pack gave some; otherwise the ones the detector works out, when asked for. */
export const suggestionsOf =
  (rule: ResolvedRule, worked: () => Suggestion[]): (() => Suggestion[]) =>
  () =>
    rule.suggestions.length ? rule.suggestions : worked();

/** Findings whose rewrites are worked out when first read. */
const deferred = new WeakSet<Finding>();

/**
 * Every field written out, in one order: findings keep one shape in V8, and JSON reports list the
 * fields in it. A finding with a list of rewrites stays plain data; a getter costs V8 far more to
 * create, so only findings whose rewrites are work get one (a team's list of common words can
 * flag every other word of a draft).
 */
function finding(
  ruleId: string,
  kind: FindingKind,
  start: number,
  end: number,
  text: string,
  message: string,
  rewrites: Rewrites,
  severity: Severity,
): Finding {
  if (typeof rewrites !== 'function')
    return { ruleId, kind, start, end, text, message, suggestions: rewrites, severity };
  let known: Suggestion[] | undefined;
  const made: Finding = {
    ruleId,
    kind,
    start,
    end,
    text,
    message,
    get suggestions() {
      known ??= rewrites();
      return known;
    },
    severity,
  };
  deferred.add(made);
  return made;
}
