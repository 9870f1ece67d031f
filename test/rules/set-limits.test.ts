import { describe, expect, it } from 'vitest';
import { loadBuiltinPack, type RulePack, reservedNameError, withinSetLimits } from '../../src/rules';
import { SET_LIMITS } from '../../src/rules/limits';
import { fastestMs } from './timing';

/** A pack of `rules` phrase rules of `phrasesEach` phrases each. */
function packOf(name: string, rules: number, phrasesEach = 1): RulePack {
  return {
    name,
    version: '1',
    rules: Array.from({ length: rules }, (_, i) => ({
      id: `r${i}`,
      phrases: Array.from({ length: phrasesEach }, (_, j) => `w${i} x${j}`),
      message: 'm',
    })),
  };
}

const names = (packs: RulePack[]) => packs.map((p) => p.name);

describe('withinSetLimits', () => {
  it('keeps every pack of a set within the limits, the same objects in the same order', () => {
    const packs = [loadBuiltinPack(), packOf('team', 10), { name: 'personal', version: '1', disable: ['team/r0'] }];
    const { kept, errors } = withinSetLimits(packs);
    expect(errors).toEqual([]);
    expect(kept).toHaveLength(3);
    for (const [i, pack] of kept.entries()) expect(pack).toBe(packs[i]);
  });

  it(`leaves out every pack past the ${SET_LIMITS.packs}th, each named`, () => {
    const packs = Array.from({ length: 26 }, (_, i) => packOf(`p${i}`, 1));
    const { kept, errors } = withinSetLimits(packs);
    expect(names(kept)).toEqual(names(packs.slice(0, 24)));
    expect(errors).toEqual([
      'pack "p24" left out: 24 packs are in force already (at most 24)',
      'pack "p25" left out: 24 packs are in force already (at most 24)',
    ]);
  });

  it('leaves out a pack that would put too many rules in force, and keeps the smaller packs after it', () => {
    const packs = [packOf('a', 2000), packOf('b', 2000), packOf('c', 2000), packOf('d', 2000), packOf('e', 1990)];
    const { kept, errors } = withinSetLimits([...packs, packOf('f', 2000), packOf('personal', 3)]);
    expect(names(kept)).toEqual(['a', 'b', 'c', 'd', 'e', 'personal']);
    expect(errors).toEqual(['pack "f" left out: its 2,000 rules would make 11,990 in force (at most 10,000)']);
  });

  it('accepts exactly the limit of rules and of phrases', () => {
    const rules = Array.from({ length: 5 }, (_, i) => packOf(`r${i}`, 2000));
    expect(withinSetLimits(rules).errors).toEqual([]);
    const phrases = Array.from({ length: 5 }, (_, i) => packOf(`p${i}`, 200, 50)); // 5 × 10,000
    expect(withinSetLimits(phrases).errors).toEqual([]);
    expect(withinSetLimits([...phrases, packOf('one-more', 1)]).errors).toEqual([
      'pack "one-more" left out: its 1 phrase would make 50,001 in force (at most 50,000)',
    ]);
  });

  it('leaves out a pack that would put too many phrases in force', () => {
    const packs = [packOf('wide', 1000, 30), packOf('wider', 1000, 30)];
    expect(withinSetLimits(packs)).toEqual({
      kept: [packs[0]],
      errors: ['pack "wider" left out: its 30,000 phrases would make 60,000 in force (at most 50,000)'],
    });
  });

  it('counts only: 24 packs at their own limits take milliseconds', () => {
    const packs = Array.from({ length: 30 }, (_, i) => packOf(`p${i}`, 2000, 50));
    expect(fastestMs(() => withinSetLimits(packs), 3)).toBeLessThan(50);
  });
});

describe('reservedNameError', () => {
  it.each([
    ['default', 'team.json: name: "default" is reserved for the built-in rules; give your pack its own name'],
    ['personal', 'team.json: name: "personal" is reserved for each user\'s own rules; give your pack its own name'],
  ])('refuses %j', (name, error) => {
    expect(reservedNameError(name, 'team.json')).toBe(error);
  });

  it.each(['acme', 'defaults', 'personal-team', 'constructor', '__proto__'])('accepts %j', (name) => {
    expect(reservedNameError(name, 'team.json')).toBeUndefined();
  });
});
