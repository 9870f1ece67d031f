import nlp from 'compromise';

/** A sentence as compromise reads it: each term with its offset into the sentence and its tags. */
interface TaggedTerm {
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
  model: { one: { lexicon: Record<string, string | undefined> } };
  methods: {
    two: {
      transform: {
        verb: {
          conjugate: (inf: string, model: unknown) => VerbForms;
          toInfinitive: (word: string, model: unknown, tense?: string) => string;
        };
        noun: { toPlural: (word: string, model: unknown) => string };
      };
    };
  };
};
const { verb, noun } = world.methods.two.transform;
const lexicon = world.model.one.lexicon;

function tagSentence(sentence: string): TaggedTerm[] {
  const hit = sentences.get(sentence);
  if (hit) return hit;
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  const terms = json.flatMap((s) =>
    s.terms.map((t) => ({ text: t.text, offset: t.offset.start, length: t.offset.length, tags: new Set(t.tags) })),
  );
  if (sentences.size >= CACHE_LIMIT) sentences.clear();
  sentences.set(sentence, terms);
  return terms;
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

/** Whether the lexicon lists the word as a verb's bare form ("get", "join", "discover"). */
export const isInfinitive = (word: string) => lexicon[word.toLowerCase()] === 'Infinitive';

// "check", "talk" and "help" are listed as nouns but read as verbs at the head of a suggestion.
const canBeVerb = (word: string) => lexicon[word] === 'Infinitive' || lexicon[word] === 'Singular';
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
    if (!canBeVerb(first)) return suggestion;
    const forms = conjugate(first);
    words[0] = (firstForm === 'ing' ? forms.Gerund : forms.PastTense) ?? words[0]!;
    return words.join(' ');
  }
  if (lastForm === 's' && canBeNoun(last, words.length === 1)) {
    words[lastIndex] = noun.toPlural(last, world.model);
  } else if (firstForm === 's' && lexicon[first] === 'Infinitive') {
    words[0] = conjugate(first).PresentTense ?? words[0]!;
  }
  return words.join(' ');
}

export function clearGrammarCache(): void {
  sentences.clear();
}
