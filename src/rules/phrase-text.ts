import { LIMITS } from './limits';
import { codePointCount, codePointLabel } from './unicode';

// Phrases are words as they appear in mail: letters, digits and their combining marks, with spaces,
// hyphens, apostrophes, % and the * wildcard. Cue words may also name a product or company:
// "Acme & Co", "#1", "Acme.io".
const PHRASE_CHARS = /^[\p{L}\p{N}\p{M}'’%*\s-]+$/u;
const CUE_CHARS = /^[\p{L}\p{N}\p{M}'’%#&.\s-]+$/u;

// Format characters draw nothing. U+FEFF even counts as a space to JavaScript, so "syn\uFEFFergy"
// would split into two words nobody can see: a phrase holding one never matches what its author meant.
const INVISIBLE = /\p{Cf}/u;
const INVISIBLE_NAMES = new Map([
  [0xad, 'soft hyphen'],
  [0x200b, 'zero-width space'],
  [0x200c, 'zero-width non-joiner'],
  [0x200d, 'zero-width joiner'],
  [0x200e, 'left-to-right mark'],
  [0x200f, 'right-to-left mark'],
  [0x2060, 'word joiner'],
  [0xfeff, 'zero-width no-break space, or byte order mark'],
]);

// A combining mark belongs on the letter before it. One with no letter, or a pile of them (stacked
// "Zalgo" text), is decoration rather than spelling, and would otherwise count as a word.
const STRAY_MARK = /(?:^|[^\p{L}\p{N}\p{M}])(\p{M})/u;
const MARK_PILE = new RegExp(`\\p{M}{${LIMITS.marksPerLetter + 1},}`, 'u');

// Most phrases are plain ASCII words: such a phrase can hold no invisible character and no mark,
// so the Unicode checks are skipped for it (a 1 MB pack holds 100,000 phrases).
const ASCII_PHRASE = /^[a-zA-Z0-9 '%*-]+$/;
const WORD_BREAK = /[\s-]+/;
// The engine's tokenizer reads a word as letters or digits with their marks, skipping web and mail
// addresses. The characters a phrase may hold make no address, and a mark needs a letter before it,
// so one letter or digit is a real word: no need to tokenize 100,000 phrases to know.
const REAL_WORD = /[\p{L}\p{N}]/u;

/** `after "syn"`, or `at its start`: where in a phrase a character stands, for a person to find it. */
function placeIn(text: string, index: number): string {
  return index === 0 ? 'at its start' : `after "${text.slice(Math.max(0, index - 20), index)}"`;
}

/** The first invisible character in `text`: where it is and what it is called, or undefined. */
export function findInvisible(text: string): { index: number; description: string } | undefined {
  const found = INVISIBLE.exec(text);
  if (!found) return undefined;
  const codePoint = found[0].codePointAt(0)!;
  const name = INVISIBLE_NAMES.get(codePoint) ?? 'a formatting character';
  return { index: found.index, description: `an invisible character, ${codePointLabel(codePoint)} (${name})` };
}

function invisibleProblem(text: string): string | undefined {
  const invisible = findInvisible(text);
  return invisible && `has ${invisible.description}, ${placeIn(text, invisible.index)}; delete it`;
}

function marksProblem(text: string): string | undefined {
  const stray = STRAY_MARK.exec(text);
  if (stray) {
    const mark = stray[1]!;
    const where = placeIn(text, stray.index + stray[0].length - mark.length);
    return `has a combining mark, ${codePointLabel(mark.codePointAt(0)!)}, with no letter before it, ${where}`;
  }
  const pile = MARK_PILE.exec(text);
  if (pile) {
    const most = `at most ${LIMITS.marksPerLetter} on one letter`;
    return `has ${pile[0].length} combining marks in a row ${placeIn(text, pile.index)} (${most})`;
  }
  return undefined;
}

/** What is wrong with a phrase or cue word whatever its characters: type, length, a pattern. */
function commonProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return 'must be a non-empty string';
  const length = value.length > LIMITS.phraseChars ? codePointCount(value) : value.length;
  if (length > LIMITS.phraseChars) return `is ${length} characters long (at most ${LIMITS.phraseChars})`;
  if (value.includes('/')) return 'regular expressions are not supported; write the words themselves';
  return undefined;
}

/** What is wrong with a phrase a rule author wrote, or undefined when it is usable. */
export function phraseProblem(value: unknown): string | undefined {
  const common = commonProblem(value);
  if (common) return common;
  const phrase = value as string;
  if (!ASCII_PHRASE.test(phrase)) {
    const invisible = invisibleProblem(phrase);
    if (invisible) return invisible;
    if (!PHRASE_CHARS.test(phrase))
      return 'may hold only words, spaces, hyphens, apostrophes, % and * (one word of any kind)';
    const marks = marksProblem(phrase);
    if (marks) return marks;
  }
  return wordsProblem(phrase);
}

/** How many words, how many wildcards, and at least one real word. */
function wordsProblem(phrase: string): string | undefined {
  const words = phrase.split(WORD_BREAK).filter(Boolean);
  if (words.length > LIMITS.wordsPerPhrase) return `has ${words.length} words (at most ${LIMITS.wordsPerPhrase})`;
  if (phrase.includes('*')) {
    if (words.some((w) => w.includes('*') && w !== '*')) return '* must stand alone for one whole word';
    const wildcards = words.filter((w) => w === '*').length;
    if (wildcards > LIMITS.wildcardsPerPhrase)
      return `has ${wildcards} wildcards (at most ${LIMITS.wildcardsPerPhrase})`;
  }
  if (!REAL_WORD.test(phrase)) return 'needs at least one real word';
  return undefined;
}

/** What is wrong with a cue word, or undefined: written out (no `*`), literal, short. */
export function cueProblem(value: unknown): string | undefined {
  const common = commonProblem(value);
  if (common) return common;
  const cue = value as string;
  const invisible = invisibleProblem(cue);
  if (invisible) return invisible;
  if (!CUE_CHARS.test(cue)) return 'may hold only words, spaces, hyphens, apostrophes and % # & .';
  const marks = marksProblem(cue);
  if (marks) return marks;
  const words = cue.trim().split(/\s+/);
  if (words.length > LIMITS.wordsPerPhrase) return `has ${words.length} words (at most ${LIMITS.wordsPerPhrase})`;
  return undefined;
}
