import defaultPackJson from '../../rules/default.json';
import openingModelJson from '../../rules/opening-model.json';
import type { Ruleset } from '../engine';
import { buildRuleset } from './ruleset';
import type { RulePack } from './types';
import { validatePack } from './validate';

/**
 * The built-in pack with its learned weights (rules/opening-model.json, written by `npm run train`),
 * checked on load like any other pack so a bad edit to either file fails loudly.
 */
export function loadBuiltinPack(): RulePack {
  const { name, bias, weights, threshold } = openingModelJson;
  const withModels = { ...defaultPackJson, models: { [name]: { bias, weights, threshold } } };
  const { pack, errors } = validatePack(withModels, 'rules/default.json', { allowDetectors: true });
  if (!pack) throw new Error(`The built-in rule pack is invalid:\n${errors.join('\n')}`);
  return pack;
}

let builtin: Ruleset | undefined;

/** The ruleset of the built-in pack alone, built once. */
export function builtinRuleset(): Ruleset {
  return (builtin ??= buildRuleset([loadBuiltinPack()]));
}
