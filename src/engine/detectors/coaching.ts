import { type FactPatterns, type SentenceFacts, sentenceFacts } from '../coaching/facts';
import { fleschKincaidGrade } from '../coaching/readability';
import type { Targets } from '../coaching/targets';
import { cuePattern } from '../cues';
import type { MessageContext, MessageDetector } from '../detector';
import { makeFinding } from '../finding';
import type { FindingKind } from '../kinds';
import type { ResolvedRule, Ruleset } from '../ruleset';
import type { Finding, Suggestion } from '../types';

/**
 * The connection check: coaching on the whole message rather than on words. Each unit's sentences
 * are read once (who each is about, whether it asks the reader something or asks for their time,
 * its words and syllables); the message is then judged from those facts against the targets in
 * force — a first email's or a reply's.
 */
const CUES = {
  'coaching/rhetorical-openers':
    "Starts of an advert's rhetorical question, which asks the reader nothing: tired of, did you know.",
  'coaching/asking-questions':
    'Starts of a question that asks for the reader’s time or action: could you, are you free.',
  'coaching/asking-verbs': 'Instructions at a sentence’s start that ask the reader to act: send me, book a time.',
  'coaching/asking-phrases': 'Words that ask for the reader’s action wherever they stand: please, let me know.',
  'coaching/answering-openers':
    'Starts of a first sentence that answers the reader (thanks for, as you asked): such a draft is judged as a reply.',
  'coaching/not-asks':
    'Words after an asking word that make it an offer or a notice instead: (please) find attached, ' +
    '(let me know) if you have any questions; at a sentence’s start, a condition that makes it an offer.',
  'coaching/group-addressees':
    'Who a greeting names when it greets many (all, team, everyone): such a draft is a notice, not a conversation.',
} as const;

const BINDINGS = {
  'coaching/self-focus': 'Sentences in a row about the writer or their company, none about the reader.',
  'coaching/no-question': 'A first email that puts no question to the reader.',
  'coaching/too-long': 'A message longer than the target for its kind (first email or reply).',
  'coaching/second-ask': 'More requests for the reader’s time or action than the target: the ask past it.',
  'coaching/long-sentence': 'A sentence longer than a phone shows at once.',
} as const;

/** What the draft holds, as the meter and the command line show it. */
export interface ConnectionSummary {
  /** Whether it was judged as a reply. */
  reply: boolean;
  words: number;
  sentences: number;
  questions: number;
  /** Share of the sentences about the reader among those about either side; null when none is about either. */
  readerFocus: number | null;
  grade: number;
  asks: number;
  longestSentence: { start: number; end: number; words: number } | null;
  /** The targets it was judged against; undefined when the rules in force set none. */
  targets?: Targets;
}

interface Prepared {
  patterns: FactPatterns;
  /** A first sentence that answers the reader: "Thanks for sending the screenshots." */
  answering: RegExp;
  targets?: { first: Targets; reply: Targets };
}

/** A sentence's facts with draft offsets. */
type Placed = SentenceFacts & { at: number };

const startOf = (s: Placed) => s.at + s.start;
const endOf = (s: Placed) => s.at + s.end;

// Where a sentence may start after a soft opener: "So, could you …", "Also please …".
const SOFT_OPENERS = 'so|and|also|just|then|meanwhile|finally|lastly|in the meantime|if possible|when you can';
const LEAD = String.raw`^(?:(?:${SOFT_OPENERS})\b[,\s]*)?`;

function prepare(ruleset: Ruleset): Prepared {
  const { cues } = ruleset;
  return {
    patterns: {
      rhetorical: cuePattern(cues, 'iu', (cue) => String.raw`^${cue('coaching/rhetorical-openers')}\b`),
      askingQuestion: cuePattern(cues, 'iu', (cue) => `${LEAD}${cue('coaching/asking-questions')}\\b`),
      askingVerb: cuePattern(
        cues,
        'iu',
        (cue) => `${LEAD}(?:please\\s+)?${cue('coaching/asking-verbs')}\\b(?![,\\s]+${cue('coaching/not-asks')}\\b)`,
      ),
      askingPhrase: cuePattern(
        cues,
        'iu',
        (cue) => String.raw`\b${cue('coaching/asking-phrases')}\b(?![,\s]+${cue('coaching/not-asks')}\b)`,
      ),
      offering: cuePattern(cues, 'iu', (cue) => `${LEAD}${cue('coaching/not-asks')}\\b`),
      group: cuePattern(cues, 'iu', (cue) => String.raw`\b${cue('coaching/group-addressees')}\b`),
    },
    answering: cuePattern(cues, 'iu', (cue) => String.raw`\b${cue('coaching/answering-openers')}\b`),
    ...(ruleset.coaching ? { targets: ruleset.coaching } : {}),
  };
}

/** A sentence's facts with the unit's draft offset; every field written out (a spread copy is slow in V8). */
const placed = (f: SentenceFacts, at: number): Placed => ({
  start: f.start,
  end: f.end,
  words: f.words,
  syllables: f.syllables,
  about: f.about,
  question: f.question,
  asks: f.asks,
  salutation: f.salutation,
  greeting: f.greeting,
  group: f.group,
  item: f.item,
  fragment: f.fragment,
  at,
});

/** Every sentence of the message in order, with draft offsets. */
function sentencesOf(message: MessageContext<SentenceFacts[]>): Placed[] {
  const all: Placed[] = [];
  for (const unit of message.units) for (const facts of unit.facts) all.push(placed(facts, unit.at));
  return all;
}

/**
 * The sentences that ask, one per request: the steps of one list ("- Restart the app", "- Send the
 * log") are one request, made in parts.
 */
function asksOf(sentences: readonly Placed[]): Placed[] {
  const asks: Placed[] = [];
  let previous: Placed | undefined;
  for (const s of sentences) {
    if (s.salutation) continue;
    if (s.asks && !(s.item && previous?.item && previous.asks)) asks.push(s);
    previous = s;
  }
  return asks;
}

/** Prose the reader reads as a sentence: not a greeting or closing, nor a name or heading alone. */
const isProse = (s: Placed) => !s.salutation && !s.fragment;

function summarise(
  sentences: readonly Placed[],
  asking: readonly Placed[],
  reply: boolean,
  targets?: Targets,
): ConnectionSummary {
  let words = 0;
  let counted = 0;
  let syllables = 0;
  let questions = 0;
  let reader = 0;
  let writer = 0;
  let longest: Placed | undefined;
  for (const s of sentences) {
    words += s.words;
    syllables += s.syllables;
    if (s.salutation) continue;
    counted++;
    if (s.question) questions++;
    if (s.about === 'reader') reader++;
    else if (s.about === 'writer') writer++;
    if (!longest || s.words > longest.words) longest = s;
  }
  return {
    reply,
    words,
    sentences: counted,
    questions,
    readerFocus: reader + writer === 0 ? null : Math.round((reader / (reader + writer)) * 100) / 100,
    grade: fleschKincaidGrade(words, counted, syllables),
    asks: asking.length,
    longestSentence: longest ? { start: startOf(longest), end: endOf(longest), words: longest.words } : null,
    ...(targets ? { targets } : {}),
  };
}

// A count with thousands marked, as en-US writes it ("1,250 words"). Not `toLocaleString`, which builds
// an ICU formatter at every call (dearer than the rest of the check's messages), nor one formatter
// kept: an ICU object cannot go into the command line's start-up snapshot.
const THOUSANDS = /\B(?=(?:\d{3})+$)/g;
const plural = (n: number, one: string, many = `${one}s`) =>
  `${String(n).replace(THOUSANDS, ',')} ${n === 1 ? one : many}`;

/**
 * Runs of at least `run` sentences about the writer with none about the reader and no question to
 * them between. A run that a question about the reader ends at once ("… What do you think?") has
 * turned to them already: it is not one.
 */
function selfFocusRuns(sentences: readonly Placed[], run: number): Placed[][] {
  const runs: Placed[][] = [];
  let current: Placed[] = [];
  const close = () => {
    if (current.length >= run) runs.push(current);
    current = [];
  };
  let aside = 0;
  for (const s of sentences) {
    if (s.salutation) continue;
    if (s.question && !s.asks) current = [];
    else if (s.about === 'reader' || s.question) close();
    else if (s.about === 'writer') current.push(s);
    // One sentence about something else ("The pilot ran for a month.") carries a run on; two in a
    // row are a change of subject, and the run ends.
    aside = s.about === 'other' && !s.question ? aside + 1 : 0;
    if (aside === 2) close();
  }
  close();
  return runs;
}

/** A long sentence cut in two at the conjunction nearest its middle: ", and we …" → ". We …". */
function splitAtConjunction(sentence: string): string | undefined {
  const joins = [...sentence.matchAll(/(?:,\s+(and|but|so|because|which)|;\s*(?:and\s+)?)\s*(?=\p{L})/giu)];
  if (joins.length === 0) return undefined;
  const middle = sentence.length / 2;
  const join = joins.reduce((a, b) => (Math.abs(b.index - middle) < Math.abs(a.index - middle) ? b : a));
  const before = sentence.slice(0, join.index).replace(/[,;\s]+$/u, '');
  let after = sentence.slice(join.index + join[0].length);
  const word = join[1]?.toLowerCase();
  if (word === 'but' || word === 'so') after = `${word} ${after}`;
  else if (word === 'which') after = `this ${after}`;
  else if (word === 'because') after = `that is because ${after}`;
  if (before.split(/\s+/).length < 4 || after.split(/\s+/).length < 4) return undefined;
  return `${before}. ${after.charAt(0).toUpperCase()}${after.slice(1)}`;
}

interface Judged {
  draft: string;
  /** The draft opens with a pitch before the reader (the pitch-first detector found one). */
  pitches: boolean;
  sentences: readonly Placed[];
  /** The sentences that ask, one per request (see `asksOf`). */
  asking: readonly Placed[];
  summary: ConnectionSummary;
  targets: Targets;
  rule: (binding: keyof typeof BINDINGS) => ResolvedRule | undefined;
}

/** The draft talks about the sender more than its target allows (a share of its sentences about the reader). */
const talksAboutItself = ({ readerFocus }: ConnectionSummary, targets: Targets) =>
  readerFocus !== null && readerFocus < targets.readerFocus;

function selfFocusFindings({ draft, sentences, targets, rule }: Judged): Finding[] {
  const r = rule('coaching/self-focus');
  // Not only in a draft that talks about the sender overall: a long pitch that says "you" often
  // still has its wall about the firm (on real sales mail, that condition lost five walls in nine
  // and spared one business note).
  if (!r) return [];
  return selfFocusRuns(sentences, targets.selfFocusRun).map((run) => {
    const start = startOf(run[0]!);
    const end = endOf(run[run.length - 1]!);
    const text = draft.slice(start, end);
    const ask: Suggestion = {
      label: 'Add a question about them',
      replacement: `${text} [a question about their side]?`,
    };
    return makeFinding(r, draft, start, end, [ask], `${plural(run.length, 'sentence')} in a row about you.`);
  });
}

function noQuestionFindings({ draft, sentences, summary, targets, pitches, rule }: Judged): Finding[] {
  const r = rule('coaching/no-question');
  const last = sentences.findLast(isProse);
  // Only a draft that reaches out — it opens with a pitch — to one reader, talks about the sender
  // more than the reader and asks nothing is noted. A status note or a hand-over to a colleague
  // informs and needs no question, however much it says "we" (on real business mail, a stretch
  // about the sender was no sign of outreach: a reviewer agreed with none of nine such notes); a few
  // words ("Attached, as promised."), a clear request ("Please sign the form by Friday."), an answer
  // about the reader's own matter or a notice to a group ("Dear all,") already give them what they need.
  const toGroup = sentences.some((s) => s.group);
  if (
    !r ||
    !last ||
    !pitches ||
    toGroup ||
    !talksAboutItself(summary, targets) ||
    summary.questions >= targets.questions.min ||
    summary.asks > 0 ||
    summary.words < 25
  )
    return [];
  const text = draft.slice(startOf(last), endOf(last));
  const ask: Suggestion = { label: 'End with a question', replacement: `${text} [a question about them]?` };
  return [makeFinding(r, draft, startOf(last), endOf(last), [ask], 'Nothing here asks the reader anything.')];
}

/**
 * How far past the word target a draft may run before the hint: a tenth, and at least ten words. A
 * few words over is no reason to cut (the meter shows the count against the target all along).
 */
const overTarget = (max: number) => max + Math.max(10, Math.ceil(max / 10));

function tooLongFindings({ draft, sentences, summary, targets, rule }: Judged): Finding[] {
  const r = rule('coaching/too-long');
  if (!r || summary.words <= overTarget(targets.words.max)) return [];
  // Anchored on the sentence where the count passes the target: the reader's attention runs out
  // about there. A heading or a name there gives way to the next sentence.
  let words = 0;
  const passing = sentences.findIndex((s) => (words += s.words) > targets.words.max);
  const past = sentences.slice(passing).find(isProse) ?? sentences[passing]!;
  const kind = summary.reply ? 'replies' : 'first emails';
  const range = `${targets.words.min}–${targets.words.max}`;
  const count = plural(summary.words, 'word');
  const why = `${count}; ${kind} that get answered mostly run ${range}, and this sentence passes ${targets.words.max}.`;
  return [makeFinding(r, draft, startOf(past), endOf(past), [], why)];
}

function secondAskFindings({ draft, asking, targets, pitches, rule }: Judged): Finding[] {
  const r = rule('coaching/second-ask');
  // Only where the draft reaches out (it opens with a pitch): there a second request competes with
  // the first for a stranger's attention. Between people already at work together, several tasks
  // are often the point of the note (on real business mail a reviewer agreed with none of 19).
  if (!r || !pitches) return [];
  if (asking.length <= targets.asks) return [];
  const extra = asking[targets.asks]!;
  const why = `${plural(asking.length, 'request')} of the reader; this is number ${targets.asks + 1}.`;
  return [makeFinding(r, draft, startOf(extra), endOf(extra), [], why)];
}

function longSentenceFindings({ draft, sentences, targets, rule }: Judged): Finding[] {
  const r = rule('coaching/long-sentence');
  if (!r) return [];
  return sentences
    .filter((s) => s.words > targets.sentenceWords)
    .map((s) => {
      const text = draft.slice(startOf(s), endOf(s));
      const split = splitAtConjunction(text);
      const suggestions = split ? [{ label: 'Split it in two', replacement: split }] : [];
      return makeFinding(r, draft, startOf(s), endOf(s), suggestions, `${plural(s.words, 'word')} in one sentence.`);
    });
}

/**
 * Whether the draft answers the reader though it quotes nothing: one of its first two sentences
 * thanks them for something or takes up what they asked ("Attached, per your request, is …").
 * Plain-text mail and help desks often send a reply bare.
 */
function answers(draft: string, sentences: readonly Placed[], answering: RegExp): boolean {
  // A short "Thanks for the notes!" reads like a closing line, but first it answers them.
  const opening = sentences.filter((s) => !s.greeting && !s.fragment).slice(0, 2);
  return opening.some((s) => answering.test(draft.slice(startOf(s), endOf(s))));
}

const JUDGES = [selfFocusFindings, noQuestionFindings, tooLongFindings, secondAskFindings, longSentenceFindings];

/** The kinds of the connection check: coaching on the message as a whole. */
export const COACHING_KINDS: readonly FindingKind[] = [
  'self-focus',
  'no-question',
  'too-long',
  'second-ask',
  'long-sentence',
];

export const coaching: MessageDetector<Prepared, SentenceFacts[], ConnectionSummary> = {
  id: 'coaching',
  kinds: COACHING_KINDS,
  scope: 'message',
  reads: { bindings: BINDINGS, cues: CUES },
  prepare,
  facts: (context, prepared) => sentenceFacts(context.text, context.sentences, context.tokens, prepared.patterns),
  judge(message, prepared) {
    const sentences = sentencesOf(message);
    const reply = message.reply || answers(message.draft, sentences, prepared.answering);
    const targets = prepared.targets?.[reply ? 'reply' : 'first'];
    const asking = asksOf(sentences);
    const summary = summarise(sentences, asking, reply, targets);
    if (!targets) return { findings: [], summary };
    const judged: Judged = {
      draft: message.draft,
      sentences,
      asking,
      summary,
      targets,
      pitches: message.opening.some((f) => f.kind === 'pitch-first'),
      rule: (binding) => message.rule(binding),
    };
    const findings = JUDGES.flatMap((judge) => judge(judged)).sort((a, b) => a.start - b.start || a.end - b.end);
    return { findings, summary };
  },
};
