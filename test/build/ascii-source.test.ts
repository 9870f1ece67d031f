import { describe, expect, it } from 'vitest';
import { asciiSource } from '../../build/ascii-source';

/** Runs a script's source and returns what its last expression gives. */
const run = (source: string): unknown => new Function(`return (${source});`)();

describe('asciiSource: a bundle V8 can keep one byte a character', () => {
  it('escapes what esbuild leaves in regular expressions, keeping what they match', () => {
    const source = String.raw`[/^[-*•–]\s/u.test('• item'), /caf[eé]/.test('café'), /’s$/.test('Dana’s')]`;
    const ascii = asciiSource(source);
    expect(ascii).toBe(
      String.raw`[/^[-*\u2022\u2013]\s/u.test('\u2022 item'), /caf[e\u00e9]/.test('caf\u00e9'), /\u2019s$/.test('Dana\u2019s')]`,
    );
    expect(run(ascii)).toEqual([true, true, true]);
  });

  it('writes a character beyond the first plane as its surrogate pair, one character to a u pattern', () => {
    const ascii = asciiSource(`/^[🚀✨]$/u.test('🚀')`);
    expect(ascii).toBe(String.raw`/^[\ud83d\ude80\u2728]$/u.test('\ud83d\ude80')`);
    expect(run(ascii)).toBe(true);
  });

  it('leaves ASCII alone, and refuses a non-ASCII character that a backslash escapes', () => {
    expect(asciiSource(String.raw`/a\\b/.test("x")`)).toBe(String.raw`/a\\b/.test("x")`);
    expect(asciiSource(String.raw`/\\é/`)).toBe(String.raw`/\\\u00e9/`);
    expect(() => asciiSource(String.raw`/\é/`)).toThrow(/escaped non-ASCII character at offset 2/);
  });
});
