import type { CoachingTargets } from './coaching/targets';
import type { FindingKind } from './kinds';
import type { LinearModel } from './linear-model';
import type { Severity, Suggestion } from './types';

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
  'Money',
] as const;
type ConditionTag = (typeof CONDITION_TAGS)[number];

/**
 * One neighbour test around a phrase match: the words right before it, the words right after it,
 * the part of speech compromise gives the matched word in its sentence, or the one it gives the
 * word right before or right after the match on the same line ("payroll solutions": a noun
 * before "solutions"; "next-generation platform": a noun after), or whether the matched words are
 * written joined by hyphens ("a digital-first bank", not "put digital first"), or whether one of some
 * words stands anywhere near it in its sentence: the topic that makes a word literal ("the flywheel
 * on the lathe", "bandwidth on the office broadband"), wherever the sentence puts it; or whether one
 * of some words stands in the few words after it: the head of its object ("disrupt the whole payments
 * space").
 */
export type Condition =
  | { before: string[] }
  | { after: string[] }
  | { tag: ConditionTag }
  | { tagBefore: ConditionTag }
  | { tagAfter: ConditionTag }
  | { hyphenated: true }
  | { inSentence: string[] }
  | { inParagraph: string[] }
  | { soonAfter: string[] };

/** What the phrase matcher needs of a phrase rule. */
export interface PhraseSpec {
  phrases: string[];
  /** Also match plural, -ed and -ing forms of each word (default true). */
  inflect?: boolean;
  /** At least one must hold for the match to count. */
  flagIf?: Condition[];
  /** None may hold for the match to count. */
  skipIf?: Condition[];
}

/**
 * Named lists of cue words a grammar detector reads (`pitch-first/reader-acts`, …): the
 * vocabulary of its judgement, kept as data so that a team can extend it. Each detector declares
 * the lists it reads (see detector.ts); packs append to them in merge order.
 */
export type CueLists = ReadonlyMap<string, readonly string[]>;

/** A rule after merging packs: its full id, and its message as the last pack that touched it left it. */
export interface ResolvedRule {
  id: string;
  kind: FindingKind;
  message: string;
  suggestions: Suggestion[];
  severity: Severity;
  /** Set for a phrase rule. */
  phrase?: PhraseSpec;
  /** Set for a rule bound to a grammar detector: the binding's name, `non-apology/feelings`. */
  detector?: string;
  /**
   * Set for a rule an administrator locked: where its match overlaps another rule's, the locked
   * finding is the one shown, so a later pack cannot hide it behind a longer phrase.
   */
  locked?: true;
}

/**
 * The merged, enabled rules and cue lists the engine runs. Build once per change of packs and
 * reuse: the engine compiles and caches per ruleset object, so a new ruleset (even one differing
 * only in a severity) never sees another's results.
 */
export interface Ruleset {
  rules: ResolvedRule[];
  byDetector: ReadonlyMap<string, ResolvedRule>;
  cues: CueLists;
  /** Learned weights a detector judges by, by model name (`pitch-first/opening`); built-in only. */
  models: ReadonlyMap<string, LinearModel>;
  /** What the connection check aims for, the last pack's word on each field; none when no pack sets them. */
  coaching?: CoachingTargets;
}
