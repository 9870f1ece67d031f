export { builtinRuleset, loadBuiltinPack } from './builtin';
export { parsePack, parsePlainList } from './parse';
export { buildRuleset, type ResolvedRule, type Ruleset } from './ruleset';
export type { Condition, DetectorRule, PhraseRule, RulePack, RuleDefinition, RuleOverride } from './types';
export { validatePack, type PackResult } from './validate';
