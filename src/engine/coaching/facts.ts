import { MERGE_FIELD } from '../merge-fields';
import type { Span } from '../sentences';
import type { Token } from '../tokens';
import { syllablesOf } from './readability';

/** Whom a sentence is about, as a coach reads it. */
type About = 'reader' | 'writer' | 'other';

/**
 * What the connection check needs of one sentence of the writer's own text, worked out once per
 * unit of the draft and kept with it: a keystroke re-reads only the unit it changed.
 * Offsets are relative to the unit.
 */
export interface SentenceFacts {
  start: number;
  end: number;
  words: number;
  syllables: number;
  about: About;
  /** A question put to the reader (not an advert's rhetorical one). */
  question: boolean;
  /** It asks for the reader's time or action: a call, a reply, a click. */
  asks: boolean;
  /** A greeting or closing line ("Hi Sam,", "Best,"): counted in the words, not as a sentence. */
  salutation: boolean;
  /** Of those, a greeting ("Hi Sam,"), not a closing. */
  greeting: boolean;
  /** A greeting to a group ("Dear all,", "Hello team"): the draft is a notice to many. */
  group: boolean;
  /** A line of a list: it starts with a bullet or a number ("- Send the logs", "2) Restart"). */
  item: boolean;
  /** A few words without a sentence's end: a name under the message, a heading, a label. */
  fragment: boolean;
}

/** The patterns the facts are read with, built from the ruleset's cue lists (see the coaching detector). */
export interface FactPatterns {
  /** An advert's rhetorical question at a sentence's start: "Tired of …?". */
  rhetorical: RegExp;
  /** A question's start that asks for time or action: "Could you …", "Are you free …". */
  askingQuestion: RegExp;
  /** An instruction at a sentence's start: "Send me …", "Book a time …". */
  askingVerb: RegExp;
  /** Words that ask wherever they stand: "please", "let me know". */
  askingPhrase: RegExp;
  /** A sentence that opens with an offer's condition: "If you have any questions, please call." */
  offering: RegExp;
  /** A group as the one greeted: "all", "team", "everyone". */
  group: RegExp;
}

// The reader and the writer, as English marks them. Grammar, not vocabulary: no team extends it.
// The writer as the one who acts or owns ("I", "we", "our"), not as an object: "call me", "let us
// know" and "this was sent to me" ask or tell about someone else.
const READER = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  "you've",
  "you'll",
  "you'd",
  "y'all",
]);
const WRITER = new Set([
  'i',
  'my',
  'mine',
  'we',
  'our',
  'ours',
  "i'm",
  "i've",
  "i'll",
  "i'd",
  "we're",
  "we've",
  "we'll",
  "we'd",
]);

// "Hi Sam,", "Dear Ms Patel,", "Hello team —": a short line that greets; "Best,", "Many thanks!",
// "Kind regards": one that takes leave. Neither is a sentence of the message.
const GREETING_WORDS =
  '(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hiya|morning|' +
  String.raw`to whom it may concern)\b`;
const SALUTATION = new RegExp(String.raw`^${GREETING_WORDS}(?:${MERGE_FIELD}|[^.!?\n{}]){0,40}[,:!—–-]?$`, 'iu');
const CLOSING = new RegExp(
  '^(?:best|all the best|best wishes|warm(?:est)? (?:regards|wishes)|warmly|kind(?:est)? regards|regards|' +
    'cheers|thanks|many thanks|thanks again|thank you|sincerely|yours(?: sincerely| truly)?|talk soon|' +
    String.raw`speak soon|take care|cordially)(?:[,!.]|\s[^.?\n]{0,20}[,!])?$`,
  'iu',
);
// A question ends with "?", perhaps inside quotes or brackets.
const QUESTION_END = /\?["'”’)\]]*$/u;
const SENTENCE_END = /[.!?]["'”’)\]]*$/u;
// A greeting run into the first sentence, as plain-text mail often sends it: "Dear Amy, My apologies
// …", "To whom it may concern: For January …". The rest must start a sentence (a capital).
const INLINE_GREETING = new RegExp(String.raw`^${GREETING_WORDS}(?:${MERGE_FIELD}|[^.!?\n:,{}]){0,40}[:,]\s+`, 'iu');
// "Anita: I seem to remember …": a name (or a label) and a colon before a sentence.
const NAME_COLON = /^\p{Lu}[\p{L}'’-]{1,20}:\s+/u;
const STARTS_SENTENCE = /^["'“‘(]?\p{Lu}/u;
const LIST_ITEM = /^(?:[-*•–]|\(?(?:\d{1,2}|[a-z])[.)])\s/u;
const LETTER = /\p{L}/u;
// A word as a reader counts it: a run between spaces with a letter or a digit in it. A hyphenated
// compound, "A/C", a phone number or an address is one word, though the engine's tokens split it.
const SPACE = /\s/u;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/**
 * Counted character by character: every sentence of every unit is counted, and a match per word cost
 * more than the rest of its facts.
 */
function readerWords(body: string): number {
  let words = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(body[i]!)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (counted) continue;
    // A letter or digit: ASCII by its code; any other by its Unicode class, a surrogate pair read whole.
    if (code < 128) counted = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
    else counted = ALPHANUMERIC.test(String.fromCodePoint(body.codePointAt(i)!));
    if (counted) words++;
  }
  return words;
}

/** The length of a greeting run into the start of `body` ("Dear Amy, "), or 0. */
function inlineGreeting(body: string): number {
  const match = INLINE_GREETING.exec(body) ?? NAME_COLON.exec(body);
  return match && STARTS_SENTENCE.test(body.slice(match[0].length)) ? match[0].length : 0;
}

/**
 * The unit's sentences as the check reads them: a greeting run into the first one is a piece of its
 * own, and a piece with no letter in it (a list's "3." on a line of its own, a rule of dashes) is
 * no sentence at all.
 */
function piecesOf(text: string, sentences: readonly Span[]): (Span & { greeting?: true })[] {
  const pieces: (Span & { greeting?: true })[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const body = text.slice(sentence.start, sentence.end);
    if (!LETTER.test(body)) continue;
    const greeting = i === 0 ? inlineGreeting(body) : 0;
    if (greeting > 0) {
      const end = sentence.start + body.slice(0, greeting).trimEnd().length;
      pieces.push({ start: sentence.start, end, greeting: true });
      pieces.push({ start: sentence.start + greeting, end: sentence.end });
    } else pieces.push(sentence);
  }
  return pieces;
}

/** Whom the sentence's words are about: the reader if it names them at all, else the writer if it names the writer. */
function aboutOf(tokens: readonly Token[], from: number, to: number): About {
  let writer = false;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]!.norm;
    if (READER.has(norm)) return 'reader';
    if (WRITER.has(norm)) writer = true;
  }
  return writer ? 'writer' : 'other';
}

/** Whether the sentence asks for the reader's time or action. */
function asks(body: string, question: boolean, patterns: FactPatterns): boolean {
  // "Could you send the file?" and "Would you take a moment to reply." both ask, with or without "?".
  if (patterns.askingQuestion.test(body)) return true;
  // "If you have any questions, please call Dana." offers help; it asks nothing unless it is a question.
  if (!question && patterns.offering.test(body)) return false;
  return patterns.askingVerb.test(body) || patterns.askingPhrase.test(body);
}

/** Index of the first token at or after `offset` (tokens sorted by start). */
function firstTokenFrom(tokens: readonly Token[], offset: number, from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.start < offset) i++;
  return i;
}

/** The facts of every sentence of a unit's text. */
export function sentenceFacts(
  text: string,
  sentences: readonly Span[],
  tokens: readonly Token[],
  patterns: FactPatterns,
): SentenceFacts[] {
  const facts: SentenceFacts[] = [];
  let t = 0;
  for (const sentence of piecesOf(text, sentences)) {
    const from = firstTokenFrom(tokens, sentence.start, t);
    const to = firstTokenFrom(tokens, sentence.end, from);
    t = to;
    if (to === from) continue;
    let syllables = 0;
    for (let i = from; i < to; i++) syllables += syllablesOf(tokens[i]!.norm);
    const body = text.slice(sentence.start, sentence.end);
    const words = readerWords(body);
    const greeting = sentence.greeting === true || (to - from <= 5 && SALUTATION.test(body));
    const salutation = greeting || (to - from <= 5 && CLOSING.test(body));
    const question = !salutation && QUESTION_END.test(body) && !patterns.rhetorical.test(body);
    facts.push({
      start: sentence.start,
      end: sentence.end,
      words,
      syllables,
      about: salutation ? 'other' : aboutOf(tokens, from, to),
      question,
      asks: !salutation && asks(body, question, patterns),
      salutation,
      greeting,
      group: greeting && patterns.group.test(body),
      item: LIST_ITEM.test(body),
      fragment: !salutation && words <= 3 && !SENTENCE_END.test(body),
    });
  }
  return facts;
}
