import { describe, expect, it } from 'vitest';
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
