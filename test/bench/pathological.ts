import type { RuleDefinition, RulePack } from '../../src/rules/types';
/**
 * Drafts of hostile or careless shapes, generated (never stored): what a 5 MB paste, a line without
 * spaces or a mail of thousands of findings looks like to the engine. The engine bench times them
 * and the robustness tests hold them to their bounds; both use these, so a shape added here is
 * measured and tested at once.
 */

/** mulberry32, seeded: the same shape of the same size is the same text every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `piece(i)` repeated until the text is `chars` long (cut there). */
function fill(chars: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join('').slice(0, chars);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export const SHAPES = {
  /** A pasted blob: letters, digits and signs, not one space. */
  'no spaces': (chars: number) => {
    const next = rng(1);
    return fill(chars, () => BASE64[Math.floor(next() * 64)]!);
  },
  /** One letter, over and over: no cut of its own anywhere. */
  'one letter': (chars: number) => 'a'.repeat(chars),
  /** A listed buzzword joined by hyphens, no spaces: a finding every eight characters. */
  'buzzword chain': (chars: number) => fill(chars, () => 'synergy-'),
  /** One line of short sentences, no line break at all. */
  'one line of sentences': (chars: number) => fill(chars, (i) => `Order ${i} shipped today. `),
  /** Short lines without a blank line between them: one paragraph of the whole text. */
  'lines without a blank': (chars: number) => fill(chars, (i) => `Line ${i} of the log\n`),
  /** A thread quoted under a reply, with jargon in it: quoted lines are not the writer's. */
  'quoted thread': (chars: number) => fill(chars, (i) => `> We leverage synergy on item ${i}.\n`),
  /** Quoting nested hundreds deep. */
  'deep quoting': (chars: number) => fill(chars, (i) => `${'>'.repeat(200)} reply ${i}\n`),
  /** Accents stacked on one letter: one "word" of combining marks. */
  'combining marks': (chars: number) => `a${'\u0301'.repeat(chars - 1)}`,
  /**
   * Greetings whose merge fields ("{a}") could each be read two ways: a pattern that let both
   * backtracked for seconds on one such line, and never finished on sixty.
   */
  'merge fields': (chars: number) =>
    fill(chars, (i) => `Hi ${'{a}'.repeat(60)}x ${i}\nDear {!Contact.FirstName} ${i}\n\n`),
  /** Ordinary paragraphs where every sentence has a finding: thousands of them. */
  'dense findings': (chars: number) =>
    fill(
      chars,
      (i) =>
        `We leverage synergy ${i} to deliver best-in-class value. Sorry for any inconvenience this caused. ` +
        `How is the team doing with release ${i}?\n\n`,
    ),
} as const;

export type Shape = keyof typeof SHAPES;

/**
 * The k-th one-character edit of `text`, at a position spread over the text (never the same
 * place twice for small k), and built as a flat string, the way an editor hands a draft over.
 */
export function editAt(text: string, k: number): string {
  const at = Math.floor(((k * 0.618034) % 1) * text.length);
  return [text.slice(0, at), 'x', text.slice(at)].join('');
}

/** A pack as a team could write it: each of `rules` rules made by `rule(i)`. */
const pack = (rules: number, rule: (i: number) => RuleDefinition): RulePack => ({
  name: 'hostile',
  version: '1',
  rules: Array.from({ length: rules }, (_, i) => rule(i)),
});

/** Every phrase of one to eight words of "zorp" and "*" (at most two), starting with "zorp". */
function zorpPhrases(): string[] {
  const phrases: string[] = [];
  const grow = (words: string[], wildcards: number) => {
    if (words.length > 0) phrases.push(words.join(' '));
    if (words.length === 8) return;
    grow([...words, 'zorp'], wildcards);
    if (words.length > 0 && wildcards < 2) grow([...words, '*'], wildcards + 1);
  };
  grow([], 0);
  return phrases;
}

const COMMON = ['the', 'and', 'to', 'of', 'a', 'in', 'we', 'you', 'it', 'for', 'on', 'is', 'that', 'with', 'be', 'as'];

export const HOSTILE_PACKS = {
  /** 2,000 rules whose phrases all repeat one rare word: thousands of overlapping matches at every word. */
  'overlap bomb': () =>
    pack(2000, (i) => ({ id: `zorp-${i}`, phrases: zorpPhrases().slice(i % 8, (i % 8) + 12), message: 'Zorp.' })),
  /** 2,000 rules over the commonest words, each with a part-of-speech condition: a match at every word. */
  'common words': () =>
    pack(2000, (i) => ({
      id: `common-${i}`,
      phrases: COMMON.map((w, k) => `${w} ${COMMON[(k + i) % COMMON.length]}`).concat(COMMON[i % COMMON.length]!),
      message: `Common ${i}.`,
      suggestions: ['plain words'],
      flagIf: [{ tagAfter: 'Noun' }, { before: ['so', 'very'] }],
    })),
} as const;

/** The draft the overlap bomb was found with: the rare word, over and over (1.6 KB). */
export const ZORP_DRAFT = 'zorp '.repeat(320);
