import type { FindingKind, Severity, Suggestion } from '../engine/types';

/** Compromise part-of-speech tags a context condition may ask for; a closed list, no patterns. */
export const CONDITION_TAGS = [
  'Verb',
  'Noun',
  'Adjective',
  'Adverb',
  'Gerund',
  'PastTense',
  'Infinitive',
  'Plural',
  'Singular',
  'ProperNoun',
] as const;
export type ConditionTag = (typeof CONDITION_TAGS)[number];

/**
 * One neighbour test around a phrase match: the words right before it, the words right after it,
 * the part of speech compromise gives the matched word in its sentence, or the one it gives the
 * word right before or right after the match on the same line ("payroll solutions": a noun
 * before "solutions"; "next-generation platform": a noun after).
 */
export type Condition =
  | { before: string[] }
  | { after: string[] }
  | { tag: ConditionTag }
  | { tagBefore: ConditionTag }
  | { tagAfter: ConditionTag };

export interface PhraseRule {
  id: string;
  kind?: FindingKind;
  phrases: string[];
  message: string;
  suggestions?: (string | Suggestion)[];
  severity?: Severity;
  /** Also match plural, -ed and -ing forms of each word (default true). */
  inflect?: boolean;
  /** At least one must hold for the match to count. */
  flagIf?: Condition[];
  /** None may hold for the match to count. */
  skipIf?: Condition[];
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

export interface RuleOverride {
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
}

export function isDetectorRule(rule: RuleDefinition): rule is DetectorRule {
  return 'detector' in rule;
}
