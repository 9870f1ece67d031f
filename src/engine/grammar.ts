import nlp from 'compromise';
import { cachedIn } from './memo';

/** A sentence as compromise reads it: each term with its offset into the sentence and its tags. */
export interface TaggedTerm {
  text: string;
  /** Offset of the term's first character within the sentence. */
  offset: number;
  length: number;
  tags: Set<string>;
}

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface VerbForms {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

// Full tagging costs about 1–2 ms a sentence, so each distinct sentence is tagged once. Word
// forms come from compromise's own conjugation tables and lexicon, microseconds each, without
// running its tagger at all.
const sentences = new Map<string, TaggedTerm[]>();
const CACHE_LIMIT = 5000;
const world = nlp.world() as unknown as {
  model: { one: { lexicon: Record<string, string | undefined>; tagSet: Record<string, { parents?: string[] }> } };
  methods: {
    two: {
      transform: {
        verb: {
          conjugate: (inf: string, model: unknown) => VerbForms;
          toInfinitive: (word: string, model: unknown, tense?: string) => string;
        };
        noun: { toPlural: (word: string, model: unknown) => string };
        adjective: { fromAdverb: (word: string) => string | undefined };
      };
    };
  };
};
const { verb, noun, adjective } = world.methods.two.transform;
const lexicon = world.model.one.lexicon;
const tagSet = world.model.one.tagSet;

/** A tag with every tag it implies ("Gerund" → Gerund, Verb, PresentTense). */
const withParents = (tag: string): string[] => [tag, ...(tagSet[tag]?.parents ?? [])];

/** The tags the dictionary gives a word, trying its base form for an -s, -ed or -ing ending. */
function dictionaryTags(word: string): string[] | undefined {
  const listed = lexicon[word];
  if (listed) return withParents(listed);
  const base = (cut: number, add = '') => lexicon[word.slice(0, -cut) + add];
  if (word.endsWith('ing')) return base(3) || base(3, 'e') ? withParents('Gerund') : undefined;
  if (word.endsWith('ed')) return base(2) || base(1) ? withParents('PastTense') : undefined;
  if (word.endsWith('s') && !word.endsWith('ss')) {
    const stem = base(1) ?? (word.endsWith('ies') ? base(3, 'y') : word.endsWith('es') ? base(2) : undefined);
    if (stem === 'Infinitive') return withParents('PresentTense');
    if (stem) return withParents('Plural');
  }
  return undefined;
}

/**
 * Tags of one word from the dictionary and its spelling alone, without reading its sentence: a few
 * microseconds where tagging the sentence costs a millisecond or more. Used for drafts too long to
 * tag sentence by sentence (see analyze.ts), so that a 5 MB paste stays bounded.
 */
export function wordTags(
  word: string,
  { capitalised, afterCurrency }: { capitalised: boolean; afterCurrency: boolean },
) {
  if (/^\d/.test(word)) return new Set(afterCurrency ? ['Money', 'Value', 'Noun'] : ['Value', 'Noun']);
  const lower = word.toLowerCase().replace(/’/g, "'");
  const known = dictionaryTags(lower);
  if (known) return new Set(known);
  if (capitalised) return new Set(withParents('ProperNoun'));
  if (lower.endsWith('ly')) return new Set(withParents('Adverb'));
  if (lower.endsWith('ing')) return new Set(withParents('Gerund'));
  if (lower.endsWith('ed')) return new Set(withParents('PastTense'));
  return new Set(withParents(lower.endsWith('s') && !lower.endsWith('ss') ? 'Plural' : 'Singular'));
}

/** The sentence's terms as compromise tags them, with offsets; tagged once per distinct sentence. */
export function tagSentence(sentence: string): readonly TaggedTerm[] {
  return cachedIn(sentences, CACHE_LIMIT, sentence, () => {
    const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
    return json.flatMap((s) =>
      s.terms.map((t) => ({ text: t.text, offset: t.offset.start, length: t.offset.length, tags: new Set(t.tags) })),
    );
  });
}

/** Tags of the term that covers `offset` within the sentence, or an empty set. */
export function tagsAt(sentence: string, offset: number): Set<string> {
  const term = tagSentence(sentence).find((t) => offset >= t.offset && offset < t.offset + Math.max(t.length, 1));
  return term?.tags ?? new Set();
}

/** Past tense, participle and the other forms of a verb ("break" → broke, broken, …). */
export function conjugate(infinitive: string): VerbForms {
  return verb.conjugate(infinitive.toLowerCase(), world.model);
}

/** The verb a past tense or participle belongs to ("rushed" → "rush", "broken" → "break"), if it is one. */
export function infinitiveOf(form: string): string | undefined {
  const word = form.toLowerCase();
  for (const tense of ['PastTense', 'Participle']) {
    const infinitive = verb.toInfinitive(word, world.model, tense);
    const forms = conjugate(infinitive);
    if (infinitive !== word && (forms.PastTense === word || forms.Participle === word)) return infinitive;
  }
  return undefined;
}

type Inflection = 'ing' | 'ed' | 's';

export function inflectionOf(word: string): Inflection | undefined {
  if (word.endsWith('ing')) return 'ing';
  if (word.endsWith('ed')) return 'ed';
  if (word.endsWith('s')) return 's';
  return undefined;
}

/** Whether the lexicon knows the word at all: "Big" and "How" do, "Acme" and "Zing" do not. */
export const isKnownWord = (word: string) => lexicon[word.toLowerCase()] !== undefined;

// What a word at the head of a line must not be to be read as someone's name ("Sam, the deck is
// attached"): "Honestly, …", "Beautiful, hand-made websites…", "Congratulations, …", "Listen, …".
// Not a modal or a month (Will, May, June), nor the lexicon's "comparative" adjectives, which are
// its adjectives that are also first names (Frank, Rich, Dusty).
const NOT_A_NAME = new Set([
  'Adjective',
  'Adverb',
  'Conjunction',
  'Preposition',
  'Determiner',
  'Expression',
  'Pronoun',
  'QuestionWord',
  'Value',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
]);
// An -ly word the lexicon lacks is an adverb it derives ("Honestly", "Sadly"); listed names ending
// so (Emily, Kelly) are listed.
const DERIVED_ADVERB = /^\p{L}{3,}ly$/u;

/**
 * Whether an -ly word is an adverb made from an adjective ("Unfortunately", "Additionally"), read by turning
 * it back into its adjective and tagging that: a product's name made the same way ("Trackly", "Grammarly",
 * "Calendly") gives back a verb, a noun or no word. The lexicon alone lacks many such adjectives
 * ("unfortunate", "additional"); the tagger knows them by their endings.
 */
export function isAdverbOfAdjective(word: string): boolean {
  const lowered = word.toLowerCase();
  if (!DERIVED_ADVERB.test(lowered)) return false;
  const base = adjective.fromAdverb(lowered);
  return !!base && base !== lowered && !!tagSentence(base)[0]?.tags.has('Adjective');
}

/** The word's tags as the lexicon lists it (one tag or several), with their parents; none if unlisted. */
function listedTags(word: string): string[] | undefined {
  const listed = lexicon[word.toLowerCase()] as string | string[] | undefined;
  return listed === undefined ? undefined : ([] as string[]).concat(listed).flatMap(withParents);
}

/** Whether a capitalised word could be a name: "Sam", "Priya", "Frank" could; "Honestly", "Great" could not. */
export function couldBeName(word: string): boolean {
  const tags = listedTags(word);
  if (!tags) return !DERIVED_ADVERB.test(word.toLowerCase());
  if (tags.includes('Person') || tags.includes('Comparative')) return true;
  return !tags.some((tag) => NOT_A_NAME.has(tag));
}

/**
 * Whether a word set off by a comma at a sentence's head only frames it: a sentence adverb or an
 * interjection ("Honestly,", "However,", "Congratulations,", "Yes,"), not a word of its content
 * ("Beautiful, custom websites…", "New: same-day pickup…").
 */
export function framesSentence(word: string): boolean {
  const tags = listedTags(word);
  if (!tags) return DERIVED_ADVERB.test(word.toLowerCase());
  return tags.some((tag) => FRAMING.has(tag));
}

const FRAMING = new Set(['Adverb', 'Expression', 'Conjunction']);

/**
 * Whether the word is an adjective's -est form, by the lexicon rather than the ending: "lightest",
 * "biggest", "largest", "easiest" are; "interest", "forest", "honest" are not.
 */
export function isSuperlative(word: string): boolean {
  const w = word.toLowerCase();
  if (!w.endsWith('est') || w.length < 6) return false;
  const adjective = (base: string) => lexicon[base] === 'Adjective';
  if (w.endsWith('iest')) return adjective(`${w.slice(0, -4)}y`);
  const stem = w.slice(0, -3);
  const doubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : undefined;
  return adjective(stem) || adjective(`${stem}e`) || (!!doubled && adjective(doubled));
}

/** Whether the lexicon lists the word as an adjective's -er form ("smarter", "cheaper"). */
export const isComparative = (word: string) => lexicon[word.toLowerCase()] === 'Comparative';

// The lexicon's tags of words that carry grammar rather than a topic: "with", "a", "and", "our", "why".
const FUNCTION_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Possessive',
  'QuestionWord',
  'Copula',
  'Modal',
  'Auxiliary',
  'Adverb',
  'Negative',
  'Expression',
]);
// Helping verbs and quantifiers the lexicon files as verbs and adjectives.
const FUNCTION_WORDS = new Set([
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'all',
  'every',
  'each',
  'some',
  'more',
  'most',
]);

/** Whether a word carries grammar rather than a topic: "with", "a", "are", "why", "just" do; "offer" does not. */
export function isFunctionWord(word: string): boolean {
  // A contraction by its first part ("you're", "we've"); any "n't" is a helping verb's ("don't", "won't").
  if (/n['’]t$/i.test(word)) return true;
  const w = word.toLowerCase().replace(/['’]\p{L}+$/u, '');
  const tags = lexicon[w];
  return FUNCTION_WORDS.has(w) || [tags].flat().some((tag) => !!tag && FUNCTION_TAGS.has(tag));
}

/** Whether the lexicon lists the word as a verb's bare form ("get", "join", "discover"). */
export const isInfinitive = (word: string) => lexicon[word.toLowerCase()] === 'Infinitive';

// "check", "talk" and "help" are listed as nouns but read as verbs at the head of a suggestion; so do words the
// lexicon lacks ("brainstorm"), and the adjective of a phrasal verb ("open up").
const PARTICLE = /^(?:up|out|down|off|on|in|over|back)$/;
const canBeVerb = (word: string, next?: string) =>
  lexicon[word] === 'Infinitive' ||
  lexicon[word] === 'Singular' ||
  (lexicon[word] === undefined && /^[a-z]+$/.test(word)) ||
  (lexicon[word] === 'Adjective' && !!next && PARTICLE.test(next));
// A one-word suggestion for a plural noun is a noun, even where the lexicon lists it as an adjective ("expert").
const canBeNoun = (word: string, alone: boolean) =>
  /^[a-z]+$/.test(word) &&
  !word.endsWith('s') &&
  (lexicon[word] === 'Singular' || lexicon[word] === undefined || (alone && lexicon[word] === 'Adjective'));

/**
 * Puts a suggestion in the same form as the words it replaces: "leveraging" → "using" rather than
 * "use", "game-changers" → "big improvements". Verbs change at the front, nouns at the end.
 */
export function inflectLike(
  suggestion: string,
  firstForm: Inflection | undefined,
  lastForm: Inflection | undefined,
): string {
  const words = suggestion.split(' ');
  const first = words[0]!.toLowerCase();
  const lastIndex = words.length - 1;
  const last = words[lastIndex]!.toLowerCase();
  if (firstForm === 'ing' || firstForm === 'ed') {
    if (!canBeVerb(first, words[1])) return suggestion;
    const forms = conjugate(first);
    words[0] = (firstForm === 'ing' ? forms.Gerund : forms.PastTense) ?? words[0]!;
    return words.join(' ');
  }
  if (lastForm === 's' && canBeNoun(last, words.length === 1)) {
    words[lastIndex] = noun.toPlural(last, world.model);
  } else if (firstForm === 's' && canBeVerb(first, words[1])) {
    words[0] = conjugate(first).PresentTense ?? words[0]!;
  }
  return words.join(' ');
}

export function clearGrammarCache(): void {
  sentences.clear();
}
