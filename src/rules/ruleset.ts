import type { FindingKind, Severity, Suggestion } from '../engine/types';
import type { DetectorName } from '../engine/detectors/registry';
import { isDetectorRule, type PhraseRule, type RulePack } from './types';

/** A rule after merging: its full id, and its message as the last pack that touched it left it. */
export interface ResolvedRule {
  id: string;
  kind: FindingKind;
  message: string;
  suggestions: Suggestion[];
  severity: Severity;
  phrase?: PhraseRule;
  detector?: DetectorName;
}

/** The merged, enabled rules the engine runs; build once per change of packs and reuse. */
export interface Ruleset {
  rules: ResolvedRule[];
  byDetector: Map<DetectorName, ResolvedRule>;
}

const toSuggestions = (list: (string | Suggestion)[] = []): Suggestion[] =>
  list.map((s) => (typeof s === 'string' ? { replacement: s } : { ...s }));

/**
 * Merges packs in order (built-in, team packs, personal). A later pack switches earlier rules off
 * with `disable`, changes their message, severity or suggestions with `overrides`, and adds its
 * own rules; a rule id that comes again replaces the earlier rule.
 */
export function buildRuleset(packs: RulePack[]): Ruleset {
  const rules = new Map<string, ResolvedRule>();
  for (const pack of packs) {
    for (const id of pack.disable ?? []) rules.delete(id);
    for (const [id, change] of Object.entries(pack.overrides ?? {})) {
      const rule = rules.get(id);
      if (!rule) continue;
      if (change.message !== undefined) rule.message = change.message;
      if (change.severity !== undefined) rule.severity = change.severity;
      if (change.suggestions !== undefined) rule.suggestions = toSuggestions(change.suggestions);
    }
    for (const def of pack.rules ?? []) {
      const id = `${pack.name}/${def.id}`;
      rules.delete(id);
      rules.set(id, {
        id,
        kind: def.kind ?? 'buzzword',
        message: def.message,
        suggestions: toSuggestions(def.suggestions),
        severity: def.severity ?? 'warning',
        ...(isDetectorRule(def) ? { detector: def.detector as DetectorName } : { phrase: def }),
      });
    }
  }
  const list = [...rules.values()];
  return {
    rules: list,
    byDetector: new Map(list.filter((r) => r.detector).map((r) => [r.detector!, r])),
  };
}
