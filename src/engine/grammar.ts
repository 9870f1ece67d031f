import nlp from 'compromise';

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

// compromise costs about 1 ms a sentence, so each distinct sentence is tagged once.
const cache = new Map<string, TaggedTerm[]>();
const CACHE_LIMIT = 5000;

export function tagSentence(sentence: string): TaggedTerm[] {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  const terms = json.flatMap((s) =>
    s.terms.map((t) => ({ text: t.text, offset: t.offset.start, length: t.offset.length, tags: new Set(t.tags) })),
  );
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(sentence, terms);
  return terms;
}

/** Tags of the term that covers `offset` within the sentence, or an empty set. */
export function tagsAt(sentence: string, offset: number): Set<string> {
  const term = tagSentence(sentence).find((t) => offset >= t.offset && offset < t.offset + Math.max(t.length, 1));
  return term?.tags ?? new Set();
}

/** Simple past of a verb ("rush" → "rushed", "break" → "broke"), through compromise's conjugator. */
export function pastTense(infinitive: string): string {
  const forms = nlp(infinitive).verbs().conjugate()[0] as { PastTense?: string } | undefined;
  return forms?.PastTense ?? `${infinitive}ed`;
}

// compromise does not map every irregular participle back ("broken" stays "broken"); these are
// the irregular verbs most likely to name what went wrong for a customer.
const IRREGULAR_VERBS = ['break', 'forget', 'write', 'take', 'give', 'lose', 'send', 'speak', 'choose', 'hide', 'mistake', 'bring', 'leave', 'tell', 'sell', 'cut', 'mislead', 'misunderstand', 'withhold', 'undersell'];
let irregularParticiples: Map<string, string> | undefined;

/** The infinitive of a verb form ("rushed" → "rush", "broken" → "break"), or undefined. */
export function infinitiveOf(verb: string): string | undefined {
  const word = verb.toLowerCase();
  irregularParticiples ??= new Map(IRREGULAR_VERBS.flatMap((v) => verbForms(v).map((form) => [form, v] as [string, string])));
  const irregular = irregularParticiples.get(word);
  if (irregular) return irregular;
  const doc = nlp(`they have ${word} it`);
  doc.compute('root');
  const term = (doc.json() as { terms: { text: string; root?: string; tags: string[] }[] }[])[0]?.terms[2];
  return term?.tags.includes('Verb') && term.root && /^[a-z]+$/.test(term.root) ? term.root : undefined;
}

/** Past tense and participle of a verb, lower case ("break" → broke, broken). */
export function verbForms(infinitive: string): string[] {
  const forms = nlp(infinitive).verbs().conjugate()[0] as { PastTense?: string; Participle?: string } | undefined;
  return [forms?.PastTense, forms?.Participle].filter((f): f is string => !!f).map((f) => f.toLowerCase());
}

type Inflection = 'ing' | 'ed' | 's';

export function inflectionOf(word: string): Inflection | undefined {
  if (word.endsWith('ing')) return 'ing';
  if (word.endsWith('ed')) return 'ed';
  if (word.endsWith('s')) return 's';
  return undefined;
}

/**
 * Puts a suggestion in the same form as the words it replaces: "leveraging" → "using" rather than
 * "use", "game-changers" → "big improvements". Verbs change at the front, nouns at the end.
 */
export function inflectLike(suggestion: string, firstForm: Inflection | undefined, lastForm: Inflection | undefined): string {
  const words = suggestion.split(' ');
  if (firstForm) {
    const forms = nlp(words[0]!).verbs().conjugate()[0] as Record<string, string> | undefined;
    if (forms?.Infinitive === words[0]!.toLowerCase()) {
      const key = { ing: 'Gerund', ed: 'PastTense', s: 'PresentTense' }[firstForm];
      words[0] = forms[key] ?? words[0]!;
      return words.join(' ');
    }
  }
  if (lastForm === 's') {
    const last = nlp(words[words.length - 1]!);
    if (last.has('#Singular') && !last.has('#Uncountable')) words[words.length - 1] = last.nouns().toPlural().text() || words[words.length - 1]!;
  }
  return words.join(' ');
}

export function clearGrammarCache(): void {
  cache.clear();
}
