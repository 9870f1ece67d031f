import type { Ruleset } from '../engine';
import { buildRuleset, loadBuiltinPack, parsePack, type RulePack } from '../rules';
import { describeFsError, readInput } from './read-input';

/**
 * The built-in pack followed by the team packs, built once for the whole run. Every pack is read
 * and validated before any email is analysed, and every problem in every pack is reported.
 */
export async function loadRuleset(paths: string[]): Promise<{ ruleset?: Ruleset; errors: string[] }> {
  const packs: RulePack[] = [loadBuiltinPack()];
  const errors: string[] = [];
  for (const path of paths) {
    let content: string;
    try {
      content = await readInput(path);
    } catch (error) {
      errors.push(`${path}: cannot read rule pack: ${describeFsError(error)}`);
      continue;
    }
    const result = parsePack(content, path);
    errors.push(...result.errors);
    if (result.pack && result.errors.length === 0) packs.push(result.pack);
  }
  return errors.length ? { errors } : { ruleset: buildRuleset(packs), errors };
}
