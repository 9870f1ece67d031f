import type { FindingKind, LinearModel, PhraseSpec, Severity, Suggestion, Targets } from '../engine';

export interface PhraseRule extends PhraseSpec {
  id: string;
  kind?: FindingKind;
  message: string;
  suggestions?: (string | Suggestion)[];
  severity?: Severity;
}

/** A rule whose matching lives in code (grammar); only the built-in pack may declare one. */
export interface DetectorRule {
  id: string;
  kind: FindingKind;
  detector: string;
  message: string;
  suggestions?: (string | Suggestion)[];
  severity?: Severity;
}

export type RuleDefinition = PhraseRule | DetectorRule;

interface RuleOverride {
  message?: string;
  severity?: Severity;
  suggestions?: (string | Suggestion)[];
}

export interface RulePack {
  $schema?: string;
  name: string;
  version: string;
  description?: string;
  rules?: RuleDefinition[];
  /** Full ids (`pack/rule`) of earlier rules to switch off. */
  disable?: string[];
  /** Full ids of earlier rules whose message, severity or suggestions this pack replaces. */
  overrides?: Record<string, RuleOverride>;
  /** Words added to the grammar detectors' cue lists, by list name (`pitch-first/sender-names`). */
  cues?: Record<string, string[]>;
  /** Learned weights for the grammar detectors, by model name; only the built-in pack has them. */
  models?: Record<string, LinearModel>;
  /** Targets of the connection check, for first emails and for replies; any field may be left out. */
  coaching?: { first?: TargetsChange; reply?: TargetsChange };
}

/** Some of the connection check's targets: what a pack changes. */
export type TargetsChange = {
  [K in keyof Targets]?: Targets[K] extends number ? number : Partial<Targets[K]>;
};

export function isDetectorRule(rule: RuleDefinition): rule is DetectorRule {
  return 'detector' in rule;
}
