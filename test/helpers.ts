import { analyze, type Finding } from '../src/engine';
import { builtinRuleset } from '../src/rules';

/** `[ruleId, text]` of each finding of one kind: compact to compare exactly in table tests. */
export function flagged(text: string, kind: Finding['kind']): [string, string][] {
  return analyze(text, builtinRuleset())
    .filter((f) => f.kind === kind)
    .map((f) => [f.ruleId, f.text]);
}
