import { LIMITS } from '../../rules/limits';
import type { RulePack } from '../../rules/types';
import { validatePack } from '../../rules/validate';
import type { PersonalCopy } from '../model';

/** The personal pack is named "personal", so its rule ids read `personal/…`. */
const PERSONAL_PACK_NAME = 'personal';
/** Names the pack in validation errors: `personal rules: rules[2].phrases[0]: …`. */
const PERSONAL_SOURCE = 'personal rules';

export const emptyPersonalPack = (): RulePack => ({ name: PERSONAL_PACK_NAME, version: '1', rules: [], disable: [] });

/** A stored or given pack checked as a personal pack; errors are located (`personal rules: …`). */
export function checkPersonal(value: unknown): { pack?: RulePack; errors: string[] } {
  const result = validatePack(value, PERSONAL_SOURCE);
  if (result.pack && result.pack.name !== PERSONAL_PACK_NAME) {
    return { errors: [`${PERSONAL_SOURCE}: name: must be "${PERSONAL_PACK_NAME}"`] };
  }
  return result;
}

/**
 * The pack as it will be saved: a plain copy, so later changes to the caller's object do not reach
 * storage. Throws an Error listing every problem, one per line with its location, when it is invalid
 * or larger than a pack may be.
 */
export function readyToSave(pack: RulePack): RulePack {
  const { pack: valid, errors } = checkPersonal(pack);
  if (!valid) throw new Error(errors.join('\n'));
  const json = JSON.stringify(valid);
  const bytes = new TextEncoder().encode(json).length;
  // The pack limit, as for any pack: it also keeps this browser's copy inside its share of storage.local.
  if (bytes > LIMITS.packBytes) {
    const size = `${(bytes / 1e6).toFixed(1)} MB (at most ${LIMITS.packBytes / 1e6} MB)`;
    throw new Error(`${PERSONAL_SOURCE}: would take ${size}; remove rules you no longer need`);
  }
  return JSON.parse(json) as RulePack;
}

/** This browser's copy as read back from storage.local, or undefined when it is missing or damaged. */
export const usableCopy = (value: unknown): PersonalCopy | undefined => {
  const copy = value as PersonalCopy | null;
  if (!copy || typeof copy !== 'object' || !copy.pack || typeof copy.pack !== 'object') return undefined;
  if (copy.pack.name !== PERSONAL_PACK_NAME) return undefined;
  return { ...copy, storage: copy.storage === 'local' ? 'local' : 'sync', hash: String(copy.hash ?? '') };
};

const FULL_ID = /^[a-z0-9][a-z0-9-]{0,63}\/[a-z0-9][a-z0-9-]{0,63}$/;

/** A rule's full id, pack and rule (`default/synergy`): what `disable` holds. */
export const isFullRuleId = (id: unknown): id is string => typeof id === 'string' && FULL_ID.test(id);
