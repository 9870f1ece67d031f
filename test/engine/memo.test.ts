import { describe, expect, it } from 'vitest';
import { sharedPattern } from '../../src/engine/cues';
import { memoByString } from '../../src/engine/memo';

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
