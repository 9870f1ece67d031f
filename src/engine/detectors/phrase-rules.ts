import { inflectionOf, inflectLike, isKnownWord } from '../grammar';
import { matchCase } from '../letter-case';
import type { TextDetector } from '../detector';
import { makeFinding } from '../finding';
import { cachedIn } from '../memo';
import { KINDS } from '../kinds';
import { isQuotedBack } from '../quoted-back';
import { contextAllows, type PhraseMatch, PhraseMatcher } from '../phrase-matcher';
import type { ResolvedRule } from '../ruleset';
import type { Token } from '../tokens';
import type { Suggestion } from '../types';

function fillWildcards(replacement: string, wildcards: readonly string[]): string | undefined {
  let complete = true;
  const filled = replacement.replace(/\$(\d)/g, (_, n: string) => {
    const word = wildcards[Number(n) - 1];
    if (word === undefined) complete = false;
    return word?.toLowerCase() ?? '';
  });
  return complete ? filled : undefined;
}

const BUILTIN_PREFIX = 'default/';

const capitalised = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);

// Title Case leaves these small words in lower case.
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'as',
]);

/** Whether the line holding `text[at]` is a headline; asked once per line (see `headlines`). */
type HeadlineTest = (at: number) => boolean;

/** `isHeadline` for one text, remembered per line: every capitalised match on a long line asks it. */
function headlines(text: string): HeadlineTest {
  const known = new Map<number, boolean>();
  return (at) => {
    const from = text.lastIndexOf('\n', at) + 1;
    let headline = known.get(from);
    if (headline === undefined) known.set(from, (headline = isHeadline(text, from)));
    return headline;
  };
}

/** Whether the line starting at `from` is a headline: five or more words, most of them capitalised. */
function isHeadline(text: string, from: number): boolean {
  const to = text.indexOf('\n', from);
  const words = (text.slice(from, to < 0 ? text.length : to).match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter(
    (w) => !SMALL_WORDS.has(w),
  );
  return words.length >= 5 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

const DESCRIBING = new Set(['our', 'your', 'their', 'my', 'a', 'an']);

/**
 * Whether a Title Case match follows "our" or "a", read back over a capitalised adjective or two in
 * a list: "our Proven, End-To-End Methodology", "a Bold, Seamless Experience".
 */
function describedAfter(text: string, tokens: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    const token = tokens[i]!;
    if (DESCRIBING.has(token.norm)) return true;
    const gap = text.slice(token.end, tokens[i + 1]!.start);
    if (!capitalised(text.slice(token.start, token.end)) || !/^,?[ \t]+$/.test(gap)) return false;
  }
  return false;
}

const COMPANY_ENDINGS = new Set(['ltd', 'limited', 'inc', 'llc', 'llp', 'plc', 'co', 'group', 'partners', 'gmbh']);

/** Whether the capitalised words right after `from` run into a company's ending ("Cleaning Ltd"). */
function companyFollows(text: string, tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 4); i++) {
    const token = tokens[i]!;
    if (COMPANY_ENDINGS.has(token.norm)) return true;
    if (!capitalised(text.slice(token.start, token.end))) return false;
  }
  return false;
}

/** Whether one or two capitalised dictionary words follow, and then the capitals stop. */
function dictionaryRunAfter(text: string, tokens: readonly Token[], from: number): boolean {
  let run = 0;
  for (let i = from; i < tokens.length && run <= 2; i++) {
    const token = tokens[i]!;
    const word = text.slice(token.start, token.end);
    if (!joined(text, tokens[i - 1]!, token) || !capitalised(word)) break;
    if (!isKnownWord(word.toLowerCase())) return false;
    run++;
  }
  return run >= 1 && run <= 2;
}

const YEAR = /^(?:19|20)\d\d$/;
const ACRONYM = /^\p{Lu}{2,}$/u;
// The small words a title keeps in lower case between its capitalised ones.
// Not "and": jargon is listed in Title Case ("Customer Obsession, Operational Excellence and Digital-First").
const TITLE_LINKS = new Set(['for', 'of', 'in', 'on', 'at']);

/** Whether the token at `at` is a title's small word followed, a space on each side, by a capitalised word. */
function runsOnAfterSmallWord(text: string, tokens: readonly Token[], at: number): boolean {
  const link = tokens[at];
  const after = tokens[at + 1];
  if (!link || !after || !TITLE_LINKS.has(text.slice(link.start, link.end))) return false;
  const spaced = (a: Token, b: Token) => /^[ \t]$/.test(text.slice(a.end, b.start));
  return spaced(tokens[at - 1]!, link) && spaced(link, after) && capitalised(text.slice(after.start, after.end));
}

/** Only spaces, "&" or a hyphen between two words: they read as one name. */
const joined = (text: string, a: Token, b: Token) => /^[ \t\u00a0&-]*$/.test(text.slice(a.end, b.start));

/**
 * "Synergy Physiotherapy", "Apex Talent Solutions": a match in Title Case next to another Title
 * Case word on the same line is part of a name, not the writer's jargon. At the start of a
 * sentence only a capitalised word after it counts ("Synergy Partners called", not "Synergy is key").
 * A line written in Title Case throughout is a headline or an advert, where capitals name nothing.
 */
function inName(text: string, tokens: readonly Token[], m: PhraseMatch, isHeadline: HeadlineTest): boolean {
  const words = tokens.slice(m.first, m.last);
  if (!words.every((t) => capitalised(text.slice(t.start, t.end)))) return false;
  // "Location: Synergy Physio Ltd, 12 Bank Street": a run that ends like a company is a name, even on a
  // line whose capitals would otherwise make it a headline.
  if (companyFollows(text, tokens, m.last)) return true;
  if (isHeadline(tokens[m.first]!.start)) return false;
  const next = tokens[m.last];
  const nextWord = next && joined(text, tokens[m.last - 1]!, next) ? text.slice(next.start, next.end) : '';
  // "our Digital-First 2025 initiative", "Vision 2030": a year makes the capitals a programme's name.
  if (YEAR.test(nextWord)) return true;
  // "our World Class Team", "a Customer Centric Approach": a listed phrase of two or more words after
  // "our" or "a" is described in capitals, not named ("the Thought Leader Awards" is a name). A run that
  // ends like a company ("a World Class Cleaning Ltd") was taken as a name above.
  const described = describedAfter(text, tokens, m.first);
  if (m.last - m.first >= 2 && described) return false;
  // "a Seamless Experience", "our Best-In-Class Service": one listed word, then a word or two of the
  // dictionary in the same capitals, after "a" or "our", is a description set in Title Case. A name
  // has a word of its own ("our Synergex Portal").
  if (described && dictionaryRunAfter(text, tokens, m.last)) return false;
  // "the Synergy 3000 rowing machine": a model number makes the capitalised word a product's name, and
  // so does a capitalised word after it, or mid-sentence an acronym ("the Synergy HR system"; not
  // "Leverage AI to…", a verb that starts its sentence).
  if (capitalised(nextWord) || /^\d/.test(nextWord)) return true;
  if (ACRONYM.test(nextWord) && !startsSentence(text, tokens, m.first)) return true;
  // "Growth Mindset for Managers", "Centre of Excellence for Advanced Materials": Title Case that runs on
  // over a small word into another capitalised word is the title of a course, a unit or an event.
  if (runsOnAfterSmallWord(text, tokens, m.last)) return true;
  const previous = tokens[m.first - 1];
  if (!previous || !joined(text, previous, tokens[m.first]!) || !capitalised(text.slice(previous.start, previous.end)))
    return false;
  // The word before is capitalised: a name, unless it only starts the sentence ("Our Solutions team").
  return !startsSentence(text, tokens, m.first - 1);
}

/** Whether the token at `at` starts its sentence or line. */
function startsSentence(text: string, tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return !before || /[.!?:\n]\s*$/.test(text.slice(before.end, tokens[at]!.start));
}

const OPENING_QUOTES = `"'“‘«\``;
const CLOSING_QUOTES = `"'”’»\``;
// "the word synergy", "the term 'best-in-class'": the phrase is talked about, not used.
const NAMED_AS_A_WORD = /\b(?:words?|terms?|phrases?|buzzwords?|jargon|name|brand\s+name|trademark)\s*[:"'“‘«`]?\s*$/i;

// "calling it seamless will only bring tickets", "it's a stretch to call our onboarding best-in-class": the act
// of naming, talked about, not done. ("We call it seamless onboarding" and "testers are calling it a
// game-changer" name it, and are flagged.)
const NAMING_TALKED_ABOUT = new RegExp(
  String.raw`\b(?:(?<!\b(?:am|is|are|was|were|be|been|keep|keeps|kept)\s+|['’](?:re|s|m)\s+)calling|to\s+call)\s+` +
    String.raw`(?:it|this|that|them|these|those|(?:the|our|your|their)\s+[\p{L}-]+)\s+(?:an?\s+)?$`,
  'iu',
);

// "don't write 'synergy'", "avoid ‘best-in-class’": a verb that talks about words, before the quote.
const WORD_VERBS = [
  'write|writing|wrote|say|saying|said|use|using|used|avoid|avoiding|avoided|drop|dropped|ban|banned|stop',
  'says|writes|reads|call|calls|called|calling|dubbed|termed|known as|mean|means',
  'take out|taken out|took out|taking out',
  'remove|removed|removing|cut|cutting',
  'delete|deleted|replace|replaced|replacing',
  'describe|described|describing|label|labelled|labeled|labelling|labeling',
  // Edits that take a word out of a draft: "strip 'synergy' from the deck", "can we lose the 'best-in-class' line?"
  'strip|stripped|stripping|kill|killed|killing|ditch|ditched|ditching|scrap|scrapped|scrapping|lose|losing',
  'get rid of|got rid of|getting rid of|reword|reworded|rephrase|rephrased|rewrite|rewrote|tone down|toned down',
].join('|');
const TALKS_ABOUT = new RegExp(String.raw`\b(?:${WORD_VERBS}|instead\s+of|rather\s+than|not)\b[^.!?\n]{0,20}$`, 'i');

// '"leverage" (try "use")', '"synergy" → "working together"': a quoted phrase given its replacement.
const REPLACED_BY = /^\s*(?:\(\s*(?:try|use|say|write|or\s+just|instead)\b|(?:→|->|=>)\s*["'“‘])/i;
// "take 'transformational' out of the cover page", "keep 'synergy' out", "'seamless' off the homepage": the
// quoted phrase is what an edit moves. ("Out of the box" or "out-of-hours" after it still describes something.)
const EDITED_OUT = /^\s+(?:out(?![\w-])(?!\s+of\s+the\s+box\b)|off\s+(?:the|our|your|this|that|every|all)\s)/i;

// "…and 'synergy' will just get us a question", '"Best-in-class" sounds like puffery': a quoted phrase that is
// the subject of a verb is the word itself, talked about, wherever the sentence has got to; an adverb may stand
// between them ("what 'AI-native' actually means").
const SUBJECT_OF = new RegExp(
  String.raw`^\s+(?:(?:actually|really|even|still|always|usually|often|ever|simply|honestly)\s+)?` +
    String.raw`(?:is|was|will|would|sounds?|reads?|means?|gets?|just|doesn't|isn't|won't|can|could|should` +
    String.raw`|has|comes?\s+across|feels?|looks?|may|might` +
    // "I know 'circle back' drives you up the wall": what the word does to people.
    String.raw`|drives|annoys|irritates|grates|bugs|bothers|makes|puts|turns|winds|rubs|triggers|raises)\b`,
  'i',
);

// "No 'synergy', no 'world-class', no 'seamless'", "remove 'synergy', 'best-in-class' and 'holistic'": a run of
// quoted phrases is a list of words, whatever introduced it. A phrase used in scare quotes stands alone.
const QUOTED_BEFORE = /["'”’»`]\s*(?:,\s*|\s+)(?:(?:and|or|nor|no)\s+)*$/i;
const QUOTED_AFTER = /^\s*(?:,\s*|\s+)(?:(?:and|or|nor|no)\s+)*["'“‘«`]/i;

// 'You asked what "seamless sync" on our pricing page actually means', 'By "seamless" we mean…': a phrase
// whose meaning is the question, however many words stand between it and "means".
// ("…what you meant by 'paradigm shift'" asks it with the verb first.)
const MEANING_ASKED_BEFORE = /\b(?:what|by)\s*$/i;
const MEANT_BY = /\bmean(?:s|t)?\s+by\s*$/i;
const MEANING_ASKED_AFTER = /^[^.!?\n,;]{0,60}?\bmean(?:s|t)?\b/i;

const LISTED_AS_WORDS = /\b(?:words|phrases|terms|buzzwords|jargon)\s+(?:like|such\s+as)\s[^.!?\n]{0,100}$/i;

// "Growth mindset: the idea that ability grows with practice", "Synergy is just a fancy word for working
// together": a term explained to the reader is talked about, not used. The term opens its line or sentence (a
// word or two may come first: "Learning journey: just means…"), and what follows it defines it. Without a colon
// only a definition that says so counts: "Digital transformation means rethinking…" still uses the phrase.
const TERM_OPENS = /(?:^|[.!?]\s+|\n[ \t]*(?:(?:[-*•]|\d+[.)])[ \t]+)?)(?<before>(?:[\p{L}'’-]+[ \t]+){0,2})$/u;
const NAMES_A_WORD =
  String.raw`(?:(?:an?|the|our)\s+(?:[\w-]+\s+){0,2}?(?:word|term|name|phrase|buzzword|label)|jargon|shorthand)` +
  String.raw`\s+for`;
const DEFINED_AFTER_COLON = new RegExp(
  String.raw`^\s*(?::|\s[-–—])\s*(?:(?:just|simply|basically|really|only)\s+)?(?:means|meaning|refers\s+to` +
    String.raw`|stands\s+for|the\s+(?:idea|notion|belief|practice|principle)\s+(?:that|of)|${NAMES_A_WORD})\b`,
  'i',
);
const DEFINED_IN_SENTENCE = new RegExp(
  String.raw`^\s+(?:(?:just|simply|basically|really|only)\s+means|refers\s+to|stands\s+for` +
    String.raw`|(?:is|are)\s+(?:(?:just|simply|basically|really|only)\s+)?(?:${NAMES_A_WORD}` +
    String.raw`|(?:an?|another)\s+(?:[\w-]+\s+)?way\s+of\s+saying))\b`,
  'i',
);

/** Whether the phrase is a term the writer defines: it opens its line or sentence, and a definition follows. */
function isDefined(text: string, start: number, end: number): boolean {
  // What follows is read first: it rules out nearly every match at its first character.
  const after = text.slice(end, end + 60);
  const afterColon = DEFINED_AFTER_COLON.test(after);
  if (!afterColon && !DEFINED_IN_SENTENCE.test(after)) return false;
  const opens = TERM_OPENS.exec(text.slice(Math.max(0, start - 40), start));
  if (!opens) return false;
  // In a sentence, one word of the term may come first ("Customer journey refers to…"); two are a clause ("We
  // think synergy is a word for…").
  return afterColon || (opens.groups!.before!.match(/\S+/g)?.length ?? 0) <= 1;
}

/**
 * 'our roundtable, "Content That Moves the Needle"', 'the report "Unlocking Synergies in Retail"': a quoted
 * run of three or more words in Title Case is the name of a talk, an event or a report.
 */
function isTitle(quoted: string): boolean {
  const words = quoted.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 3 && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && SMALL_WORDS.has(w)));
}

/**
 * A phrase mentioned rather than used: introduced as a word ("the word synergy"), or quoted on its
 * own after a verb that talks about words ("please don't write 'synergy' in the deck") or as the
 * subject that opens a sentence ('"Synergy" is already a trademark'), or named in a quoted title, or inside
 * someone else's words quoted back after "says", "wrote" or "promised", or defined for the reader
 * ("Growth mindset: the idea that…"). The writer is already on the reader's side. A quoted phrase that
 * still describes something ('our "best of breed" tools') is used, and flagged.
 */
function isMention(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 40), start);
  if (NAMED_AS_A_WORD.test(lead.slice(-20)) || NAMING_TALKED_ABOUT.test(lead)) return true;
  if (isDefined(text, start, end)) return true;
  if (isQuotedBack(text, start, end) || inOthersQuotation(text, start, end)) return true;
  const quote = quotedAround(text, start, end);
  if (!quote) return false;
  if (isTitle(text.slice(quote.start, quote.end))) return true;
  // A quoted phrase that opens its sentence is its subject, talked about: '"Synergy" is already registered'.
  // One in a quoted list after "words like" is named as a word: "words like 'leverage', 'synergy' and…".
  const unquoted = text.slice(Math.max(0, quote.start - 40), quote.start - 1);
  return (
    TALKS_ABOUT.test(unquoted) ||
    REPLACED_BY.test(text.slice(quote.end + 1, quote.end + 24)) ||
    EDITED_OUT.test(text.slice(quote.end + 1, quote.end + 24)) ||
    SUBJECT_OF.test(text.slice(quote.end + 1, quote.end + 24)) ||
    /(?:^|[.!?:]\s+|\n\s*)$/.test(unquoted) ||
    QUOTED_BEFORE.test(unquoted) ||
    QUOTED_AFTER.test(text.slice(quote.end + 1, quote.end + 12)) ||
    (MEANING_ASKED_BEFORE.test(unquoted) && MEANING_ASKED_AFTER.test(text.slice(quote.end + 1, quote.end + 62))) ||
    MEANT_BY.test(unquoted) ||
    LISTED_AS_WORDS.test(text.slice(Math.max(0, quote.start - 120), quote.start))
  );
}

// How far back on its line a quotation's opening mark is looked for; a longer line is not read as quoted.
const QUOTATION_REACH = 600;
// The writer's own words in quotes, by what stands before the quote: their thing ('our "best of breed"
// tools', 'our roundtable, "content that…"'), their tagline ('our tagline is "…"').
const OWN_BEFORE = /\b(?:our|my)\s+(?:[\p{L}-]+,?\s+){0,3}$/iu;
// Or by the clause the quote stands in, when the writer is its subject ('We deliver what "best-in-class"
// teams expect'), or by whom it is for ('It is a "Game Changer" for us').
const CLAUSE_BREAK = /[.!?;:]\s+|,?\s+(?:and|but|so)\s+/g;
const WRITER_FIRST = /^\W*(?:we|our|i|my)\b/i;
const FOR_US = /^[^.!?\n]{0,20}?\b(?:for|to|by)\s+us\b/i;

/**
 * Inside a quotation on its line that is not the writer's own phrase: 'You've written "synergy" five
 * times', 'it says "rockstar", "ninja" and "fast-paced, disruptive environment"', '"Results-driven
 * thought leader…" could describe anyone', 'my branch is closing as part of a "customer-centric
 * transformation"'. Jargon in double quotes is nearly always someone's words shown to the reader
 * (labellers marked one such phrase in 8,491 training emails, a webinar's title), and the writer is
 * already on the reader's side about them. Straight quotes count by their parity from the line's start.
 */
function inOthersQuotation(text: string, start: number, end: number): boolean {
  // Both ends of the line looked for within reach only: a megabyte on one line costs no more per match.
  const reach = text.slice(Math.max(0, start - QUOTATION_REACH - 1), start);
  const newline = reach.lastIndexOf('\n');
  if (newline < 0 && start > QUOTATION_REACH) return false;
  const before = reach.slice(newline + 1);
  const ahead = text.slice(end, end + QUOTATION_REACH);
  const after = ahead.slice(0, ahead.includes('\n') ? ahead.indexOf('\n') : undefined);
  let opening = -1;
  let closing = -1;
  if ((before.match(/"/g)?.length ?? 0) % 2 === 1) [opening, closing] = [before.lastIndexOf('"'), after.indexOf('"')];
  else if (before.lastIndexOf('“') > before.lastIndexOf('”'))
    [opening, closing] = [before.lastIndexOf('“'), after.indexOf('”')];
  if (opening < 0 || closing < 0) return false;
  const lead = before.slice(0, opening);
  const clause = lead.slice(Math.max(0, ...[...lead.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length)));
  return !OWN_BEFORE.test(lead.slice(-60)) && !WRITER_FIRST.test(clause) && !FOR_US.test(after.slice(closing + 1));
}

// Words, spaces and hyphens: all a short quoted phrase holds besides the match.
const PHRASE_CHAR = /[\p{L}\p{N} \t-]/u;
// How far a quote may stand from the match, either side.
const QUOTE_REACH = 30;

/**
 * The quoted phrase the match sits in ('low-hanging' in "'low-hanging fruit'"), as the offsets just inside
 * its quotes, or undefined. An opening quote follows no letter and a closing one is followed by none, so
 * "the client's" holds no quote.
 */
function quotedAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let from = -1;
  for (let i = start - 1; i >= Math.max(0, start - QUOTE_REACH); i--) {
    if (OPENING_QUOTES.includes(text[i]!) && !/\p{L}/u.test(text[i - 1] ?? '')) {
      from = i + 1;
      break;
    }
    if (!PHRASE_CHAR.test(text[i]!)) return undefined;
  }
  if (from < 0) return undefined;
  for (let j = end; j < Math.min(text.length, end + QUOTE_REACH); j++) {
    if (CLOSING_QUOTES.includes(text[j]!) && !/\p{L}/u.test(text[j + 1] ?? '')) return { start: from, end: j };
    if (!PHRASE_CHAR.test(text[j]!)) return undefined;
  }
  return undefined;
}

// Rewrites fitted per rule, by the words matched (and which of them a wildcard or an inflection took) and the
// article before them: a long paste repeats a phrase thousands of times, and inflecting and re-casing it each
// time was a sixth of the phrase rules' work there. Findings share the list (nothing downstream changes one).
const fittedByRule = new WeakMap<ResolvedRule, Map<string, Suggestion[]>>();
const FITTED_PER_RULE = 500;

/** The rule's suggestions fitted to the match: wildcards filled in, same -s/-ed/-ing form, same capitals. */
function fittedSuggestions(text: string, tokens: readonly Token[], m: PhraseMatch): Suggestion[] {
  if (!m.rule.suggestions.length) return [];
  const original = text.slice(tokens[m.first]!.start, tokens[m.last - 1]!.end);
  const determiner = determinerBefore(text, tokens, m);
  let known = fittedByRule.get(m.rule);
  if (!known) fittedByRule.set(m.rule, (known = new Map()));
  const key = [determiner ?? '', m.inflectedAt.join(), m.wildcards.join('\u0001'), original].join('\u0000');
  return cachedIn(known, FITTED_PER_RULE, key, () => fitted(original, determiner, tokens, m));
}

/** The rule's suggestions fitted to `original`, the words of `m`. */
function fitted(original: string, determiner: string | undefined, tokens: readonly Token[], m: PhraseMatch) {
  const lastIndex = m.last - m.first - 1;
  const firstForm = m.inflectedAt[0] ? inflectionOf(tokens[m.first]!.norm) : undefined;
  const lastForm = m.inflectedAt[lastIndex] ? inflectionOf(tokens[m.last - 1]!.norm) : undefined;
  return m.rule.suggestions.flatMap((s) => {
    const filled = fillWildcards(s.replacement, m.wildcards);
    if (filled === undefined) return [];
    const inflected = firstForm || lastForm ? inflectLike(filled, firstForm, lastForm) : filled;
    // "with your key stakeholders" → "with your the people involved": the draft's own word stays, not the rewrite's.
    const fitted = determiner ? inflected.replace(LEADING_ARTICLE, '') : inflected;
    // "an innovative app" → "an new app": a rewrite must fit the article left in front of it.
    if ((determiner === 'a' || determiner === 'an') && (determiner === 'an') !== TAKES_AN.test(fitted)) return [];
    return [{ ...s, replacement: matchCase(original, fitted) }];
  });
}

// Words said with a vowel sound first, which take "an": "an original", "an hour"; not "a unique", "a one-off",
// "a European".
const TAKES_AN = /^(?:a|e(?!u)|i|o(?!ne\b|nce\b)|u(?!ni|s[eu]|ti|r[aeiou])|hour|honest|honou?r|heir)/i;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
const DETERMINERS = new Set(['a', 'an', 'the', 'your', 'our', 'their', 'my', 'his', 'her', 'its', 'this', 'that']);

/** The article or possessive right before the match ("a", "your"), or undefined. */
function determinerBefore(text: string, tokens: readonly Token[], m: PhraseMatch): string | undefined {
  const before = tokens[m.first - 1];
  if (!before || !DETERMINERS.has(before.norm)) return undefined;
  return /^\s+$/.test(text.slice(before.end, tokens[m.first]!.start)) ? before.norm : undefined;
}

/**
 * The earliest, then longest, of overlapping matches that `accept` takes, start word by start word
 * (`from` gives a word's matches, longest first); never one that overlaps `taken` (matches already
 * chosen, in order). Words inside a chosen match are not walked from, and the overlap is tested
 * before `accept`, which reads the match's context: in a dense stretch, or under a pack of
 * overlapping phrases, most candidates are never looked at.
 */
function pickNonOverlapping(
  words: number,
  from: (i: number) => readonly PhraseMatch[],
  accept: (m: PhraseMatch) => boolean,
  taken: readonly PhraseMatch[] = [],
): PhraseMatch[] {
  const picked: PhraseMatch[] = [];
  // The first taken match that ends after the current word only moves forward.
  let next = 0;
  for (let i = 0; i < words; i = Math.max(i + 1, picked.at(-1)?.last ?? 0)) {
    for (const m of from(i)) {
      while (next < taken.length && taken[next]!.last <= m.first) next++;
      if ((next < taken.length && taken[next]!.first < m.last) || !accept(m)) continue;
      picked.push(m);
      break;
    }
  }
  return picked;
}

// What may stand between a doubtful word and the sure buzzword it leans on: nothing, a comma, "and", "or".
const COORDINATED = /^(?:\s*,?\s*(?:(?:and|or|&)\s+)?)$/i;

/**
 * Whether a sure buzzword stands right beside `m`, modifying it or listed with it: "robust, best-in-class",
 * "unlock efficiencies at scale". Words further off may be about something else. `sure` is in order and
 * never overlaps `m`, so only its nearest match on either side can stand beside it: found by halving, so
 * that a draft of nothing but buzzwords costs no more than one per match.
 */
function besideJargon(text: string, tokens: readonly Token[], m: PhraseMatch, sure: readonly PhraseMatch[]): boolean {
  let lo = 0;
  let hi = sure.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sure[mid]!.first < m.last) lo = mid + 1;
    else hi = mid;
  }
  const beside = (a: PhraseMatch, b: PhraseMatch) =>
    COORDINATED.test(text.slice(tokens[a.last - 1]!.end, tokens[b.first]!.start));
  const before = sure[lo - 1];
  const after = sure[lo];
  return (
    (!!before && before.rule.kind === 'buzzword' && before.last <= m.first && beside(before, m)) ||
    (!!after && after.rule.kind === 'buzzword' && beside(m, after))
  );
}

const inOrder = (a: PhraseMatch, b: PhraseMatch) => a.first - b.first || b.last - a.last || b.rank - a.rank;

/**
 * Every phrase rule of every pack, whatever its kind, compiled into one word trie per ruleset.
 * Where matches overlap, a locked rule's wins; otherwise the earliest and then the longest, and
 * between rules on the same words the later pack's rule (a team's own wording).
 */
export const phraseRules: TextDetector<PhraseMatcher> = {
  id: 'phrases',
  kinds: KINDS,
  scope: 'paragraph',
  reads: { phraseRules: true },
  prepare: (ruleset) => new PhraseMatcher(ruleset.rules),
  detect({ text, tokens, tagsAt, wordTagsAt }, matcher) {
    // The built-in pack's few conditions get sentence tagging; a team pack's read the dictionary, so
    // that no pack (2,000 rules on "the" and "and") can make every sentence cost a tagger run.
    const tagsFor = (m: PhraseMatch) => (m.rule.id.startsWith(BUILTIN_PREFIX) ? tagsAt : wordTagsAt);
    // A match stands when its words are no name, its context allows it and it is used, not mentioned.
    const headline = headlines(text);
    const stands = (m: PhraseMatch) =>
      (!m.rule.phrase ||
        (!inName(text, tokens, m, headline) && contextAllows(text, tokens, m, m.rule.phrase, tagsFor(m)))) &&
      !isMention(text, tokens[m.first]!.start, tokens[m.last - 1]!.end);
    // Each start word is walked once, for both passes (indexed by word: a sparse array, not a Map).
    const walks: (readonly PhraseMatch[] | undefined)[] = [];
    const from = (i: number) => (walks[i] ??= matcher.matchFrom(text, tokens, i));
    // A locked rule's match is chosen first, so no later pack's longer or equal phrase can hide it.
    const locked = matcher.hasLocked
      ? pickNonOverlapping(tokens.length, from, (m) => !!m.rule.locked && stands(m))
      : [];
    const free = pickNonOverlapping(tokens.length, from, (m) => !m.rule.locked && stands(m), locked);
    const sure = locked.length ? [...locked, ...free].sort(inOrder) : free;
    // A word that may be literal ("robust", "curated", "at scale") is jargon in the company of jargon:
    // "a bespoke, best-of-breed framework", "unlock efficiencies at scale". Its own conditions asked
    // for a neighbour that names the sense; a sure buzzword beside it in the same clause does too.
    // What marks a literal sense (skipIf) still rules it out.
    const amid = pickNonOverlapping(
      tokens.length,
      from,
      (m) =>
        !m.rule.locked &&
        m.rule.kind === 'buzzword' &&
        !!m.rule.phrase?.flagIf &&
        besideJargon(text, tokens, m, sure) &&
        !inName(text, tokens, m, headline) &&
        !(
          m.rule.phrase.skipIf && !contextAllows(text, tokens, m, { ...m.rule.phrase, flagIf: undefined }, tagsFor(m))
        ) &&
        !isMention(text, tokens[m.first]!.start, tokens[m.last - 1]!.end),
      sure,
    );
    return (amid.length ? [...sure, ...amid].sort(inOrder) : sure).map((m) =>
      makeFinding(m.rule, text, tokens[m.first]!.start, tokens[m.last - 1]!.end, fittedSuggestions(text, tokens, m)),
    );
  },
};
