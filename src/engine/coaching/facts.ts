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
}

// The reader and the writer, as English marks them. Grammar, not vocabulary: no team extends it.
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
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
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
const SALUTATION =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hiya|morning)\b[^.!?\n]{0,40}[,:!—–-]?$/iu;
const CLOSING = new RegExp(
  '^(?:best|all the best|best wishes|warm(?:est)? (?:regards|wishes)|warmly|kind(?:est)? regards|regards|' +
    'cheers|thanks|many thanks|thanks again|thank you|sincerely|yours(?: sincerely| truly)?|talk soon|' +
    String.raw`speak soon|take care|cordially)(?:[,!.]|\s[^.?\n]{0,20}[,!])?$`,
  'iu',
);
// A question ends with "?", perhaps inside quotes or brackets.
const QUESTION_END = /\?["'”’)\]]*$/u;

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
function asks(body: string, patterns: FactPatterns): boolean {
  // "Could you send the file?" and "Would you take a moment to reply." both ask, with or without "?".
  if (patterns.askingQuestion.test(body)) return true;
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
  for (const sentence of sentences) {
    const from = firstTokenFrom(tokens, sentence.start, t);
    const to = firstTokenFrom(tokens, sentence.end, from);
    t = to;
    if (to === from) continue;
    let syllables = 0;
    for (let i = from; i < to; i++) syllables += syllablesOf(tokens[i]!.norm);
    const body = text.slice(sentence.start, sentence.end);
    const greeting = to - from <= 5 && SALUTATION.test(body);
    const salutation = greeting || (to - from <= 5 && CLOSING.test(body));
    const question = !salutation && QUESTION_END.test(body) && !patterns.rhetorical.test(body);
    facts.push({
      start: sentence.start,
      end: sentence.end,
      words: to - from,
      syllables,
      about: salutation ? 'other' : aboutOf(tokens, from, to),
      question,
      asks: !salutation && asks(body, patterns),
      salutation,
      greeting,
    });
  }
  return facts;
}
