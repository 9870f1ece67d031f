export { builtinRuleset, loadBuiltinPack } from './builtin';
export { describeJsonError } from './json-error';
export { packFileProblem } from './pack-size';
export { parsePack } from './parse';
export { reservedNameError } from './reserved-names';
export { buildRuleset, type UnknownReference, withoutKinds } from './ruleset';
export { withinSetLimits } from './set-limits';
export type { RulePack } from './types';
export { type PackResult, validatePack } from './validate';
