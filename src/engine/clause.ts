import { infinitiveOf, isComparative, isKnownWord, isSuperlative, type TaggedTerm, tagSentence } from './grammar';
import { isShoutedWord } from './letter-case';

/**
 * Who a sentence's main clause is about, read from its grammar rather than its wording:
 * - `writer`: I, we, our team, one of my clients;
 * - `reader`: you, your order;
 * - `name`: a company, product or brand ("Brightwave", "MarketingonTarget.com", "National Credit Systems");
 * - `person`: someone named as a person ("Dr Cole", "Priya");
 * - `thing`: any other noun phrase ("the meeting", "this degree programme");
 * - `pronoun`: it, this, there; says nothing of whom the sentence is about;
 * - `none`: no subject before the verb: a command or a fragment.
 */
type Subject = 'writer' | 'reader' | 'name' | 'person' | 'thing' | 'pronoun' | 'none';

/**
 * What the main verb makes of the subject:
 * - `acts`: does something now or lately ("helps", "is inviting", "has teamed up", "has been providing");
 * - `is`: is something ("is the leading…", "is dedicated to");
 * - `will`: a modal ("will pay", "can save");
 * - `passive`: has something done to it ("is attached", "has been delayed"): a report, not a claim;
 * - `past`: did something, a story ("met", "was");
 * - `command`: an imperative with no subject ("Turn your fruit into juice");
 * - `none`: no finite verb at all: a headline or a fragment.
 */
type VerbForm = 'acts' | 'is' | 'will' | 'passive' | 'past' | 'command' | 'none';

export interface Clause {
  subject: Subject;
  verb: VerbForm;
  /** The subject's words as written ("National Credit Systems, Inc."), empty without one. */
  subjectText: string;
  /** Whether the reader ("you", "your") comes after the verb: the clause does something to or for them. */
  toReader: boolean;
  /** Whether it ranks something above others: "our lightest frame", "the fastest way", "smarter payroll". */
  ranks: boolean;
  /**
   * Whether the writer says what kind of person or firm they are: "I'm a freelance copywriter", "We are a
   * family-run bakery", "I run a small agency". A self-introduction by its shape, whatever the trade.
   */
  describesWriter: boolean;
}

const WRITER = new Set(['i', 'we', 'our', 'my', 'us', 'me', "i'm", "we're", "we've", "i've", "we'll", "i'll"]);
const READER = new Set(['you', 'your', "you're", "you've", "you'll", "you'd", 'yours', 'yourself', 'yourselves']);
const PRONOUNS = new Set([
  'it',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'he',
  'she',
  'they',
  'which',
  'what',
  'who',
  'everything',
  'everyone',
  'nothing',
  'something',
  'all',
]);
const MODALS = new Set(['will', "'ll", 'can', 'could', 'may', 'might', 'would', 'should', 'shall', 'must']);
// Words that compromise may tag as verbs but that open no clause here: "to join", "please".
const NOT_FINITE = /^(?:please|let|to)$/i;

const has = (term: TaggedTerm, ...tags: string[]) => tags.some((t) => term.tags.has(t));
const lower = (term: TaggedTerm) => term.text.toLowerCase().replace(/’/g, "'");

/** A term that can head a clause's verb: a tense, a copula, an auxiliary or a modal, not "to join". */
function isFiniteVerb(terms: readonly TaggedTerm[], i: number): boolean {
  const term = terms[i]!;
  if (NOT_FINITE.test(term.text) || (i > 0 && lower(terms[i - 1]!) === 'to')) return false;
  // "Switch to annual billing…", "Upgrade to Pro…": the tagger reads some commands only as imperatives.
  if (i === 0 && has(term, 'Imperative')) return true;
  if (MODALS.has(lower(term)) || has(term, 'Copula', 'Auxiliary', 'Modal')) return true;
  // A gerund inside the subject ("Tracking Software") is no verb; a bare form is one after its subject
  // ("we help", "our ornaments combine") or as a command at the start.
  if (has(term, 'Gerund')) return false;
  if (has(term, 'Infinitive') && !has(term, 'Imperative') && i > 0) return has(terms[i - 1]!, 'Noun', 'Pronoun');
  return has(term, 'PresentTense', 'PastTense') && !has(term, 'Adjective', 'ProperNoun');
}

/**
 * A capitalised word that is a name: tagged as one, or a word no dictionary holds ("Brightwave"),
 * or a web address. "Big" at the start of a sentence is an ordinary word, and so is a dictionary
 * word in capitals for emphasis ("Something EVERY business needs", "The FREE webinar covers…"),
 * unless it reads as an acronym ("ATOMS continues to…").
 */
function isNameWord(term: TaggedTerm, index: number): boolean {
  if (has(term, 'Url', 'Organization')) return true;
  if (!/^\p{Lu}/u.test(term.text)) return false;
  if (has(term, 'ProperNoun')) return true;
  const word = term.text.replace(/['’]s$/, '');
  if (isShoutedWord(word) && isKnownWord(word) && !has(term, 'Acronym')) return false;
  return index > 0 || !isKnownWord(word);
}

function subjectOf(words: readonly TaggedTerm[]): Subject {
  if (!words.length) return 'none';
  const lowered = words.map(lower);
  if (lowered.some((w) => WRITER.has(w))) return 'writer';
  if (lowered.some((w) => READER.has(w))) return 'reader';
  if (words.some((t) => has(t, 'Person') && !has(t, 'Organization'))) return 'person';
  if (words.some((t, i) => isNameWord(t, i))) return 'name';
  if (lowered.every((w) => PRONOUNS.has(w) || /^(?:and|but|so|just|now|also|then)$/.test(w))) return 'pronoun';
  return 'thing';
}

/** The verb form of the chain that starts at `i`: "has been providing" acts, "is attached" is passive. */
function verbFormAt(terms: readonly TaggedTerm[], i: number): VerbForm {
  const chain: TaggedTerm[] = [];
  for (let j = i; j < terms.length && chain.length < 4; j++) {
    const term = terms[j]!;
    if (has(term, 'Adverb', 'Negative') && chain.length) continue;
    if (chain.length && !has(term, 'Verb', 'Copula', 'Auxiliary')) break;
    chain.push(term);
    if (!has(term, 'Copula', 'Auxiliary') && !MODALS.has(lower(term))) break;
  }
  const [head] = chain;
  const last = chain.at(-1)!;
  if (!head) return 'none';
  const passive =
    chain.length > 1 &&
    (has(last, 'Passive') ||
      (has(last, 'PastTense', 'Participle') && /^(?:is|are|be|been)$/.test(lower(chain.at(-2)!))));
  if (passive) return 'passive';
  if (MODALS.has(lower(head))) return 'will';
  const past = /^(?:was|were|had|did)$/.test(lower(head)) || (chain.length === 1 && has(head, 'PastTense'));
  if (past) return 'past';
  // "The invoice is attached": a participle the tagger read as an adjective is still a passive.
  const next = terms[i + 1];
  if (chain.length === 1 && has(head, 'Copula') && next && infinitiveOf(next.text)) return 'passive';
  if (chain.length === 1 && has(head, 'Copula')) return 'is';
  return 'acts';
}

/**
 * The main clause of one sentence (its frame, such as "At Acme," or "For seventeen years,", already
 * cut off): its subject, its verb's form, and whether the reader is its object. Compromise tags the
 * words; the clause is the words before the first finite verb, then that verb's chain.
 */
export function readClause(sentence: string): Clause {
  // Tagging costs about a millisecond per dozen words, and the subject and its verb stand at the start:
  // only the first words are tagged; the rest is read for "you" and ranking words by the dictionary.
  const { head: tagged, rest } = splitAfterWords(sentence, TAGGED_WORDS);
  const terms = tagSentence(tagged);
  const restReader = READER_WORD.test(rest);
  // "Harvest Foods delivers…": capitalised words in a row open a name, whatever the first one could be.
  const nameWords = leadingName(terms);
  const at = terms.findIndex((_, i) => i >= nameWords && isFiniteVerb(terms, i));
  const question = /\?\s*$/.test(sentence);
  const ranks = ranking(terms) || rankingWords(rest);
  if (at < 0) {
    const toReader = restReader || readerAfter(terms, 0);
    return { subject: 'none', verb: 'none', subjectText: '', toReader, ranks, describesWriter: false };
  }
  const head = terms[at]!;
  if (at === 0 && !question && has(head, 'Infinitive', 'Imperative') && !has(head, 'Copula', 'Auxiliary')) {
    const toReader = restReader || readerAfter(terms, 1);
    return { subject: 'none', verb: 'command', subjectText: '', toReader, ranks, describesWriter: false };
  }
  // "Are you tired of…?", "Is your team…?": the subject follows the verb.
  const subjectWords = at === 0 && question ? wordsUntilVerb(terms, 1) : terms.slice(0, at);
  const subject = subjectOf(subjectWords);
  const first = subjectWords[0];
  const last = subjectWords.at(-1);
  const subjectText = first && last ? sentence.slice(first.offset, last.offset + last.length) : '';
  const toReader = restReader || readerAfter(terms, at + 1);
  const verb = verbFormAt(terms, at);
  const describesWriter = subject === 'writer' && !question && describedAs(subjectWords, terms, at, verb);
  return { subject, verb, subjectText, toReader, ranks, describesWriter };
}

// Verbs by which a writer says what they run: "I run a small agency", "we own a chain of bakeries".
const RUNS = /^(?:run|runs|own|owns|manage|manages|lead|leads)$/;
// Nouns after "a" that measure or grade, not describe: "I'm a bit late", "we're a go", "I'm a fan".
const NOT_KINDS = new Set(['bit', 'little', 'lot', 'few', 'couple', 'touch', 'fan', 'go']);

/**
 * "I'm a freelance copywriter", "we are a family-run bakery", "I run a small agency": the writer, then
 * "a"/"an" and what kind of person or firm they are. "I" must be a kind of person (the tagger's actors:
 * copywriter, recruiter, consultant), so "I'm a member of…" and "I'm a bit late" describe no trade.
 */
function describedAs(subjectWords: readonly TaggedTerm[], terms: readonly TaggedTerm[], at: number, verb: VerbForm) {
  const alone = subjectWords.length === 1 || /^(?:i|we)'/.test(lower(terms[at - 1] ?? terms[at]!));
  const verbWord = lower(terms[at]!);
  if (!alone || !(verb === 'is' || (verb === 'acts' && RUNS.test(verbWord)))) return false;
  const article = terms[at + 1];
  // "I am full-stack developer from Lagos": a learner's English may drop the article, and then only a
  // role ("developer", "manager") says what kind of person the writer is ("I am available" says nothing).
  const articled = !!article && /^an?$/.test(lower(article));
  // The noun phrase after the article: describing words, then its last noun as the head. A hyphenated
  // word ("full-stack", "family-run") describes, whatever the tagger makes of its halves.
  let headNoun: TaggedTerm | undefined;
  for (const term of terms.slice(articled ? at + 2 : at + 1)) {
    const describing = has(term, 'Hyphenated') || (has(term, 'Noun', 'Adjective') && !has(term, 'Adverb'));
    if (!describing || has(term, 'Pronoun', 'Gerund', 'Preposition')) break;
    // "We're a day behind", "I'm a week late": a measure of time, not a kind.
    if (has(term, 'Date', 'Duration')) return false;
    if (has(term, 'Noun')) headNoun = term;
  }
  if (!headNoun || NOT_KINDS.has(lower(headNoun).replace(/[^\p{L}]/gu, ''))) return false;
  if (!articled) return verb === 'is' && has(headNoun, 'Actor');
  const person = subjectWords.some((t) => /^i(?:'m)?$/.test(lower(t)));
  return !person || verb === 'acts' || has(headNoun, 'Actor');
}

// Enough words for a subject, a frame before it and the verb's chain after it.
const TAGGED_WORDS = 10;
const READER_WORD = new RegExp(String.raw`\b(?:${[...READER].join('|')})\b`, 'i');

/** The sentence up to the end of its `count`th word, and what follows. */
function splitAfterWords(sentence: string, count: number): { head: string; rest: string } {
  const words = /\S+/g;
  let end = sentence.length;
  for (let n = 0, m = words.exec(sentence); m; m = words.exec(sentence)) {
    if (++n === count) {
      end = m.index + m[0].length;
      break;
    }
  }
  return { head: sentence.slice(0, end), rest: sentence.slice(end) };
}

/** Ranking words in untagged text, by the dictionary alone: "smarter", "lightest". */
const rankingWords = (text: string) =>
  (text.match(/[\p{L}]+/gu) ?? []).some(
    (w) => (isComparative(w) || isSuperlative(w)) && !NOT_RANKING.has(w.toLowerCase()),
  );

/** How many capitalised words open the sentence, when there are two or more ("Harvest Foods"); else 0. */
function leadingName(terms: readonly TaggedTerm[]): number {
  let n = 0;
  const inName = (t: TaggedTerm) =>
    /^\p{Lu}/u.test(t.text) &&
    ![PRONOUNS, WRITER, READER].some((set) => set.has(lower(t))) &&
    !has(t, 'Copula', 'Auxiliary', 'Modal', 'Preposition', 'Determiner');
  while (n < terms.length && inName(terms[n]!)) n++;
  return n >= 2 ? n : 0;
}

function wordsUntilVerb(terms: readonly TaggedTerm[], from: number): TaggedTerm[] {
  const words: TaggedTerm[] = [];
  const ends = (t: TaggedTerm) => has(t, 'Verb', 'Copula', 'Auxiliary', 'Adjective', 'Preposition');
  for (let i = from; i < terms.length && !ends(terms[i]!); i++) words.push(terms[i]!);
  return words;
}

// Degree words that rank nothing: "the latest version", "more time", "at the earliest".
const NOT_RANKING = new Set([
  'more',
  'less',
  'most',
  'least',
  'latest',
  'earliest',
  'last',
  'next',
  'first',
  'further',
  'later',
  'earlier',
  'sooner',
  'better',
  'best',
]);
const ranking = (terms: readonly TaggedTerm[]) =>
  terms.some((t) => (has(t, 'Superlative', 'Comparative') || isSuperlative(t.text)) && !NOT_RANKING.has(lower(t)));

const readerAfter = (terms: readonly TaggedTerm[], from: number) => terms.slice(from).some((t) => READER.has(lower(t)));
