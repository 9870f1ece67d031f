import { COACHING_KINDS, type FindingKind, type Ruleset } from '../engine';
import { type RulePack, withoutKinds } from '../rules';
import type { Options } from './args';
import type { Config } from './config/config';
import type { Input } from './inputs';
import { loadRuleset } from './load-ruleset';

type Rulesets = { byInput: Ruleset[]; warnings: string[] } | { errors: string[] };

/** A config's own settings as a pack: its switched-off rules and coaching targets. */
function settingsPack(config: Config): { pack: RulePack; source: string } | undefined {
  const coaching = config.coaching || undefined;
  if (config.disabledRules.length === 0 && !coaching) return undefined;
  const pack: RulePack = {
    name: 'config',
    version: '1',
    disable: config.disabledRules,
    ...(coaching ? { coaching } : {}),
  };
  return { pack, source: config.path };
}

/** Kinds switched off for files under `config`: its own list, and coaching when it or --coaching says so. */
function kindsOff(config: Config | undefined, options: Options): FindingKind[] {
  const off: FindingKind[] = [...(config?.disabledKinds ?? [])];
  if (!options.coaching || config?.coaching === false) off.push(...COACHING_KINDS);
  return off;
}

/**
 * The ruleset for each input: the built-in pack, its config's packs, the packs given with --rules
 * and its config's settings. Built once per config; every problem of every pack is reported.
 */
export async function rulesetsFor(inputs: readonly Input[], options: Options): Promise<Rulesets> {
  const byConfig = new Map<Config | undefined, Ruleset>();
  const errors = new Set<string>();
  const warnings = new Set<string>();
  for (const config of new Set(inputs.map((input) => input.config))) {
    const loaded = await loadRuleset([...(config?.packs ?? []), ...options.rulePaths], config && settingsPack(config));
    for (const error of loaded.errors) errors.add(error);
    for (const warning of loaded.warnings) warnings.add(warning);
    if (!loaded.ruleset) continue;
    const off = kindsOff(config, options);
    byConfig.set(config, off.length ? withoutKinds(loaded.ruleset, off) : loaded.ruleset);
  }
  // No input at all (an empty folder): the command-line packs are still checked.
  if (inputs.length === 0) {
    const loaded = await loadRuleset(options.rulePaths);
    for (const error of loaded.errors) errors.add(error);
  }
  if (errors.size) return { errors: [...errors] };
  return { byInput: inputs.map((input) => byConfig.get(input.config)!), warnings: [...warnings] };
}
