export { builtinRuleset, loadBuiltinPack } from './builtin';
export { parsePack } from './parse';
export { buildRuleset } from './ruleset';
export type { RulePack } from './types';
export { validatePack } from './validate';
