import { describe, expect, it } from 'vitest';
import { sharedPattern } from '../../src/engine/cues';
import { memoByIdentity, memoByString } from '../../src/engine/memo';
import { buildRuleset, loadBuiltinPack } from '../../src/rules';

describe('memoByString', () => {
  it('works a key out once and hands every caller the same value', () => {
    const calls: string[] = [];
    const split = memoByString((key) => {
      calls.push(key);
      return key.split(' ');
    });
    const first = split('move the needle');
    expect(split('move the needle')).toBe(first);
    expect(first).toEqual(['move', 'the', 'needle']);
    expect(calls).toEqual(['move the needle']);
  });

  it('forgets everything once full, so a huge pack cannot grow it without end', () => {
    const calls: string[] = [];
    const upper = memoByString((key) => {
      calls.push(key);
      return key.toUpperCase();
    }, 2);
    upper('a');
    upper('b');
    upper('c'); // full: cleared, then 'c' kept
    upper('c');
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('sharedPattern', () => {
  it('hands every ruleset the same compiled pattern for the same source and flags', () => {
    const first = sharedPattern(String.raw`\bsynergy\b`, 'i');
    expect(sharedPattern(String.raw`\bsynergy\b`, 'i')).toBe(first);
    expect(sharedPattern(String.raw`\bsynergy\b`, 'gi')).not.toBe(first);
    expect(sharedPattern(String.raw`\bsynergies\b`, 'i')).not.toBe(first);
    expect(first.flags).toBe('i');
    expect(first.test('Real Synergy here')).toBe(true);
  });

  it('keeps a slash in the source as written', () => {
    expect(sharedPattern('and/or', '').test('this and/or that')).toBe(true);
  });
});

describe('memoByIdentity', () => {
  it('works once per set of objects, by identity, and apart for equal copies', () => {
    const remember = memoByIdentity<string>();
    const calls: string[] = [];
    const a = { name: 'a' };
    const b = { name: 'b' };
    const work = (label: string) => () => {
      calls.push(label);
      return label;
    };
    expect(remember([a, b], work('a+b'))).toBe('a+b');
    expect(remember([a, b], work('again'))).toBe('a+b');
    expect(remember([a], work('a'))).toBe('a');
    expect(remember([{ ...a }, b], work('copy'))).toBe('copy');
    expect(calls).toEqual(['a+b', 'a', 'copy']);
  });
});

describe('rulesets rebuilt from the same packs', () => {
  it('share cue lists and models, so detectors prepare once; a changed list gets its own', () => {
    const first = buildRuleset([loadBuiltinPack()]);
    const again = buildRuleset([loadBuiltinPack()]);
    expect(again).not.toBe(first);
    expect(again.cues).toBe(first.cues);
    expect(again.models.get('pitch-first/opening')).toBe(first.models.get('pitch-first/opening'));
    const withTeam = buildRuleset([
      loadBuiltinPack(),
      { name: 'acme', version: '1', cues: { 'pitch-first/sender-names': ['Acme'] } },
    ]);
    expect(withTeam.cues).not.toBe(first.cues);
    expect(withTeam.cues.get('pitch-first/sender-names')).toEqual(['Acme']);
  });

  it('share a model only while its weights, bias and threshold are all the same', () => {
    const builtin = loadBuiltinPack();
    const model = builtin.models!['pitch-first/opening']!;
    const withModel = (changed: Partial<typeof model>) =>
      buildRuleset([{ ...builtin, models: { 'pitch-first/opening': { ...model, ...changed } } }]).models.get(
        'pitch-first/opening',
      );
    const first = withModel({});
    expect(withModel({})).toBe(first);
    const stricter = withModel({ threshold: 0.9 });
    expect(stricter).not.toBe(first);
    expect(stricter?.threshold).toBe(0.9);
    expect(withModel({ weights: { ...model.weights } })).not.toBe(first);
    expect(withModel({})).toBe(first);
  });
});
