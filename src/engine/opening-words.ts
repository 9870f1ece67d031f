/**
 * The words of an opening as features for a learned model: each word and each pair of neighbouring
 * words, lowercased, with amounts reduced to what they are ("£40" → `<money>`, "30%" → `<pct>`,
 * "14" → `<num>`). The patterns of pitch-first.ts know the shapes a pitch takes; these let the
 * model weigh the many small words that lean one way ("we", "our team", "helped", "your message")
 * in phrasings no pattern was written for.
 */

import { CURRENCY } from './money';

/** Prefix of a word feature's name: `word:we`, `word:we_help`. */
export const WORD_PREFIX = 'word:';

// One token: an amount, a word (with inner apostrophes and hyphens) or the mark that ends a
// question or an exclamation.
const TOKEN = String.raw`<(?:money|pct|num)>|\p{L}[\p{L}'-]*|[!?]`;
/** The name of a word feature a model may weigh: one token, or two joined by `_`. */
export const WORD_FEATURE = new RegExp(`^${WORD_PREFIX}(?:${TOKEN})(?:_(?:${TOKEN}))?$`, 'u');
// At most this many characters of a sentence are read: an opening sentence longer than that is
// no sentence a person typed, and its words would only cost time.
const MAX_CHARS = 600;

const MONEY = new RegExp(String.raw`${CURRENCY}\s?\d[\d,.]*`, 'gi');
const PERCENT = /\d+(?:\.\d+)?\s?%/g;
const NUMBER = /\d[\d,.]*/g;
const TOKENS = new RegExp(TOKEN, 'gu');

/** The tokens of one sentence, in order. */
function tokens(sentence: string): string[] {
  const text = sentence
    .slice(0, MAX_CHARS)
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(MONEY, ' <money> ')
    .replace(PERCENT, ' <pct> ')
    .replace(NUMBER, ' <num> ');
  return text.match(TOKENS) ?? [];
}

// Words so common that alone they say only how long a sentence is, not whom it is about: they count
// in pairs ("the_first", "at_<num>"), not by themselves. Pronouns are not among them.
const ONLY_IN_PAIRS = new Set(
  ['a an the and or but of to in on at for with by from as', 'is are was were be been this that these those it its']
    .join(' ')
    .split(' '),
);

/** The word features of some sentences: each token but the commonest, and each pair of neighbours, once. */
export function wordFeatures(sentences: readonly string[]): Set<string> {
  const features = new Set<string>();
  for (const sentence of sentences) {
    const words = tokens(sentence);
    words.forEach((word, i) => {
      if (!ONLY_IN_PAIRS.has(word)) features.add(WORD_PREFIX + word);
      const next = words[i + 1];
      if (next) features.add(`${WORD_PREFIX}${word}_${next}`);
    });
  }
  return features;
}

/** How a word feature reads to a person: `word:we_help` → "we help". */
export const wordsOf = (feature: string): string => feature.slice(WORD_PREFIX.length).replace('_', ' ');
