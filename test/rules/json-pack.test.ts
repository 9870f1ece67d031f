import { describe, expect, it } from 'vitest';
import { parsePack, validatePack } from '../../src/rules';
import { packFileProblem, packSizeProblem } from '../../src/rules/pack-size';
import { eightfoldRatio, fastestMs, TIMED } from './timing';

const rule = (over: Record<string, unknown> = {}) => ({ id: 'r', phrases: ['synergy'], message: 'm', ...over });
const pack = (over: Record<string, unknown> = {}) => ({ name: 'acme', version: '1', rules: [rule()], ...over });
/** A pack whose description takes `n` copies of `char`: its size is set by the characters alone. */
const describedBy = (char: string, n: number) => `{"name":"a","version":"1","description":"${char.repeat(n)}"}`;

describe('every JSON error has a line and column', () => {
  it.each([
    // JSON.parse says only "Bad escaped character in JSON at position 12".
    [
      '{"name": "a\\q"}',
      'line 1, column 12: is not valid JSON ("\\q" is not an escape JSON knows; write "\\\\" for a backslash)',
    ],
    [
      '{"name": "\\u12G4"}',
      'line 1, column 11: is not valid JSON ("\\u" in a string must be followed by four hex digits)',
    ],
    [
      '{"name": "a\\',
      'line 1, column 12: is not valid JSON ("\\" is not an escape JSON knows; write "\\\\" for a backslash)',
    ],
    ['{"name": "abc', 'line 1, column 10: is not valid JSON (the string that starts here is never closed)'],
    ['{\r"a": 1,\r}', 'line 3, column 1: is not valid JSON (expected a quoted field name but found "}")'],
    ['{"a": 1,\r\n\r\n  "b" 2}', 'line 3, column 7: is not valid JSON (expected ":" but found "2")'],
    ['[1, 2', 'line 1, column 6: is not valid JSON (expected "]" but found the end of the file)'],
    ['', 'line 1, column 1: is not valid JSON (expected a value but found the end of the file)'],
  ])('locates %j', (content, expected) => {
    expect(parsePack(content, 'p.json').errors).toEqual([`p.json: ${expected}`]);
  });

  it.each([
    ['[', 100_000, '', 'line 1, column 100001: is not valid JSON (expected a value but found the end of the file)'],
    ['{"a":', 100_000, '', 'line 1, column 500001: is not valid JSON (expected a value but found the end of the file)'],
    [
      '[',
      100_000,
      ']'.repeat(99_999),
      'line 1, column 200000: is not valid JSON (expected "]" but found the end of the file)',
    ],
  ])('locates an unclosed nest of 100,000 %j without overflowing the stack', (open, depth, tail, expected) => {
    expect(parsePack(open.repeat(depth) + tail, 'p.json').errors).toEqual([`p.json: ${expected}`]);
  });

  it('takes time linear in the depth of the nest', TIMED, () => {
    expect(eightfoldRatio((n) => parsePack('['.repeat(n), 'p.json'), 25_000)).toBeLessThan(24);
  });
});

describe('the 1 MB limit counts UTF-8 bytes', () => {
  it('refuses 2.9 MB of "€" in under a million UTF-16 units, quickly', TIMED, () => {
    const text = describedBy('€', 966_000);
    expect(text.length).toBeLessThan(1_000_000);
    expect(parsePack(text, 'p.json').errors).toEqual(['p.json: is 2.9 MB (at most 1 MB)']);
    expect(fastestMs(() => parsePack(text, 'p.json'), 3)).toBeLessThan(5000); // target 1 s
  });

  it('counts an emoji as 4 bytes and a lone surrogate as the 3 of its replacement', () => {
    expect(packSizeProblem('😀'.repeat(400_000))).toBe('is 1.6 MB (at most 1 MB)');
    expect(packSizeProblem('\uD800'.repeat(400_000))).toBe('is 1.2 MB (at most 1 MB)');
  });

  it('accepts exactly 1,000,000 bytes and names the size in bytes just past it', () => {
    const filler = (bytes: number) => `${'€'.repeat(333_000)}${'a'.repeat(bytes - 999_000)}`;
    expect(packSizeProblem(filler(1_000_000))).toBeUndefined();
    expect(packSizeProblem(filler(1_000_001))).toBe('is 1,000,001 bytes (at most 1 MB)');
  });

  it('does not count a byte order mark at the start', () => {
    const atLimit = describedBy('a', 1_000_000 - describedBy('a', 0).length);
    expect(parsePack(`\uFEFF${atLimit}`, 'p.json').errors).toEqual([
      'p.json: description: is 999957 characters long (at most 500)',
    ]);
    expect(packFileProblem(1_000_003)).toBeUndefined();
    expect(packFileProblem(1_000_004)).toBe('is 1,000,004 bytes (at most 1 MB)');
    expect(packFileProblem(2_900_000)).toBe('is 2.9 MB (at most 1 MB)');
  });
});

describe('a JSON pack: errors are capped', () => {
  it('lists the first 100 problems, then counts the rest', () => {
    const phrases = Array.from({ length: 50 }, () => '/x/');
    const rules = Array.from({ length: 30 }, (_, i) => rule({ id: `r${i}`, phrases }));
    const { errors } = validatePack(pack({ rules }), 'team.json');
    expect(errors).toHaveLength(101);
    expect(errors[0]).toBe(
      'team.json: rules[0].phrases[0]: regular expressions are not supported; write the words themselves',
    );
    expect(errors[99]).toBe(
      'team.json: rules[1].phrases[49]: regular expressions are not supported; write the words themselves',
    );
    expect(errors[100]).toBe('team.json: and 1,400 more problems');
  });
});

describe('a JSON pack at the limits', () => {
  // The most phrases 1 MB holds: 2,000 rules of 50 short, distinct phrases each.
  const widest = (rules: number) =>
    JSON.stringify(
      pack({
        rules: Array.from({ length: rules }, (_, i) =>
          rule({ id: `r${i}`, phrases: Array.from({ length: 50 }, (_, j) => (i * 50 + j).toString(36)) }),
        ),
      }),
    );

  it('loads 100,000 phrases in time linear in their number', TIMED, () => {
    const text = widest(2000);
    expect(text.length).toBeLessThan(1_000_000);
    expect(parsePack(text, 'big.json').errors).toEqual([]);
    expect(fastestMs(() => parsePack(text, 'big.json'), 3)).toBeLessThan(1000); // target 200 ms
    const eighth = widest(250);
    expect(eightfoldRatio((n) => parsePack(n === 250 ? eighth : text, 'big.json'), 250)).toBeLessThan(24);
  });
});

describe('a JSON pack: invisible characters and combining marks', () => {
  it.each([
    [
      { phrases: ['syn\uFEFFergy'] },
      'rules[0].phrases[0]: has an invisible character, U+FEFF (zero-width no-break space, or byte order mark), after "syn"; delete it',
    ],
    [
      { phrases: ['\u200Bsynergy'] },
      'rules[0].phrases[0]: has an invisible character, U+200B (zero-width space), at its start; delete it',
    ],
    [
      { phrases: [`a${'\u0301'.repeat(50)}`] },
      'rules[0].phrases[0]: has 50 combining marks in a row after "a" (at most 4 on one letter)',
    ],
    [
      { phrases: ['best of \u0301 breed'] },
      'rules[0].phrases[0]: has a combining mark, U+0301, with no letter before it, after "best of "',
    ],
    [
      { flagIf: [{ before: ['our', 'new\u2060'] }] },
      'rules[0].flagIf[0].before[1]: has an invisible character, U+2060 (word joiner), after "new"; delete it',
    ],
  ])('refuses %j with where it is', (over, error) => {
    expect(validatePack(pack({ rules: [rule(over)] }), 'team.json').errors).toEqual([`team.json: ${error}`]);
  });

  it('refuses them in cue words too', () => {
    const cues = { 'pitch-first/sender-names': ['Acme', 'Wid\u200Dgetly', `Z${'\u0300'.repeat(9)}`] };
    expect(validatePack(pack({ cues }), 'team.json').errors).toEqual([
      'team.json: cues["pitch-first/sender-names"][1]: has an invisible character, U+200D (zero-width joiner), after "Wid"; delete it',
      'team.json: cues["pitch-first/sender-names"][2]: has 9 combining marks in a row after "Z" (at most 4 on one letter)',
    ]);
  });

  it('accepts letters with their marks, in any script', () => {
    const phrases = ['cafe\u0301', 'Vie\u0323\u0302t', 'naïve', 'добрый день', 'お世話になっております'];
    expect(validatePack(pack({ rules: [rule({ phrases })] }), 'team.json').errors).toEqual([]);
  });
});
