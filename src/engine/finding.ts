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
export const movedFinding = (f: Finding, by: number): Finding => copied(f, f.start + by, f.text);

/** `f` with its text read from `text` (the same offsets into another copy of the draft). */
export const retextedFinding = (f: Finding, text: string): Finding => copied(f, f.start, text.slice(f.start, f.end));

function copied(f: Finding, start: number, text: string): Finding {
  const rewrites = f instanceof LazyFinding ? () => f.suggestions : f.suggestions;
  return finding(f.ruleId, f.kind, start, start + f.end - f.start, text, f.message, rewrites, f.severity);
}

/** Every field of `f` as plain data, in the one order reports list them (rewrites worked out). */
export const findingData = ({ ruleId, kind, start, end, text, message, suggestions, severity }: Finding): Finding => ({
  ruleId,
  kind,
  start,
  end,
  text,
  message,
  suggestions,
  severity,
});

/** A rule's own suggestions when its pack gave some; otherwise the ones the detector works out, when asked for. */
export const suggestionsOf =
  (rule: ResolvedRule, worked: () => Suggestion[]): (() => Suggestion[]) =>
  () =>
    rule.suggestions.length ? rule.suggestions : worked();

/**
 * A finding whose rewrites are worked out the first time they are read. A class, for its getter on the
 * prototype: a getter of each object's own (an object literal's `get suggestions()`) made V8 spend
 * ~2.5 µs on every finding, twenty times a class instance, and a megabyte of apologies makes ~30,000
 * findings, each placed in the draft by a copy. Its rewrites are not an own field, so a copy is made
 * with `findingData`, `movedFinding` or `retextedFinding`, never by spreading; JSON lists them all.
 */
class LazyFinding implements Finding {
  readonly #rewrites: () => Suggestion[];
  #known: Suggestion[] | undefined;

  constructor(
    readonly ruleId: string,
    readonly kind: FindingKind,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly message: string,
    rewrites: () => Suggestion[],
    readonly severity: Severity,
  ) {
    this.#rewrites = rewrites;
  }

  get suggestions(): Suggestion[] {
    this.#known ??= this.#rewrites();
    return this.#known;
  }

  toJSON(): Finding {
    return findingData(this);
  }
}

/**
 * Every field written out, in one order: findings keep one shape in V8, and JSON reports list the
 * fields in it. A finding with a list of rewrites stays plain data; one whose rewrites are work is a
 * LazyFinding.
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
  return new LazyFinding(ruleId, kind, start, end, text, message, rewrites, severity);
}
