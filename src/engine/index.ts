export {
  analyze,
  analyzeEmail,
  analyzeEmailMessage,
  analyzeMessage,
  type MessageAnalysis,
} from './analyze';
export { type CoachingTargets, TARGET_RANGES, type Targets } from './coaching/targets';
export { COACHING_KINDS, type ConnectionSummary } from './detectors/coaching';
export { CUE_LISTS, DETECTOR_BINDINGS, DETECTORS, MODELS } from './detectors';
export { firstBlank } from './detectors/blanks';
export { findingData } from './finding';
export { memoByString } from './memo';
export { DEFAULT_PHRASE_KIND, EMAIL_ONLY_KINDS, type FindingKind, isKind, KIND_TABLE, KINDS } from './kinds';
export { CONDITION_TAGS, type CueLists, type PhraseSpec, type ResolvedRule, type Ruleset } from './ruleset';
export type { LinearModel } from './linear-model';
export type { Finding, Severity, Suggestion } from './types';
