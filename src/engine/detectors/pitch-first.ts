import { cuePattern } from '../cues';
import type { Detector } from '../detector';
import { makeFinding, suggestionsOf } from '../finding';
import type { CueLists } from '../ruleset';
import { splitSentences, type Span } from '../sentences';
import type { Suggestion } from '../types';

/**
 * The shapes of an opening are code; the words that fill them are cue lists in the rule pack
 * (`"cues"` in rules/default.json), which a team can extend with its own names and offer words.
 */
const CUES = {
  'pitch-first/salutations': 'Words that open a greeting line before the first sentence: hi, hello, dear, morning.',
  'pitch-first/times-of-day': 'Times of day in a "good …" greeting: morning, afternoon, evening.',
  'pitch-first/titles': 'Titles before a name on a greeting line ("Dr. Lee,"), capitalised as written: Mr, Ms, Dr.',
  'pitch-first/message-words': 'What "I hope this … finds you well" calls the mail: email, message, note.',
  'pitch-first/wellbeing-words': 'How a stock "I hope you\'re …" wish goes on: well, doing well, having, enjoy.',
  'pitch-first/pleasantry-times': 'What a stock "I hope your …" wish is about: week, weekend, holidays.',
  'pitch-first/how-is-your': 'What small talk asks after in "how is your …": week, day.',
  'pitch-first/bare-thanks': 'Thanks that make a line of their own, with nothing after: thanks, thank you.',
  'pitch-first/hello-words':
    'Greetings that, with a few words after, make a line of small talk ("Hi there!"): hi, hey.',
  'pitch-first/thanks': 'Words that thank the reader for something in "… for": thanks, thank you, thx.',
  'pitch-first/praise': 'Praise for something of the reader\'s in "… on": congratulations, well done, kudos.',
  'pitch-first/reader-acts': 'What the reader did in "you …", so the mail answers them: mentioned, asked.',
  'pitch-first/reader-things': 'What of the reader\'s the mail answers in "your …": question, email, new role.',
  'pitch-first/follow-ups': 'Openings that pick up an earlier exchange with the reader: as promised, further to, re.',
  'pitch-first/pleasure-words': 'How "it was … to meet you" rates the meeting: great, nice, a pleasure.',
  'pitch-first/meeting-verbs': 'What "it was great to … you" did with the reader: meet, talk, catch.',
  'pitch-first/noticing-verbs':
    "What the writer did with something of the reader's, first: read, enjoyed, came across.",
  'pitch-first/writer-feelings': 'How "I was … by" felt about something of the reader\'s: impressed, glad.',
  'pitch-first/empathy-verbs': 'How "I … that you" shows the writer has the reader in mind: understand, remember.',
  'pitch-first/track-record-verbs': 'What "we\'ve …" claims the sender did for others: helped, worked with.',
  'pitch-first/launch-verbs': 'What "we\'ve just …" announces: launched, rolled out, switched on.',
  'pitch-first/news-adjectives': 'What kind of news "… news from" announces about the sender: big, exciting.',
  'pitch-first/prize-claims': 'What "you\'ve …" tells the winner of a prize: been selected, won.',
  'pitch-first/eager-words': 'How the sender feels in "… to share": thrilled, excited, proud.',
  'pitch-first/announce-verbs': 'What "thrilled to …" goes on to do: share, announce, unveil.',
  'pitch-first/accolade-verbs': 'What "we\'ve been …" says the sender won: named, awarded, ranked.',
  'pitch-first/promo-words': 'Words that make a sentence a promotion wherever they stand: webinar, new features.',
  'pitch-first/superlatives': 'What "our … is the …" or "Acme is the …" claims to be: first, only, fastest, #1.',
  'pitch-first/name-superlatives': 'More claims, only after a name ("Acme is your …"): world\'s, one-stop.',
  'pitch-first/proud-to-verbs': 'What "proud to (be) …" goes on to: ranked, named, announce, offer.',
  'pitch-first/rank-adjectives': 'How "a … provider" ranks the sender: leading, largest, trusted.',
  'pitch-first/provider-nouns':
    'What the sender is in "the leading … provider", singular (a plural s is allowed): supplier.',
  'pitch-first/still-verbs': 'What the advert\'s "are you still …?" asks about: using, paying, struggling.',
  'pitch-first/growth-verbs': 'What the advert\'s "do you want to …?" offers: grow, boost, save, get more.',
  'pitch-first/contact-verbs': 'How "I\'m … from" says the writer is getting in touch: writing, reaching out.',
  'pitch-first/writing-to-verbs': 'What "I\'m writing to …" goes on to do: introduce, offer, show.',
  'pitch-first/wanted-to-verbs': 'What "I wanted to …" goes on to do: introduce, present, show you.',
  'pitch-first/our-subjects': 'What "our …" names when the sender\'s business is the subject: company, product.',
  'pitch-first/business-verbs':
    'What "we …" or "our product …" does for customers: help, provide, specialise, can save.',
  'pitch-first/release-verbs': 'What "we just …" or "our app just …" announces: launched, published.',
  'pitch-first/our-offerings': 'What of the sender\'s "our …" names wherever it stands: company, services, platform.',
  'pitch-first/hear-about': 'How the reader is asked to hear of "our …" or "a new …": interested in, learn about.',
  'pitch-first/top-words': 'What "the … in the world" claims to be: best, leading, #1.',
  'pitch-first/arenas': 'Where "the best …" claims to be best: in the world, on the market.',
  'pitch-first/company-adjectives': 'How "we are a …" describes the sender: leading, trusted, award-winning.',
  'pitch-first/offer-words': 'Words of an offer or a price: discount, special offer, promo code.',
  'pitch-first/demo-words': 'Words for showing the product: demo, demonstration.',
  'pitch-first/call-adjectives': 'What kind of call the sender asks for in "a … call": quick, intro, discovery.',
  'pitch-first/call-words': "What a request for the reader's time calls the meeting: call, chat, meeting.",
  'pitch-first/call-apps': 'Video-call apps that "a quick …" asks for, like a call: zoom.',
  'pitch-first/minutes-for': 'What else "a few minutes …" asks for, besides a call or a demo: talk, of your time.',
  'pitch-first/call-openers': 'What asks for the reader\'s time before "a quick call": worth, open to, up for.',
  'pitch-first/roles': 'Job titles in "I\'m the …" that introduce the writer: founder, CEO, account manager.',
  'pitch-first/shouted-offers': 'Words that mark a promotion when written in capitals, matched as written: FREE.',
  'pitch-first/lead-verbs': 'How "I … sales at Acme" says where the writer works: lead, run, manage.',
  'pitch-first/owner-verbs': 'How "I … Acme" says the writer owns the company: run, own, founded.',
  'pitch-first/calendar-words':
    'Capitalised words that start a sentence but name no company, as written: Monday, June.',
  'pitch-first/sales-questions':
    'What "are you …?" asks when it is a sales question, not one about the reader: interested.',
  'pitch-first/sender-names':
    "Your company's and products' names: an opening sentence that names one of them is about you.",
} as const;

type CueName = keyof typeof CUES;
type Template = (cue: (name: CueName) => string) => string;

/** Everything the detector matches with, built from the ruleset's cue lists once per ruleset. */
interface Prepared {
  salutation: RegExp;
  nameLine: RegExp;
  pleasantry: RegExp;
  /** Turns to the reader; tested with curly apostrophes made straight. */
  connection: RegExp[];
  /** A name from `pitch-first/sender-names`, as whole words. */
  senderName: RegExp;
  /** Introductions and claims whose names and capitals are tested as written. */
  pitchAsWritten: RegExp[];
  /** Talk about the sender or the offer; tested with curly apostrophes made straight. */
  pitch: RegExp[];
  /** "Are you interested…?": a question that sells. */
  salesQuestion: RegExp;
}

// "I'm Dana from Acme", "I'm Dana, head of growth at Acme": a self-introduction by name.
const SELF_INTRODUCTION = new RegExp(
  String.raw`\b(?:I'm|I’m|I am|This is)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?` +
    String.raw`(?:,|\s+(?:from|with|at|here\s+at|and\s+I)\b)`,
  'u',
);
// "At Acme, we…": the company is the subject before the reader is mentioned.
const COMPANY_FIRST =
  /^\s*(?:[Hh]ere\s+)?[Aa]t\s+\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&|and|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,5},?\s+[Ww]e\b/u;
// A capitalised word that could be a company's or product's name: "Stackwise", "Quill & Co.".
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*`;

function prepare(cues: CueLists): Prepared {
  const pattern: Pattern = (flags, template) => cuePattern(cues, flags, template);
  return {
    // "Hi Sam," "Good morning team!" "Dear Ms. Lee:" — a salutation at the very start, alone on its
    // line or followed by the first sentence.
    salutation: pattern(
      'i',
      (cue) =>
        String.raw`^\s*(?:${cue('pitch-first/salutations')}|good\s+${cue('pitch-first/times-of-day')})\b` +
        String.raw`[^\n,:!?]{0,60}?(?:[,:!]|\s[-–—](?=\s)|(?=[ \t]*\n)|$)`,
    ),
    // Or a bare "Sam," or "Dr. Lee:" line.
    nameLine: pattern(
      'u',
      (cue) =>
        String.raw`^\s*(?:${cue('pitch-first/titles')}\.?\s+)?` +
        String.raw`\p{Lu}[\p{L}'.-]{0,30}(?:\s+\p{Lu}[\p{L}'.-]{0,30}){0,3}\s*(?:[,:]|(?=[ \t]*\n))`,
    ),
    pleasantry: pleasantry(pattern),
    connection: connection(pattern),
    // "Widgetly now syncs with every CRM": a team's own name makes the sentence about the sender. Letters
    // rather than \b mark the edges, so "Acme Co." and "Café Nord" match as whole names too.
    senderName: pattern(
      'iu',
      (cue) => String.raw`(?<![\p{L}\p{M}\p{N}_])${cue('pitch-first/sender-names')}(?![\p{L}\p{M}\p{N}_])`,
    ),
    pitchAsWritten: pitchAsWritten(pattern),
    pitch: pitch(pattern),
    // "How is the rollout going for your team?" asks about them; "Are you interested in…?" sells.
    salesQuestion: pattern('i', (cue) => String.raw`\bare\s+you\s+${cue('pitch-first/sales-questions')}\b`),
  };
}

type Pattern = (flags: string, template: Template) => RegExp;

// Formula that says nothing about either side, so the opening starts after it: "I hope this email
// finds you well", "Happy Friday!", "How are you?", "Thanks so much!", "Hi there!".
function pleasantry(pattern: Pattern): RegExp {
  return pattern('i', (cue) =>
    [
      String.raw`^(?:i\s+)?(?:hope|trust)\s+(?:(?:this|my|the)\s+${cue('pitch-first/message-words')}\s+finds` +
        String.raw`|you(?:'re|\s+are)?\s+${cue('pitch-first/wellbeing-words')}|you\s+and\s+\w+\s+(?:are|had)` +
        String.raw`|(?:all|everything|things)\s+(?:is|are|goes|go|has|have)` +
        String.raw`|your\s+${cue('pitch-first/pleasantry-times')}\b)`,
      String.raw`^(?:happy\s+\w+|how\s+are\s+you` +
        String.raw`|how\s+(?:are|is)\s+(?:things|everything|your\s+${cue('pitch-first/how-is-your')})` +
        String.raw`|good\s+${cue('pitch-first/times-of-day')})\b`,
      String.raw`^${cue('pitch-first/bare-thanks')}(?:\s+(?:so\s+much|again|in\s+advance))?[!.]?$`,
      String.raw`^${cue('pitch-first/hello-words')}\b.{0,30}[!.]$`,
    ].join('|'),
  );
}

// The writer turns to the reader: thanks for something, their news, their words, their situation.
function connection(pattern: Pattern): RegExp[] {
  return [
    pattern(
      'i',
      (cue) =>
        String.raw`^(?:(?:many|big|huge)\s+)?${cue('pitch-first/thanks')}\s+(?:so\s+much\s+|again\s+|a\s+lot\s+)?for\b`,
    ),
    // Congratulations on something of theirs; a bare "CONGRATULATIONS!" is how prize mail opens.
    pattern('i', (cue) => String.raw`\b${cue('pitch-first/praise')}\s+(?:on|to|for|again)\b`),
    pattern('i', (cue) => String.raw`\byou(?:'ve|\s+have)?\s+${cue('pitch-first/reader-acts')}\b`),
    pattern('i', (cue) => String.raw`\byour\s+${cue('pitch-first/reader-things')}\b`),
    // "Following up on your question" picks up their words; "following up on my note" chases the pitch.
    pattern(
      'i',
      (cue) => String.raw`^(?:just\s+)?(?:following\s+up(?!\s+on\s+(?:my|our)\b)|${cue('pitch-first/follow-ups')})\b`,
    ),
    pattern(
      'i',
      (cue) =>
        String.raw`^(?:it\s+was\s+|it's\s+been\s+)?${cue('pitch-first/pleasure-words')}` +
        String.raw`\s+(?:to\s+)?${cue('pitch-first/meeting-verbs')}\b`,
    ),
    pattern(
      'i',
      (cue) =>
        String.raw`^(?:i\s+)?(?:${cue('pitch-first/noticing-verbs')}` +
        String.raw`|was\s+${cue('pitch-first/writer-feelings')}\s+(?:by|to|about))\b`,
    ),
    pattern('i', (cue) => String.raw`\bi\s+${cue('pitch-first/empathy-verbs')}\s+(?:that\s+|how\s+)?(?:you|your)\b`),
    // Left after the formulaic wishes are skipped, a wish is about something of theirs.
    /^(?:i\s+)?hope\s+(?:your|you)\b/i,
  ];
}

// Tested on the sentence as written: capitals mark names, and "FREE" only sells when shouted.
function pitchAsWritten(pattern: Pattern): RegExp[] {
  return [
    SELF_INTRODUCTION,
    // "I'm the head of growth at Northwind", "I am a recruiter": who the writer is, first.
    pattern(
      'iu',
      (cue) =>
        String.raw`\b(?:I'm|I’m|I am)\s+(?:the|a|an)\s+` +
        String.raw`(?:[\p{L}\s-]{2,40}?\s+(?:at|of|with|from)\s+\p{Lu}|${cue('pitch-first/roles')}\b)`,
    ),
    // "I lead content strategy at Quill", "I'm with Lumen Solar", "We're ShipWise,", "I run Brightline": who
    // the writer works for, first.
    pattern(
      'u',
      (cue) =>
        String.raw`\bI\s+${cue('pitch-first/lead-verbs')}\s+[\p{L}\s&-]{2,40}?\s+(?:at|for)\s+\p{Lu}` +
        String.raw`|\bI(?:'m|’m|\s+am)\s+with\s+\p{Lu}` +
        String.raw`|^\s*We(?:'re|’re|\s+are)\s+\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:&|\p{Lu}[\p{L}\p{N}&.-]*)){0,5},` +
        String.raw`|\bI\s+${cue('pitch-first/owner-verbs')}\s+\p{Lu}`,
    ),
    // "Stackwise is the first tool built for…", "Hive Collective is more than a workspace": a name's claim
    // to be first, only or best. "Friday is the only day I can meet" starts with a capital but names no one.
    pattern(
      'u',
      (cue) =>
        String.raw`^\s*(?!(?:This|That|It|There|Here|What|Which|Who|Your|My|${cue('pitch-first/calendar-words')})\b)` +
        String.raw`(?:The\s+)?${NAME_WORD}(?:\s+${NAME_WORD}){0,2}\s+is\s+` +
        String.raw`(?:(?:the|a|an|your|\p{Lu}[\p{L}]*['’]s)\s+` +
        String.raw`(?:${cue('pitch-first/superlatives')}|${cue('pitch-first/name-superlatives')})\b` +
        String.raw`|(?:much\s+)?more\s+than\s+(?:a|an|just)\b)`,
    ),
    // Shouting "FREE" is the mark of a promotion, not of a note between people.
    pattern('', (cue) => String.raw`\b${cue('pitch-first/shouted-offers')}\b`),
    COMPANY_FIRST,
  ];
}

// The writer talks about themselves or asks for the reader's time before anything else.
function pitch(pattern: Pattern): RegExp[] {
  return [
    /\bmy\s+name\s+is\b/i,
    pattern(
      'i',
      (cue) =>
        String.raw`\bwe've\s+(?:${cue('pitch-first/track-record-verbs')}|just\s+${cue('pitch-first/launch-verbs')})\b` +
        String.raw`|\b${cue('pitch-first/news-adjectives')}\s+news\s+from\b|\bwe\s+pride\s+ourselves\b`,
    ),
    pattern('i', (cue) => String.raw`\byou(?:'ve|\s+have)\s+${cue('pitch-first/prize-claims')}\b`),
    // News about the sender: an award, an event, a release.
    pattern(
      'i',
      (cue) =>
        String.raw`\b${cue('pitch-first/eager-words')}\s+to\s+${cue('pitch-first/announce-verbs')}\b` +
        String.raw`|\bwe(?:'ve|\s+have)\s+been\s+${cue('pitch-first/accolade-verbs')}\b`,
    ),
    pattern('i', (cue) => String.raw`\b${cue('pitch-first/promo-words')}\b`),
    pattern('i', (cue) => String.raw`^our\s+[\w\s-]{1,30}?\s+is\s+(?:the|a|an)\s+${cue('pitch-first/superlatives')}\b`),
    pattern(
      'i',
      (cue) =>
        String.raw`\bproud\s+to\s+(?:be\s+)?(?:${cue('pitch-first/proud-to-verbs')}|be\s+(?:the|a|an|one))\b` +
        String.raw`|\branked\s+(?:among|in)\s+the\s+top\b`,
    ),
    // "A leading provider", "the largest independent supplier", "trusted platforms".
    pattern(
      'i',
      (cue) =>
        String.raw`\b${cue('pitch-first/rank-adjectives')}\s+(?:[\w-]+\s+){0,3}?` +
        String.raw`${cue('pitch-first/provider-nouns')}s?\b`,
    ),
    // The advert's question: it asks about a need the writer means to sell to, not about the reader.
    pattern(
      'i',
      (cue) =>
        String.raw`^(?:are\s+you\s+(?:tired\s+of|looking\s+for\s+(?:a|an|new|more|better)` +
        String.raw`|still\s+${cue('pitch-first/still-verbs')})` +
        String.raw`|do\s+you\s+(?:need|want)\s+(?:more|new|better|to\s+${cue('pitch-first/growth-verbs')})` +
        String.raw`|did\s+you\s+know\s+(?:that\s+)?(?:\d+|most|over|nearly|almost|more\s+than)` +
        String.raw`|what\s+if\s+(?:you|your)\s+could|imagine\s+(?:if\s+you|being|having))\b`,
    ),
    new RegExp(
      String.raw`\b(?:allow|let)\s+me\s+(?:to\s+)?introduce\b` +
        String.raw`|\bintroduc(?:e|ing)\s+(?:myself|our|my\s+company|you\s+to\s+(?:our|my))\b`,
      'i',
    ),
    pattern(
      'i',
      (cue) =>
        String.raw`\bi(?:'m|\s+am)\s+${cue('pitch-first/contact-verbs')}\s+(?:from|on\s+behalf\s+of` +
        String.raw`|to\s+${cue('pitch-first/writing-to-verbs')}|because\s+(?:we|our|i)|about\s+(?:our|my)` +
        String.raw`|regarding\s+(?:our|my))\b`,
    ),
    pattern(
      'i',
      (cue) =>
        String.raw`\bi\s+(?:wanted|want|would\s+like|'d\s+like|thought\s+i'd)\s+to\s+` +
        String.raw`(?:${cue('pitch-first/wanted-to-verbs')}|share\s+(?:our|my|a\s+new|an?\s+exciting)` +
        String.raw`|let\s+you\s+know\s+about\s+(?:our|my|a\s+new)|reach\s+out\s+(?:about|regarding)\s+(?:our|my))\b`,
    ),
    pattern(
      'i',
      (cue) =>
        String.raw`\bwe're\s+(?:now\s+)?offering\b|\b(?:we|our\s+${cue('pitch-first/our-subjects')})\s+` +
        String.raw`(?:${cue('pitch-first/business-verbs')}|(?:are\s+)?(?:now\s+)?offering` +
        String.raw`|just\s+${cue('pitch-first/release-verbs')})\b`,
    ),
    pattern(
      'i',
      (cue) =>
        String.raw`\bour\s+${cue('pitch-first/our-offerings')}\b` +
        String.raw`|\b${cue('pitch-first/hear-about')}\s+(?:our|my|the\s+new|a\s+new)\b|\bis\s+offering\s+you\b`,
    ),
    // "Our scanner is the most accurate handheld device on the market."
    pattern(
      'i',
      (cue) =>
        String.raw`\b(?:the|our)\s+(?:most\s+\w+|${cue('pitch-first/top-words')})\s+[\w\s-]{0,40}?` +
        String.raw`\b${cue('pitch-first/arenas')}\b`,
    ),
    pattern(
      'i',
      (cue) => String.raw`\b(?:we're|we\s+are|is|are)\s+(?:a|an|the)\s+${cue('pitch-first/company-adjectives')}\b`,
    ),
    // "20% off", "a free 14-day trial", "limited-time offer". "Limited time" takes exactly one space or
    // hyphen, as it always has, so it stays here rather than in the offer words (where a space is any run).
    pattern(
      'i',
      (cue) =>
        String.raw`\b\d+\s?%\s+(?:off|discount)` +
        String.raw`|\b(?:${cue('pitch-first/offer-words')}|free\b[\w\s-]{0,30}?\btrial|limited[-\s]time)\b`,
    ),
    pattern('i', (cue) => String.raw`\b${cue('pitch-first/demo-words')}\b`),
    pattern(
      'i',
      (cue) =>
        String.raw`\b${cue('pitch-first/call-adjectives')}\s+` +
        String.raw`(?:${cue('pitch-first/call-words')}|${cue('pitch-first/call-apps')})\b`,
    ),
    // "15 minutes for a call", "a 10-minute demo", "five minutes of your time".
    pattern('i', (cue) => {
      const ask = [cue('pitch-first/call-words'), cue('pitch-first/demo-words'), cue('pitch-first/minutes-for')];
      return (
        String.raw`\b(?:\d+|five|ten|fifteen|twenty|thirty|few)[-\s]minutes?\s+(?:(?:for|to)\s+(?:an?\s+)?)?` +
        String.raw`(?:${ask.join('|')})\b`
      );
    }),
    // "Worth a quick chat?", "open to a call". With a kind of call ("open to a discovery call") the test
    // above has already matched, so any of the call adjectives may stand here.
    pattern(
      'i',
      (cue) =>
        String.raw`\b${cue('pitch-first/call-openers')}\s+a\s+` +
        String.raw`(?:${cue('pitch-first/call-adjectives')}\s+)?${cue('pitch-first/call-words')}\b`,
    ),
    new RegExp(
      String.raw`\b(?:show\s+you\s+how|walk\s+you\s+through\s+(?:our|how|the\s+platform)` +
        String.raw`|learn\s+more\s+about\s+(?:us|our|how\s+we)|explore\s+how\s+(?:we|our))\b`,
      'i',
    ),
  ];
}

function greetingLength(head: string, prepared: Prepared): number {
  const match = prepared.salutation.exec(head) ?? prepared.nameLine.exec(head);
  return match ? match[0].length : 0;
}

type Verdict = 'connection' | 'pitch' | 'neutral';

function judge(sentence: string, prepared: Prepared): Verdict {
  const s = sentence.replace(/’/g, "'");
  if (prepared.connection.some((p) => p.test(s))) return 'connection';
  if (prepared.senderName.test(s)) return 'pitch';
  if (prepared.pitchAsWritten.some((p) => p.test(sentence)) || prepared.pitch.some((p) => p.test(s))) return 'pitch';
  // A question about them ("How is the rollout going for your team?") is connection; "are you open to…"
  // was caught above.
  if (/\?\s*$/.test(s) && /\b(?:you|your|you're|you've)\b/i.test(s) && !prepared.salesQuestion.test(s)) {
    return 'connection';
  }
  return 'neutral';
}

/** The first sentences after the greeting and pleasantries: the part of the mail a reader judges it by. */
function openingSentences(head: string, count: number, prepared: Prepared): Span[] {
  return splitSentences(head, greetingLength(head, prepared))
    .filter((s) => !prepared.pleasantry.test(head.slice(s.start, s.end).replace(/’/g, "'")))
    .slice(0, count);
}

function suggestions(pitch: string): Suggestion[] {
  return [
    {
      label: 'Open with their last message',
      replacement: `You mentioned [what they told you], so I thought of you. ${pitch}`,
    },
    {
      label: 'Open with a question about them',
      replacement: `What matters most to you right now with [their goal]? ${pitch}`,
    },
    { label: 'Open with their news', replacement: `Congratulations on [their news]. ${pitch}` },
  ];
}

/** The pitch in the first one or two sentences, before any word about the reader. */
function pitchSpan(head: string, prepared: Prepared): Span | undefined {
  let first: Span | undefined;
  let last: Span | undefined;
  for (const span of openingSentences(head, 2, prepared)) {
    const verdict = judge(head.slice(span.start, span.end), prepared);
    if (verdict === 'connection') break;
    if (verdict === 'pitch') {
      first ??= span;
      last = span;
    }
  }
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/** A pitch in the first one or two sentences, before any word about the reader. */
export const pitchFirst: Detector<Prepared> = {
  id: 'pitch-first',
  kinds: ['pitch-first'],
  scope: 'opening',
  reads: {
    bindings: { 'pitch-first/opening': 'An opening about the sender or the offer before the reader.' },
    cues: CUES,
  },
  prepare: (ruleset) => prepare(ruleset.cues),
  detect({ text, rule }, prepared) {
    const bound = rule('pitch-first/opening');
    const span = bound && pitchSpan(text, prepared);
    if (!bound || !span) return [];
    const pitch = text.slice(span.start, span.end);
    return [
      makeFinding(
        bound,
        text,
        span.start,
        span.end,
        suggestionsOf(bound, () => suggestions(pitch)),
      ),
    ];
  },
};
