import type { Condition, PhraseSpec, ResolvedRule } from './ruleset';
import { inflections } from './inflect';
import { cachedIn, memoByString } from './memo';
import { joinsPhrase, normalizeWord, phraseWords, type Token } from './tokens';

/** A phrase found in the text, before context conditions are checked. */
export interface PhraseMatch {
  rule: ResolvedRule;
  /** Index of the first and one past the last matched token. */
  first: number;
  last: number;
  /** Text of the words that stood for `*`, in order. */
  wildcards: readonly string[];
  /** Per matched word: true when it matched as an inflected form ("leveraging" for "leverage"). */
  inflectedAt: readonly boolean[];
  rank: number;
}

interface Terminal {
  inflect: boolean;
  locked: boolean;
  /** Position of the rule in merge order (its index among the rules): a later pack wins a tie. */
  rank: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  any?: TrieNode;
  /** Rules whose phrase ends here, best first (locked, then later packs); at most `ENDS_PER_NODE`. */
  ends: Terminal[];
}

const node = (): TrieNode => ({ next: new Map(), ends: [] });

/*
 * Bounds that hold whatever a pack contains, so that no team list can make a keystroke slow: a
 * pack of 2,000 rules whose phrases all repeat one word ("zorp", "zorp zorp", "zorp * zorp", …)
 * would otherwise offer thousands of matches at every word. Ordinary packs come nowhere near them.
 */
/** Rules kept for one exact sequence of words; past this, the earliest packs' rules are dropped. */
const ENDS_PER_NODE = 8;
/** Trie nodes visited from one start word. */
const STEPS_PER_START = 64;
/** Matches kept from one start word, the longest first. */
const MATCHES_PER_START = 8;

const longestFirst = (a: PhraseMatch, b: PhraseMatch) => b.last - a.last || b.rank - a.rank;

const NO_WILDCARDS: readonly string[] = [];
const NONE: readonly PhraseMatch[] = [];

const better = (a: Terminal, b: Terminal) => Number(b.locked) - Number(a.locked) || b.rank - a.rank;

const FUNCTION_WORDS = new Set(
  [
    'a an the at in on of to for from by with and or but nor so as if than then that this these those',
    'it its is are was were be been am i we you he she they me us him her them my our your his their not no',
  ]
    .join(' ')
    .split(' '),
);

/** The state of one walk from a start word, shared by every step so that a step copies nothing. */
interface Walk {
  text: string;
  tokens: readonly Token[];
  first: number;
  /** Per word matched so far: whether it matched as an inflected form. */
  inflectedAt: boolean[];
  /** Words that stood for `*` so far. */
  wildcards: string[];
  steps: number;
  found: PhraseMatch[];
}

/**
 * The words of every phrase rule in one trie. It depends only on the rules' phrases, flags and order,
 * not on their messages or severities, so a ruleset rebuilt with the same phrases (a setting toggled,
 * a team list refreshed unchanged) reuses it.
 */
class WordTrie {
  readonly root = node();
  readonly bases = new Map<string, string[]>();
  readonly hasLocked: boolean;
  /** Words already entered, with their inflected forms: packs repeat the same words thousands of times. */
  private readonly entered = new Set<string>();

  constructor(rules: readonly ResolvedRule[]) {
    this.hasLocked = rules.some((rule) => rule.phrase && rule.locked);
    rules.forEach((rule, rank) => {
      if (!rule.phrase) return;
      const terminal = { inflect: rule.phrase.inflect !== false, locked: !!rule.locked, rank };
      for (const phrase of rule.phrase.phrases) this.add(phraseWordsWithWildcards(phrase), terminal);
    });
  }

  private enterForms(word: string) {
    if (this.entered.has(word)) return;
    this.entered.add(word);
    for (const form of formsOf(word)) {
      if (form === word) continue;
      const list = this.bases.get(form) ?? [];
      if (!list.includes(word)) this.bases.set(form, [...list, word]);
    }
  }

  private add(words: readonly string[], terminal: Terminal) {
    let at = this.root;
    for (const word of words) {
      if (word === '*') {
        at = at.any ??= node();
        continue;
      }
      let child = at.next.get(word);
      if (!child) at.next.set(word, (child = node()));
      at = child;
      this.enterForms(word);
    }
    if (at.ends.some((t) => t.rank === terminal.rank)) return;
    at.ends.push(terminal);
    at.ends.sort(better);
    if (at.ends.length > ENDS_PER_NODE) at.ends.pop();
  }
}

/** Everything a trie is built from, as one string: rules that agree on it share a trie. */
function trieKey(rules: readonly ResolvedRule[]): string {
  return rules
    .map((rule) =>
      rule.phrase
        ? `${rule.locked ? 1 : 0}${rule.phrase.inflect === false ? 0 : 1}${rule.phrase.phrases.join('\u0001')}`
        : '',
    )
    .join('\u0002');
}

// A handful: the built-in pack alone, with a team's list, with another's. Cleared when full.
const TRIES_KEPT = 4;
const tries = new Map<string, WordTrie>();

const trieFor = (rules: readonly ResolvedRule[]): WordTrie =>
  cachedIn(tries, TRIES_KEPT, trieKey(rules), () => new WordTrie(rules));

/**
 * All phrase rules compiled into one word trie. Inflected forms map back to their base word, so a
 * walk costs the same however many forms the rules allow; a walk is at most 8 words deep, and
 * bounded in steps and matches (see above).
 */
export class PhraseMatcher {
  private readonly root: TrieNode;
  private readonly bases: ReadonlyMap<string, readonly string[]>;

  constructor(private readonly rules: readonly ResolvedRule[]) {
    const trie = trieFor(rules);
    this.root = trie.root;
    this.bases = trie.bases;
    this.hasLocked = trie.hasLocked;
  }

  /** Whether any rule is locked: only then do locked matches need a pass of their own. */
  readonly hasLocked: boolean;

  /**
   * The phrase occurrences starting at token `i`, the longest first, then the best-ranked rule
   * first. Asked start by start, so that a caller choosing matches from the left never walks from
   * the words inside a match it already chose.
   */
  matchFrom(text: string, tokens: readonly Token[], i: number): readonly PhraseMatch[] {
    // Most words start no phrase: test before allocating anything for the walk.
    const norm = tokens[i]!.norm;
    if (!(this.root.next.has(norm) || this.bases.has(norm) || this.wildcardMayStart(norm, tokens[i + 1]))) return NONE;
    const walk: Walk = { text, tokens, first: i, inflectedAt: [], wildcards: [], steps: 0, found: [] };
    this.step(walk, this.root, i);
    return walk.found.sort(longestFirst);
  }

  /**
   * Whether a phrase that opens with `*` ("* centric") could start at this word: only if the word after
   * it goes on from there. Asked at every word of the draft, so it looks one word ahead and no further.
   */
  private wildcardMayStart(norm: string, next: Token | undefined): boolean {
    const any = this.root.any;
    if (!any || FUNCTION_WORDS.has(norm)) return false;
    if (any.ends.length > 0 || any.any) return true;
    return !!next && (any.next.has(next.norm) || !!this.bases.get(next.norm)?.some((base) => any.next.has(base)));
  }

  /** Walks on from `at` with the word at `i`; records the matches ending at `at` after the longer ones. */
  private step(walk: Walk, at: TrieNode, i: number): void {
    if (++walk.steps > STEPS_PER_START) return;
    const { text, tokens } = walk;
    const token = tokens[i];
    if (token && (i === walk.first || joinsPhrase(text, tokens[i - 1]!, token))) {
      const exact = at.next.get(token.norm);
      if (exact) this.deeper(walk, exact, i, false);
      for (const base of this.bases.get(token.norm) ?? []) {
        const child = at.next.get(base);
        if (child) this.deeper(walk, child, i, true);
      }
      // `*` stands for a content word: "At Centric Software" is not an "at-centric" anything.
      if (at.any && !FUNCTION_WORDS.has(token.norm)) this.deeper(walk, at.any, i, false, token);
    }
    if (at.ends.length > 0) this.record(walk, at, i);
  }

  /** The matches of the rules whose phrase ends at `at`, the walk having reached the word at `i`. */
  private record(walk: Walk, at: TrieNode, i: number): void {
    const inflected = walk.inflectedAt.includes(true);
    // One copy of the walk's state for every rule ending here (a match reads them, never writes).
    const wildcards = walk.wildcards.length ? [...walk.wildcards] : NO_WILDCARDS;
    const inflectedAt = [...walk.inflectedAt];
    for (const end of at.ends) {
      if (walk.found.length >= MATCHES_PER_START) return;
      if (end.inflect || !inflected)
        walk.found.push({
          rule: this.rules[end.rank]!,
          first: walk.first,
          last: i,
          wildcards,
          inflectedAt,
          rank: end.rank,
        });
    }
  }

  /** One word further down the trie; `wildcard` is the token that stood for `*`. */
  private deeper(walk: Walk, child: TrieNode, i: number, inflected: boolean, wildcard?: Token): void {
    walk.inflectedAt.push(inflected);
    if (wildcard) walk.wildcards.push(walk.text.slice(wildcard.start, wildcard.end));
    this.step(walk, child, i + 1);
    if (wildcard) walk.wildcards.pop();
    walk.inflectedAt.pop();
  }
}

const formsOf = memoByString(inflections);

const phraseWordsWithWildcards = memoByString((phrase): readonly string[] =>
  phrase
    .split(/[\s-]+/)
    .filter(Boolean)
    .flatMap((part) => (part === '*' ? ['*'] : phraseWords(part))),
);

/** Nothing but spaces (a hard-wrapped line break included) between two neighbouring words: same sentence. */
const sameSentence = (text: string, from: number, to: number) => !/[.!?;:()]|\n\s*\n/.test(text.slice(from, to));

/**
 * A condition's phrases as words, indexed by the word that would stand next to the match: the last
 * word of a phrase that must come before it, the first of one that must come after. Worked out
 * once per condition list, so a check reads only the phrases that could fit, however long the list.
 */
interface Neighbours {
  before: Map<string, string[][]>;
  after: Map<string, string[][]>;
}

const neighbourIndexes = new WeakMap<readonly string[], Neighbours>();
function neighboursOf(phrases: readonly string[]): Neighbours {
  let index = neighbourIndexes.get(phrases);
  if (!index) {
    index = { before: new Map(), after: new Map() };
    for (const words of phrases.map(phraseWords)) {
      if (words.length === 0) continue;
      for (const [side, key] of [
        ['before', words.at(-1)!],
        ['after', words[0]!],
      ] as const) {
        const list = index[side].get(key);
        if (list) list.push(words);
        else index[side].set(key, [words]);
      }
    }
    neighbourIndexes.set(phrases, index);
  }
  return index;
}

// "the pond's ecosystem": a possessive stands for its word, so "pond" in a list covers it.
const sameWord = (norm: string, word: string) => norm === word || norm === `${word}'s`;

/** True when the words of one of `phrases` stand right before (or after) the match, in the same sentence. */
function neighbourIs(
  text: string,
  tokens: readonly Token[],
  match: PhraseMatch,
  phrases: readonly string[],
  side: 'before' | 'after',
) {
  const next = side === 'before' ? tokens[match.first - 1] : tokens[match.last];
  if (!next) return false;
  const index = neighboursOf(phrases)[side];
  const fits = (words: string[]) => {
    const from = side === 'before' ? match.first - words.length : match.last;
    if (from < 0 || from + words.length > tokens.length) return false;
    for (let k = 0; k < words.length; k++) if (!sameWord(tokens[from + k]!.norm, words[k]!)) return false;
    return true;
  };
  const possessive = next.norm.endsWith("'s") ? index.get(next.norm.slice(0, -2)) : undefined;
  if (!(index.get(next.norm)?.some(fits) || possessive?.some(fits))) return false;
  const [gapStart, gapEnd] =
    side === 'before' ? [next.end, tokens[match.first]!.start] : [tokens[match.last - 1]!.end, next.start];
  return sameSentence(text, gapStart, gapEnd);
}

export type TagLookup = (offset: number) => ReadonlySet<string>;

function conditionHolds(
  text: string,
  tokens: readonly Token[],
  match: PhraseMatch,
  condition: Condition,
  tagsAt: TagLookup,
): boolean {
  if ('before' in condition) return neighbourIs(text, tokens, match, condition.before, 'before');
  if ('after' in condition) return neighbourIs(text, tokens, match, condition.after, 'after');
  if ('tagBefore' in condition) {
    const previous = tokens[match.first - 1];
    return (
      !!previous &&
      sameLine(text, previous.end, tokens[match.first]!.start) &&
      tagsAt(previous.start).has(condition.tagBefore)
    );
  }
  if ('hyphenated' in condition) return hyphenated(text, tokens, match);
  if ('inSentence' in condition)
    return sentenceHas(text, tokens, match, condition.inSentence, TOPIC_REACH, TOPIC_REACH);
  if ('inParagraph' in condition) return paragraphHas(tokens, match, condition.inParagraph);
  if ('soonAfter' in condition) return sentenceHas(text, tokens, match, condition.soonAfter, 0, OBJECT_REACH);
  if ('tagAfter' in condition) {
    const next = tokens[match.last];
    return (
      !!next && sameLine(text, tokens[match.last - 1]!.end, next.start) && tagsAt(next.start).has(condition.tagAfter)
    );
  }
  if (condition.tag === 'ProperNoun' && !capitalised(text, tokens, match)) return false;
  return tagsAt(tokens[match.first]!.start).has(condition.tag);
}

// A rule's own words are common words, so the tagger calls them part of a name only when the draft
// capitalises them ("Innovative Dental Care"): a lowercase match is not one, and reading its sentence
// with the tagger (the dearest step of a check) would only say so. (A neighbour is different: the
// tagger knows "microsoft" as a name, so tagBefore still asks it.)
function capitalised(text: string, tokens: readonly Token[], match: PhraseMatch): boolean {
  for (let k = match.first; k < match.last; k++) {
    const first = text.codePointAt(tokens[k]!.start) ?? 0;
    if (String.fromCodePoint(first) !== String.fromCodePoint(first).toLowerCase()) return true;
  }
  return false;
}

// How far a topic word may stand from the match, in words each way: a sentence's reach, and a bound on
// the work for a line with no full stop in it.
const TOPIC_REACH = 30;
// The head of an object stands within a few words: "socialise the attached framework".
const OBJECT_REACH = 4;
const wordSets = new WeakMap<readonly string[], Set<string>>();
function wordSetOf(words: readonly string[]): Set<string> {
  let set = wordSets.get(words);
  if (!set) {
    set = new Set(words.map((w) => normalizeWord(w)));
    wordSets.set(words, set);
  }
  return set;
}

/** A topic word, or its possessive ("the engine's flywheel"). */
const isTopic = (topic: ReadonlySet<string>, token: Token) =>
  topic.has(token.norm) || (token.norm.endsWith("'s") && topic.has(token.norm.slice(0, -2)));

/** True when one of `words` stands in the match's sentence, within `back` words before it or `ahead` after. */
function sentenceHas(
  text: string,
  tokens: readonly Token[],
  match: PhraseMatch,
  words: readonly string[],
  back: number,
  ahead: number,
): boolean {
  const topic = wordSetOf(words);
  for (let k = match.first - 1, steps = 0; k >= 0 && steps < back; k--, steps++) {
    if (!sameSentence(text, tokens[k]!.end, tokens[k + 1]!.start)) break;
    if (isTopic(topic, tokens[k]!)) return true;
  }
  for (let k = match.last, steps = 0; k < tokens.length && steps < ahead; k++, steps++) {
    if (!sameSentence(text, tokens[k - 1]!.end, tokens[k]!.start)) break;
    if (isTopic(topic, tokens[k]!)) return true;
  }
  return false;
}

// How far a paragraph's topic word may stand from the match, in words each way. The detector sees one
// paragraph (or one unit of a very long one) at a time; the reach bounds the work on a wall of text.
const PARAGRAPH_REACH = 80;

/**
 * True when one of `words` stands in the match's paragraph, up to PARAGRAPH_REACH words either side:
 * a topic told in the sentence before ("We're moving your line to a new fibre card. Your bandwidth
 * will be unaffected") makes the word as literal as one told in its own sentence.
 */
function paragraphHas(tokens: readonly Token[], match: PhraseMatch, words: readonly string[]): boolean {
  const topic = wordSetOf(words);
  const from = Math.max(0, match.first - PARAGRAPH_REACH);
  const to = Math.min(tokens.length, match.last + PARAGRAPH_REACH);
  const counts = tokens.length > LONG_PARAGRAPH ? topicCounts(tokens, topic) : undefined;
  if (counts) return counts[match.first]! - counts[from]! + counts[to]! - counts[match.last]! > 0;
  for (let k = from; k < to; k++) {
    if ((k < match.first || k >= match.last) && isTopic(topic, tokens[k]!)) return true;
  }
  return false;
}

// A paragraph this long is worth an index once asked often; a shorter one is scanned, with no bookkeeping.
const LONG_PARAGRAPH = 4 * PARAGRAPH_REACH;

/** How often a paragraph's tokens were asked about one topic list, and, once worth it, its running counts. */
interface TopicIndex {
  asked: number;
  counts?: Uint32Array;
}
const topicIndexes = new WeakMap<readonly Token[], Map<ReadonlySet<string>, TopicIndex>>();

/**
 * The number of topic words before each token of the paragraph, once the windows asked about would cover
 * the paragraph twice: a wall of text with a match every few words asks about overlapping windows, and
 * counted once, each window is two subtractions. Until then each window is scanned.
 */
function topicCounts(tokens: readonly Token[], topic: ReadonlySet<string>): Uint32Array | undefined {
  let byTopic = topicIndexes.get(tokens);
  if (!byTopic) topicIndexes.set(tokens, (byTopic = new Map()));
  let index = byTopic.get(topic);
  if (!index) byTopic.set(topic, (index = { asked: 0 }));
  if (index.counts || ++index.asked * 2 * PARAGRAPH_REACH < 2 * tokens.length) return index.counts;
  const counts = new Uint32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) counts[k + 1] = counts[k]! + (isTopic(topic, tokens[k]!) ? 1 : 0);
  index.counts = counts;
  return counts;
}

/** "digital-first": a hyphen joins every pair of matched words (a phrase of one word never is). */
function hyphenated(text: string, tokens: readonly Token[], match: PhraseMatch): boolean {
  if (match.last - match.first < 2) return false;
  for (let k = match.first; k < match.last - 1; k++) {
    if (!/^[-\u2010\u2011]$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
  }
  return true;
}

// A tag test reads the next word only on the same line: across a line break it may be a signature's
// job title or a list item, which the tagger reads as one run-on sentence.
// A currency sign belongs to the word after it ("now only $49"), so it may stand in the gap too.
const sameLine = (text: string, from: number, to: number) => /^[ \t\u00a0-]*[$£€¥]?$/.test(text.slice(from, to));

const needsTagger = (c: Condition) => 'tag' in c || 'tagBefore' in c || 'tagAfter' in c;

/** Whether the rule's context conditions let this match stand. */
export function contextAllows(
  text: string,
  tokens: readonly Token[],
  match: PhraseMatch,
  rule: PhraseSpec,
  tagsAt: TagLookup,
): boolean {
  if (rule.skipIf && anyHolds(text, tokens, match, rule.skipIf, tagsAt)) return false;
  if (rule.flagIf && !anyHolds(text, tokens, match, rule.flagIf, tagsAt)) return false;
  return true;
}

function anyHolds(
  text: string,
  tokens: readonly Token[],
  match: PhraseMatch,
  conditions: readonly Condition[],
  tagsAt: TagLookup,
): boolean {
  for (const c of cheapFirst(conditions)) if (conditionHolds(text, tokens, match, c, tagsAt)) return true;
  return false;
}

// Neighbour tests first: they are free, a tag test reads the tagger. Ordered once per list.
const ordered = new WeakMap<readonly Condition[], Condition[]>();
function cheapFirst(list: readonly Condition[]): Condition[] {
  let sorted = ordered.get(list);
  if (!sorted) {
    sorted = [...list].sort((a, b) => Number(needsTagger(a)) - Number(needsTagger(b)));
    ordered.set(list, sorted);
  }
  return sorted;
}
