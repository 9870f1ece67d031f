import { stat } from 'node:fs/promises';
import type { Ruleset } from '../engine';
import {
  buildRuleset,
  builtinRuleset,
  loadBuiltinPack,
  type PackResult,
  packFileProblem,
  parsePack,
  type RulePack,
  reservedNameError,
  type UnknownReference,
  withinSetLimits,
} from '../rules';
import { describeFsError, readText } from './read-input';

interface LoadedRules {
  ruleset?: Ruleset;
  /** Why the run cannot go on: every problem of every pack. */
  errors: string[];
  /** What a pack author should fix but the run survives: a switch-off or re-wording of no rule. */
  warnings: string[];
}

/**
 * One pack file read and checked. Its size is checked before it is read, so a file given by
 * mistake (a log, a video) is refused at once. A file may not take a name kept for the built-in
 * or the personal pack.
 */
async function readPack(path: string): Promise<PackResult> {
  let content: string;
  try {
    const tooLarge = packFileProblem((await stat(path)).size);
    if (tooLarge) return { errors: [`${path}: ${tooLarge}`] };
    content = await readText(path);
  } catch (error) {
    return { errors: [`${path}: cannot read rule pack: ${describeFsError(error)}`] };
  }
  const result = parsePack(content, path);
  const reserved = result.pack && reservedNameError(result.pack.name, path);
  return reserved ? { errors: [reserved] } : result;
}

/** `acme.json: disable "default/leverag": no such rule`, by the file the pack came from. */
function unknownWarning({ pack, ruleId, change }: UnknownReference, files: Map<string, string>): string {
  const field = change === 'disable' ? 'disable' : 'overrides';
  return `${files.get(pack) ?? pack}: ${field} "${ruleId}": no such rule`;
}

/**
 * The built-in pack followed by the team packs and a config's settings, built once for the run. Every pack is read
 * and validated before any email is analysed, and every problem in every pack is reported; so are
 * packs the whole set has no room for (SET_LIMITS).
 */
export async function loadRuleset(
  paths: string[],
  settings?: { pack: RulePack; source: string },
): Promise<LoadedRules> {
  // The built-in pack alone: the ruleset built once (in the start-up snapshot, already compiled).
  if (paths.length === 0 && !settings) return { ruleset: builtinRuleset(), errors: [], warnings: [] };
  const packs: RulePack[] = [loadBuiltinPack()];
  // Pack name → the file it came from, to name files in warnings.
  const files = new Map<string, string>();
  let errors: string[] = [];
  for (const path of paths) {
    const result = await readPack(path);
    // Concatenated, never spread into push(): a list of arguments has a size limit.
    errors = errors.concat(result.errors);
    if (result.pack) {
      packs.push(result.pack);
      files.set(result.pack.name, path);
    }
  }
  // A config's switched-off rules and coaching targets come last: they can name any pack's rules.
  if (settings) {
    packs.push(settings.pack);
    files.set(settings.pack.name, settings.source);
  }
  const { kept, errors: leftOut } = withinSetLimits(packs);
  errors = errors.concat(leftOut);
  if (errors.length) return { errors, warnings: [] };
  const warnings: string[] = [];
  const ruleset = buildRuleset(kept, { onUnknown: (reference) => warnings.push(unknownWarning(reference, files)) });
  return { ruleset, errors, warnings };
}
