import { SET_LIMITS } from './limits';
import { formatCount } from './problems';
import { isDetectorRule, type RulePack } from './types';

interface Size {
  packs: number;
  rules: number;
  phrases: number;
}

function sizeOf(pack: RulePack): Size {
  let phrases = 0;
  for (const rule of pack.rules ?? []) if (!isDetectorRule(rule)) phrases += rule.phrases.length;
  return { packs: 1, rules: pack.rules?.length ?? 0, phrases };
}

/** Which cap of SET_LIMITS adding `size` to `totals` would break, in words, or undefined. */
function capBroken(size: Size, totals: Size): string | undefined {
  if (totals.packs + size.packs > SET_LIMITS.packs) {
    return `${SET_LIMITS.packs} packs are in force already (at most ${SET_LIMITS.packs})`;
  }
  for (const unit of ['rules', 'phrases'] as const) {
    const total = totals[unit] + size[unit];
    if (total > SET_LIMITS[unit]) {
      const counted = size[unit] === 1 ? `1 ${unit.slice(0, -1)}` : `${formatCount(size[unit])} ${unit}`;
      return `its ${counted} would make ${formatCount(total)} in force (at most ${formatCount(SET_LIMITS[unit])})`;
    }
  }
  return undefined;
}

/**
 * The packs to put in force, in merge order, while the whole set stays within SET_LIMITS. A pack
 * that would break a cap is left out, with an error naming it and the cap, and the packs after it
 * are still considered: one oversized team list does not take the personal pack down with it.
 * Counts only (no phrase is read), so it is cheap to run before anything is compiled.
 */
export function withinSetLimits(packs: readonly RulePack[]): { kept: RulePack[]; errors: string[] } {
  const kept: RulePack[] = [];
  const errors: string[] = [];
  const totals: Size = { packs: 0, rules: 0, phrases: 0 };
  for (const pack of packs) {
    const size = sizeOf(pack);
    const broken = capBroken(size, totals);
    if (broken) {
      errors.push(`pack "${pack.name}" left out: ${broken}`);
      continue;
    }
    kept.push(pack);
    totals.packs += size.packs;
    totals.rules += size.rules;
    totals.phrases += size.phrases;
  }
  return { kept, errors };
}
