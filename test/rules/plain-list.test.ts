import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/rules';
import { eightfoldRatio, fastestMs, TIMED } from './timing';

const REGEX_PROBLEM = 'regular expressions are not supported; write the words themselves';
const ids = (content: string) => parsePack(content, 'list.txt').pack?.rules?.map((r) => r.id);

describe('a plain list: size and limits', () => {
  it('refuses 20,000 identical lines with one error, counted before any line is checked', TIMED, () => {
    const list = 'ab\n'.repeat(20_000); // 60 KB
    expect(parsePack(list, 'list.txt').errors).toEqual(['list.txt: has 20000 phrases (at most 2000)']);
    expect(fastestMs(() => parsePack(list, 'list.txt'), 3)).toBeLessThan(1000); // target 200 ms
  });

  it('loads 2,000 identical lines, numbering their ids, in time linear in their number', TIMED, () => {
    const list = (n: number) => 'ab\n'.repeat(n);
    const loaded = ids(list(2000))!;
    expect(loaded).toHaveLength(2000);
    expect(loaded.slice(0, 3)).toEqual(['ab', 'ab-2', 'ab-3']);
    expect(loaded.at(-1)).toBe('ab-2000');
    expect(fastestMs(() => parsePack(list(2000), 'list.txt'), 3)).toBeLessThan(1000); // target 200 ms
    // Numbering by search was quadratic: eight times the lines took sixty-four times as long.
    expect(eightfoldRatio((n) => parsePack(list(n), 'list.txt'), 250)).toBeLessThan(24);
  });

  it('keeps numbered ids apart from ids a phrase makes on its own, and within 64 characters', () => {
    expect(ids('ab\nab 2\nab\nab\n')).toEqual(['ab', 'ab-2', 'ab-3', 'ab-4']);
    // Eight ten-letter words make a 60-character stem; a number is fitted in by shortening it.
    const stem = `${'abcdefghij-'.repeat(5)}abcde`;
    const longIds = ids(`${'abcdefghij '.repeat(8)}\n`.repeat(1001))!;
    expect(longIds.slice(0, 2)).toEqual([stem, `${stem}-2`]);
    expect(longIds.at(-1)).toBe(`${stem.slice(0, 59)}-1001`);
  });

  it.each([
    [249_000, 'list.txt: has 249000 phrases (at most 2000)'],
    [100_000, 'list.txt: has 100000 phrases (at most 2000)'],
  ])('refuses %i bad lines with one error, no stack overflow', TIMED, (lines, error) => {
    const list = '/x/\n'.repeat(lines);
    expect(parsePack(list, 'list.txt').errors).toEqual([error]);
    expect(fastestMs(() => parsePack(list, 'list.txt'), 3)).toBeLessThan(5000); // target 1 s
  });

  it('lists the first 100 problems of a list within the limit, then counts the rest', () => {
    const errors = parsePack('/x/\n'.repeat(1500), 'list.txt').errors;
    expect(errors).toHaveLength(101);
    expect(errors[0]).toBe(`list.txt: line 1: ${REGEX_PROBLEM}`);
    expect(errors[99]).toBe(`list.txt: line 100: ${REGEX_PROBLEM}`);
    expect(errors[100]).toBe('list.txt: and 1,400 more problems');
  });

  it('counts one more problem in the singular, and adds no count when all are listed', () => {
    expect(parsePack('/x/\n'.repeat(101), 'list.txt').errors.at(-1)).toBe('list.txt: and 1 more problem');
    const hundred = parsePack('/x/\n'.repeat(100), 'list.txt').errors;
    expect(hundred).toHaveLength(100);
    expect(hundred.at(-1)).toBe(`list.txt: line 100: ${REGEX_PROBLEM}`);
  });
});

describe('a plain list: lines and comments', () => {
  it('reads old Mac (CR), Windows (CRLF) and Unix (LF) line endings, mixed', () => {
    expect(ids('synergy\rcircle back\r\nleverage\nbest of breed\r')).toEqual([
      'synergy',
      'circle-back',
      'leverage',
      'best-of-breed',
    ]);
    expect(parsePack('fine\r/x/\r', 'list.txt').errors).toEqual([`list.txt: line 2: ${REGEX_PROBLEM}`]);
  });

  it('keeps a "#" inside a replacement', () => {
    const { pack, errors } = parsePack('synergy => teamwork #1 priority\n', 'list.txt');
    expect(errors).toEqual([]);
    expect(pack!.rules).toEqual([
      {
        id: 'synergy',
        phrases: ['synergy'],
        message: 'Your team chose to avoid "synergy" in customer mail.',
        suggestions: ['teamwork #1 priority'],
      },
    ]);
  });

  it('reads a line whose first character, after spaces, is "#" as a comment', () => {
    expect(ids('# ours\n   # indented\n\t#tab\n#synergy => x\nleverage\n')).toEqual(['leverage']);
  });

  it('refuses, with its column, a "#" that would have been cut as a comment', () => {
    expect(parsePack('synergy # overused\nsynergy => teamwork # our word\nc# developers\n', 'list.txt').errors).toEqual(
      [
        'list.txt: line 1, column 9: "#" starts a comment only at the start of a line, and a phrase cannot hold one; put the comment on a line of its own',
        'list.txt: line 2, column 21: "#" starts a comment only at the start of a line; put the comment on a line of its own (a "#" joined to a word, as in "#1", is kept)',
        'list.txt: line 3, column 2: "#" starts a comment only at the start of a line, and a phrase cannot hold one; put the comment on a line of its own',
      ],
    );
  });

  it('locates a second "=>" by its column', () => {
    expect(parsePack('a => b => c\n', 'list.txt').errors).toEqual([
      'list.txt: line 1, column 8: use "=>" once: phrase => replacement',
    ]);
  });
});

describe('a plain list: invisible characters and combining marks', () => {
  it('ignores a byte order mark at the start of the file', () => {
    expect(parsePack('\uFEFFsynergy\nleverage\n', 'list.txt')).toMatchObject({
      errors: [],
      pack: { rules: [{ id: 'synergy', phrases: ['synergy'] }, { id: 'leverage' }] },
    });
  });

  it.each([
    [
      'syn\uFEFFergy',
      'line 1, column 4: has an invisible character, U+FEFF (zero-width no-break space, or byte order mark); delete it',
    ],
    // Two files with byte order marks joined end to end: the second mark starts a line.
    [
      'synergy\n\uFEFFleverage',
      'line 2, column 1: has an invisible character, U+FEFF (zero-width no-break space, or byte order mark); delete it',
    ],
    ['circle\u200Bback', 'line 1, column 7: has an invisible character, U+200B (zero-width space); delete it'],
    [
      'synergy => team\u200Dwork',
      'line 1, column 16: has an invisible character, U+200D (zero-width joiner); delete it',
    ],
  ])('refuses an invisible character inside a line: %j', (list, error) => {
    expect(parsePack(list, 'list.txt').errors).toEqual([`list.txt: ${error}`]);
  });

  it('refuses a pile of combining marks, and a mark with no letter under it', () => {
    expect(parsePack(`a${'\u0301'.repeat(50)}\n\u0301\u0301 synergy\n`, 'list.txt').errors).toEqual([
      'list.txt: line 1: has 50 combining marks in a row after "a" (at most 4 on one letter)',
      'list.txt: line 2: has a combining mark, U+0301, with no letter before it, at its start',
    ]);
  });

  it('accepts the marks real spelling uses', () => {
    // "café" and "Việt" written with combining marks (NFD), and four marks on one letter.
    expect(parsePack('cafe\u0301\nVie\u0323\u0302t\na\u0301\u0302\u0303\u0304\n', 'list.txt').errors).toEqual([]);
    expect(parsePack('a\u0301\u0302\u0303\u0304\u0305\n', 'list.txt').errors).toEqual([
      'list.txt: line 1: has 5 combining marks in a row after "a" (at most 4 on one letter)',
    ]);
  });
});
