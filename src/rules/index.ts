export { builtinRuleset, loadBuiltinPack } from './builtin';
export { parsePack } from './parse';
export { type BuildOptions, buildRuleset, type UnknownReference } from './ruleset';
export type { RulePack } from './types';
export { validatePack } from './validate';
