import defaultPackJson from '../../rules/default.json';
import type { Ruleset } from '../engine';
import { buildRuleset } from './ruleset';
import type { RulePack } from './types';
import { validatePack } from './validate';

/** The built-in pack, checked on load like any other so a bad edit to rules/default.json fails loudly. */
export function loadBuiltinPack(): RulePack {
  const { pack, errors } = validatePack(defaultPackJson, 'rules/default.json', { allowDetectors: true });
  if (!pack) throw new Error(`The built-in rule pack is invalid:\n${errors.join('\n')}`);
  return pack;
}

let builtin: Ruleset | undefined;

/** The ruleset of the built-in pack alone, built once. */
export function builtinRuleset(): Ruleset {
  return (builtin ??= buildRuleset([loadBuiltinPack()]));
}
