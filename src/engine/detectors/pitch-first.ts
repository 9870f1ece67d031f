import { type Clause, readClause } from '../clause';
import { cuePattern, sharedPattern } from '../cues';
import type { TextDetector } from '../detector';
import { makeFinding, suggestionsOf } from '../finding';
import type { CueLists } from '../ruleset';
import {
  couldBeName,
  framesSentence,
  infinitiveOf,
  isAdverbOfAdjective,
  isFunctionWord,
  isInfinitive,
  isKnownWord,
  tagSentence,
  tagsAt,
} from '../grammar';
import { contributions, type LinearModel, probability } from '../linear-model';
import { MERGE_FIELD } from '../merge-fields';
import { memoByIdentity } from '../memo';
import { CURRENCY } from '../money';
import { WORD_FEATURE, WORD_PREFIX, wordFeatures, wordsOf } from '../opening-words';
import { blankPreamble, type PreamblePatterns } from '../preamble';
import { isClosingLine } from '../quoted-history';
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
  'pitch-first/crowd-addressees':
    'Words a greeting names a crowd by, not a person ("Dear Valued Customer", "Hi there", "Attention ' +
    'Homeowners"): customer, everyone, attention.',
  'pitch-first/message-words': 'What "I hope this … finds you well" calls the mail: email, message, note.',
  'pitch-first/wellbeing-words': 'How a stock "I hope you\'re …" wish goes on: well, doing well, having, enjoy.',
  'pitch-first/pleasantry-times': 'What a stock "I hope your …" wish is about: week, weekend, holidays.',
  'pitch-first/how-is-your': 'What small talk asks after in "how is your …": week, day.',
  'pitch-first/referrals':
    'How a line says who sent the writer, and nothing else: suggested I get in touch, gave me your name.',
  'pitch-first/intrusions':
    'What "sorry to …" or "apologies for …" excuses when it excuses only the writing: bother you, the cold email.',
  'pitch-first/bare-thanks': 'Thanks that make a line of their own, with nothing after: thanks, thank you.',
  'pitch-first/hello-words':
    'Greetings that, with a few words after, make a line of small talk ("Hi there!"): hi, hey.',
  'pitch-first/thanks': 'Words that thank the reader for something in "… for": thanks, thank you, thx.',
  'pitch-first/praise': 'Praise for something of the reader\'s in "… on": congratulations, well done, kudos.',
  'pitch-first/support-words': 'What "a note of …" brings the reader: support, sympathy, encouragement.',
  'pitch-first/view-online':
    'Lines above a stripped newsletter about the mail itself, not in it: view in browser, view online.',
  'pitch-first/document-titles':
    'What a masthead or a notice calls itself ("March Newsletter", "Your receipt from…"): newsletter, receipt.',
  'pitch-first/terms-documents':
    'What a notice of changed terms names ("We\'re updating our …"): terms of use, privacy policy, fees.',
  'pitch-first/issue-words': 'Words that date an issue after its title ("Club News, March"): march, spring, issue.',
  'pitch-first/reader-acts': 'What the reader did in "you …", so the mail answers them: mentioned, asked.',
  'pitch-first/reader-things': 'What of the reader\'s the mail answers in "your …": question, email, new role.',
  'pitch-first/hook-verbs':
    'What "we\'ve … your" says the writer saw or felt of the reader, a pitch\'s hook, not an act: noticed, missed.',
  'pitch-first/milestone-verbs':
    'What "you just … 1,000 followers" says the reader or their thing reached, counted: passed, hit, made.',
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
  'pitch-first/glad-words': 'How the sender feels in "… to announce", milder than eager: pleased, happy, glad.',
  'pitch-first/unveil-verbs':
    'What "pleased to …" goes on to do when it announces: announce, unveil (not share: "glad to share the file").',
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
  'pitch-first/release-verbs':
    'What "we just …" or "our app just …" announces, a launch or a partnership: launched, partnered with.',
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
  'pitch-first/organisation-words':
    'Last words of a business\'s name, as written: "Brandon Marsh Solicitors offers…" is about a firm: Ltd, Clinic.',
  'pitch-first/hype-words': 'Words that hype what they describe: exciting, award-winning, brand-new, world-class.',
  'pitch-first/news-labels': 'Labels that open an announcement before a colon or an exclamation: new, big news, sale.',
  'pitch-first/sales-commands':
    'Commands that open an advert, selling a benefit ("Save up to 70%", "Discover…"): save, enjoy, claim.',
  'pitch-first/name-activities':
    'What "Acme is …" announces the sender is doing, in the -ing form: inviting, offering, hiring.',
  'pitch-first/claim-verbs':
    'What a name claims to do for customers in "Acme … finance teams": helps, offers, syncs, saves.',
  'pitch-first/arrival-words': 'How "… is here!" announces that something of the sender\'s has arrived: here, live.',
  'pitch-first/arrived-words':
    'How "… has landed" announces that something of the sender\'s has come: landed, arrived.',
  'pitch-first/invitations':
    "Words that invite the reader to the sender's event: you're invited, join us for, come along.",
  'pitch-first/novelty-words': 'How "the all-new … is here" marks a product as new: new, all-new, latest.',
  'pitch-first/crowd-nouns': 'Whom "over 500 … trust Acme" counts as customers: companies, teams, clinics.',
  'pitch-first/proof-verbs': 'What "over 500 companies … Acme" says the crowd does with the sender: trust, use.',
  'pitch-first/thinking-verbs':
    'What "I … " says of the writer\'s own mind or reading, as colleagues open: think, believe, remember, reviewed.',
  'pitch-first/progress-verbs':
    'What "we\'re still …" says the shared work is doing, as a status update opens: working, waiting.',
  'pitch-first/bad-news':
    'Words that break bad news, which no pitch opens with: unable to, could not, declined, overdue, outage.',
  'pitch-first/launching-verbs':
    'What "we\'re … our new app" announces as it happens: launching, rolling out, introducing, unveiling.',
} as const;

type CueName = keyof typeof CUES;
type Template = (cue: (name: CueName) => string) => string;

/** Everything the detector matches with, built from the ruleset's cue lists once per ruleset. */
interface Prepared extends PreamblePatterns {
  /** The weights the opening is judged by (rules/opening-model.json); none: nothing is judged. */
  model: LinearModel | undefined;
  nameLine: RegExp;
  /** A label that announces before its colon ("New:", "SALE:"): a headline's, never a record's field. */
  newsLabel: RegExp;
  /** One word of a greeting that names a crowd ("Valued", "Customer", "there"), or a title ("Ms"). */
  notAName: RegExp;
  pleasantry: RegExp;
  /** Turns to the reader; tested with curly apostrophes made straight. */
  connection: RegExp[];
  /**
   * A name from `pitch-first/sender-names`, as whole words; not after "your": "your Ledgerly
   * subscription" is the reader's account with the sender, which a notice about it is about.
   */
  senderName: RegExp;
  /** Introductions and claims whose names and capitals are tested as written. */
  pitchAsWritten: [Family, RegExp][];
  /** Talk about the sender or the offer; tested with curly apostrophes made straight. */
  pitch: [Family, RegExp][];
  /** "More than 500 clinics trust Ledgerly": customers counted as proof, and the name they trust. */
  crowdProof: RegExp;
  /** "Are you interested…?": a question that sells. */
  salesQuestion: RegExp;
  /** "We were unable to process your payment": bad news, which no pitch opens with. */
  badNews: RegExp;
  /** "I don't know if…", "I have reviewed the draft": the writer thinking aloud, as a colleague writes. */
  muses: RegExp;
  /** "noticed", "missed": what the writer perceived or felt of the reader, never an act done to their things. */
  hookVerb: RegExp;
  /** "We're updating our Terms of Use", "Our fees are changing": a change to the reader's terms, told as a notice. */
  termsChange: RegExp;
  /** Words that hype what they describe ("award-winning"), wherever they stand. */
  hype: RegExp;
  /** "Brandon Marsh Solicitors offers…": a business's name, by its last word, as the subject. */
  organisationSubject: RegExp;
  /** "Quantum Freight just launched…": a name, then what it has just released. */
  nameRelease: RegExp;
  /** "NextResearch is inviting you…": a name, then what it is doing for the reader's attention. */
  nameActivity: RegExp;
  /** "Widgetly now syncs…", "Northwind helps…": after a name, a verb of what it does for customers. */
  claimVerb: RegExp;
}

// "I'm Dana from Acme", "I'm Dana, head of growth at Acme", "I am Dr. James Alabi, the chairman of…": a
// self-introduction by name, a title and up to three names.
const SELF_INTRODUCTION = new RegExp(
  String.raw`\b(?:I'm|I’m|I am|This is)\s+(?:\p{Lu}\p{L}{0,3}\.\s*)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2}` +
    String.raw`(?:,|\s+(?:from|with|at|here\s+at|and\s+I)\b)`,
  'u',
);
/** Whether the word after "With" names a person; tagged only for the rare sentence WITH_PRODUCT matches. */
const isPerson = (sentence: string) => !!tagSentence(sentence.trimStart().slice(0, 60))[1]?.tags.has('Person');
/** The product a sentence offers as the reader's tool ("Draftboard Pro"), if it does. */
function toolOf(sentence: string): string | undefined {
  const tool = WITH_PRODUCT.exec(sentence.trimStart())?.groups?.tool;
  // Said back to the writer: "With our app…" is about "your app".
  return tool && !isPerson(sentence) ? tool.replace(/^our\b/, 'your') : undefined;
}
// "At Acme, we…": the company is the subject before the reader is mentioned.
const COMPANY_FIRST =
  /^\s*(?:[Hh]ere\s+)?[Aa]t\s+\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&|and|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,5},?\s+[Ww]e\b/u;
// A capitalised word that could be a company's or product's name: "Stackwise", "Quill & Co.".
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*`;

// The small words a sentence may open with before its subject: "So we…", "Just you…", "And I…".
const LEAD_IN = String.raw`^(?:(?:so|just|also|and|but|now)\s+)?`;

// A run of emoji ("👋", "🎉🎉"), as a greeting may open with.
const EMOJI_RUN = String.raw`[\p{Extended_Pictographic}\u{FE0F}\u{200D}\p{Emoji_Modifier}]+\s*`;

/**
 * A title that names a document or an issue: "March Newsletter", "Club News, March", "Tax invoice /
 * receipt", "News from the Hollow Tree". Its "from …" names a sender, never an offer: no colon, figure or price.
 */
const documentTitle: Template = (cue) => {
  const noun = `(?:${cue('pitch-first/document-titles')})s?`;
  return (
    String.raw`^(?:(?:your|our|the|a|an)\s+)?(?:[\p{L}\p{N}'’&.-]+\s+){0,4}?${noun}(?:\s*\/\s*${noun})?` +
    String.raw`(?:\s+(?:from|for|of|at|to|with)\s+[^\n:!?%$£€\d]{1,60}?)?` +
    String.raw`(?:[,\s]+(?:${cue('pitch-first/issue-words')}|#?\d{1,4}(?:st|nd|rd|th)?)\.?)*\s*$`
  );
};

/**
 * A change to the terms the reader holds with the sender, told as a notice: "We're updating our Terms of
 * Use", "We've made some changes to our privacy policy", "Our fees are changing from 1 May".
 */
const termsChange: Template = (cue) => {
  const terms = String.raw`(?:our|the|your)\s+(?:[\w-]+\s+){0,2}?(?:${cue('pitch-first/terms-documents')})\b`;
  const changing = '(?:updating|updated|changing|changed|revising|revised)';
  return (
    String.raw`^(?:we(?:'re|\s+are|'ve|\s+have|'ll\s+be|\s+will\s+be)?\s+` +
    String.raw`(?:${changing}|(?:making|made)\s+(?:some\s+|a\s+few\s+)?changes\s+to)\s+${terms}` +
    String.raw`|(?:important\s+)?changes\s+to\s+${terms}` +
    String.raw`|${terms}\s+(?:(?:is|are|will\s+be|has\s+been|have\s+been)\s+)?${changing})`
  );
};

// Rulesets with the same cue lists and model share them (see buildRuleset), and so share what is built from them.
const preparedFor = memoByIdentity<Prepared>();

function prepare(cues: CueLists, model: LinearModel | undefined): Prepared {
  const pattern: Pattern = (flags, template) => cuePattern(cues, flags, template);
  return {
    model,
    // "Hi Sam," "Good morning team!" "Dear Ms. Lee:" — a salutation at the very start, alone on its
    // line or followed by the first sentence.
    // A wave or other emoji may stand before it ("👋 Hi Sam,").
    salutation: pattern(
      'iu',
      (cue) =>
        String.raw`^\s*(?<lead>(?:${EMOJI_RUN})?` +
        String.raw`(?:${cue('pitch-first/salutations')}|good\s+${cue('pitch-first/times-of-day')}))\b` +
        String.raw`(?:${MERGE_FIELD}|[^\n,:!?{}]){0,60}?(?:[,:!]|\s[-–—](?=\s)|(?=[ \t]*\n)|$)`,
    ),
    viewOnline: pattern('i', (cue) => String.raw`^(?:${cue('pitch-first/view-online')})\b[^\n]{0,60}$`),
    documentTitle: pattern('iu', documentTitle),
    newsLabel: pattern('i', (cue) => String.raw`^\s*(?:${cue('pitch-first/news-labels')})\s*:`),
    // Or a bare "Sam," or "Dr. Lee:" line.
    nameLine: pattern(
      'u',
      (cue) =>
        String.raw`^\s*(?:${cue('pitch-first/titles')}\.?\s+)?` +
        // On one line: "Quarterly Review\n\nHi Sam," is a title, then a greeting, not one long name.
        String.raw`\p{Lu}[\p{L}'.-]{0,30}(?:[ \t]+\p{Lu}[\p{L}'.-]{0,30}){0,3}[ \t]*(?:[,:]|(?=[ \t]*\n))`,
    ),
    notAName: pattern(
      'iu',
      (cue) => String.raw`^(?:${cue('pitch-first/crowd-addressees')}|${cue('pitch-first/titles')})\.?$`,
    ),
    pleasantry: pleasantry(pattern),
    connection: connection(pattern),
    // "Widgetly now syncs with every CRM": a team's own name makes the sentence about the sender. Letters
    // rather than \b mark the edges, so "Acme Co." and "Café Nord" match as whole names too.
    senderName: pattern(
      'iu',
      (cue) =>
        String.raw`(?<![\p{L}\p{M}\p{N}_])(?<!\byour\s+)${cue('pitch-first/sender-names')}(?![\p{L}\p{M}\p{N}_])`,
    ),
    pitchAsWritten: withFamilies(pitchAsWritten(pattern), AS_WRITTEN_FAMILIES),
    pitch: withFamilies(pitch(pattern), PITCH_FAMILIES),
    // "How is the rollout going for your team?" asks about them; "Are you interested in…?" sells.
    salesQuestion: pattern('i', (cue) => String.raw`\bare\s+you\s+${cue('pitch-first/sales-questions')}\b`),
    badNews: pattern('i', (cue) => String.raw`\b${cue('pitch-first/bad-news')}\b`),
    muses: pattern(
      'i',
      (cue) =>
        `${LEAD_IN}(?:i` +
        String.raw`(?:'m|'ve|\s+am|\s+have|\s+do(?:n't|\s+not)?|\s+(?:just|also|still))?` +
        String.raw`\s+(?:(?:just|also|still|really|only|now)\s+)?(?:${cue('pitch-first/thinking-verbs')})` +
        // "We are still working with our developer on it", "I'm still waiting to hear from legal": where a
        // piece of shared work stands, as colleagues report it.
        String.raw`|(?:i|we)(?:'m|'re|\s+am|\s+are)\s+still\s+(?:${cue('pitch-first/progress-verbs')}))\b`,
    ),
    termsChange: pattern('i', termsChange),
    hookVerb: pattern('i', (cue) => `^(?:${cue('pitch-first/hook-verbs')})$`),
    crowdProof: crowdProof(pattern),
    // Global, for counting; tested with `search`, which ignores the flag's state.
    hype: pattern('gi', (cue) => String.raw`\b${cue('pitch-first/hype-words')}\b`),
    // A firm's name, then what it does or is doing ("offers", "is looking for", "is delighted to"). "The Grand
    // Hotel is the one with the blue door" only says which building, so a bare "is" is not enough.
    claimVerb: pattern(
      'i',
      (cue) => String.raw`^\s+(?:(?:now|just|also|already)\s+)?${cue('pitch-first/claim-verbs')}\b`,
    ),
    nameRelease: pattern(
      'u',
      (cue) =>
        String.raw`^(?!(?:${NOT_NAMES})\b)(?<name>${NAME_WORD}(?:\s+${NAME_WORD}){0,2})\s+` +
        // "Telvora today unveiled the X9": a press release's name, day and release.
        String.raw`(?:(?:has|have|just|now|recently|today|officially)\s+)+(?:${cue('pitch-first/release-verbs')})\b`,
    ),
    nameActivity: pattern(
      'u',
      (cue) =>
        String.raw`^(?!(?:${NOT_NAMES})\b)(?<name>${NAME_WORD}(?:\s+${NAME_WORD}){0,2})\s+(?:is|are)\s+` +
        String.raw`(?:now\s+)?(?:${cue('pitch-first/name-activities')})\b`,
    ),
    organisationSubject: pattern(
      'u',
      (cue) =>
        String.raw`^(?:The\s+)?(?:${NAME_WORD}\s+){1,4}?${cue('pitch-first/organisation-words')}\.?,?\s+` +
        String.raw`(?:(?:now|just|also)\s+)?(?:(?:is|are)\s+(?:now\s+)?` +
        String.raw`(?:\p{Ll}{2,}ing|${cue('pitch-first/eager-words')}` +
        String.raw`|one\s+of|(?:the|a|an)\s+${cue('pitch-first/rank-adjectives')})|has|have|\p{Ll}{2,}s)\b`,
    ),
  };
}

type Pattern = (flags: string, template: Template) => RegExp;

/** The patterns, each with what it stands for; a list of another length is a mistake in this file. */
function withFamilies(patterns: RegExp[], families: readonly Family[]): [Family, RegExp][] {
  if (patterns.length !== families.length) throw new Error('pitch-first: one family per pattern');
  return patterns.map((p, i) => [families[i]!, p]);
}

// Formula that says nothing about either side, so the opening starts after it: "I hope this email
// finds you well", "Happy Friday!", "How are you?", "Thanks so much!", "Hi there!", a bare "Nice to
// meet you!" (not "Great to meet you at the expo", which names something shared), "Greetings from
// Infotrek Solutions Pvt. Ltd.!" (the sender's card, read again in what follows), "Sorry to bother
// you again." (the writing excused, no harm regretted), "Tom Hale suggested I get in touch." (a referral).
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
      // "Thank you for taking the time to read my email.", "Thanks in advance for your time.": thanks for
      // reading the very mail they are reading, which is nothing of theirs yet ("…for your time on Friday"
      // and "…for reading my proposal" thank them for something they did).
      String.raw`^${cue('pitch-first/bare-thanks')}\s+(?:so\s+much\s+)?(?:in\s+advance\s+)?for\s+` +
        String.raw`(?:(?:taking|spending)\s+(?:the|a|some|your)\s+(?:time|moment|minute|few\s+minutes)\s+(?:to\s+)?)?` +
        String.raw`(?:(?:read|view|review|open|consider)(?:ing)?\s+(?:this|my|our)\s+` +
        String.raw`${cue('pitch-first/message-words')}` +
        String.raw`|your\s+(?:time|attention)(?:\s+and\s+(?:consideration|attention))?)[.!]*$`,
      String.raw`^${cue('pitch-first/hello-words')}\b.{0,30}[!.]$`,
      String.raw`^(?:it's\s+)?(?:nice|pleased|glad|good|great|lovely)\s+to\s+(?:e-?)?meet\s+you(?:\s+all)?\s*[!.]*$`,
      String.raw`^(?:warm\s+|season'?s\s+)?greetings\s+from\s+[^!?\n]{1,80}?[!.]*$`,
      // "Sorry to bother you on a Sunday.", "Apologies for the cold email.": an excuse for writing at all,
      // which regrets no harm. On its own, with nothing after a comma ("…, but could you…" goes on).
      String.raw`^(?:(?:so|very|really)\s+)?(?:sorry|apologies|(?:i|we)\s+apologi[sz]e)\s+(?:to|for)\s+` +
        String.raw`${cue('pitch-first/intrusions')}\b[^.!?,;:\n]{0,40}[.!]*$`,
      // "Joanne Burke at Eastside Dental suggested I get in touch.": who sent the writer, and nothing of the
      // reader or the offer yet; what the writer says next is the opening ("…about our service" goes on).
      String.raw`^[^.!?\n]{1,80}?\b${cue('pitch-first/referrals')}\b(?![^.!?\n]*\b(?:our|we|my|us)\b)` +
        String.raw`[^.!?,;:\n]{0,24}[.!]*$`,
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
    // "I am writing on behalf of Ken, who has asked me to thank you for hosting him", "I wanted to thank you
    // for…": thanks for something of theirs, whoever sends them and wherever they stand in the sentence.
    pattern('i', () => String.raw`\bto\s+(?:thank|congratulate)\s+you\s+(?:so\s+much\s+|again\s+)?(?:for|on)\b`),
    // Congratulations on something of theirs; a bare "CONGRATULATIONS!" is how prize mail opens.
    pattern('i', (cue) => String.raw`\b${cue('pitch-first/praise')}\s+(?:on|to|for|again)\b`),
    // "I just wanted to write you a note of support in what must be trying times": written for them.
    pattern('i', (cue) => String.raw`\b(?:note|word|line|message|card)s?\s+of\s+${cue('pitch-first/support-words')}\b`),
    pattern('i', (cue) => String.raw`\byou(?:'ve|\s+have)?\s+${cue('pitch-first/reader-acts')}\b`),
    pattern('i', (cue) => String.raw`\byour\s+${cue('pitch-first/reader-things')}\b`),
    // "You just passed 1,000 followers", "Your shop made its first sale", "You reached $10,000 ARR": a milestone
    // of the reader's, counted, is their news. (A prize or a draw counted is the sender's claim: "You have
    // reached the final stage of our $1,000,000 draw".)
    pattern(
      'iu',
      (cue) =>
        String.raw`^(?![^.!?]*\b(?:prizes?|won|win|winners?|draw|jackpot|lottery|cash)\b)` +
        String.raw`(?:you(?:'ve|\s+have)?\s+|your\s+(?:[\p{L}-]+\s+){1,2}?)` +
        String.raw`(?:just\s+|now\s+|officially\s+|finally\s+)?` +
        String.raw`(?:${cue('pitch-first/milestone-verbs')})\s+(?:[^.!?\d]{0,30}?)` +
        String.raw`(?:[$£€]?\d|\b(?:first|hundredth|thousandth|millionth)\b)`,
    ),
    // "Following up on your question" picks up their words; "following up on my note" chases the pitch, and a
    // bare "Following up in case this got buried" points at nothing of theirs.
    pattern(
      'i',
      (cue) =>
        String.raw`^(?:just\s+)?(?:following\s+up(?!\s+on\s+(?:my|our)\b)` +
        String.raw`(?=\s+(?:on|about|re|regarding|from|after|with)\b)|${cue('pitch-first/follow-ups')})\b`,
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
        // "We are Van Dijk Hydroponics from Rotterdam and…", "We are the Müller GmbH and…": where it is from
        // and a learner's "the" belong to the introduction.
        String.raw`|^\s*We(?:'re|’re|\s+are)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&.-]*` +
        String.raw`(?:\s+(?:&|\p{Lu}[\p{L}\p{N}&.-]*)){0,5}(?:\s+(?:from|in|based\s+in)\s+\p{Lu}[\p{L}-]*)?` +
        String.raw`(?:,|\s+and\b)` +
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
    // "St Aldhelm's is an outstanding independent day school": a name describing itself as a business.
    pattern(
      'u',
      (cue) =>
        String.raw`^(?!(?:${NOT_NAMES})\b)(?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}\s+is\s+` +
        String.raw`(?:a|an|one\s+of\s+the)\s+(?:(?!(?:at|of|in|for|with|from|on|to|by)\b)[\p{L}'’-]+\s+){0,4}?` +
        String.raw`${cue('pitch-first/provider-nouns')}s?\b`,
    ),
  ];
}

// The writer talks about themselves or asks for the reader's time before anything else.
function pitch(pattern: Pattern): RegExp[] {
  return [
    sharedPattern(
      String.raw`\bmy\s+name\s+is\b|\bi(?:'m|\s+am)\s+representing\b` +
        // "I am writing you from SoftForge": a writer introduced by the firm they write from.
        String.raw`|\bi(?:'m|\s+am)\s+(?:writing|emailing)\s+(?:to\s+)?you\s+(?:from|on\s+behalf\s+of)\b`,
      'i',
    ),
    pattern(
      'i',
      (cue) =>
        String.raw`\bwe've\s+(?:${cue('pitch-first/track-record-verbs')}` +
        // "We've added you to the workspace" reports an act on the reader's things, not a launch.
        String.raw`|(?:just\s+)?${cue('pitch-first/launch-verbs')})\b(?!\s+(?:you|your)\b)` +
        // "We launched our new dashboard last week": the sender's new product, announced.
        String.raw`|\bwe\s+(?:just\s+|recently\s+)?${cue('pitch-first/launch-verbs')}\s+our\s+(?:all-|brand-)?new\b` +
        // "We're rolling out an update that…", "we are launching our new app": the same news, as it happens.
        String.raw`|\bwe(?:'re|\s+are)\s+(?:now\s+|officially\s+)?${cue('pitch-first/launching-verbs')}\s+` +
        String.raw`(?:our|(?:an?|the)\s+(?:(?:all-|brand-)?new|update|upgrade|redesign)|(?:all-|brand-)?new)\b` +
        String.raw`|\b${cue('pitch-first/news-adjectives')}\s+news\s+from\b|\bwe\s+pride\s+ourselves\b`,
    ),
    // "You have been specially selected", "You've just won": an adverb may stand before or inside the claim.
    pattern(
      'i',
      (cue) =>
        String.raw`\byou(?:'ve|\s+have)\s+${ADVERB}` +
        cue('pitch-first/prize-claims').replaceAll(String.raw`\s+`, String.raw`\s+${ADVERB}`) +
        String.raw`\b`,
    ),
    // News about the sender: an award, an event, a release.
    pattern(
      'i',
      (cue) =>
        String.raw`\b${cue('pitch-first/eager-words')}\s+to\s+${cue('pitch-first/announce-verbs')}\b` +
        // "We are pleased to announce…": milder words, and only with a verb that announces (a writer is
        // "happy to share the checklist" or "glad to introduce you to Sam" for the reader's sake).
        String.raw`|\b${cue('pitch-first/glad-words')}\s+to\s+${cue('pitch-first/unveil-verbs')}\b` +
        // "We've just been named…", "The Council is proud to have been shortlisted…".
        String.raw`|\b(?:we(?:'ve|\s+have)|proud\s+to\s+have)\s+(?:just\s+)?been\s+` +
        String.raw`${cue('pitch-first/accolade-verbs')}\b`,
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
        String.raw`|did\s+you\s+know\s+(?:that\s+)?(?:\d+|most|over|nearly|almost|more\s+than|you\s+can|our` +
        // "Did you know Notebox can turn any email into a task?": a product tip, asked.
        String.raw`|[^?]{1,40}?\b(?:can|lets|helps|now)\b)` +
        // "What if your month-end close took two days?": a wish the writer means to sell to.
        String.raw`|what\s+if\s+(?:you|your)\b|imagine\s+(?:if\s+you|being|having))\b`,
    ),
    sharedPattern(
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
    // "15 minutes for a call", "a 10-minute demo", "five minutes of your time"; "I'd love to grab 15 minutes to
    // introduce Zentrix" (not "grab 20 minutes to go through the numbers", which is work done together).
    pattern('i', (cue) => {
      const ask = [cue('pitch-first/call-words'), cue('pitch-first/demo-words'), cue('pitch-first/minutes-for')];
      return (
        String.raw`\b${SPAN_OF_TIME}\s+(?:(?:for|to)\s+(?:an?\s+)?)?(?:${ask.join('|')})\b` +
        String.raw`|\b(?:grab|borrow|steal|spare|book|find|get)\s+(?:just\s+)?(?:a\s+)?${SPAN_OF_TIME}\b[^.!?]{0,40}?` +
        String.raw`\bto\s+(?:show|introduce|walk\s+you|share|demo|present|tell\s+you\s+about)\b`
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
    sharedPattern(
      String.raw`\b(?:show\s+you\s+how|walk\s+you\s+through\s+(?:our|how|the\s+platform)` +
        String.raw`|learn\s+more\s+about\s+(?:us|our|how\s+we)|explore\s+how\s+(?:we|our))\b`,
      'i',
    ),
    // A headline's grammar: "New: same-day courier…", "Big news!", "Summer at The Lakeside is here!".
    pattern(
      'i',
      (cue) =>
        // "Great news: your shop is approved" is news of the reader's own thing, a notice.
        String.raw`^(?:${cue('pitch-first/news-labels')})\s*[:!](?!\s*(?:your|you|you're|you've)\b)` +
        // "Version 5.0 is here.", "Our autumn menu has landed.": a number's point is no sentence's end.
        // "Your parcel has arrived" is a notice of the reader's own thing.
        String.raw`|^(?!(?:[\w ]{1,20}:\s*)?(?:your|you|it|this|that|he|she|they)\b)(?:[^.!?\n]|\.(?=\d)){1,60}?\s` +
        String.raw`(?:(?:is|are)\s+(?:now\s+)?(?:${cue('pitch-first/arrival-words')})` +
        String.raw`|(?:has|have)\s+(?:just\s+|finally\s+)?(?:${cue('pitch-first/arrived-words')}))\s*[!.]?\s*$`,
    ),
    // "Sunrise yoga returns on Sunday", "Double points are back on every flight", "Join us on 10 April",
    // "We're hiring": the sender's event or news, announced.
    sharedPattern(
      String.raw`^[^.!?]{1,60}?\s(?:returns|is\s+returning|are\s+returning|is\s+back|are\s+back)\b` +
        String.raw`|^join\s+us\s+(?:on|for|at|this|next)\b|\bwe(?:'re|\s+are)\s+(?:now\s+)?hiring\b` +
        // "We're looking for an experienced IT support person": a job advert.
        String.raw`|\bwe(?:'re|\s+are)\s+(?:now\s+|currently\s+|desperately\s+)?looking\s+for\s+(?:an?|\d+)\s+` +
        String.raw`(?:[\w-]+\s+){0,3}?(?:person|people|developers?|engineers?|administrators?|managers?|candidates?` +
        String.raw`|volunteers?|agents?|representatives?|assistants?|staff)\b` +
        String.raw`|\b(?:has|have)\s+just\s+(?:come\s+to\s+market|landed|dropped|gone\s+live|launched)\b` +
        // "We just shipped edge functions": fresh news needs no "new" (not "we just added you to the list").
        String.raw`|\bwe(?:'ve)?\s+just\s+(?:launched|released|shipped|rolled\s+out|unveiled|introduced|opened)\b` +
        String.raw`(?!\s+(?:you|your)\b)` +
        String.raw`|\bwe(?:'re|\s+are)\s+hosting\s+our\b`,
      'i',
    ),
    // "We do SOC 2 audits in six weeks", "We've built the fastest invoicing app": what the sender does or
    // claims to be best at, first.
    pattern(
      'i',
      (cue) =>
        String.raw`^we\s+do\s+(?!not\b|need|have|want|know|apologi|hope|understand|appreciate|value|look|think)[a-z]` +
        String.raw`|^(?:we|our)\b[^.!?]{0,40}?\b(?:the|a)\s+${cue('pitch-first/superlatives')}\b`,
    ),
    // "We are a 14-year-old manufacturing company…", "We're one of the leading…": who the sender is, first.
    pattern(
      'iu',
      (cue) =>
        String.raw`^(?:we(?:'re|\s+are)|our\s+${cue('pitch-first/our-subjects')}\s+is)\s+(?:a|an|one)\b` +
        String.raw`[^.!?]{0,60}?\b${cue('pitch-first/provider-nouns')}s?\b` +
        // "We are family company doing loft conversions": the same, as a writer without articles puts it.
        String.raw`|^we(?:'re|\s+are)\s+(?!\p{L}+(?:ing|ed)\b)` +
        String.raw`(?:(?!(?:${NOT_BEFORE_PROVIDER})\b)[\p{L}-]+\s+){1,4}?${cue('pitch-first/provider-nouns')}\b`,
    ),
    // "Save up to 70% on…", "yours for only $12.99": the price is the first thing said. "…so here's £10 off
    // your next order", "30% off everything this weekend": money off, offered.
    pattern(
      'i',
      (cue) =>
        String.raw`^(?:${cue('pitch-first/sales-commands')})\b` +
        String.raw`|\b(?:only|just)\s+${CURRENCY}\s?\d|\bsave\s+(?:up\s+to\s+)?(?:\d+\s?%|${CURRENCY}\s?\d)` +
        String.raw`|(?:${CURRENCY}\s?\d[\d,.]*|\b\d+(?:\.\d+)?\s?%)\s+off\s+` +
        String.raw`(?:your\s+(?:next|first)|everything|all\s+)`,
    ),
    // "Do you have 15 minutes on Thursday?", "Could we schedule 20 minutes next week?", "Got 10 mins this
    // week?": their time, first, however tersely it is asked.
    sharedPattern(
      String.raw`^(?:quick\s+(?:request|question|one)\s*[:,-]\s*)?` +
        String.raw`(?:(?:do|would|could|can)\s+you\s+(?:have|spare|find|give\s+me)|(?:have\s+you\s+)?got` +
        String.raw`|(?:could|can|shall)\s+(?:we|i)\s+(?:schedule|book|grab|get|have|steal|borrow|set\s+up))\b` +
        String.raw`[^?]{0,40}?\b(?:a\s+)?${SPAN_OF_TIME}\b[^?]*\?\s*$`,
      'i',
    ),
    // "Our new scheduling app helps clinics…", "Our in-house design team delivers…": the sender's own
    // thing, however it is described, as the subject of what it does for customers.
    pattern(
      'iu',
      (cue) =>
        String.raw`^our\s+(?:[\p{L}\p{N}-]+\s+){0,3}?${cue('pitch-first/our-subjects')}\s+(?:(?:now|just|also)\s+)?` +
        String.raw`(?:${cue('pitch-first/business-verbs')}|${cue('pitch-first/claim-verbs')})\b`,
    ),
    // "The all-new Zenith X2 is here, and…": something new announced, with more said after.
    pattern(
      'iu',
      (cue) =>
        String.raw`^(?:the\s+|our\s+)?(?:${cue('pitch-first/novelty-words')})\s[^.!?\n]{1,50}?\s(?:is|are)\s+` +
        String.raw`(?:now\s+)?(?:${cue('pitch-first/arrival-words')})\b`,
    ),
    // "£9.99 a month for unlimited backup", "$50 off your first order": the price is the first word.
    new RegExp(
      String.raw`^${CURRENCY}\s?\d[\d,.]*\s*(?:(?:a|per|\/)\s*(?:month|year|week|night|person|user|seat|head)\b|off\b)`,
      'i',
    ),
    // "… that's our new Family plan": the sender's new thing, wherever the first sentence names it.
    /\bour\s+(?:all-|brand-)?new\s+\p{L}/iu,
    // "I represent Dr Miriam Hale, …": the writer speaks for someone the reader is to meet.
    /\b[Ii]\s+represent\s+(?:the\s+)?\p{Lu}/u,
    // "Let me tell you about our programme", "Let me introduce myself": the writer's own story, first.
    /^let\s+me\s+(?:tell\s+you\s+(?:a\s+(?:little\s+)?bit\s+)?about|introduce|show\s+you)\s+(?:our|my|us|myself)\b/i,
    crowdProof(pattern),
    // "You're invited: the Northern Retail Summit", "we'd love you to come along": the sender's event, and
    // the reader's time for it.
    pattern('i', (cue) => String.raw`\b(?:${cue('pitch-first/invitations')})\b`),
    // "I help B2B founders turn…", "I work with independent clinics…": a freelancer's claim, first.
    /^i\s+(?:help|work\s+with|partner\s+with)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?[\p{L}-]+s\b/iu,
  ];
}

/**
 * "More than 500 clinics trust Ledgerly…", "Thousands of teams use…": customers counted, as proof; the
 * name they trust, when one follows, is the sender's (`name`).
 */
function crowdProof(pattern: Pattern): RegExp {
  return pattern(
    'iu',
    (cue) =>
      String.raw`^(?:over|more\s+than|nearly|almost|about|some)?\s*` +
      String.raw`(?:\d[\d,.]*\+?k?|thousands|hundreds|millions|dozens)` +
      String.raw`\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${cue('pitch-first/crowd-nouns')})\s+(?:already\s+|now\s+)?` +
      String.raw`(?:${cue('pitch-first/proof-verbs')})\b(?:\s+(?<name>\p{Lu}[\p{L}\p{N}.-]*))?`,
  );
}

/**
 * How much of the head its greeting takes: a salutation, or a bare name line. A word of content that no
 * name could be, with the sentence going on after its comma or colon ("Beautiful, custom websites for
 * $399!", "New: same-day pickup…"), is that sentence's start. An interjection or a sentence adverb
 * ("Congratulations,", "Honestly, we…") stands where a greeting would, and is passed over like one.
 */
function greetingLength(head: string, prepared: Prepared): number {
  const salutation = prepared.salutation.exec(head)?.[0];
  if (salutation) return salutation.length;
  const nameLine = prepared.nameLine.exec(head)?.[0] ?? '';
  const first = firstWord(nameLine);
  const goesOn = /^[ \t]*\S/.test(head.slice(nameLine.length));
  const opensSentence = goesOn && !!first && !greetsSomeone(first, prepared) && !framesSentence(first);
  return isShouted(nameLine) || opensSentence ? 0 : nameLine.length;
}

/** One adverb, or none: "just", "now", "also", or any -ly word ("specially", "personally"). */
const ADVERB = String.raw`(?:(?:just|now|also|already|[a-z]+ly)\s+)?`;

/** "15 minutes", "a 10-min", "ten mins", "half an hour", "a min": someone's time, as a request names it. */
const SPAN_OF_TIME =
  String.raw`(?:(?:\d+|five|ten|fifteen|twenty|thirty|few)[-\s]min(?:ute)?s?|half\s+an\s+hour` +
  String.raw`|min(?:ute)?|moment|sec(?:ond)?)`;

/**
 * What an opening sentence does, as features the model weighs. Each pattern family stands for one
 * thing a sentence can do (introduce the writer, claim, announce, offer, ask for time; or connect
 * with the reader); the structural features (who the sentence is about, its mood, a price) carry
 * the judgement to phrasing no pattern lists.
 */
// One family per pattern of `pitch()`, in the same order (checked when the patterns are built).
const PITCH_FAMILIES = [
  'intro',
  'claim',
  // "You've been selected…", "You have won…": the sender's claim of a prize, not an offer a reply can carry.
  'claim',
  'news',
  'news',
  'claim',
  'news',
  'claim',
  'advert',
  'intro',
  'intro',
  'intro',
  'claim',
  'claim',
  'claim',
  'claim',
  'offer',
  'ask',
  'ask',
  'ask',
  'ask',
  'ask',
  'news',
  'news',
  'claim',
  'intro',
  'advert',
  'ask',
  'claim',
  'news',
  'offer',
  'news',
  'intro',
  'intro',
  'claim',
  'ask',
  'claim',
] as const;
// Words that, between "we are" and "company", show the sentence is about something else: "We are
// here for the company", "We are sorry to the whole team".
const NOT_BEFORE_PROVIDER =
  'at|of|in|for|with|from|on|to|by|the|your|you|our|not|so|very|all|still|now|here|there|always|sorry|happy|glad';
const AS_WRITTEN_FAMILIES = ['intro', 'intro', 'intro', 'claim', 'offer', 'claim', 'claim'] as const;
type Family = (typeof PITCH_FAMILIES)[number];
const OWN_WEIGHT = ['intro', 'claim', 'news', 'offer', 'ask', 'advert', 'sender-name', 'chases'] as const;

// The features only the sentence's grammar gives (see clauseFeatures).
const CLAUSE_FEATURES = [
  'name-claims',
  'thing-claims',
  'writer-claims',
  'describes-writer',
  'reaches-reader',
  'fragment',
  'commands-reader',
  'ranks',
  'pivots',
] as const;
type ClauseFeature = (typeof CLAUSE_FEATURES)[number];

/**
 * Every feature of one sentence; a model's weights are keyed `first:<feature>` and `second:<feature>`.
 * `pitches` (any family matched) marks the sentences a finding covers; the model weighs the families
 * themselves, not their union beside them.
 */
const SENTENCE_FEATURES = [
  'connects',
  'pitches',
  'asks-them-open',
  'asks-them-yes-no',
  'intro',
  'claim',
  'news',
  'offer',
  'ask',
  'advert',
  'sender-name',
  'chases',
  'about-us',
  'about-them',
  'about-a-name',
  'second-person',
  'imperative',
  'money',
  'exclaims',
  'apology',
  'bad-news',
  'notice',
  'reports-act',
  'muses',
  'headline',
  'hype',
  'testimonial',
  ...CLAUSE_FEATURES,
] as const;
type SentenceFeature = (typeof SENTENCE_FEATURES)[number];

/**
 * Which way a feature may push, from what it means: turning to the reader never makes an opening
 * a pitch, talking about the sender or the offer never makes it less of one. Training keeps each
 * weight on its side of zero, so a quirk of the examples cannot teach the model the opposite.
 */
export const FEATURE_SIGNS: Partial<Record<SentenceFeature | WholeFeature, 1 | -1>> = {
  connects: -1,
  'asks-them-open': -1,
  'about-them': -1,
  'second-person': -1,
  apology: -1,
  'bad-news': -1,
  notice: -1,
  'reports-act': -1,
  muses: -1,
  intro: 1,
  claim: 1,
  news: 1,
  offer: 1,
  ask: 1,
  advert: 1,
  'sender-name': 1,
  chases: 1,
  'about-us': 1,
  'about-a-name': 1,
  imperative: 1,
  money: 1,
  'asks-them-yes-no': 1,
  exclaims: 1,
  headline: 1,
  hype: 1,
  testimonial: 1,
  promo: 1,
  'promo-alone': 1,
  'name-claims': 1,
  'thing-claims': 1,
  'writer-claims': 1,
  'describes-writer': 1,
  'reaches-reader': 1,
  fragment: 1,
  'commands-reader': 1,
  ranks: 1,
  pivots: 1,
};
const POSITIONS = ['first', 'second'] as const;
// The sentence after a title line ("Summer escapes from £89 a night\n\nBook a two-night stay…") is read
// twice: as the second sentence, and under a name of its own. After a title it is where a campaign makes
// its pitch, which a second sentence elsewhere seldom is, so it earns weights of its own.
const AFTER_TITLE = 'titled';
/** Which sentence of the opening a feature's prefix names. */
const positionOf = (prefix: string) =>
  prefix === AFTER_TITLE ? 1 : POSITIONS.indexOf(prefix as (typeof POSITIONS)[number]);

// What an opening can do for the sender, as the patterns and the grammar read it. Words only weigh: an
// opening is a pitch when it does one of these, and the words say how likely that is, never alone ("My
// goldfish died this weekend…" once tipped over on "my", "over 6" and "looking for").
const SELLING = new Set<string>([
  ...OWN_WEIGHT,
  'hype',
  'testimonial',
  'money',
  'imperative',
  'exclaims',
  'asks-them-yes-no',
  'about-a-name',
  'headline',
  'name-claims',
  'thing-claims',
  'describes-writer',
  'reaches-reader',
  'fragment',
  'commands-reader',
  'ranks',
  'pivots',
]);

/** Whether the opening does something for the sender: a feature that sells, not just its words. */
export function sells(features: ReadonlyMap<string, number>): boolean {
  for (const [name, value] of features) {
    // Half a mark of a promotion (the one "!" of a friendly "I just wanted to say 'Hi!'") sells nothing.
    if (name === OPENING_PROMO ? value >= ONE_MARK : SELLING.has(name.slice(name.indexOf(':') + 1))) return true;
  }
  return false;
}
/**
 * Features of the opening's whole stretch (its first 1,600 characters), keyed `opening:<feature>`.
 * `promo-alone` is the promotion once more when nothing in the opening turns to the reader or brings
 * news they must hear: a campaign that opens on its offer. A receipt or a notice carries prices and
 * links too, but opens on the reader's order or on the change; the model weighs the two apart.
 */
const WHOLE_FEATURES = ['promo', 'promo-alone'] as const;
type WholeFeature = (typeof WHOLE_FEATURES)[number];
const OPENING_PROMO = 'opening:promo';
const PROMO_ALONE = 'opening:promo-alone';

/** The names a model for openings may weigh. */
export const OPENING_FEATURES: readonly string[] = [
  ...[...POSITIONS, AFTER_TITLE].flatMap((p) =>
    SENTENCE_FEATURES.filter((f) => f !== 'pitches' && f !== 'headline').map((f) => `${p}:${f}`),
  ),
  ...POSITIONS.map((p) => `${p}:headline`),
  ...WHOLE_FEATURES.map((f) => `opening:${f}`),
];

const FIRST_PERSON_WORD = /\b(?:i|i'm|i've|i'd|i'll|me|my|we|we're|we've|we'd|we'll|us|our)\b/i;
/** A subject that is the writer themself ("I'd", "We"), not a name. */
const WRITER_WORD = new RegExp(`^${FIRST_PERSON_WORD.source}$`, 'i');
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|we'd|we'll|us|our|ours)\b/gi;
const SECOND_PERSON = /\b(?:you|you're|you've|you'd|you'll|your|yours)\b/gi;
// "Let me tell you about…" has the writer for its subject too; "Let me know…" hands over to the reader.
const ABOUT_US = new RegExp(
  LEAD_IN + String.raw`(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|we'll|our|my|let\s+(?:me|us)(?!\s+know\b))\b`,
  'i',
);
const ABOUT_THEM = new RegExp(String.raw`${LEAD_IN}(?:you|you're|you've|your)\b`, 'i');
// "Acme helps…", "Widgetly now syncs…", "Northwind is…": a name as the subject of a present-tense claim.
// ("Plove is going to Dallas" is news of a colleague, not a claim.)
const NOT_NAMES = 'This|That|It|There|Here|What|Which|Who|Your|My|Our|We|I|You|The|A|An|Please|Thanks|Thank|Just|So';
// "MV Nordic Tern is confirmed to berth…", "Marston Engineering has been bought…", "Pepper is due her booster":
// a passive or a state reports on the name; it makes no claim for it.
const STATUS = String.raw`(?!\s+(?:been\s+)?(?:\p{Ll}+ed|due|closed|open|back|out|off|away|not|no)\b)`;
const ABOUT_A_NAME = new RegExp(
  String.raw`^(?!(?:${NOT_NAMES})\b)` +
    String.raw`(?<name>${NAME_WORD}(?:\s+${NAME_WORD}){0,2})\s+(?:(?:now|just|already|also)\s+)?` +
    String.raw`(?:(?:is|are|has|have)\b(?!\s+\p{Ll}+ing\b)${STATUS}|\p{Ll}{2,}[^s\P{L}]s\b)`,
  'u',
);
/** Whether words in a name's place are a name: their first is no dictionary word ("Quantum", not "Sales"). */
const isName = (name: string | undefined): boolean => !!name && !isKnownWord(name.split(/\s+/)[0]!);

/** "NextResearch is inviting you…": a name that is no dictionary word, doing something for attention. */
function nameActs(sentence: string, prepared: Prepared): boolean {
  return isName(prepared.nameActivity.exec(sentence)?.groups?.name);
}

// The verb after a name's "is" or "has": "Marston Engineering has been bought", "Keller has sold…". An irregular
// participle reports on the name as an -ed one does (STATUS); the lexicon knows them, a pattern cannot.
const AFTER_IS_OR_HAS = /^\s+(?:(?:now|just|already|also)\s+)?(?:is|are|has|have)\s+(?:been\s+)?(?<word>\p{Ll}+)\b/u;

/** "Acme" in "Acme helps…": a capitalised subject that is no dictionary word ("Big news", "How is"). */
function namedSubject(sentence: string): string | undefined {
  const name = ABOUT_A_NAME.exec(sentence)?.groups?.name;
  if (!name) return undefined;
  // "Pick-your-own opens Saturday": a compound of dictionary words is no name either.
  const first = name.split(/\s+/)[0]!.replace(/['’]s$/, '');
  if (first.split('-').every(isKnownWord)) return undefined;
  const verb = AFTER_IS_OR_HAS.exec(sentence.slice(name.length))?.groups?.word;
  return verb && infinitiveOf(verb) ? undefined : name;
}

// What comes before a sentence's subject: "On behalf of FinServ Forward, I…", "At Acme, we…", "Big news: we're…".
const FRAME = new RegExp(
  String.raw`^\s*(?:(?:on\s+behalf\s+of|at|ahead\s+of|this|next|from|starting|as\s+of|today|tonight|tomorrow` +
    String.raw`|recently|earlier|last|on\s+(?=\p{Lu}|\d)` +
    String.raw`|for\s+(?:the\s+)?(?:last|past|next)|for\s+(?:this|a\s+limited|one)|since|over\s+the\s+(?:last|past))` +
    // "Today, we…" ends at once; "This week, we…" a few words on.
    String.raw`\b[^,;:\n]{0,60},\s*` +
    // "For forty years Harbour House has…": a span of years needs no comma to end.
    String.raw`|for\s+(?:over\s+|more\s+than\s+)?(?:\d+|\w+ty|many|several)\s+years,?\s+` +
    String.raw`|(?:[^\s:]+\s+){0,2}[^\s:]+:\s+)`,
  'iu',
);
// "Unfortunately Dr Cole is…": a sentence adverb is no part of the name after it (case-sensitive, so that
// "Widgetly now syncs" keeps its name). Only an adverb made from an adjective, or one set off by a comma:
// "Trackly Pro gives you…" names a product.
const ADVERB_FRAME = /^(?<adverb>\p{L}+ly)(?<comma>,?)\s+(?=\p{Lu})/u;

/** The sentence without a sentence adverb at its head. */
function withoutAdverb(sentence: string): string {
  const frame = ADVERB_FRAME.exec(sentence);
  if (!frame || (!frame.groups!.comma && !isAdverbOfAdjective(frame.groups!.adverb!))) return sentence;
  return sentence.slice(frame[0].length);
}
// "What if …?" imagines rather than asks: an advert's question, not one about the reader.
const OPEN_QUESTION = /^(?:[\p{L}'-]+[\s,—–-]+){0,3}?(?:how|what(?!\s+if\b)|when|where|which|who|why)\b/iu;
const MONEY = new RegExp(String.raw`${CURRENCY}\s?\d|\b\d+(?:\.\d+)?\s?%`);
// "Just circling back on my email", "bumping this up", "Any thoughts on my note from last week?": chasing
// the writer's own earlier note. "Your inbox" is where the note sits, not something of the reader's it
// answers; once the chase names "my" note, the reader's roof or budget it goes on to is still the pitch.
// "Following up on our call" or "on last week's discussion" refers back to something shared with the reader,
// not to the writer's own note, so it is no chase. "This is a gentle reminder regarding my previous email about
// our SEO services" chases in the words of a notice.
const SHARED_EVENT = '(?:call|calls|conversation|chat|discussion|meeting|catch-up|visit|tour|offsite|session|question)';
const CHASES = new RegExp(
  String.raw`^(?:(?:i'm|i\s+am|we're|we\s+are)\s+)?(?:just\s+)?` +
    String.raw`(?:circling\s+back|bumping|following\s+up|checking\s+in|chasing)\b` +
    String.raw`(?!\s+(?:on|about|from|after|re:?)\s+(?:(?:our|the|this|that|last\s+week's|\p{L}+day's)\s+)` +
    String.raw`(?:[\p{L}-]+\s+)?${SHARED_EVENT}\b)` +
    String.raw`(?:\s+(?:on|about|re:?)\s+my\b|(?!.*\byour\b(?!\s+inbox)))` +
    String.raw`|^(?:this\s+is\s+)?(?:just\s+)?a\s+(?:quick\s+|friendly\s+|gentle\s+)?(?:reminder|nudge)\s+` +
    String.raw`(?:regarding|about|on|re:?)\s+(?:my|our)\s+(?:previous|last|earlier|recent)\b` +
    String.raw`|^any\s+(?:thoughts|update|news|feedback)\s+on\s+my\s+(?:last\s+|previous\s+|earlier\s+)?` +
    String.raw`(?:email|note|message)s?\b` +
    // "Haven't heard back on the demo, so I'll assume…": the break-up note that ends a chase.
    String.raw`|^(?:i\s+|we\s+)?(?:haven't|have\s+not)\s+heard\s+back\b` +
    // "I've reached out a few times about…": counting the writer's own notes.
    String.raw`|^(?:i|we)(?:'ve|\s+have)?\s+(?:reached\s+out|written|emailed|e-mailed|messaged|called)\s+` +
    String.raw`(?:to\s+you\s+)?(?:a\s+(?:few|couple\s+of)|several|twice|a\s+number\s+of|\d+|two|three)\s+times\b`,
  'iu',
);
// "about Relay, our contract management tool", "a great fit for Huddle, our async video app": a name the
// writer glosses as their own product or firm is the sender's. A person so glossed ("Priya, our billing
// lead") or a place ("Frankfurt, our EU region") is not.
const OURS_NAMED = new RegExp(
  String.raw`\p{Lu}[\p{L}\p{N}.&'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'-]*){0,2},\s+(?:our|my)\s+(?:[\p{L}-]+\s+){0,4}?` +
    '(?:tool|app|platform|software|product|service|solution|system|suite|assistant|plug-?in|extension|add-on' +
    String.raw`|engine|marketplace|agency|studio|consultancy|startup|brand|range|collection)s?\b`,
  'u',
);
// "Introducing the Aurora Collection", "Meet the Stride X:": a product presented like a headline.
// The verb may be capitalised or not; the product's name must be (\p{Lu} under an i flag would match any letter).
const PRESENTS = /^(?:[Ii]ntroducing|[Pp]resenting|[Mm]eet|[Ss]ay\s+hello\s+to)\s+(?:the\s+|our\s+)?\p{Lu}/u;
// "With Draftboard Pro you can collaborate…", "With our app, your team can…": the product as the reader's tool, a
// claim of what it lets them do. (A name of a person is no tool: "With Sarah away, you can use her desk".)
const WITH_PRODUCT = new RegExp(
  String.raw`^[Ww]ith\s+(?<tool>our\s+[\p{L}-]+|\p{Lu}[\p{L}\p{N}.&'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'-]*){0,3}),?\s+` +
    String.raw`(?:you|your\s+(?:team|staff|customers|business))\s+(?:can|could|will|'ll|get)\b`,
  'u',
);
// The frame of a notice: "We're writing to let you know that from 1 July…", "Just a reminder that your
// trial ends…", "Please note…", "Starting 1 October, …", "FYI…": something the reader needs to know about their
// own account or booking. A pitch can wear the frame too; the model weighs it against what follows.
const NOTICE = new RegExp(
  String.raw`^(?:(?:hi|hello|dear)\b[^,]{0,30},\s*)?(?:we(?:'re|\s+are)|i(?:'m|\s+am))\s+` +
    String.raw`(?:writing|emailing|contacting\s+you)\s+` +
    String.raw`(?:to\s+(?:let\s+you\s+know|inform\s+you|advise\s+you|tell\s+you|remind\s+you|confirm|notify\s+you)` +
    String.raw`|(?:about|regarding)\s+your)\b` +
    String.raw`|^(?:just\s+)?(?:a|this\s+is\s+(?:just\s+)?a)\s+(?:quick\s+|friendly\s+|gentle\s+)?` +
    String.raw`(?:reminder|heads[\s-]up)\b` +
    String.raw`(?!\s+(?:regarding|about|on|re:?)\s+(?:my|our)\s+(?:previous|last|earlier|recent)\b)` +
    // "We are pleased to inform you that your request has been approved": news of their own account.
    String.raw`|\bto\s+(?:inform|let)\s+you\s+(?:know\s+)?that\s+your\b` +
    String.raw`|^please\s+(?:note|be\s+aware|be\s+advised)\b` +
    // "Safety recall: Brewhaus kettle…", "Power cut update — Glen Affric", "Chat transcript — Ledgerly":
    // the title of a notice or of a record, not a headline that sells ("Introducing Receipts:" presents one).
    String.raw`|^(?!(?:introducing|presenting|announcing|meet)\b)(?:[\w'&.-]+\s+){0,3}?` +
    '(?:recall|update|notice|alert|outage|incident|maintenance|advisory|reminder|statement|receipt' +
    String.raw`|confirmation|transcript|cancellation|closure|webchat)s?\s*(?::|—|–|\s-\s)` +
    // "FYI, I just got this from Tom", "See below from legal", "Attached is the digest": something passed on.
    String.raw`|^(?:fyi|f\.y\.i\.?|(?:please\s+)?see\s+(?:below|attached)|below\s+is|attached\s+(?:is|are)` +
    String.raw`|(?:i'm\s+|i\s+am\s+)?forwarding)\b` +
    String.raw`|^(?:starting|from|effective|as\s+of|beginning)\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?` +
    String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday` +
    String.raw`|sunday|today|tomorrow|next)\w*\b[^.!?]{0,30}?,`,
  'i',
);
// "We've added you to the workspace", "I have sent you the lease", "We moved your booking to Thursday": the
// writer reports what they did to the reader or their things.
const REPORTED_ACT = new RegExp(
  String.raw`^(?:so\s+|just\s+)?(?:we|i)(?<aux>'ve|\s+have|\s+had)?\s+(?:(?:just|now|also|already|finally)\s+)?` +
    String.raw`(?<verb>\p{Ll}+)\s+(?:you|your)\b`,
  'iu',
);

/**
 * Whether the sentence reports an act the writer did to the reader or their things: a notice of their
 * account, not a claim. The verb must be past ("moved") or, after "have", a participle ("have put");
 * "We help you" claims. What the writer noticed ("We've noticed your site…") hooks a pitch instead.
 */
function reportsAct(core: string, prepared: Prepared): boolean {
  const groups = REPORTED_ACT.exec(core)?.groups;
  if (!groups || prepared.hookVerb.test(groups.verb!)) return false;
  return infinitiveOf(groups.verb!) !== undefined || (!!groups.aux && isInfinitive(groups.verb!));
}
const APOLOGY = /\b(?:sorry|apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)|regret(?:s|ted|table)?)\b/i;
// Bare verbs that open courtesies rather than commands: "Please find…", "Let me know", "Hope…".
const NOT_COMMANDS = new Set(['please', 'let', 'hope', 'thank', 'thanks', 'see', 'find', 'just', 'welcome']);
// "Download our free guide", "Try our new autumn menu": the writer's thing, offered by a command. (Not "Send
// our invoice to accounts" or "Check our shared drive", which ask a colleague to do something.)
const OFFERS_OURS = new RegExp(
  String.raw`^(?:download|try|discover|explore|shop|visit|claim|grab|join|register\s+for|subscribe\s+to|upgrade\s+to` +
    String.raw`|unlock|browse|enjoy|sign\s+up\s+(?:for|to)|reserve|meet)\s+our\b`,
  'i',
);

/** Of the first- and second-person words in a sentence, the share that are "you", "your"…; 0 when none. */
function personShares(s: string): number {
  const first = s.match(FIRST_PERSON)?.length ?? 0;
  const second = s.match(SECOND_PERSON)?.length ?? 0;
  return first + second ? second / (first + second) : 0;
}

/** One opening sentence as written, with curly apostrophes made straight, and its core after the frame. */
interface Reading {
  sentence: string;
  s: string;
  core: string;
}

/** What the sentence does for the sender: the pattern families it matches, and its subject's claims. */
function pitchFamilies({ sentence, s, core }: Reading, prepared: Prepared, sender?: (text: string) => boolean) {
  const families = new Set<Family | 'chases' | 'sender-name'>();
  for (const [family, p] of prepared.pitchAsWritten) if (p.test(sentence)) families.add(family);
  for (const [family, p] of prepared.pitch) if (p.test(s)) families.add(family);
  // "Introducing Autopilot: the AI assistant that…": the name before the colon is the news, not a frame.
  if (PRESENTS.test(core) || PRESENTS.test(sentence.trimStart())) families.add('news');
  const tool = !!toolOf(sentence);
  if (tool) families.add('claim');
  const organisation = prepared.organisationSubject.test(core);
  if (organisation) families.add('claim');
  // A name that claims to do something for customers ("Northwind helps finance teams…") makes a claim.
  const name = namedSubject(core);
  if (name && prepared.claimVerb.test(core.slice(name.length))) families.add('claim');
  const released = isName(prepared.nameRelease.exec(core)?.groups?.name);
  if (released) families.add('news');
  if (CHASES.test(s)) families.add('chases');
  if (prepared.senderName.test(s) || sender?.(s) || OURS_NAMED.test(s)) families.add('sender-name');
  // "…trust Ledgerly": the name the crowd is counted for is what the sentence is about.
  const trusted = isName(prepared.crowdProof.exec(core)?.groups?.name);
  const aboutAName = organisation || !!name || released || trusted || tool || nameActs(core, prepared);
  return { families, aboutAName };
}

/** The sentence after its frame ("At Acme,", "Unfortunately"): where its subject starts. */
const coreOf = (sentence: string) => withoutAdverb(sentence.replace(FRAME, ''));

/** What one opening sentence does, as values in [0, 1]. */
function sentenceFeatures(
  sentence: string,
  prepared: Prepared,
  {
    sender,
    grammar,
    promotional,
  }: {
    sender: ((text: string) => boolean) | undefined;
    grammar: boolean;
    promotional: boolean;
  },
): Map<SentenceFeature, number> {
  const s = sentence.replace(/’/g, "'");
  const on = new Map<SentenceFeature, number>();
  const set = (feature: SentenceFeature, value = 1) => value && on.set(feature, value);
  if (prepared.connection.some((p) => p.test(s))) set('connects');
  const core = coreOf(sentence);
  const coreStraight = core.replace(/’/g, "'");
  const { families, aboutAName } = pitchFamilies({ sentence, s, core }, prepared, sender);
  // Families with examples enough to learn a weight of their own. `pitches` (any family, the rare
  // ones too) is no weight: it marks the sentences a finding covers.
  for (const family of OWN_WEIGHT) if (families.has(family)) set(family);
  if (families.size) set('pitches');
  // A question about them ("How is the rollout going for your team?"), unless it sells or asks for time.
  const sells = on.has('pitches') || prepared.salesQuestion.test(s);
  // "How is the rollout going for your team?" opens the conversation.
  if (/\?\s*$/.test(s) && /\b(?:you|your|you're|you've)\b/i.test(s) && !sells && OPEN_QUESTION.test(s)) {
    set('asks-them-open');
  }
  if (ABOUT_US.test(coreStraight)) set('about-us');
  // A colleague's opening: the writer's own thoughts or reading, not the firm's offer or claims.
  if (prepared.muses.test(coreStraight)) set('muses');
  // "You have been selected…", "Are you tired of…?": a "you" inside a pitch is not a turn to the reader.
  const pitching = on.has('pitches');
  // The grammar, read once for both of its uses below.
  const clause = grammar ? readClause(core) : undefined;
  const anyone = !!clause && generalYou(clause, core);
  // In a promotion, "you" is everyone on the list ("When you create a free account, you…"), unless the
  // sentence turns to something the reader did or said.
  const everyone = anyone || (promotional && !on.has('connects'));
  if ((ABOUT_THEM.test(s) || ABOUT_THEM.test(coreStraight)) && !pitching && !everyone) set('about-them');
  if (aboutAName) set('about-a-name');
  if (s.search(prepared.hype) >= 0) set('hype');
  // The reader's share of the people named. The writer's own share is no feature: internal notes are full of
  // "I" and pitch nothing, so it taught the model to flag them.
  if (!pitching && !everyone) set('second-person', personShares(s));
  // How hard a sentence sells: a command ("Get 20% off"), a price, an exclamation, a yes/no question
  // ("Is your team still…?"). Alone, in a note between colleagues ("Give me a call", "Send the invoice
  // for $400 to accounts"), they say nothing about a pitch, so they count only where the sentence
  // pitches or the stretch around it reads like a promotion.
  if (pitching || promotional) {
    // The mood of the sentence after its frame: "For this month only, get 20% off…" is a command.
    const firstWord = /^[\p{L}']+/u.exec(coreStraight)?.[0].toLowerCase() ?? '';
    if (isInfinitive(firstWord) && !NOT_COMMANDS.has(firstWord) && !/\?\s*$/.test(s)) set('imperative');
    if (MONEY.test(s)) set('money');
    if (/!\s*$/.test(s)) set('exclaims');
    if (/\?\s*$/.test(s) && !OPEN_QUESTION.test(s)) set('asks-them-yes-no');
  }
  if (APOLOGY.test(s)) set('apology');
  if (prepared.badNews.test(s)) set('bad-news');
  if (NOTICE.test(s) || prepared.termsChange.test(s)) set('notice');
  if (reportsAct(coreStraight, prepared)) set('reports-act');
  if (clause) for (const feature of clauseFeatures(clause, core)) set(feature);
  // The wrapper is no turn to the reader: the sentence is what its second clause claims.
  if (grammar && on.has('connects') && pivotsToTheWriter(core, prepared)) {
    set('pivots');
    for (const wrapper of ['connects', 'about-them', 'second-person'] as const) on.delete(wrapper);
  }
  // How the writer came by their name is no turn to the reader: the opening goes on to what follows.
  if (REFERRAL.test(s) && !THANKS_FIRST.test(s)) {
    for (const turn of ['connects', 'about-them', 'second-person', 'asks-them-open'] as const) on.delete(turn);
  }
  return on;
}

// "Your colleague Fiona gave me your name", "Mark mentioned you might be open to an introduction",
// "Your neighbour Phil said you might be keen to hear from us": someone else's act, told to explain the
// mail. ("You gave me your card at the expo" is the reader's own act, and "Thanks for…" thanks them.)
const REFERRAL = new RegExp(
  String.raw`(?<!\byou\s)\b(?:gave|passed|sent|forwarded|shared)\s+(?:me|us)\s+your\s+` +
    String.raw`(?:name|details|email|e-mail|address|number|contact)\b` +
    String.raw`|\b(?:mentioned|suggested|recommended|said|thought|told\s+(?:me|us))\b[^.!?]{0,40}?` +
    String.raw`(?:\byou\s+(?:might|may|could|would)\s+be\s+(?:interested|keen|open|the\s+(?:right|best)\s+person)` +
    String.raw`|\b(?:i|we)\s+(?:should\s+)?(?:reach\s+out|contact|get\s+in\s+touch|speak|talk|write)` +
    String.raw`|\byour\s+name)\b` +
    String.raw`|\bintroduced\s+(?:us|me)\b|\bpointed\s+(?:me|us)\s+(?:to|towards)\s+you\b` +
    String.raw`|\breferred\s+(?:me|us)\s+to\s+you\b`,
  'i',
);
const THANKS_FIRST = /^\W*(?:many\s+)?(?:thanks|thank\s+you|thx)\b/i;

// Where a sentence that began with the reader hands over to the writer: "Loved your talk, which is
// exactly why we built…", "Saw you're hiring three SDRs, and we place…", "…; our app could help".
const PIVOT = new RegExp(
  String.raw`(?:[,;:—–]|\b(?:and|which|so|as|because)\b)\s+` +
    String.raw`(?:(?:that's|that\s+is|which\s+is|is)\s+(?:exactly\s+|precisely\s+)?why\s+)?(?=(?:we|i|our|my)\b)`,
  'gi',
);

/**
 * Whether a sentence that turns to the reader goes on, in a clause of its own, to a claim by the writer
 * ("we place pre-trained SDRs in under 10 days", "our messaging app could help you") or to a pitch of
 * the writer's ("— we're excited to share that our new box launches Friday"): a compliment, a thank-you
 * or a noticed fact used as the wrapper of a pitch. Read by the clause's grammar and its pattern
 * families, as a sentence of its own would be.
 */
function pivotsToTheWriter(core: string, prepared: Prepared): boolean {
  for (const m of core.matchAll(PIVOT)) {
    const tail = core.slice(m.index + m[0].length);
    const clause = readClause(tail);
    // Only what the writer does now: "and I'm happy to help", "and we'll send it Friday" answer them.
    if (clause.subject === 'writer' && clause.verb === 'acts') return true;
    if (pitchesIn(tail, prepared)) return true;
    // "…, so I thought you'd want to see how our route software saves fleets 12% on fuel": the claim told
    // inside a clause about what the reader would like to see.
    for (const e of tail.matchAll(EMBEDDED)) if (pitchesIn(tail.slice(e.index + e[0].length), prepared)) return true;
  }
  return false;
}

// A clause inside the words after the wrapper, when it is the writer's: "…how our app saves…", "…that we
// place…".
const EMBEDDED = /\b(?:how|that|what|why)\s+(?=(?:we|our)\b)/gi;

/** Whether a clause does what makes a wrapped sentence a pitch (PIVOT_PITCHES), by the pattern families. */
function pitchesIn(clause: string, prepared: Prepared): boolean {
  const straight = clause.replace(/’/g, "'");
  const { families } = pitchFamilies({ sentence: clause, s: straight, core: clause }, prepared);
  return PIVOT_PITCHES.some((family) => families.has(family));
}

// What the clause after the wrapper may do to make the sentence a pitch: not a chaser or a bare mention of
// the sender's name ("Thanks for your order — Acme's team will ship it Monday").
const PIVOT_PITCHES = ['intro', 'claim', 'news', 'offer', 'advert'] as const;

/**
 * "You can count on Blair.com…", "Your new kitchen is closer than you think": the reader as anyone, in
 * the present or future of an advert, not this reader's own act or situation ("You asked…", "Your
 * team has grown…"). A question to them still asks about them. (A verb of their own, "Your team
 * deserves better than spreadsheets", reads as either, so it is left to the words.)
 */
function generalYou(clause: Clause, core: string): boolean {
  return clause.subject === 'reader' && (clause.verb === 'will' || clause.verb === 'is') && !/\?\s*$/.test(core);
}

// Verb forms that say what the subject is or does now, as a claim does; a past story or a passive
// report ("The invoice is attached") makes none.
const CLAIMING = new Set(['acts', 'is', 'will']);
// A headline is a noun phrase of some length with no verb: "Complete Maintenance Software for any vehicle".
const HEADLINE_WORDS = 3;
/** The words of a sentence: the runs between spaces that hold a letter. */
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * What the sentence's grammar says, whatever its words: who its main clause is about and what the
 * verb makes of them (see clause.ts). These generalise where the patterns above know only phrasings:
 * "A La Carte Research recruits…", "This degree programme removes…" are claims by their shape.
 */
function clauseFeatures(clause: Clause, core: string): ClauseFeature[] {
  const claims = CLAIMING.has(clause.verb);
  const features: ClauseFeature[] = [];
  if (claims && clause.subject === 'name') features.push('name-claims');
  if (claims && clause.subject === 'thing') features.push('thing-claims');
  if (claims && clause.subject === 'writer') features.push('writer-claims');
  // "I'm a freelance copywriter…", "We are a family-run bakery…": who the writer is, before who the reader is.
  if (clause.describesWriter) features.push('describes-writer');
  // Someone other than the reader doing something to or for them: "NextResearch is inviting you…".
  if (claims && clause.toReader && !['reader', 'none', 'pronoun'].includes(clause.subject)) {
    features.push('reaches-reader');
  }
  // A claim or a headline that ranks the thing: "The Aero 3 is our lightest frame ever", "Smarter payroll".
  if ((claims || clause.verb === 'none') && clause.subject !== 'reader' && clause.ranks) features.push('ranks');
  const words = wordCount(core);
  if (clause.verb === 'none' && words >= HEADLINE_WORDS && !/\?\s*$/.test(core)) features.push('fragment');
  const firstWord = /^[\p{L}']+/u.exec(core)?.[0].toLowerCase() ?? '';
  // A command that offers the reader something: "Turn your garden into…", "Book a free assessment today".
  // One with the writer in it ("Send me the contract", "Bring your laptop so we can…", "Let's have Matt
  // start…") or of a word or two ("Get ready") is as common between colleagues as in adverts.
  const withTheWriter = (FIRST_PERSON_WORD.test(core) && !OFFERS_OURS.test(core)) || /^let's\b/i.test(core);
  if (clause.verb === 'command' && !NOT_COMMANDS.has(firstWord) && !withTheWriter && words >= 3) {
    features.push('commands-reader');
  }
  return features;
}

// What an opening does for the reader that no campaign's opening does: it thanks them or takes up what
// they said, asks how they are getting on, owns a fault or breaks news they must hear.
const ANSWERS = ['connects', 'asks-them-open', 'apology', 'bad-news', 'notice', 'muses'] as const;
const answers = (on: Map<SentenceFeature, number>) => ANSWERS.some((feature) => on.has(feature));

/** Connects: answers their question, thanks them, names their news, or asks about them. */
const connectsTo = (on: Map<SentenceFeature, number>) =>
  !on.has('pivots') && (on.has('connects') || on.has('asks-them-open'));
/** Turns to the reader: connects, or is about them at all. */
const turnsToThem = (on: Map<SentenceFeature, number>) => connectsTo(on) || (!on.has('pivots') && on.has('about-them'));

// Mail services whose addresses name no company.
const MAIL_SERVICES = /^(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|mail)$/i;
// Lines of a sign-off that carry no name: a phone number, a postal address with digits.
const NAMELESS_LINE = /^[\s\d+().-]*$/;

/**
 * The names a sign-off gives the sender: the domain of its address ("stackwise" in
 * dana@stackwise.io) and its capitalised words that are no dictionary word ("Stackwise", "Reyes").
 * An opening sentence that names one is about the sender, whatever the team's lists say.
 */
function senderNames(signOff: string): { domains: string[]; words: string[] } {
  const domains = new Set<string>();
  const words = new Set<string>();
  for (const m of signOff.matchAll(/(?:@|\bwww\.|:\/\/)([\p{L}\p{N}-]{3,})\./gu)) {
    if (!MAIL_SERVICES.test(m[1]!)) domains.add(m[1]!.toLowerCase());
  }
  for (const line of signOff.split('\n')) {
    if (NAMELESS_LINE.test(line)) continue;
    for (const word of line.replace(/\S*[@/]\S*/g, ' ').match(/\p{Lu}[\p{L}\p{N}&'’-]{2,}/gu) ?? []) {
      // "Kirsty (Arlo's mum)", "Dr Shah's secretary": a possessive names whose the writer is, not the writer.
      if (/['’]s$/.test(word)) continue;
      if (!isKnownWord(word)) words.add(word);
    }
  }
  return { domains: [...domains], words: [...words] };
}

const escaped = (names: string[]) => names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const asWholeName = (alternatives: string, flags: string) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!\b[Yy]our\s+)(?:${alternatives})(?![\p{L}\p{N}])`, flags);

/**
 * Whether a sentence names the sender as its sign-off does, as whole words and not after "your" (see
 * `senderName`); undefined when the sign-off names nothing. A word of the sign-off counts only with its
 * capital, as a name keeps it: "Pennine Stone & Aggregates Ltd" is named by "Aggregates" or
 * "AGGREGATES", while "our prices for aggregates" is about the stone. A domain counts in any case.
 */
function senderPattern(signOff: string): ((sentence: string) => boolean) | undefined {
  const { domains, words } = signOff ? senderNames(signOff) : { domains: [], words: [] };
  const tests = [
    ...(domains.length ? [asWholeName(escaped(domains), 'iu')] : []),
    ...(words.length ? [asWholeName(escaped(words.flatMap((w) => [w, w.toUpperCase()])), 'u')] : []),
  ];
  return tests.length ? (sentence) => tests.some((t) => t.test(sentence)) : undefined;
}

// Marks of a promotion, counted over the whole opening stretch: a price, a run of
// exclamation marks, a shouted phrase or long shouted word (not an acronym: "ARCO", "STCA"), a link.
const PROMO_MARKS = /!{2,}|\b\p{Lu}{2,}(?:\s+\p{Lu}{2,})+\b|\b\p{Lu}{7,}\b|https?:\/\/|\bwww\./gu;
// Prices count once however many there are: a quote, a budget or a settlement between colleagues lists
// several, and a promotion has other marks beside its price.
const PRICE = new RegExp(String.raw`${CURRENCY}\s?\d`, 'g');
// A percentage is a mark of a promotion as a discount ("20% off", "save up to 15%"), not as a reading
// ("topped it up to 99%") or a result ("costs fell 12%"), which notes between colleagues are full of.
const DISCOUNT = new RegExp(
  String.raw`\b\d+(?:\.\d+)?\s?%\s+(?:off|discount|savings?|cash\s?back|back)\b` +
    String.raw`|\b(?:save|saving|extra|get)\s+(?:up\s+to\s+)?\d+(?:\.\d+)?\s?%`,
  'gi',
);
// Six marks of a promotion make the stretch wholly promotional; two (a price and a link, say) make it read
// like one, and one is the least that `sells` accepts.
const FULL_MARKS = 6;
const PROMOTIONAL = 2 / FULL_MARKS;
const ONE_MARK = 1 / FULL_MARKS;
// A single exclamation mark counts for half: friendly notes have them too.
const EXCLAMATION = /(?<!!)!(?!!)/g;
// Words in quotation marks on one line are someone else's voice: a friend quoting a boss's
// "FOR THE LOVE OF GOD!!!" shouts nothing at the reader, so its capitals and "!" are not the
// sender's marks of a promotion. Prices, discounts and hype words count wherever they stand.
const QUOTED_WORDS = /"[^"\n]{1,80}"|“[^“”\n]{1,80}”/g;

// A line of code or a log, not prose: a call ("f_test(7)"), a statement's end ("DROP TABLE test;", "{"), a
// comment or a prompt ("-- note", "# note", "$ npm i"), an operator ("==", "->"; not an advert's "---->"),
// or brackets alone. Its capitals ("CREATE TABLE", "ERROR") and its links are the program's, not a campaign's.
const CODE_LINE =
  /^\s*(?:--\s|\/\/\s|#(?:!|\s)|\$\s|>>>\s|[{}()[\]]+\s*$)|[;{}]\s*$|[\p{L}\p{N}_]\((?!s\))|[=!<>]=|(?<![=-])[=-]>/u;

/**
 * The prose of the opening stretch: without paragraphs that are mostly code (a query or a stack trace
 * pasted into a question or a support reply), nor any line of code elsewhere.
 */
function proseOf(head: string): string {
  return head
    .split(/\n[ \t]*\n/)
    .map((block) => {
      const lines = block.split('\n');
      const prose = lines.filter((line) => !CODE_LINE.test(line));
      return (lines.length - prose.length) * 2 >= lines.length ? '' : prose.join('\n');
    })
    .join('\n\n');
}

/**
 * How much the opening stretch reads like a promotion, in [0, 1]: its hype words and marks of a
 * promotion, six or more counting fully. A letter to a person has few; a campaign, many. Code pasted
 * into the mail counts for nothing.
 */
function promotion(opening: string, prepared: Prepared): number {
  const head = proseOf(opening);
  const voiced = head.replace(QUOTED_WORDS, '""');
  const marks =
    Math.min(1, head.match(PRICE)?.length ?? 0) +
    (voiced.match(PROMO_MARKS)?.length ?? 0) +
    (head.match(DISCOUNT)?.length ?? 0) +
    (voiced.match(EXCLAMATION)?.length ?? 0) / 2 +
    (head.match(prepared.hype)?.length ?? 0);
  return Math.min(1, marks / FULL_MARKS);
}

// "“I use it every single day.” – Anna, verified buyer": a sentence wholly in quotation marks, then the
// name of who said it on a dash. Campaigns open with a customer's praise; people writing to someone
// quote a line back to them ("“Can you do Friday?” Yes, Friday works."), and name no one after it.
const QUOTED_SENTENCE = /^\s*["“][^"“”\n]{2,300}["”]\s*$/u;
const ATTRIBUTION = /^[ \t]*(?:\n[ \t]*)?[-–—―][ \t]*\p{Lu}/u;

/**
 * Whether the span is the "– Anna, verified buyer" under a quotation: part of the quote it signs, not a
 * sentence of the opening, so the sentence after it ("Our skillet is back in stock…") is read as the second.
 */
function signsQuote(head: string, span: Span): boolean {
  const text = head.slice(span.start, span.end);
  return ATTRIBUTION.test(text) && !/[.!?]\s*$/.test(text) && /["”]\s*$/.test(head.slice(0, span.start));
}

function isTestimonial(head: string, first: Span): boolean {
  return QUOTED_SENTENCE.test(head.slice(first.start, first.end)) && ATTRIBUTION.test(head.slice(first.end));
}

/** Features of the opening: its first two sentences after the greeting and pleasantries. */
export function openingFeatures(
  head: string,
  prepared: Prepared,
  signOff = '',
  { grammar = true } = {},
): { spans: Span[]; features: Map<string, number>; perSentence: Map<SentenceFeature, number>[] } {
  const { spans, headline } = openingSentences(head, 2, prepared);
  const features = new Map<string, number>();
  const sender = senderPattern(signOff);
  const promo = promotion(head, prepared);
  const promotional = promo >= PROMOTIONAL;
  const perSentence = spans.map((span) =>
    sentenceFeatures(head.slice(span.start, span.end), prepared, { sender, grammar, promotional }),
  );
  if (headline) perSentence[0]!.set('headline', 1);
  if (spans[0] && isTestimonial(head, spans[0])) perSentence[0]!.set('testimonial', 1);
  // Once the first sentence has turned to the reader, whatever follows is no longer the opening:
  // "How is the move going for your team? We've helped two others with theirs" connects first. A bare
  // introduction before such a turn is part of the greeting: "I'm Maya, one of the founders of Notewise.
  // Thank you for signing up last week" opens with the thanks.
  const [first, second] = perSentence;
  const introduced = !!first && !!second && bareIntroduction(first, head.slice(spans[0]!.start, spans[0]!.end));
  const opens = introduced && turnsToThem(second!) && !second!.has('pitches') ? 1 : 0;
  const judged = first && turnsToThem(first) ? perSentence.slice(0, 1) : perSentence.slice(opens);
  judged.forEach((on, i) => {
    for (const [name, value] of on) features.set(`${POSITIONS[i]}:${name}`, value);
    if (i === 1 && headline) for (const [name, value] of on) features.set(`${AFTER_TITLE}:${name}`, value);
  });
  if (promo) features.set(OPENING_PROMO, promo);
  if (promo && judged.length && !judged.some(answers)) features.set(PROMO_ALONE, promo);
  // The words of both sentences, even after a turn to the reader: "Saw your ad for a cleaner. We're a
  // contract cleaning firm…" turns only to pitch, and its words say so.
  for (const word of wordFeatures(spans.map((span) => head.slice(span.start, span.end)))) features.set(word, 1);
  return { spans: spans.slice(opens), features, perSentence: judged };
}

// What a bare introduction may do besides saying who the writer is: name them, their role, their firm.
const INTRODUCES = new Set<SentenceFeature>([
  'intro',
  'pitches',
  'sender-name',
  'about-us',
  'about-a-name',
  'writer-claims',
  'describes-writer',
  'fragment',
  'exclaims',
]);
// "My name is Steven, and I'm the founder of Dub.": a name and a role take a dozen words; more is a claim.
const INTRODUCTION_WORDS = 12;

/** "I'm Nina, I built Quillpad.": who the writer is, and nothing they claim, offer or ask. */
function bareIntroduction(on: Map<SentenceFeature, number>, sentence: string): boolean {
  if (!on.has('intro') || wordCount(sentence) > INTRODUCTION_WORDS) return false;
  for (const feature of on.keys()) if (!INTRODUCES.has(feature)) return false;
  return true;
}

// "Congrats!", "Great news!", "CONGRATULATIONS!!": an interjection of a word or two says nothing yet.
const INTERJECTION = /^\s*[\p{L}'’]+(?:\s+[\p{L}'’]+)?\s*!+\s*$/u;
// "You are receiving this message because you requested information…", "This is NOT spam!", "To unsubscribe,
// reply REMOVE": a line about the mailing, not the sender speaking to the reader. Bulk mail puts it on top;
// the opening is what follows. ("You requested information" in it is no turn to the reader: everyone on the
// list is told the same.)
const ABOUT_THE_MAILING = new RegExp(
  String.raw`\b(?:you(?:'re|\s+are)\s+receiving|you\s+(?:have\s+)?received|we(?:'re|\s+are)\s+sending\s+you)\s+` +
    String.raw`this\s+(?:e-?mail|message|newsletter|mailing|offer)\b` +
    String.raw`|\bthis\s+(?:e-?mail|message|newsletter|mailing)\s+(?:was|is|has\s+been)\s+(?:being\s+)?sent\s+to\b` +
    String.raw`|\b(?:this\s+is|it\s+is|this\s+(?:e-?mail|message)\s+is)\s+not\s+(?:spam|unsolicited)\b` +
    String.raw`|^\s*(?:to\s+(?:unsubscribe|be\s+removed|opt[\s-]out)` +
    String.raw`|if\s+you\s+(?:would\s+)?(?:no\s+longer\s+)?(?:wish|want|prefer)\s+(?:not\s+)?to\s+` +
    String.raw`(?:receive|be\s+removed|unsubscribe))\b` +
    String.raw`|\bsent\s+in\s+compliance\s+with\b` +
    // "For information on how to unsubscribe please read the bottom of this email", "If this promotion has
    // reached you in error and you would prefer not to receive our mail, please reply…": leaving the list,
    // and what to do for it. ("Sorry the unsubscribe link failed you" tells of the reader's trouble, and stays.)
    String.raw`|\b(?:unsubscribe|opt[\s-]out|be\s+removed\s+from|(?:prefer|wish|want)\s+not\s+to\s+receive` +
    String.raw`|no\s+longer\s+(?:wish|want)\s+to\s+receive)\b[^.!?\n]{0,120}?` +
    String.raw`\b(?:please|read|see|click|reply|send|visit|follow|write|go\s+to)\b`,
  'i',
);
// "Welcome to Zulip!", "Welcome aboard, Sam!": the reader has just joined, and the mail starts after the
// greeting. "Welcome to Koala, the sales intelligence platform that…" goes on into a claim, so it is read.
const WELCOMED_NAME = String.raw`(?=\p{Lu})[\p{L}\p{N}.'’&-]+(?:\s+(?=\p{Lu})[\p{L}\p{N}.'’&-]+){0,3}`;
const BARE_WELCOME = new RegExp(
  String.raw`^\s*[Ww]elcome\s+(?:aboard|back|to\s+(?:the\s+(?:team|family|club|community)|${WELCOMED_NAME}))` +
    String.raw`(?:,\s*[\p{L}'’.-]+)?\s*[!.]*\s*$`,
  'u',
);
// A mail header copied above the body ("Subject: …", "Re: …") is skipped like the greeting, not read as a headline.
const HEADER_LINE = /^\s*(?:subject|from|to|cc|bcc|date|sent|re|fwd?)\s*:/i;

/**
 * A line above the greeting. A title ("Introducing the XR-40\n\nDear customer,") is how newsletters and
 * promotions open: the first thing the reader sees, so part of the opening. A copied header is not.
 */
function aboveGreeting(head: string, prepared: Prepared): { headline?: Span; bodyStart: number } | undefined {
  const line = /^\s*([^\n]{1,160})\n/.exec(head);
  // "Subject:" would pass for a name line ("Dr. Lee:"), so a header is looked for first.
  const header = !!line && HEADER_LINE.test(line[1]!);
  // A first line that greets is the greeting; one that might be a bare name ("Sam") is a title when a
  // greeting follows it ("Quarterly Review\n\nHi Sam,").
  if (!line || (!header && prepared.salutation.test(head))) return undefined;
  const greeting = prepared.salutation.exec(head.slice(line[0].length));
  if (!greeting) return undefined;
  const bodyStart = line[0].length + greeting[0].length;
  if (header) return { bodyStart };
  const start = line[0].length - line[1]!.length - 1;
  return { headline: { start, end: start + line[1]!.trimEnd().length }, bodyStart };
}

/**
 * "Netscape 7.0 Now Available for Download": a line of its own, in title case, with no full stop. A
 * person writing to a person starts with a sentence; a campaign starts with a title.
 */
function isTitleLine(head: string, span: Span): boolean {
  const before = head.slice(0, span.start);
  const line = head.slice(span.start, span.end);
  if (!/(?:^|\n)[ \t]*$/.test(before) || !/^[ \t]*(?:\n|$)/.test(head.slice(span.end))) return false;
  if (/[.?!,;:]$/.test(line.trim())) return false;
  const words = line.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return words.length >= 3 && capitalised / words.length >= 0.6;
}

// "Student: Katarzyna Nowak\nCourse: Level 3 Diploma", "Vehicle: Skoda Octavia\nRecall code: 69R7": the
// fields of a record, a line each, that a letter about an account or a case sets out before it speaks.
// Two such lines together make a record; one alone ("Big news: we're hiring") may be a headline, and a
// label that announces ("New:", "SALE:") is a headline's however many follow it.
const FIELD_LINE = /^[ \t]*\p{Lu}[\p{L}\p{N} .'’/&()-]{0,30}:[ \t]+[^\s:][^\n]{0,120}(?<![.!?])[ \t]*$/u;

/** Whether the span is one whole line of a block of two or more record fields. */
function inRecordBlock(head: string, span: Span, prepared: Prepared): boolean {
  const lines = lineAround(head, span.start);
  const field = (line: string | undefined) => !!line && FIELD_LINE.test(line) && !prepared.newsLabel.test(line);
  if (!field(lines.line) || lines.line.trim() !== head.slice(span.start, span.end).trim()) return false;
  return field(lines.before) || field(lines.after);
}

/** The line that holds `at`, and the lines just above and below it. */
function lineAround(head: string, at: number): { line: string; before?: string; after?: string } {
  const all = head.split('\n');
  let start = 0;
  for (const [i, line] of all.entries()) {
    if (at <= start + line.length) return { line, before: all[i - 1], after: all[i + 1] };
    start += line.length + 1;
  }
  return { line: '' };
}

/** The first sentences after the greeting and pleasantries: the part of the mail a reader judges it by. */
function openingSentences(raw: string, count: number, prepared: Prepared): { spans: Span[]; headline: boolean } {
  // The same offsets, with a stripped newsletter's masthead, link rows and "View in browser" blanked.
  const head = blankPreamble(raw, prepared);
  const above = aboveGreeting(head, prepared);
  const body = splitSentences(head, above?.bodyStart ?? greetingLength(head, prepared)).filter((s) => {
    const sentence = head.slice(s.start, s.end);
    // A closing on its line ("Best,", "Kind regards,") after a one-line note is no sentence of the opening.
    if (isClosingLine(sentence.split('\n')[0]!)) return false;
    // "🐣", "🎄 🎄": a line of emoji says nothing yet, like an interjection.
    return (
      /[\p{L}\p{N}]/u.test(sentence) &&
      !prepared.pleasantry.test(sentence.replace(/’/g, "'")) &&
      !INTERJECTION.test(sentence) &&
      !BARE_WELCOME.test(sentence) &&
      !ABOUT_THE_MAILING.test(sentence) &&
      !signsQuote(head, s) &&
      !inRecordBlock(head, s, prepared)
    );
  });
  // A notice about the mailing above the greeting is no headline either.
  const title =
    above?.headline && !ABOUT_THE_MAILING.test(head.slice(above.headline.start, above.headline.end))
      ? above.headline
      : undefined;
  const spans = title ? [title, ...body] : body;
  const titled = !!title || (!!spans[0] && isTitleLine(head, spans[0]));
  return { spans: spans.slice(0, count), headline: titled };
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

// What each feature says the opening does, for the finding's message.
const SAYS: Partial<Record<SentenceFeature, string>> = {
  intro: 'introduces you',
  claim: 'makes a claim about your company',
  news: 'announces your news',
  offer: 'leads with an offer',
  ask: 'asks for their time',
  // The family holds an advert's question ("Tired of …?") and its calls to buy ("Shop now", "20% off all").
  advert: 'reads like an advert',
  'sender-name': 'names your product',
  chases: 'chases your own earlier note',
  'about-us': 'is about you',
  imperative: 'tells them what to do',
  money: 'quotes a price',
  hype: 'sells with hype',
  testimonial: "quotes a customer's praise",
  headline: 'is a headline',
  'writer-claims': 'is about you',
  'describes-writer': 'introduces you',
  'thing-claims': 'makes a claim',
  'reaches-reader': 'makes them an offer or a request',
  fragment: 'is a headline',
  'commands-reader': 'tells them what to do',
  ranks: 'ranks your product above others',
  pivots: 'turns from them to you within a sentence',
};

/**
 * Where a template's greeting holds the name to come: a merge field ("{!Contact.FirstName}",
 * "%FIRSTNAME%", Mailchimp's "*|FNAME|*", "<<First Name>>") or a blank ("[First Name]"). Its words
 * are the tool's, not the reader's name.
 */
const NAME_PLACEHOLDER = new RegExp(
  String.raw`${MERGE_FIELD}|%%?[\p{L}\p{N}_.]{1,40}%%?|\*\|[^|\n]{1,40}\|\*|\[\[?[^\]\n]{1,40}\]\]?|<<[^>\n]{1,40}>>`,
  'gu',
);

/** "Sam" in "Hi Sam,", "Ms. Lee" in "Dear Ms. Lee:"; undefined when the greeting names nobody. */
function readerName(head: string, prepared: Prepared): string | undefined {
  // Under a title ("Quarterly Review\n\nHi Sam,"), the greeting is the line after it.
  const above = aboveGreeting(head, prepared);
  if (above) return readerName(head.slice(head.indexOf('\n') + 1), prepared);
  const salutation = prepared.salutation.exec(head);
  // The salutation's own words ("Hi", "Good Afternoon") name nobody: the name is what follows them.
  const greeting = salutation
    ? salutation[0].trimStart().slice(salutation.groups!.lead!.length)
    : nameLineGreeting(head, prepared);
  const words = greeting.replace(NAME_PLACEHOLDER, ' ').match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
  // A lone capital is an initial or an abbreviation's ("U.S. HomeOwners"), not a name to greet by.
  return words.find((w) => w.length > 1 && !prepared.notAName.test(w));
}

/**
 * A bare "Sam," or "Dr. Lee:" line. A line of two or more dictionary words with no comma or colon
 * after it ("Quarterly Review") is a title, not a name, and so is a line in capitals. A first word
 * that no name could be ("Honestly, we…", "Great news, your…") starts a sentence, not a greeting.
 */
function nameLineGreeting(head: string, prepared: Prepared): string {
  const line = prepared.nameLine.exec(head)?.[0] ?? '';
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const title = !/[,:]\s*$/.test(line) && words.length >= 2 && words.every((w) => isKnownWord(w.toLowerCase()));
  const first = firstWord(line);
  return title || (!!first && !greetsSomeone(first, prepared)) || isShouted(line) ? '' : line;
}

const firstWord = (line: string) => /\p{L}[\p{L}'’-]*/u.exec(line)?.[0];

/** Whether a greeting's word could name its reader, or a crowd or a title ("Team", "Dr"). */
const greetsSomeone = (word: string, prepared: Prepared) => prepared.notAName.test(word) || couldBeName(word);

/** A line in capitals ("BACK IN STOCK:", "SALE:"): a label shouted, where a greeting would name someone. */
const isShouted = (line: string) => /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line);

interface Judgement {
  span: Span;
  /** Why, in the reader's terms: "Your opening introduces you and asks for their time, before a word about Sam." */
  why: string;
}

/**
 * The opening's features, reading its grammar only when the verdict hangs on it. Tagging costs a
 * millisecond or two a sentence; most openings are settled by their words alone. The grammar can
 * only add the clause features and take away "about them" and the reader's share (an advert's "you"),
 * so the score with it lies between two bounds worked out from the features without it. When the
 * first sentence turns to the reader, the grammar may undo that and bring in the second sentence:
 * then it is always read.
 */
function decisiveFeatures(head: string, signOff: string, prepared: Prepared, model: LinearModel) {
  const plain = openingFeatures(head, prepared, signOff, { grammar: false });
  const [first] = plain.perSentence;
  if (!first || turnsToThem(first)) return openingFeatures(head, prepared, signOff);
  const { low, high } = scoreBounds(model, plain.features, plain.perSentence.length);
  const threshold = logit(model.threshold);
  // Above the threshold on words alone, the grammar must still say what the opening does (see `sells`).
  if ((low >= threshold && sells(plain.features)) || high < threshold) return plain;
  return openingFeatures(head, prepared, signOff);
}

// Features the grammar may take away: an advert's "you" is no turn to the reader.
const GRAMMAR_REMOVES = ['about-them', 'second-person'] as const;
const logit = (p: number) => Math.log(p / (1 - p));

/** The lowest and highest score the opening can have once its grammar is read. */
function scoreBounds(model: LinearModel, features: ReadonlyMap<string, number>, sentences: number) {
  let score = model.bias;
  for (const [name, value] of features) score += (model.weights[name] ?? 0) * value;
  let low = score;
  let high = score;
  const positions: string[] = POSITIONS.slice(0, sentences);
  if (sentences > 1 && features.has('first:headline')) positions.push(AFTER_TITLE);
  for (const position of positions) {
    for (const feature of CLAUSE_FEATURES) {
      const w = model.weights[`${position}:${feature}`] ?? 0;
      if (w > 0) high += w;
      else low += w;
    }
    for (const feature of GRAMMAR_REMOVES) {
      const c = (model.weights[`${position}:${feature}`] ?? 0) * (features.get(`${position}:${feature}`) ?? 0);
      if (c < 0) high -= c;
      else low -= c;
    }
  }
  // A thanks that the grammar reads as a wrapper for a pitch ("pivots") answers nothing after all.
  const promo = features.get(OPENING_PROMO) ?? 0;
  if (!features.has(PROMO_ALONE)) high += Math.max(0, (model.weights[PROMO_ALONE] ?? 0) * promo);
  return { low, high };
}

/** The model's verdict on the opening: the pitching sentences and why, or undefined. */
function judgeOpening(head: string, signOff: string, prepared: Prepared, model: LinearModel): Judgement | undefined {
  const { spans, features, perSentence } = decisiveFeatures(head, signOff, prepared, model);
  if (!spans.length || !sells(features) || probability(model, features) < model.threshold) return undefined;
  // The finding covers the sentences that pitch; when none does by pattern, the opening as a whole
  // was judged by its structure, and its first sentence is where the reader stops.
  const pitching = perSentence.flatMap((on, i) => (on.has('pitches') ? [i] : []));
  const [firstAt, lastAt] = [pitching[0] ?? 0, pitching.at(-1) ?? 0];
  const from = spans[firstAt]!;
  const to = spans[lastAt]!;
  const pushing = contributions(model, features).filter(([, c]) => c > 0);
  const said = pushing
    .filter(([name]) => !name.startsWith(WORD_PREFIX))
    .map(([name]) => {
      const feature = name.slice(name.indexOf(':') + 1) as SentenceFeature;
      if (feature === 'about-a-name' || feature === 'name-claims') {
        // A name is quoted only from a sentence the finding underlines, where the writer can see it.
        const at = positionOf(name.slice(0, name.indexOf(':')));
        if (at < firstAt || at > lastAt) return undefined;
        const span = spans[at]!;
        const sentence = head.slice(span.start, span.end);
        const core = coreOf(sentence);
        const subject = quotable(toolOf(sentence) ?? namedSubject(core) ?? readClause(core).subjectText, core);
        if (!subject) return undefined;
        // The grammar's subject may be the writer ("I'd", "We'd"): that is no name to quote.
        return WRITER_WORD.test(subject) ? SAYS['about-us'] : `is about ${subject}`;
      }
      return SAYS[feature];
    })
    .filter((x, i, all): x is string => !!x && all.indexOf(x) === i)
    // An introduction is about the writer already: "introduces you and is about you" says it twice.
    .filter((x, _, all) => x !== SAYS['about-us'] || !all.includes(SAYS.intro!))
    .slice(0, 2);
  const does = said.length ? joinSaid(said) : leansOn(pushing, head.slice(from.start, to.end));
  const reader = readerName(blankPreamble(head, prepared), prepared) ?? 'them';
  return { span: { start: from.start, end: to.end }, why: `Your opening ${does}, before a word about ${reader}.` };
}

// A clause that opens on one of these is not the sentence's main one: "When America's top companies
// compete for your business, you win" is not about the companies.
const SUBORDINATORS = /^(?:when|whenever|if|because|since|while|although|though|as|unless|once|whether|until)$/i;
const ARTICLE = /^(?:the|a|an)$/i;
const RELATIVE = /^(?:that|which|who)$/i;

/**
 * A sentence's subject as it reads inside the message: "is about the new Ransome TX90", not "is about
 * The new Ransome TX90"; "the Hartley Fund", not "This year the Hartley Fund"; "a Newsfeed", not
 * "a Newsfeed that". Undefined when the subject is a subordinate clause's, a cut-short one, or none.
 */
function quotable(subject: string, sentence: string): string | undefined {
  if (cutShort(subject, sentence)) return undefined;
  // "For years, Hedge investors": the subject follows a frame's comma, but "National Credit Systems,
  // Inc." is one name.
  const comma = subject.lastIndexOf(',');
  const framed = comma > 0 && !/\s\p{Lu}/u.test(subject.slice(0, comma));
  let words = subject
    .slice(framed ? comma + 1 : 0)
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length || SUBORDINATORS.test(words[0]!)) return undefined;
  // A time or place before the subject proper starts over at its article.
  const article = words.findLastIndex((w, i) => i > 0 && ARTICLE.test(w));
  if (article > 0) words = words.slice(article);
  while (words.length > 1 && RELATIVE.test(words.at(-1)!)) words.pop();
  if (isFunctionWord(words[0]!) && /^\p{Lu}\p{Ll}*$/u.test(words[0]!)) words[0] = words[0]!.toLowerCase();
  return words.join(' ');
}

/**
 * Whether the subject was read short of its noun: "Annual" of "Annual memberships are only $54.95",
 * "Compute" of "Compute workloads stopped". The word right after it is a noun in lower case, not the
 * verb ("With SafeNest you can…" is not cut short: "you" is a pronoun).
 */
function cutShort(subject: string, sentence: string): boolean {
  const at = sentence.indexOf(subject);
  if (at < 0) return false;
  const after = at + subject.length;
  // The next word, straight after the subject.
  const next = /\p{Ll}/u.exec(sentence.slice(after));
  if (!next || sentence.slice(after, after + next.index).trim()) return false;
  const tags = tagsAt(sentence, after + next.index);
  return tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Verb');
}

/** "is about you and is about Acme" said once: "is about you and Acme". */
function joinSaid([first, second]: string[]): string {
  if (!second) return first!;
  const about = 'is about ';
  return first!.startsWith(about) && second.startsWith(about)
    ? `${first} and ${second.slice(about.length)}`
    : `${first} and ${second}`;
}

/** Whether `words` ("we help") stand as whole words in `text`, both in lower case. */
function containsWords(text: string, words: string): boolean {
  const edge = (c: string | undefined) => !c || !/[\p{L}\p{N}'-]/u.test(c);
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (edge(text[at - 1]) && edge(text[at + words.length])) return true;
  }
  return false;
}

// Word features that read as words to a person: not an amount or a lone "?".
const SHOWN_WORDS = /^word:[\p{L}'_-]+$/u;

/**
 * Why an opening was judged by its words alone, naming the two that pushed hardest:
 * 'leans on "we help" and "our clients"'.
 */
function leansOn(pushing: [string, number][], underlined: string): string {
  // Only words the writer sees underlined: the second sentence weighs in too, but is not underlined.
  // And only words with a topic: 'leans on "with a" and "why"' would tell the writer nothing.
  const seen = underlined.toLowerCase().replace(/’/g, "'");
  const words: string[][] = [];
  for (const [name] of pushing) {
    const these = wordsOf(name).split(' ');
    const shown =
      SHOWN_WORDS.test(name) &&
      containsWords(seen, these.join(' ')) &&
      these.some((w) => w.length > 1 && !isFunctionWord(w)) &&
      // "tired" then "tired of" would say one word twice.
      !words.some((said) => said.some((w) => these.includes(w)));
    if (shown) words.push(these);
    if (words.length === 2) break;
  }
  if (!words.length) return 'reads like a sales pitch';
  return `leans on ${words.map((these) => `"${these.join(' ')}"`).join(' and ')}`;
}

/** A pitch in the first one or two sentences, before any word about the reader. */
export const pitchFirst: TextDetector<Prepared> = {
  id: 'pitch-first',
  kinds: ['pitch-first'],
  scope: 'opening',
  reads: {
    bindings: { 'pitch-first/opening': 'An opening about the sender or the offer before the reader.' },
    cues: CUES,
    model: { name: 'pitch-first/opening', features: OPENING_FEATURES, namedLike: WORD_FEATURE },
  },
  prepare: (ruleset) => {
    const model = ruleset.models.get('pitch-first/opening');
    return preparedFor(model ? [ruleset.cues, model] : [ruleset.cues], () => prepare(ruleset.cues, model));
  },
  detect({ text, signOff, rule }, prepared) {
    const bound = rule('pitch-first/opening');
    const judged = bound && prepared.model && judgeOpening(text, signOff, prepared, prepared.model);
    if (!bound || !judged) return [];
    const { span, why } = judged;
    const pitch = text.slice(span.start, span.end);
    const turn = turnRightAfter(text, span, prepared);
    if (!turn) {
      return [
        makeFinding(
          bound,
          text,
          span.start,
          span.end,
          suggestionsOf(bound, () => suggestions(pitch)),
          why,
        ),
      ];
    }
    // The draft already has its line about the reader, just too late: the finding takes it in, and the
    // first rewrite puts it first.
    const both = text.slice(span.start, turn.end);
    const lead: Suggestion = {
      label: 'Lead with the line about them',
      replacement: `${text.slice(turn.start, turn.end)} ${pitch}`,
    };
    return [
      makeFinding(
        bound,
        text,
        span.start,
        turn.end,
        suggestionsOf(bound, () => [lead, ...suggestions(both)]),
        why,
      ),
    ];
  },
};

/**
 * The sentence right after the pitch, in the same paragraph, when it connects: answers their
 * question, thanks them, names their news, or asks about them. A "you" alone is no connection:
 * "You get unlimited access to every club" is the pitch still talking.
 */
function turnRightAfter(head: string, pitch: Span, prepared: Prepared): Span | undefined {
  const [next] = splitSentences(head, pitch.end);
  if (!next || /\n[ \t]*\n/.test(head.slice(pitch.end, next.start))) return undefined;
  const on = sentenceFeatures(head.slice(next.start, next.end), prepared, {
    sender: undefined,
    grammar: false,
    promotional: false,
  });
  return connectsTo(on) && !on.has('pitches') ? next : undefined;
}
