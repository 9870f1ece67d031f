import type { Condition, PhraseSpec, ResolvedRule } from './ruleset';
import { inflections } from './inflect';
import { joinsPhrase, phraseWords, type Token } from './tokens';

/** A phrase found in the text, before context conditions are checked. */
export interface PhraseMatch {
  rule: ResolvedRule;
  /** Index of the first and one past the last matched token. */
  first: number;
  last: number;
  /** Text of the words that stood for `*`, in order. */
  wildcards: string[];
  /** Per matched word: true when it matched as an inflected form ("leveraging" for "leverage"). */
  inflectedAt: boolean[];
  rank: number;
}

interface Terminal {
  rule: ResolvedRule;
  inflect: boolean;
  /** Position of the rule in merge order: a later pack wins a tie over the same words. */
  rank: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  any?: TrieNode;
  ends: Terminal[];
}

const node = (): TrieNode => ({ next: new Map(), ends: [] });

const FUNCTION_WORDS = new Set(
  [
    'a an the at in on of to for from by with and or but nor so as if than then that this these those',
    'it its is are was were be been am i we you he she they me us him her them my our your his their not no',
  ]
    .join(' ')
    .split(' '),
);

/**
 * All phrase rules compiled into one word trie. Inflected forms map back to their base word, so a
 * walk costs the same however many forms the rules allow; a walk is at most 8 words deep.
 */
export class PhraseMatcher {
  private readonly root = node();
  private readonly bases = new Map<string, string[]>();

  constructor(rules: ResolvedRule[]) {
    rules.forEach((rule, rank) => {
      if (!rule.phrase) return;
      const inflect = rule.phrase.inflect !== false;
      for (const phrase of rule.phrase.phrases) this.add(phraseWordsWithWildcards(phrase), { rule, inflect, rank });
    });
  }

  private add(words: string[], terminal: Terminal) {
    let at = this.root;
    for (const word of words) {
      if (word === '*') {
        at = at.any ??= node();
        continue;
      }
      let child = at.next.get(word);
      if (!child) at.next.set(word, (child = node()));
      at = child;
      for (const form of inflections(word)) {
        if (form === word) continue;
        const list = this.bases.get(form) ?? [];
        if (!list.includes(word)) this.bases.set(form, [...list, word]);
      }
    }
    if (!at.ends.some((t) => t.rule === terminal.rule)) at.ends.push(terminal);
  }

  /** Every phrase occurrence starting at any token; overlapping ones included. */
  match(text: string, tokens: readonly Token[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    const walk = (at: TrieNode, i: number, first: number, inflectedAt: boolean[], wildcards: string[]) => {
      const inflected = inflectedAt.includes(true);
      for (const end of at.ends) {
        if (end.inflect || !inflected)
          found.push({ rule: end.rule, first, last: i, wildcards, inflectedAt, rank: end.rank });
      }
      const token = tokens[i];
      if (!token || (i > first && !joinsPhrase(text, tokens[i - 1]!, token))) return;
      const exact = at.next.get(token.norm);
      if (exact) walk(exact, i + 1, first, [...inflectedAt, false], wildcards);
      for (const base of this.bases.get(token.norm) ?? []) {
        const child = at.next.get(base);
        if (child) walk(child, i + 1, first, [...inflectedAt, true], wildcards);
      }
      // `*` stands for a content word: "At Centric Software" is not an "at-centric" anything.
      if (at.any && !FUNCTION_WORDS.has(token.norm)) {
        walk(at.any, i + 1, first, [...inflectedAt, false], [...wildcards, text.slice(token.start, token.end)]);
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      // Most words start no phrase: test before allocating anything for the walk.
      const norm = tokens[i]!.norm;
      if (this.root.any || this.root.next.has(norm) || this.bases.has(norm)) walk(this.root, i, i, [], []);
    }
    return found;
  }
}

function phraseWordsWithWildcards(phrase: string): string[] {
  return phrase
    .split(/[\s-]+/)
    .filter(Boolean)
    .flatMap((part) => (part === '*' ? ['*'] : phraseWords(part)));
}

/** Nothing but spaces (a hard-wrapped line break included) between two neighbouring words: same sentence. */
const sameSentence = (text: string, from: number, to: number) => !/[.!?;:()]|\n\s*\n/.test(text.slice(from, to));

/** True when the words of one of `phrases` stand right before (or after) the match, in the same sentence. */
function neighbourIs(
  text: string,
  tokens: readonly Token[],
  match: PhraseMatch,
  phrases: string[],
  side: 'before' | 'after',
) {
  return phrases.some((phrase) => {
    const words = phraseWords(phrase);
    const from = side === 'before' ? match.first - words.length : match.last;
    if (from < 0 || from + words.length > tokens.length) return false;
    for (let k = 0; k < words.length; k++) {
      const norm = tokens[from + k]!.norm;
      // "the pond's ecosystem": a possessive stands for its word, so "pond" in a list covers it.
      if (norm !== words[k] && norm !== `${words[k]}'s`) return false;
    }
    const [gapStart, gapEnd] =
      side === 'before'
        ? [tokens[match.first - 1]!.end, tokens[match.first]!.start]
        : [tokens[match.last - 1]!.end, tokens[match.last]!.start];
    return sameSentence(text, gapStart, gapEnd);
  });
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
  if ('tagAfter' in condition) {
    const next = tokens[match.last];
    return (
      !!next && sameLine(text, tokens[match.last - 1]!.end, next.start) && tagsAt(next.start).has(condition.tagAfter)
    );
  }
  return tagsAt(tokens[match.first]!.start).has(condition.tag);
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
  // Neighbour tests first: they are free, the tag test runs compromise on the sentence.
  const order = (list: Condition[]) => [...list].sort((a, b) => Number(needsTagger(a)) - Number(needsTagger(b)));
  if (rule.skipIf && order(rule.skipIf).some((c) => conditionHolds(text, tokens, match, c, tagsAt))) return false;
  if (rule.flagIf && !order(rule.flagIf).some((c) => conditionHolds(text, tokens, match, c, tagsAt))) return false;
  return true;
}
