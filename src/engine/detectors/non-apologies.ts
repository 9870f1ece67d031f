import { readClause } from '../clause';
import { cuePattern, sharedPattern } from '../cues';
import type { DetectionContext, TextDetector } from '../detector';
import { makeFinding, suggestionsOf } from '../finding';
import { conjugate, infinitiveOf, tagSentence } from '../grammar';
import { matchCase } from '../letter-case';
import { memoByIdentity } from '../memo';
import { isQuotedBack, isQuotedLine } from '../quoted-back';
import type { CueLists } from '../ruleset';
import type { Span } from '../sentences';
import type { Finding, Suggestion } from '../types';

/**
 * The shapes of a non-apology are code; the words that fill them are cue lists in the rule pack
 * (`"cues"` in rules/default.json), which a team can extend with its own stock phrases.
 */
const CUES = {
  'non-apology/apology-words': 'Words that make a sentence an apology: sorry, apologise, regret.',
  'non-apology/hurt-feelings': 'What the reader is said to feel in "sorry you were …": offended, upset.',
  'non-apology/upsetting-verbs': 'What "this" is said to have done to the reader in "sorry this … you".',
  'non-apology/bad-experiences': 'Adjectives of "sorry you had a … experience".',
  'non-apology/experiences': 'What went badly in "sorry you had a frustrating …": experience, time, stay.',
  'non-apology/reader-feelings': 'The reader\'s feelings as a noun in "sorry for your …": frustration, upset.',
  'non-apology/harm-words': 'Words or word starts that make "sorry if …" hedge a harm: upset, offen, confus.',
  'non-apology/inconvenience': 'Spellings of "inconvenience" in "sorry for any inconvenience".',
  'non-apology/vague-harms': 'Nouns that name no act after "sorry for any …": trouble, confusion, hassle.',
  'non-apology/vague-harms-after-the': 'Nouns that name no act after "sorry for the …": confusion.',
  'non-apology/courtesies': 'What follows "sorry" in a courtesy or sympathy, never a non-apology: to bother you.',
  'non-apology/excuse-our-things': 'What of "ours" an excuse after "but" blames: policy, system, team.',
  'non-apology/excuse-the-things': 'What an excuse after "but the …" blames: courier, weather, deadline.',
  'non-apology/policy-owners': 'Whose rules an excuse after "but" cites: company, store, bank.',
  'non-apology/owning-adverbs': 'Words after "but I …" that own the act, so it is no excuse: accidentally.',
  'non-apology/busy-words': 'How busy the writer says they have been, after a bare comma: busy, swamped, mad.',
  'non-apology/third-parties':
    'Who or what an excuse after a comma or "unfortunately" blames, as its subject: supplier, courier, examiners.',
  'non-apology/lapses': "What someone else did wrong, after a bare comma: broke down, ran late, didn't turn up.",
  'non-apology/hedges': 'Words that hedge like "if" before or after an apology: to the extent that, insofar as.',
  'non-apology/sympathy-events': 'Events a "sorry that …" meets with sympathy, never an apology: passed away.',
  'non-apology/service-failures':
    'What a service failed to do in "sorry your order didn\'t …", told as if by itself: arrive, go ahead, turn up.',
  'non-apology/others-acts':
    "Participles of what the reader or others do, never the writer's act to own in a rewrite: perceived, received.",
} as const;

const BINDINGS = {
  'non-apology/feelings': 'Regrets how the reader feels or sees it, not what happened.',
  'non-apology/conditional': 'Hedges with "if": sorry if anyone was upset.',
  'non-apology/inconvenience': 'The stock line: sorry for any inconvenience.',
  'non-apology/passive': 'Regrets an act without an actor: mistakes were made.',
  'non-apology/excuse': 'An apology taken back by an excuse: after "but" or "although", or a cause "due to" others.',
} as const;

type Binding = keyof typeof BINDINGS;

// Who apologises: "I'm", "we are", "I", "we", with an optional "so"/"truly".
// The lead also takes the words that wrap the apology word: "please accept our sincere apologies", "my
// apologies", "we would like to apologise", "I want to apologize". A rewrite replaces the whole finding, so
// a lead left outside it would be stranded in front of the new sentence ("Please accept our I'm sorry…").
const LEAD =
  String.raw`(?<lead>(?:(?:(?:please|kindly)\s+accept|(?:i|we)\s+(?:send|offer|extend))\s+(?:my|our)|please|kindly` +
  String.raw`|(?:i|we)(?:\s+would|'d)\s+like\s+to|(?:i|we)\s+(?:want|wish)\s+to|my|our` +
  String.raw`|i'm|i am|we're|we are|i was|we were|i|we)\s+` +
  '(?:(?:so|very|truly|really|deeply|terribly|sincerely|sincere|sincerest|deepest|humble|heartfelt' +
  String.raw`|do)\s+)?)?`;

// "some mistakes occurred", "a number of errors were made": the finding takes in the determiner, so that the
// rewrite ("we made mistakes") leaves no "some" stranded before it.
const DETERMINER = String.raw`(?:(?:an?|some|several|a\s+few|a\s+number\s+of|certain)\s+)?`;

// "… caused by the engineer cutting the cable", "… because we…": the act is named after all.
// A cause that names no one on the writer's side ("due to the weather", "because of a supplier's shortage")
// is an excuse, not the act: only one with "we", "our", "my" in its first words owns it.
// "…was misunderstood by our designer": a passive whose actor, right after it or later, is the writer's side
// (not "…subject to checks by our partner banks", which hands it on).
const ACT_NAMED_LATER =
  String.raw`(?!\s+by\s+(?:us|me|our|my)\b)` +
  String.raw`(?![^.!?]*(?:\b(?:(?:caused\s+by|because(?:\s+of)?|due\s+to)\s+(?:[\w'-]+\s+){0,3}?(?:we|i|our|my|us)` +
  String.raw`|when\s+(?:we|i|our|my)|after\s+(?:we|i|our|my)|(?:was|were|been)\s+[a-z]+(?:ed|en|t)\s+by\s+` +
  String.raw`(?:us|me|our|my))\b` +
  // "…; our driver left it at the wrong door" names the act; "…; however, our engineers…" starts an excuse.
  String.raw`|[:;,—–-]\s*(?:we|i|my)\b|(?<!\b(?:however|unfortunately|but))[:;,—–-]\s*our\b))`;
// How "you" are said to see it: "you feel", "you took it that way", "you see things".
const YOU_SEE_IT =
  // "sorry that you have felt let down": the same feeling, in the perfect.
  String.raw`(?:have\s+|'ve\s+)?felt|` +
  // "sorry that you have been left feeling unsupported": the feeling, with no one who left them so.
  String.raw`(?:have\s+been\s+|'ve\s+been\s+|were\s+|are\s+)?left\s+feeling|` +
  // "sorry that you came away feeling rushed": the same feeling, as what they took home.
  String.raw`(?:came|come|went|have\s+come|'ve\s+come)\s+away\s+(?:feeling|thinking|with\s+the\s+impression)|` +
  // "sorry that you have been feeling cold": the same feeling, as it has gone on.
  // (Not "you've been feeling unwell", which is met with sympathy.)
  String.raw`(?:have|'ve)\s+been\s+feeling(?!\s+(?:(?:so|very|really|quite|a\s+bit|rather)\s+)?` +
  String.raw`(?:unwell|ill|poorly|sick|rough|low|down|under|run\s+down)\b)|` +
  `feel|are feeling|were feeling|think|thought|believe|perceive|perceived|view|` +
  `misunderstood|misunderstand|misread|` +
  String.raw`(?:took|take|taken)\s+(?:it|(?:my|our|the|this|that)\s+(?:[\w'-]+\s+){0,6}?)` +
  String.raw`(?:that|this|the\s+wrong)\s+way|` +
  `took it|take it|see it|saw it|see things|found|find|` +
  // "sorry you're finding the new layout difficult": the same reaction, as it goes on.
  String.raw`'re\s+finding|are\s+finding|were\s+finding|(?:have|'ve)\s+found|` +
  // "sorry that you took offence": the offence as the reader's act.
  String.raw`(?:took|take|have\s+taken)\s+(?:offen[cs]e|exception|umbrage)|` +
  // "sorry you didn't enjoy the lamb": regrets the reader's reaction, not what was served.
  String.raw`(?:didn't|did\s+not|don't|do\s+not)\s+(?:enjoy|like|love|find|feel|think|agree|get\s+on\s+with` +
  // "sorry you didn't get what you hoped for": what the reader came away without, with no one who failed them.
  String.raw`|get\s+(?:what|the\s+[\w-]+)\s+you\s+(?:hoped|expected|wanted|needed|were\s+(?:hoping|expecting)))|` +
  // "sorry you were under the impression the revisions were included": the reader's misreading, not the quote.
  String.raw`(?:were|was)\s+under\s+the\s+impression` +
  String.raw`|(?:got|had|'ve\s+got|have\s+got)\s+the\s+(?:wrong\s+)?impression|` +
  'disagree|disagreed';
const YOU_WERE = String.raw`(?:were|are|got|have been|feel|felt)\s+(?:left\s+)?`;
// "regrets that you have been caused concern": the reader's state, caused by no one named.
const YOU_WERE_CAUSED = String.raw`(?:have\s+been|'ve\s+been|were|was)\s+caused`;
// "sorry you weren't happy", "apologies that you were not kept updated": the reader's state, no act.
const YOU_WERE_NOT =
  String.raw`(?:weren't|were not|aren't|are not|'re not|wasn't|was not)\s+` +
  `(?:happy|satisfied|pleased|aware|informed|told|kept|updated|notified)` +
  String.raw`|not\s+(?:happy|satisfied|pleased)` +
  // "apologises that you were unable to board": what the reader could not do, with no one who stopped them.
  // ("sorry you were unable to attend" regrets their absence; "…, because we overbooked" names the act.)
  String.raw`|(?:(?:were|was|have\s+been|'ve\s+been)\s+(?:unable|not\s+able)\s+to` +
  // "sorry you couldn't find the export option": the same, said with "could".
  String.raw`|couldn't|could\s+not|(?:weren't|wasn't)\s+able\s+to)\s+` +
  String.raw`(?!attend|make|come|join|be\s+there|go\b|visit|stay)\w+${ACT_NAMED_LATER}`;
const YOU_HAD = String.raw`(?:had|have had|'ve had|experienced)\s+(?:(?:a|an|such an?)\s+)?`;
// "… you experienced", "… you've been through": the harm as the reader lived it.
const YOU_WENT_THROUGH =
  String.raw`you(?:'ve|\s+have|\s+may\s+have|\s+might\s+have)?\s+` +
  String.raw`(?:experienced|encountered|faced|suffered|received|had|waited|been\s+through|gone\s+through` +
  String.raw`|went\s+through|been\s+put\s+through|were\s+(?:facing|experiencing|having))`;
// "you were made to wait", "you've been kept waiting": done to the reader, by no one named.
const YOU_WERE_KEPT =
  String.raw`(?:were|was|got|have\s+been|'ve\s+been|had\s+been)\s+` +
  String.raw`(?:made\s+to\s+(?:wait|feel)|kept\s+waiting|left\s+waiting|left\s+without|caught\s+up\s+in` +
  String.raw`|affected\s+by|impacted\s+by` +
  // "sorry that you were charged the wrong fare", "…were sent the wrong size": a mistake made, by no one named.
  String.raw`|(?:(?:over|double[-\s]?)?charged\b` +
  String.raw`|(?:sent|given|told|issued|shown)\s+(?:the\s+|an?\s+)?(?:wrong|incorrect))${ACT_NAMED_LATER})` +
  // "sorry you decided to cancel": the reader's choice is what is regretted.
  String.raw`|(?:decided|chose|felt\s+the\s+need|felt\s+you\s+had)\s+to`;
// The tail of a stock line, part of it: "…this may have caused you", "…this may cause", and the bare "…caused"
// of "any inconvenience caused" (but not "caused by our error", which goes on to name the act).
const CAUSED =
  String.raw`\s+(?:(?:this|that|it|which)\s+(?:(?:may|might|could|will|would)\s+(?:have\s+(?:caused|created)` +
  String.raw`|cause|create)|(?:(?:have|has)\s+)?(?:caused|created))` +
  String.raw`|(?:caused|created)(?!\s+by\b))(?:\s+(?:to\s+)?you(?:\s+(?:both|all))?\b)?`;
// "…the outage caused", "…our update may have caused": a thing named as the cause of a harm.
const THING_CAUSED =
  String.raw`\s+(?:the|this|these|those|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+` +
  String.raw`(?:(?:may|might|could|will|would)\s+)?(?:(?:have|has)\s+)?(?:caused|created)\b`;
// Who may stand in a harm's place as its cause or its sufferer: "any damage our driver caused" names the act.
const PEOPLE = String.raw`(?:our|my|we|i|us|you|your|they|their|he|she|his|her|this|that|it|which)\b`;
const MAY_HAVE_CAUSED = `(?:${CAUSED})?`;
// "…, but I've sent the corrected report": what the writer has done to put it right, not an excuse.
const AMENDS = new RegExp(
  // ("…but I've clearly marked the changes": an adverb before the amends.)
  String.raw`^(?:i|we)(?:'ve|\s+have)\s+(?:now\s+|already\s+|just\s+|[a-z]+ly\s+)?` +
    String.raw`(?!been\b|had\b|got\b|not\b|never\b)[a-z]+(?:ed|ent|t)\b`,
  'i',
);
// "sorry to hear that you feel…": sympathy in form, but what follows regrets the reader's view.
// "the sofa arrived", "the rats have returned": a thing as the subject of a past-tense verb.
// (The words between hold no clause of their own: "the file didn't open because I sent…" is the writer's act.)
const EVENT_CLAUSE =
  String.raw`(?:your|the|some|an?)\s+(?:(?!(?:because|since|when|after|but|and|so|i|we)\b)` +
  String.raw`[\w'-]+\s+){0,6}?(?:has\s+|have\s+|had\s+)?` +
  String.raw`(?<verb>[a-z]+(?:ed|ent|ook|ame|oke|ew))\b`;
// "sorry to hear that…", "it is with regret that we note…": what follows is the matter, one step removed.
const HEARD =
  String.raw`(?:to\s+(?:hear|read|learn|see)\s+|` +
  String.raw`that\s+we\s+(?:note|must\s+(?:inform|advise|tell)\s+you|(?:inform|advise|tell)\s+you)\s+)?`;
// "regret to inform you that…", "sorry to let you know that…": the matter told as news.
const INFORMING = String.raw`to\s+(?:(?:inform|advise|notify|tell)\s+you|let\s+you\s+know)\s+`;
// "…has taken longer than expected", "…took a little longer than we'd hoped": time overrun with no one behind it.
// "…the overhaul overran by six days": the same overrun, counted.
const RAN_OVER =
  String.raw`(?:(?:has\s+|have\s+|had\s+)?(?:taken|took)\s+` +
  String.raw`(?:(?:much|far|a\s+(?:lot|little|bit))\s+)?longer\s+than\s+` +
  String.raw`(?:(?:we|i)(?:'d|\s+had|\s+would\s+have)?\s+)?` +
  String.raw`(?:expected|planned|anticipated|hoped|promised|usual|it\s+should)` +
  String.raw`|(?:has\s+|had\s+)?(?:overran|overrun|ran\s+over|run\s+over)\s+by\s+(?:[\w-]+\s+){1,2}?` +
  String.raw`(?:minutes?|hours?|days?|weeks?|months?))\b`;
// "your parcel was damaged", "your appointment has been cancelled": the reader's thing, something done to it
// (a participle: "your application was not successful" reports an outcome, not an act).
const YOUR_THING_DONE =
  String.raw`your\s[^.!?;]{0,80}?\s(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+` +
  String.raw`(?:not\s+)?[a-z]+(?:ed|en)\b`;
// "I apologise for the fact that the parcel went missing": the same event, one step removed.
const FOR_THE_FACT = String.raw`(?:for\s+the\s+fact\s+)?`;
// "your parcel was delayed": a noun phrase, a passive verb, no actor.
// "your slot had to be changed", "prices have had to rise": a necessity with no one deciding it.
// "that delivery of your table has been postponed", "the pool will be closed": after "that" no article is
// needed, and a future passive hides the actor as well as a past one.
const PASSIVE_CLAUSE =
  String.raw`(?:(?:your|the|some|some\s+of\s+your)\s+` +
  String.raw`|(?<=\bthat\s+)(?!(?:i|we|you|they|he|she|it|this|that|there|but)\b))` +
  // The thing may be named at length ("your flight SN 402 from Manchester to Dublin on 12 October"), but
  // holds no verb of its own: "our ward staff did not tell you your mother had been moved" names its actor.
  // ("your withdrawal of 0.42 ETH", "a late payment charge of £50": amounts are part of the name.)
  // ("the 17:42 service from Reading": a time is part of the name too; "order 55102 (400 brackets)" an aside.)
  // ("the invoice I sent was wrong" names its actor too.)
  String.raw`(?:(?!\b(?:you|i|we|did|didn't|does|doesn't|do|don't|not|has|have|had|was|were)\b)` +
  String.raw`(?:[\w\s'#.£$€%/()-]|(?<=\d):(?=\d))){1,80}?\s+` +
  // ("…was due to our error": "due" opens the cause, read after the clause, not its verb.)
  // ("the lift has now been out of service": an adverb inside the verb hides no one.)
  String.raw`(?:was|were|(?:has|have|had)\s+(?:now\s+|also\s+|again\s+|since\s+)?been|got|will\s+be)\s+` +
  String.raw`(?:not\s+)?(?!due\b)[a-z]+\b` +
  // ("your appointment on Thursday at 10:30am has had to be cancelled": a time is a word of the name here too.)
  String.raw`|(?:(?:your|the|some|our)\s+)?(?!(?:i|we|it|this|that|you|they|but)\b)[\w'-]+` +
  String.raw`(?:\s+(?:[\w'-]|(?<=\d)[:.](?=\d))+){0,14}?\s+` +
  String.raw`(?:(?:has|have|had)\s+had\s+to\s+(?:be\s+)?[a-z]+|had\s+to\s+be\s+[a-z]+)\b`;

interface Shape {
  binding: Binding;
  pattern: RegExp;
  /** The shape opens with an apology word, so a sentence without one is not tried against it. */
  apologyFirst?: true;
}

/** Everything the detector matches with, built from the ruleset's cue lists once per ruleset. */
interface Prepared {
  /** "perceived", "received": a passive whose actor is the reader or others, so the writer cannot own it. */
  othersAct: RegExp;
  /** A sentence without any of these words cannot hold a non-apology: the cheap first test. */
  cue: RegExp;
  /** Any apology word: "Errors occurred overnight" has a cue but none of these. */
  apologyWord: RegExp;
  /** Every place an apology word starts (zero-width, global). */
  apologyStarts: RegExp;
  shapes: Shape[];
  courtesy: RegExp;
  ownCause: RegExp;
  harm: RegExp;
  excuse: RegExp;
  /** Events that call for sympathy, not an apology: "your father passed away". */
  sympathy: RegExp;
  /** Circumstances offered as the cause after a bare comma: "we have been extremely busy". */
  circumstance: RegExp;
  /** Words by which the writer's side owns what it did: "accidentally", "mistakenly". */
  owning: RegExp;
}

type Cue = (name: keyof typeof CUES) => string;

function shapes(cues: CueLists): Shape[] {
  // Every template opens with `apology` and keeps its alternatives inside groups, so each match begins
  // with an apology word. That lets a sentence with none skip these patterns: each is a long
  // alternation, and the first check after V8 drops a pattern's compiled code runs it interpreted,
  // once at every position of the sentence.
  const shape = (binding: Binding, template: (cue: Cue, apology: string) => string): Shape => ({
    binding,
    pattern: cuePattern(cues, 'gid', (cue) =>
      template(cue, String.raw`\b${LEAD}(?<core>${cue('non-apology/apology-words')})`),
    ),
    apologyFirst: true,
  });
  return [
    shape(
      'non-apology/feelings',
      (cue, apology) =>
        // "ur not happy", "you not happy": the same, typed on a phone or by a learner of English.
        // "sorry that you and your family felt let down", "…you both felt": the reader with company.
        // "sorry for you are not happy": a learner's "for" in place of "that".
        String.raw`${apology}\s+${HEARD}(?:that\s+|for\s+(?=you\s+(?:are|were|had|have|feel|felt)\b))?` +
        String.raw`(?:you(?:\s+and\s+your\s+[\w-]+|\s+both|\s+all)?|u|ur)` +
        String.raw`(?:\s+|(?='))(?:(?<verb>${YOU_SEE_IT}|` +
        String.raw`(?:'re|'ve\s+been)\s+(?:left\s+)?${cue('non-apology/hurt-feelings')}|` +
        `${YOU_WERE}${cue('non-apology/hurt-feelings')}|${YOU_WERE_NOT}|${YOU_WERE_CAUSED}|${YOU_WERE_KEPT}|` +
        String.raw`${YOU_HAD}${cue('non-apology/bad-experiences')}\s+${cue('non-apology/experiences')})\b)`,
    ),
    // "sorry that you have experienced difficulties", "apologies that you had cause to contact us": what the
    // reader went through or had to do, with nothing the writer did.
    shape(
      'non-apology/feelings',
      (cue, apology) =>
        String.raw`${apology}\s+${HEARD}(?:that\s+)?` +
        // "sorry that your son had to wait": someone of the reader's, in their place.
        String.raw`(?:you|your\s+(?:[\w'-]+\s+)?[\w'-]+` +
        String.raw`|(?:(?:some|certain)\s+(?:of\s+(?:you|our)\s+)?)?customers(?:\s+[\w'-]+){0,8}?)` +
        String.raw`(?:'ve|\s+have)?\s+(?:` +
        String.raw`(?:experienced|encountered|faced|had)\s+(?:some\s+|any\s+|these\s+|those\s+|such\s+|an?\s+)?` +
        String.raw`(?:${cue('non-apology/vague-harms')}|loss\s+of\s+service|outage|interruption` +
        // "…experienced degraded performance": a harm measured, with no one who degraded it.
        String.raw`|(?:degraded|reduced|poor|slow|intermittent)\s+(?:performance|service|access|speeds?))` +
        String.raw`|had\s+(?:cause|reason)\s+to\s+\w+|(?:needed|had)\s+to\s+(?:contact|complain|chase|call|write)` +
        // "sorry you had to wait two hours": the wait as they lived it; "…because I double-booked" owns it.
        String.raw`|had\s+to\s+wait\b${ACT_NAMED_LATER})\b`,
    ),
    // "sorry for the issues you experienced", "sorry that your stay did not meet your expectations", "… took
    // longer than you expected": the regret is framed by the reader's experience or expectations.
    shape(
      'non-apology/feelings',
      (cue, apology) =>
        // A noun before the harm names the thing ("the service disruption"), and the act is on the table.
        String.raw`${apology}\s+(?:(?:for|about|to\s+(?:hear|learn|read)\s+(?:of|about))\s+the\s+` +
        String.raw`(?:(?:recent|ongoing|continued|earlier)\s+)?` +
        String.raw`(?:${cue('non-apology/vague-harms')}|${cue('non-apology/bad-experiences')}\s+[\w-]+` +
        // "the length of time you waited": the wait as they lived it.
        String.raw`|(?:length\s+of\s+)?time|wait)\s+(?:${YOU_WENT_THROUGH})` +
        // "the noise you experienced on your first night", "the billing errors you ran into": any thing, seen
        // only as what the reader went through. (Not "suffered", which meets a loss with sympathy; and not
        // a named harm, "the service disruption you experienced", which the branch above leaves alone.)
        String.raw`|(?:for|about)\s+(?:the|any)\s+(?:[\w-]+\s+){0,2}?` +
        String.raw`(?!(?:${cue('non-apology/vague-harms')})\s)[\w-]+\s+(?:that\s+)?you` +
        String.raw`(?:'ve|\s+have|\s+may\s+have|\s+might\s+have)?\s+(?:experienced|encountered|ran\s+into` +
        // "the noise you had in the night", "the trouble you were facing": had as lived, not had to do.
        String.raw`|had(?!\s+to\b)|were\s+(?:facing|experiencing|having)` +
        String.raw`|run\s+into|went\s+through|been\s+through|been\s+put\s+through|endured` +
        String.raw`|had\s+to\s+(?:deal\s+with|put\s+up\s+with))` +
        // "the delays experienced on your journey": the reader's side of it, passive.
        String.raw`|(?:for|about)\s+the\s+(?:${cue('non-apology/vague-harms')}|delays?)\s+(?:experienced` +
        String.raw`|encountered|suffered)\s+` +
        String.raw`(?:by\s+you|on\s+your|with\s+your|during\s+your|in\s+your)` +
        String.raw`|(?:that\s+)?(?!if\b)[^.!?;]{0,60}?\b` +
        String.raw`(?:your\s+expectations|than\s+you(?:'d|\s+had|\s+would\s+have)?\s+` +
        // "…the standards you have come to expect from us": the same, as the reader's habit.
        String.raw`(?:expected|hoped|wanted)|(?:standards?|service|level)\s+you\s+(?:(?:have|'ve)\s+come\s+to\s+)?` +
        String.raw`(?:expected|expect` +
        String.raw`|deserve|hoped\s+for)` +
        // "… did not meet expectations", "… wasn't to your taste": measured by what the reader wanted.
        String.raw`|(?:did\s+not|didn't|does\s+not|doesn't|failed\s+to)\s+(?:meet|live\s+up\s+to)\s+` +
        String.raw`(?:\w+\s+)?expectations` +
        String.raw`|(?:wasn't|was\s+not|weren't|were\s+not|isn't|is\s+not)\s+(?:quite\s+)?to\s+your\s+` +
        String.raw`(?:taste|liking|satisfaction)` +
        // "… wasn't up to scratch": measured against a standard, with no one who fell short of it.
        String.raw`|(?:wasn't|was\s+not|weren't|were\s+not|isn't|is\s+not)\s+(?:quite\s+)?up\s+to\s+` +
        String.raw`(?:scratch|standard|par|the\s+mark)` +
        // "… fell short of expectations", "… has not gone as smoothly as hoped", "… is not the one you were
        // hoping for": measured against a hope, with no one who fell short of it.
        String.raw`|f(?:ell|alls|allen)\s+short\s+of\s+(?:(?:\w+\s+)?(?:expectations|the\s+standard)` +
        String.raw`|what\s+you(?:'d|\s+had|\s+were)?\s+(?:hoped|hoping|expected))` +
        String.raw`|(?:not|\w+n't)\s+(?:\w+\s+)?as\s+(?:\w+\s+)?as\s+(?:(?:we|you|everyone)\s+)?` +
        String.raw`(?:had\s+|would\s+have\s+|'d\s+have\s+)?(?:hoped|expected|planned|intended|wanted|wished|liked)` +
        // "… hasn't landed the way we hoped": the plan, with no one who broke it. ("We're sorry we didn't do
        // it the way we planned" says who, so the writer's side is let be.)
        String.raw`|(?<!\b(?:we|i)\s+(?:\w+\s+)?)(?:not|\w+n't)\s+(?:\w+\s+){1,2}the\s+way\s+` +
        String.raw`(?:we|you|everyone)\s+(?:had\s+|would\s+have\s+)?` +
        String.raw`(?:hoped|expected|wanted|intended|planned)` +
        // "your application is taking longer than our target time": measured by a promise, kept by no one.
        String.raw`|(?:is|are|has\s+been|have\s+been)\s+taking\s+longer\s+than` +
        // "…isn't the answer you were hoping for": the same, of an answer or a decision.
        String.raw`|(?:not|isn't|wasn't|aren't|weren't)\s+` +
        String.raw`(?:the\s+(?:one|answer|news|outcome|result|response|decision)` +
        String.raw`|what)\s+you\s+` +
        String.raw`(?:were\s+)?(?:hoping|hoped|wanted|expected)))\b` +
        // "…you experienced on Monday: our servers failed" names the act after all.
        ACT_NAMED_LATER,
    ),
    // "We're sorry for your frustration": the reader's feeling is what is regretted, not what caused it.
    shape(
      'non-apology/feelings',
      (cue, apology) =>
        String.raw`${apology}\s+(?:for|4|about|to\s+(?:hear|learn|read)\s+(?:of|about))\s+(?:all\s+|any\s+)?your\s+` +
        String.raw`(?:[\w-]+\s+)?${cue('non-apology/reader-feelings')}\b${ACT_NAMED_LATER}`,
    ),
    // "We're sorry for the way you feel you were treated": how they see it, not how they were treated.
    shape(
      'non-apology/feelings',
      (_, apology) =>
        String.raw`${apology}\s+(?:for|about)\s+(?:the\s+way|how)\s+you\s+` +
        String.raw`(?:feel|felt|see|saw|perceive|perceived|view|viewed)\b`,
    ),
    // "We apologize for any perceived lack of cleanliness", "we regret the experience you had with our team":
    // how the reader saw it or how it went for them, with nothing of what happened named.
    shape(
      'non-apology/feelings',
      (cue, apology) =>
        String.raw`${apology}\s+(?:for\s+|about\s+)?(?:(?:any|the|your)\s+perceived\b` +
        String.raw`|the\s+(?:${cue('non-apology/experiences')})s?\s+(?:that\s+)?` +
        String.raw`you(?:'ve|\s+have)?\s+had\b${ACT_NAMED_LATER})`,
    ),
    // "We're sorry to hear about your experience at the clinic": how it went for them, regretted from a
    // distance, with nothing of what happened named.
    shape(
      'non-apology/feelings',
      (_, apology) =>
        String.raw`${apology}\s+to\s+(?:hear|learn|read)\s+(?:of|about)\s+your\s+(?:recent\s+)?experiences?\b` +
        ACT_NAMED_LATER,
    ),
    // "Apologies for the disruption to your service", "sorry for the mix-up with your booking": a vague harm
    // that only points at what of theirs it touched. ("Sorry for the trouble." alone is often the courtesy
    // of asking a favour, so a bare harm counts only from the shorter list after "the". "The trouble with
    // the export" is as vague; "the delay with the results" is the courtesy of a slow reply.)
    shape(
      'non-apology/inconvenience',
      (cue, apology) =>
        // "We regret the delay to your order": the same, regretted without "for".
        String.raw`${apology}\s+(?:(?:for|about)\s+|(?<=\bregrets?\s+))the\s+` +
        String.raw`(?:(?:recent|ongoing|continued|earlier)\s+)?` +
        String.raw`${cue('non-apology/vague-harms')}(?=\s+(?:to|with|on)\s+your\b|(?<!\bdelays?)\s+with\s+the\b)` +
        ACT_NAMED_LATER,
    ),
    // "sorry to any players who felt the changes were harsh", "sorry that some Members feel…": how others
    // took it, like "sorry you feel that way" said to a crowd.
    shape(
      'non-apology/feelings',
      (cue, apology) =>
        String.raw`${apology}\s+(?:that|to)\s+(?:(?:any|some|all|those|the|many)\s+(?:of\s+(?:you|our)\s+)?)?` +
        // "…that the team feels let down": a group named as one.
        String.raw`(?:[\w-]+\s+){0,2}?(?:(?!(?:was|is|has|this|us|as)\b)[\w-]+s|people|staff|children` +
        String.raw`|team|everyone)\s+` +
        String.raw`(?:who\s+)?(?:(?:may|might)\s+have\s+|have\s+)?` +
        // "sorry that some parents misunderstood the letter": their reading, in place of what the letter said.
        '(?<verb>feels?|felt|finds?|found|thinks?|thought|believes?|believed|misunderstood|misread' +
        '|misinterpreted' +
        String.raw`|(?:were|are|have\s+been)\s+(?:left\s+)?${cue('non-apology/hurt-feelings')})\b`,
    ),
    // "I regret that the bonus announcement caused upset": the effect of a thing, with no one who did it.
    shape(
      'non-apology/feelings',
      (cue, apology) =>
        // "…the typo in my letter caused confusion" names the writer's own slip.
        String.raw`${apology}\s+(?:that\s+)?(?:the|this|that)\s+` +
        String.raw`(?:(?!(?:my|our|mistake|error|typo|slip)\b)[\w'-]+\s+){0,4}?` +
        String.raw`(?:has\s+|have\s+|may\s+have\s+|might\s+have\s+)?caused\s+(?:you\s+)?` +
        String.raw`(?:any\s+|some\s+|such\s+|so\s+much\s+)?(?:${cue('non-apology/vague-harms')})\b${ACT_NAMED_LATER}`,
    ),
    // "I'm sorry this upset you", "…this has been your experience": regrets the reaction, not its cause.
    shape(
      'non-apology/feelings',
      (cue, apology) =>
        String.raw`${apology}\s+(?:that\s+)?(?:this|that|it)\s+(?:(?:(?:has|have|may\s+have|might\s+have)\s+)?` +
        String.raw`${cue('non-apology/upsetting-verbs')}\s+you` +
        // "I'm sorry this has been your experience", "…such a frustrating experience for you": how it went
        // for them, with nothing of what happened.
        String.raw`|(?:has\s+been|was|is)\s+(?:your\s+experience|(?:such\s+)?an?\s+` +
        String.raw`(?:${cue('non-apology/bad-experiences')})\s+experience${ACT_NAMED_LATER}))\b`,
    ),
    // "I'm sorry that his comments upset Josh", "sorry our statements left you puzzled": the effect of a thing,
    // regretted in place of the thing. (The writer as the doer, "sorry I upset you", owns it, and a subject of
    // at least one word is needed, so "sorry the confused customer…" reads no verb.)
    shape(
      'non-apology/feelings',
      (cue, apology) =>
        // (Bad news that upset them is met with sympathy: "sorry the results upset you".)
        String.raw`${apology}\s+(?:that\s+)?(?:the|his|her|their|our|my|your|this|that)\s+` +
        String.raw`(?:(?!(?:news|results?|diagnosis|loss|death|passing|illness)\b)[\w'-]+\s+){1,4}?` +
        String.raw`(?:has\s+|have\s+|may\s+have\s+|might\s+have\s+)?(?:(?:left|made)\s+(?:you|him|her|them)\s+` +
        String.raw`(?:feel(?:ing)?\s+)?(?:${cue('non-apology/hurt-feelings')})` +
        String.raw`|gave\s+you\s+the\s+(?:wrong\s+)?impression` +
        String.raw`|${cue('non-apology/upsetting-verbs')}\s+(?:you|him|her|them|everyone|anyone` +
        String.raw`|(?!(?:the|a|an|our|your|their|his|her|its|my|this|that|some|any|and|but|to|in|on)\b)[\w'-]+))\b` +
        ACT_NAMED_LATER,
    ),
    // "We regret that prices will increase by 12%", "…that the Free plan will no longer include custom domains",
    // "…that rising costs have made this increase necessary", "…that this change was necessary": a decision
    // told as if no one made it.
    shape(
      'non-apology/passive',
      (_, apology) =>
        String.raw`${apology},?\s+(?:that\s+)?(?:(?!(?:i|we|you|that)\b)[\w'%£$€-]+\s+){1,8}?` +
        String.raw`(?:will\s+(?:no\s+longer\s+[a-z]+|increase|rise|go\s+up` +
        String.raw`|be\s+(?:discontinued|withdrawn|retired|increasing|rising))` +
        String.raw`|(?:is|was|are|were|has\s+been|have\s+been|became|become)\s+necessary` +
        String.raw`|(?:has|have)\s+made\s+(?:this|it|these|(?:the|a|an)\s+[\w-]+)\s+(?:[\w-]+\s+)?necessary)\b` +
        // "…will no longer be funded by the council" names who decided.
        String.raw`(?!\s+(?:[\w-]+\s+){0,2}by\s+(?:the|our|your|a|an|its|their)\b)` +
        ACT_NAMED_LATER,
    ),
    // "We regret the impact this incident had on you": the harm as the reader bore it, with no one who caused it.
    shape(
      'non-apology/inconvenience',
      (_, apology) =>
        String.raw`${apology}\s+(?:for\s+)?the\s+(?:impact|effect|disruption|distress|upset)\s+` +
        String.raw`(?:(?:this|the|that)\s+[\w-]+\s+)?(?:has\s+|may\s+have\s+|might\s+have\s+)?had\s+on\s+you` +
        ACT_NAMED_LATER,
    ),
    // "sorry that Bella's appointment felt rushed to you", "…the room didn't feel as clean as you'd like": how
    // a thing seemed to the reader, regretted in place of how it was.
    shape(
      'non-apology/feelings',
      (_, apology) =>
        String.raw`${apology}\s+(?:that\s+)?(?:the|this|that|it|your|our|his|her|their|[\w-]+'s)\s+` +
        String.raw`(?:[\w'-]+\s+){0,4}?(?:felt|seemed|looked|sounded|came\s+across(?:\s+as)?` +
        String.raw`|(?:didn't|did\s+not)\s+(?:feel|seem|look))\s+(?:[\w'-]+\s+){0,3}?` +
        String.raw`(?:to\s+you|as\s+[\w-]+\s+as\s+you(?:'d|\s+would)\s+(?:like|have\s+liked|expect|hope))\b`,
    ),
    // "sorry things got messed up with your session", "we apologise that things did not go as they should
    // have": "things" as the doer, so no one is.
    shape(
      'non-apology/passive',
      (_, apology) =>
        String.raw`${apology},?\s+(?:that\s+)?(?:things|everything|it\s+all)\s+(?:(?:did\s+not|didn't)\s+go\b` +
        String.raw`|went\s+(?:wrong|awry|sideways)|(?:got|have\s+got|have\s+gotten)\s+(?:messed|mixed)\s+up)` +
        // Only with the reader's thing in our hands: "sorry things didn't go well at the interview" is sympathy.
        String.raw`(?=[^.!?;,]{0,40}?\bwith\s+your\b)` +
        ACT_NAMED_LATER,
    ),
    shape(
      'non-apology/conditional',
      (cue, apology) =>
        String.raw`${apology}\s+(?:(?:for\s+any\s+(?:part|role)\s+(?:i|we)\s+(?:may|might)\s+have\s+played)|` +
        // "Apologies all round if…": the same hedge, to everyone at once.
        // "Apologies to you both if…": the same, to the readers by name.
        String.raw`(?:(?:all\s+round|to\s+(?:all|everyone|everybody|you(?:\s+(?:both|all))?))\s+)?` +
        // "…our apologies should you have been affected": the same "if", inverted.
        String.raw`(?:if|should(?=\s+(?:you|anyone|anybody)\b)|${cue('non-apology/hedges')})\s+(?<clause>[^.!?;]*))`,
    ),
    // "If this email bothers you, please forgive us", "If you find this offensive, we apologise": the hedge first.
    {
      binding: 'non-apology/conditional',
      pattern: cuePattern(
        cues,
        'gid',
        (cue) =>
          String.raw`\b(?<first>if|should(?=\s+(?:you|anyone|any))` +
          String.raw`|${cue('non-apology/hedges')})\s+(?<clause>[^.!?;]{1,100}?),?\s+` +
          String.raw`(?:then\s+)?(?:please\s+(?:accept\s+(?:my|our)\s+` +
          String.raw`(?:[\w-]+\s+){0,2}apolog\w*|forgive\s+(?:me|us))|(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:\w+\s+)?` +
          `(?:${cue('non-apology/apology-words')}))`,
      ),
    },
    // "Apologies to anyone who took it the wrong way": the same hedge as "sorry if anyone…".
    shape(
      'non-apology/conditional',
      (_, apology) =>
        String.raw`${apology}\s+to\s+(?<clause>(?:(?:anyone|anybody|any of you)\s+who\b` +
        // "apologises to customers who may have experienced…": a group, hedged by "may have".
        String.raw`|(?:all\s+|any\s+|those\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+who\s+(?:may|might)\s+have\b)[^.!?;]*)`,
    ),
    shape(
      'non-apology/inconvenience',
      (cue, apology) =>
        String.raw`${apology}\s+(?:(?:for|4|about)\s+)?(?:(?:any|the|this` +
        String.raw`|that)\s+${cue('non-apology/inconvenience')}|` +
        // "sorry for inconvenience caused": the same line from a writer who drops the article.
        String.raw`(?<=(?:for|4|about)\s+)${cue('non-apology/inconvenience')}|` +
        // "for whatever happened", "for how things turned out": what went wrong, left unsaid.
        String.raw`whatever\s+(?:happened|went\s+wrong|occurred)|` +
        String.raw`how\s+(?:things|it|this|everything)\s+(?:turned\s+out|went|worked\s+out|ended\s+up)|` +
        // "the mix-up I made", "the confusion, which was our error": the act is named, so it is no stock line.
        String.raw`the\s+${cue('non-apology/vague-harms-after-the')}(?!\s+(?:that\s+|which\s+)?(?:i` +
        String.raw`|we)\b)${ACT_NAMED_LATER}|` +
        String.raw`any\s+${cue('non-apology/vague-harms')}|` +
        // "the trouble this has caused": the effect, named as such, stands in for the act.
        String.raw`the\s+${cue('non-apology/vague-harms')}(?=${CAUSED})|` +
        // "this situation", "all this": the matter as a whole, with nothing of it named.
        String.raw`(?:(?:this|that|the\s+whole)\s+situation|all\s+(?:of\s+)?(?:this|that))` +
        String.raw`(?=\s*(?:[.!,;]|$|and\s+(?:thank|appreciate)))` +
        String.raw`${ACT_NAMED_LATER}|` +
        // "your poor experience", "the negative experience": how it went for them, not what went wrong.
        // The harm ends at a word's end: "the issue" is no finding inside "the issues some players had".
        String.raw`(?:the|your|this|that)\s+${cue('non-apology/bad-experiences')}\s+experience)s?\b` +
        MAY_HAVE_CAUSED,
    ),
    // "the trouble the outage caused your staff", "the trouble caused by the outage": the same, with its cause
    // named as a thing. ("Sorry for the trouble" alone is a courtesy.) A shape of its own: inside the one above,
    // building the command line's start-up snapshot aborted (V8: "unreachable code").
    shape(
      'non-apology/inconvenience',
      (cue, apology) =>
        String.raw`${apology}\s+(?:(?:for|4|about)\s+)?the\s+${cue('non-apology/vague-harms')}` +
        String.raw`(?=${THING_CAUSED}|\s+caused\s+by\b)`,
    ),
    // "We apologise for the delay and any inconvenience this causes": the stock line as the second of two
    // things regretted. Naming the delay first owns no act; the inconvenience after it is still the stock line.
    // (A shape of its own, for the start-up snapshot's sake: see below.)
    shape(
      'non-apology/inconvenience',
      (cue, apology) =>
        String.raw`${apology}\s+(?:for|about)\s+(?:the|any|this|that|your)\s+(?:[\w-]+\s+){0,2}?(?:and|or|&)\s+` +
        String.raw`(?:any|the|all\s+the)\s+${cue('non-apology/inconvenience')}\b` +
        MAY_HAVE_CAUSED,
    ),
    // "for the overcrowding experienced on this service", "for your experience with this seller": a thing seen
    // only as what was gone through, with no one who caused it ("the service disruption you experienced" names
    // the harm: see the shape of what the reader went through). A shape of its own: added to the one above,
    // it made that pattern's compiled code too large for the command line's start-up snapshot.
    shape(
      'non-apology/inconvenience',
      (_, apology) =>
        String.raw`${apology}\s+(?:(?:(?:for|about)\s+)?(?:the|any)\s+(?:(?!(?:you|we|i|they)\b)[\w-]+\s+){0,2}?` +
        String.raw`(?!(?:you|we|i|they)\b)[\w-]+\s+(?:experienced|encountered|suffered)\b` +
        String.raw`(?!\s+by\s+(?:us|me|our|my)\b)|(?:for|about)\s+your\s+experience\b` +
        // "for any damage that may have occurred": a harm that may or may not be, hedged and with no cause.
        String.raw`|(?:for\s+|about\s+)?any\s+(?:[\w-]+\s+){1,2}?(?:that|which)\s+(?:may|might)\s+have\s+` +
        String.raw`(?:occurred|happened|arisen|resulted|been\s+caused)\b)${ACT_NAMED_LATER}`,
    ),
    // "We apologise for any downtime this may have caused", "we regret any downtime your customers may have
    // experienced", "…for any email you may have received": whatever the harm is called, "any" and "may have"
    // leave open whether there was one, and no one caused it. ("Any damage our driver caused" names who did
    // it, and is not this shape.)
    shape(
      'non-apology/inconvenience',
      (_, apology) =>
        String.raw`${apology}\s+(?:(?:for|about)\s+)?any\s+(?:(?!${PEOPLE})[\w-]+\s+){0,2}?(?!${PEOPLE})[\w-]+` +
        `(?:${CAUSED}` +
        String.raw`|\s+(?:that\s+)?(?:you|your\s+[\w-]+)\s+(?:may|might)\s+have\s+(?:\w+ly\s+)?` +
        String.raw`(?:experienced|encountered|had|faced|noticed|received|seen|got|gotten|been\s+sent))` +
        String.raw`\b${ACT_NAMED_LATER}`,
    ),
    // "We regret that your baggage was not available", "we're sorry your parcel was delayed": no actor. Told
    // as news ("we regret to inform you that your order has been delayed"), only of the reader's own thing:
    // "…that tomorrow's trip has been cancelled" is as often news of a decision no one here got wrong.
    shape(
      'non-apology/passive',
      (_, apology) =>
        String.raw`${apology},?\s+(?:${INFORMING}that\s+(?=${YOUR_THING_DONE})|${FOR_THE_FACT}(?:that\s+)?)` +
        String.raw`(?<clause>${PASSIVE_CLAUSE})${ACT_NAMED_LATER}`,
    ),
    // "sorry there was a misunderstanding about the price": a harm that simply existed, with no one behind it.
    shape(
      'non-apology/inconvenience',
      (cue, apology) =>
        String.raw`${apology}\s+(?:that\s+)?there\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+` +
        String.raw`(?:(?:a|an|some|any)\s+)?(?:[\w-]+\s+)?(?:${cue('non-apology/vague-harms')})\b${ACT_NAMED_LATER}`,
    ),
    // "sorry that some families did not receive the text": what some of them missed, with no one who failed them.
    shape(
      'non-apology/passive',
      (_, apology) =>
        String.raw`${apology}\s+(?:that\s+)?(?:some|many|a\s+few|several)\s+(?:of\s+(?:you|our\s+[\w-]+)|[\w-]+s)\s+` +
        String.raw`(?:did\s+not|didn't|could\s+not|couldn't|were\s+(?:unable|not\s+able)\s+to)\s+` +
        // Not their absence ("some of you couldn't make it"), which is no harm done to them.
        String.raw`(?!attend|make|come|join|be\s+there|go\b|visit|stay)\w+${ACT_NAMED_LATER}[^.!?;]*`,
    ),
    // "We regret that the sofa arrived later than promised": an event with no one behind it.
    shape(
      'non-apology/passive',
      (_, apology) => String.raw`${apology},?\s+${FOR_THE_FACT}(?:that\s+)?(?<event>${EVENT_CLAUSE})${ACT_NAMED_LATER}`,
    ),
    // "I'm sorry that this situation has occurred": the matter itself as the actor.
    shape(
      'non-apology/passive',
      (_, apology) =>
        String.raw`${apology},?\s+${FOR_THE_FACT}(?:that\s+)?(?:(?:this|the|an?)\s+(?:situation|issue|problem` +
        String.raw`|matter|incident|error|fault|glitch|mistake)\s+` +
        String.raw`(?:has\s+|had\s+)?(?:occurred|arisen|arose|happened)` +
        // "We regret that this occurred": the same, with the matter only pointed at. (Not "sorry this happened
        // to you", which is as often sympathy for something no one here did.)
        // ("…that it occurred to nobody to call" is the idiom, not an event.)
        String.raw`|(?<matter>(?:this|it|that)\s+(?:has\s+|had\s+)?(?:occurred|arisen|arose)(?!\s+to\b)))\b` +
        ACT_NAMED_LATER,
    ),
    // "We regret that damage occurred during the lift": a harm with no one who did it, so the rewrite leaves
    // a blank for the act. ("Happened" is left out: "sorry that damage happened to your fence in the storm" is
    // as often sympathy.)
    shape(
      'non-apology/passive',
      (_, apology) =>
        String.raw`${apology},?\s+${FOR_THE_FACT}(?:that\s+)?(?<matter>(?:(?:some|any|such)\s+)?` +
        String.raw`(?:damage|breakages?|losses|outages?|failures?|faults|errors|mistakes)\s+` +
        String.raw`(?:has\s+|have\s+|had\s+)?(?:occurred|arisen|arose)(?!\s+to\b))\b${ACT_NAMED_LATER}`,
    ),
    {
      binding: 'non-apology/passive',
      pattern: sharedPattern(
        // "Errors were introduced into the configuration during a deployment": the same, in an incident report.
        String.raw`\b${DETERMINER}(?:mistake|error|oversight|bug|fault)s?\s+` +
          String.raw`(?:was|were|has been|have been|had been)\s+(?:made|introduced)\b|` +
          // "Errors occurred during the migration", "lessons have been learned", "any inconvenience is
          // regretted", "the update did not go as planned": the harm, with no one who caused it.
          String.raw`\b${DETERMINER}(?:errors|issues|problems|glitches)\s+(?:have\s+|had\s+)?(?:occurred|arose` +
          String.raw`|arisen)\b${ACT_NAMED_LATER}|` +
          String.raw`\blessons\s+(?:have\s+been|were|will\s+be)\s+learn(?:ed|t)\b|` +
          String.raw`\b(?:(?:any|the)\s+)?(?:inconvenience|disruption|distress|upset)\s+` +
          // ("any disruption experienced by staff during this period is regretted": whoever felt it, whenever;
          // "…caused by our contractor" names who did it.)
          String.raw`(?:(?:caused|experienced|suffered)\s+` +
          String.raw`(?:(?!by\s+(?:us|me|our|my)\b)(?:to|by|during|over|in|on|at)\s+(?:[\w'-]+\s+){1,3}?){0,2}?)?` +
          String.raw`(?:is|was)\s+` +
          String.raw`(?:(?:deeply|sincerely|greatly|much)\s+)?regretted\b|` +
          String.raw`\b(?:update|launch|migration|upgrade|rollout|roll-out|release|changeover|move` +
          String.raw`|transition|installation)\s+` +
          String.raw`(?:did\s+not|didn't|has\s+not|hasn't)\s+(?:go|gone)\s+(?:as\s+planned|to\s+plan` +
          String.raw`|as\s+expected|smoothly)\b|` +
          String.raw`\b${DETERMINER}mistakes?\s+(?:has\s+|have\s+|were\s+)?(?:occurred|happened)\b|` +
          // "Unfortunately, mistakes happen": the harm shrugged off as the way of the world.
          String.raw`\bmistakes\s+(?:do\s+)?happen\b(?!\s*,?\s*(?:(?:and|but)\s+)?(?:when|if|in|during)\b)|` +
          // "your viewing had to be cancelled at short notice, for which we apologise": the apology after a
          // passive that names no one ("…by our agent, for which…" names them).
          String.raw`\b(?:your|the|our)\s+(?:(?!\bby\s+(?:us|me|our|my)\b)[^.!?;]){1,80}?\s+(?:was|were|has\s+been` +
          String.raw`|have\s+been|had\s+to\s+be)\s+[a-z]+(?:ed|en)\b` +
          String.raw`(?:(?!\bby\s+(?:us|me|our|my)\b)[^.!?;]){0,60}?,?\s+` +
          String.raw`for\s+which\s+(?:we|i)\s+(?:(?:sincerely|deeply|truly|do|are\s+very|am\s+very)\s+)?` +
          String.raw`(?:apologi[sz]e|are\s+sorry|am\s+sorry)\b`,
        'dgi',
      ),
    },
    shape(
      'non-apology/excuse',
      (_, apology) =>
        String.raw`${apology}\b(?<apology>[^.!?]{0,80}?)(?:,|;|\s[-–—])?\s+` +
        String.raw`(?:but|however,?|unfortunately,?|(?<concedes>although|though|even\s+though))\s+(?<excuse>[^.!?]+)`,
    ),
    // "We apologise for the delay due to the volume of claims", "…the disruption, which was caused by an outage
    // at our cloud provider", "we regret that premiums have risen due to repair costs": the cause handed to
    // something or someone else in the same sentence (see `isNonApology`: not when the cause is the writer's).
    // The "that" may be left out: "We're sorry your bag didn't arrive, which happened due to…".
    shape(
      'non-apology/excuse',
      (_, apology) =>
        // "Regrettably, there has been a delay due to…", "sorry, the courier was late because of…": after a comma.
        String.raw`${apology}(?<apology>,?\s+(?:(?:for|about|that|to\s+(?:inform|advise|tell)` +
        String.raw`(?:\s+you)?(?:\s+that)?)\s+|(?=(?:your|the)\s)` +
        String.raw`|(?=there(?:'s|\s+(?:is|was|were|has|have|had))\s))[^.!?]{1,120}?)` +
        String.raw`(?:,?\s+(?:which|this|that|it)\s+` +
        String.raw`(?:was|were|is|has\s+been|had\s+been|happened|occurred|arose))?,?\s+` +
        String.raw`(?:caused\s+by|due\s+to|because\s+of|owing\s+to|as\s+a\s+result\s+of)\s+(?<cause>[^.!?]+)`,
    ),
    // "Sorry you had to wait, we have been extremely busy", "soz, the bank app does that sometimes": an
    // excuse after a bare comma. Only circumstances count here (see `circumstance`), not any clause.
    {
      binding: 'non-apology/excuse',
      pattern: cuePattern(
        cues,
        'gid',
        (cue) =>
          String.raw`\b${LEAD}(?<core>${cue('non-apology/apology-words')})\b(?<apology>[^.!?,;]{3,80}?)` +
          String.raw`(?:,|;|\s[-–—])\s+(?<circumstance>[^.!?]+)`,
      ),
    },
    // "We appreciate this may have been frustrating, and we apologise for that": the feeling, granted and
    // regretted, in place of what caused it.
    shape(
      'non-apology/feelings',
      (cue, apology) =>
        String.raw`\b(?:appreciate|understand|realise|realize|recognise|recognize|know)\s+(?:that\s+)?(?:this|it)\s+` +
        String.raw`(?:may|might|must|will)\s+(?:have\s+been|be|have\s+caused\s+you)\s+(?:\w+\s+)?` +
        String.raw`(?:${cue('non-apology/harm-words')})\w*[^.!?]{0,40}?${apology}(?!\s+(?:that\s+)?(?:i|we)\b)`,
    ),
    // "We apologise that your bag did not arrive", "sorry the engineer appointment didn't go ahead": a service
    // that failed the reader, told as if it failed by itself. Last, so that a cause or an excuse after it is
    // read by its own shape. Only what a service fails to do: "sorry your father didn't recover" and "…your
    // team didn't win" are sympathy. So is a service that ran over by itself: "we regret that the processing
    // of your claim has taken longer than expected".
    shape(
      'non-apology/passive',
      (cue, apology) =>
        String.raw`${apology},?\s+(?:that\s+)?(?:your|the)\s+(?:[\w'-]+\s+){0,5}?` +
        String.raw`(?:(?:did\s+not|didn't|has\s+not|hasn't|have\s+not|haven't|could\s+not|couldn't)\s+(?:yet\s+)?` +
        String.raw`${cue('non-apology/service-failures')}\b|${RAN_OVER})${ACT_NAMED_LATER}`,
    ),
  ];
}

// The words after "but" that shift the weight: circumstances, rules, the reader. "but I accidentally
// deleted it" owns the act and "but I hope this helps" moves on, so neither is an excuse.
const excuseSource = (cue: Cue) =>
  // "but honestly you did push it", "but if you had read the guide": the reader's part, in place of the act.
  String.raw`^(?:(?:unfortunately|honestly|frankly|admittedly|to\s+be\s+(?:fair|honest)|in\s+fairness),?\s+)?` +
  String.raw`(?:if\s+you(?:'d|\s+had)|(?:the|your)\s+(?:[\w'-]+\s+){0,3}?you\s+(?:[a-z]+ed|gave|sent|made|chose|did)|` +
  // "Sorry but is our policy": a learner's "it is", dropped.
  String.raw`it|it's|that|that's|this|there|due|given|is\s+(?:our\s+|company\s+|the\s+)?polic(?:y|ies)|` +
  String.raw`(?:our|my)\s+(?:[\w-]+\s+)?${cue('non-apology/excuse-our-things')}|per\s+(?:our|the|company)|` +
  String.raw`${cue('non-apology/policy-owners')}\s+(?:policy|policies|rules)|policy|` +
  // "but the lab has been very busy": someone else's workload, in place of the act.
  String.raw`(?:the|our)\s+(?:[\w'-]+\s+){0,3}?(?:has|have|had|is|are|was|were)\s+(?:been\s+)?` +
  String.raw`(?:very\s+|extremely\s+|really\s+|so\s+)?${cue('non-apology/busy-words')}|` +
  String.raw`the\s+(?:[\w-]+\s+){0,2}?${cue('non-apology/excuse-the-things')}|` +
  // "but the engineer can only come on Tuesdays": what someone else's rules allow, in place of the act.
  String.raw`the\s+(?:[\w-]+\s+){0,2}?` +
  String.raw`(?:can\s+only|can't|cannot|can\s+not|won't|will\s+not|is\s+unable|are\s+unable)\b|` +
  // "but the inspection date is set by the insurer", "but the booking can't be moved": decided by
  // someone else, or fixed with no one fixing it.
  String.raw`(?:the|our)\s+(?:[\w'-]+\s+){0,3}?(?:is|are|was|were)\s+` +
  String.raw`(?:set|decided|determined|controlled|fixed|handled` +
  String.raw`|managed|chosen|run|arranged)\s+by\b|` +
  String.raw`the\s+(?:[\w'-]+\s+){0,3}?(?:can't|cannot|can\s+not|won't|will\s+not)\s+be\s+[a-z]+(?:ed|en)\b|` +
  // "but our price promise doesn't apply to marketplace sellers": a rule's reach, stated in place of the act.
  String.raw`(?:the|our)\s+(?:[\w'-]+\s+){0,3}?(?:doesn't|does\s+not|don't|do\s+not|won't|will\s+not)\s+` +
  String.raw`(?:apply|cover|extend|include|allow|permit)\b|` +
  // "however the pharmacy did not collect the prescription": someone else who failed to do their part.
  String.raw`the\s+(?:[\w'-]+\s+){0,2}?(?:did\s+not|didn't|failed\s+to|forgot\s+to)\b|` +
  // "however, passengers on separate tickets are responsible for…", "…and it is not our responsibility": the
  // duty handed to someone else, in place of the act.
  RESPONSIBILITY_ELSEWHERE +
  '|' +
  // "but our crews are instructed to close the gate", "but refunds are only issued within 30 days", "but
  // the gate must stay closed": a rule stated in place of the act, with no one who made it.
  String.raw`(?:(?:the|our|all|any|these|those)\s+)?(?:[\w'-]+\s+){0,3}?(?:is|are|was|were)\s+(?:not\s+|only\s+)?` +
  String.raw`(?:instructed|required|obliged|allowed|permitted|authori[sz]ed|bound)\s+to\b|` +
  String.raw`(?:(?:the|our|all|any)\s+)?(?:[\w'-]+\s+){0,3}?(?:is|are)\s+only\s+` +
  String.raw`(?:[a-z]+(?:ed|en)|available|valid|possible|open)\b|` +
  String.raw`(?:the|our|all|any)\s+(?:[\w'-]+\s+){0,3}?must\s+(?:stay|remain|be)\b|` +
  // "but our prices have to reflect rising costs": a necessity stated in place of the act, with no one choosing it.
  String.raw`(?:the|our)\s+(?:[\w'-]+\s+){0,3}?(?:has|have)\s+to\s+[a-z]+\b|` +
  String.raw`we(?:'re|'ve|\s+(?:are|were|have|had|can't|cant|cannot|can\s+not|don't|dont|do\s+not|couldn't|` +
  String.raw`couldnt|could\s+not|can\s+only|can\s+no\s+longer|no\s+longer|` +
  `aren't|weren't|only))|` +
  String.raw`i(?:'m|'ve|\s+(?:am|was|have|had|can't|cannot|couldn't|don't|do\s+not|only))\b` +
  String.raw`(?!\s+${cue('non-apology/owning-adverbs')}\b)|you|your|everyone|everybody|as|since|because)\b`;

// Someone else's duty, stated in place of the act: "passengers … are responsible for", "…not our responsibility",
// "…and it is not our fault". Shared by the excuse after "but" and the one after a bare comma.
const RESPONSIBILITY_ELSEWHERE =
  String.raw`(?:(?:(?:the|your|all|any)\s+)?(?:[\w'-]+\s+){0,5}?(?:is|are)\s+(?:solely\s+|fully\s+|entirely\s+)?` +
  String.raw`responsible\s+for\b|(?=[^.!?]*\b(?:is\s+not|isn't|was\s+not|wasn't)\s+(?:our|my)\s+` +
  String.raw`(?:responsibility|fault)\b))`;

// What, after a bare comma, passes the blame to circumstances: how busy the writer has been ("we have been
// extremely busy", "been a mad week"), how things always go ("these old houses always…", "the app does that
// sometimes"), or a cause out of anyone's hands.
const circumstanceSource = (cue: Cue) =>
  // "…, the worktop supplier has let us down", "…; our accountants took longer than usual": someone else
  // as the subject of what went wrong (not of what happens next: "…, the courier will be there at 9").
  String.raw`^(?:unfortunately,?\s+)?(?:the|our|my)\s+(?:[\w'-]+\s+){0,3}?${cue('non-apology/third-parties')}` +
  // "…, the supplier has now sent the part": progress, not blame.
  String.raw`(?:'s|s)?\s+(?:[\w'-]+\s+){0,2}?(?:(?:has|have|had)(?!\s+(?:now|just|finally)\b)` +
  String.raw`|was|were|took|is\s+still|are\s+still|didn't|did\s+not` +
  String.raw`|couldn't|could\s+not|failed|let\s+us\s+down|[a-z]+ed)\b` +
  // "…, we have been waiting on the loss adjuster's report": the wait, in place of the act.
  String.raw`|^(?:unfortunately,?\s+)?(?:we|i)(?:'ve|\s+have|'re|\s+are|'m|\s+am)\s+(?:been\s+|still\s+)?` +
  String.raw`waiting\s+(?:on|for)\b` +
  String.raw`|^(?:(?:which|this|that|it)\s+was\s+)?(?:(?:we|i)(?:'ve|\s+have)?\s+been\s+|been\s+an?\s+` +
  String.raw`|it's\s+been\s+an?\s+)` +
  String.raw`(?:\w+\s+)?${cue('non-apology/busy-words')}\b` +
  String.raw`|\b(?:always|sometimes|often)\s+(?:\w+\s+)?(?:throw|happen|do|does|go|goes)\b|\b(?:does` +
  String.raw`|do)\s+that\s+(?:sometimes|a\s+lot|occasionally)\b` +
  // "…, the lads were rushing to the next job", "…, his van broke down": someone else's lapse, as the reason.
  // (Not "our driver left it at the wrong door", which names the act: see ACT_NAMED_LATER.)
  String.raw`|^(?:unfortunately,?\s+)?(?:the|his|her|their)\s+(?:[\w'-]+\s+){0,3}?` +
  String.raw`(?:(?:was|were|got|had\s+been|has\s+been|have\s+been)\s+)?` +
  String.raw`(?:(?:really|very|so|a\s+bit|quite|extremely|running)\s+)?${cue('non-apology/lapses')}\b` +
  String.raw`|^${RESPONSIBILITY_ELSEWHERE}` +
  String.raw`|\b(?:beyond|outside(?:\s+of)?)\s+(?:our|my)\s+control\b|\bout\s+of\s+(?:our|my)\s+hands\b` +
  String.raw`|\b(?:not|isn't` +
  String.raw`|wasn't)\s+(?:our|my)\s+fault\b`;

// What in an "if" clause makes "sorry if …" hedge a harm rather than ask politely.
const harmSource = (cue: Cue) =>
  String.raw`\b(?:${cue('non-apology/harm-words')}|crossed\s+wires|mix[-\s]?up|fell\s+short|` +
  String.raw`fall(?:s|en)?\s+short|let(?:ting)?\s+\w+\s+down|(?:wasn't|weren't|didn't)\b|(?:was|were|did)\s+not\b|` +
  // "…if you experienced any issues with the checkout": trouble the reader may have had, whatever it is called.
  String.raw`\byou\s+(?:feel|felt|think|thought|believe)\b` +
  String.raw`|\byou\s+(?:experienced|encountered|faced|had)\s+(?:any|some)\b)`;

// "Sorry it took me a couple of days to get back to you", "sorry for not replying sooner", "sorry I haven't
// answered": the writer's own slow reply, a small courtesy like "sorry for the slow reply" (a busy week given
// as its reason is no excuse for a harm).
const SLOW_REPLY =
  String.raw`(?:(?:that\s+)?(?:it|i|we)(?:'s|'ve|\s+has|\s+have)?\s+(?:taken|took)\b[^.!?,;]{0,30}?\bto\s+` +
  String.raw`(?:reply|respond|answer|get\s+back|write\s+back)|for\s+(?:taking\s+[^.!?,;]{0,30}?to\s+` +
  String.raw`(?:reply|respond|answer|get\s+back)|not\s+(?:replying|responding|answering|getting\s+back)\b)` +
  String.raw`|(?:i|we)\s+(?:haven't|have\s+not|didn't|did\s+not)\s+(?:replied|responded|answered|got\s+back` +
  String.raw`|gotten\s+back|reply|respond|answer|get\s+back)\b)`;

// Rulesets with the same cue lists share them (see buildRuleset), and so share what is built from them.
const preparedFor = memoByIdentity<Prepared>();

function prepare(cues: CueLists): Prepared {
  return {
    // The passive shapes need no apology word: "errors occurred", "lessons have been learned".
    cue: cuePattern(
      cues,
      'i',
      (cue) =>
        String.raw`${cue('non-apology/apology-words')}|mistake|error|oversight|lessons|occurred|arose` +
        String.raw`|arisen|as\s+planned`,
    ),
    apologyWord: cuePattern(cues, 'i', (cue) => String.raw`\b${cue('non-apology/apology-words')}`),
    othersAct: cuePattern(cues, 'i', (cue) => `^(?:${cue('non-apology/others-acts')})$`),
    apologyStarts: cuePattern(cues, 'gi', (cue) => String.raw`\b(?=${cue('non-apology/apology-words')})`),
    shapes: shapes(cues),
    // Small courtesies and sympathy are not non-apologies, with or without a "but" after them.
    courtesy: cuePattern(cues, 'i', (cue) => String.raw`\bsorry\s+(?:${cue('non-apology/courtesies')}|${SLOW_REPLY})`),
    harm: cuePattern(cues, 'i', harmSource),
    excuse: cuePattern(cues, 'i', excuseSource),
    sympathy: cuePattern(cues, 'i', (cue) => String.raw`\b${cue('non-apology/sympathy-events')}\b`),
    circumstance: cuePattern(cues, 'i', circumstanceSource),
    owning: cuePattern(cues, 'i', (cue) => String.raw`\b${cue('non-apology/owning-adverbs')}\b`),
    // The writer in the first words of a cause ("our error", "a mistake on our part", "a mistake we made"),
    // not as the owner of someone else ("an outage at our cloud provider") or as the time it happened in
    // ("unprecedented demand during our seasonal sale").
    ownCause: cuePattern(
      cues,
      'i',
      (cue) =>
        String.raw`^(?:(?!during\b|throughout\b)[\w'-]+\s+){0,4}?(?:we|we've|we'd|our|ours|us|i|i've|my|me)\b` +
        String.raw`(?!\s+(?:[\w'-]+\s+){0,2}?${cue('non-apology/third-parties')}\b)`,
    ),
  };
}

interface Hit {
  binding: Binding;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

/**
 * Who the rewrite speaks as, and the words that say sorry. Usually a sentence of its own ("We're sorry"),
 * but when the apology is the second verb of a sentence already under way ("We take all feedback seriously
 * and apologise for…", "Trentline Energy regrets that…"), the rewrite must go on as a verb ("apologise
 * that we…"): a new "I'm sorry" there would break the sentence it stands in.
 */
interface Voice {
  subject: 'I' | 'we' | 'they';
  sorry: string;
  /** Whether `sorry` goes on a sentence under way and needs "that" before a clause ("regrets that we…"). */
  verb: boolean;
}

// The apology as one word that a subject earlier in the sentence governs: "…and apologise", "She is sorry",
// "It is regretted", "Our adviser apologised".
const BARE_APOLOGY_WORD = /^(?:sorry|apologi[sz]e[sd]?|regret(?:s|ted)?)$/i;

// An apology told as past news ("apologised", "has apologised", "regretted"), not made now.
const REPORTED = /^(?:apologi[sz]ed|regretted)$/i;

function voiceOf(lead: string | undefined, core = '', before = ''): Voice {
  if (!lead && BARE_APOLOGY_WORD.test(core) && /\p{L}\s*$/u.test(before)) {
    const ours = /\b(?:we|our|us)\b/i.test(before);
    const mine = /\b(?:I|I'm|me|my)\b/.test(before);
    // "The vendor has apologised…" reports a third party's apology: the blank is what they did. "Our
    // adviser apologised…" and "Trentline Energy regrets…" speak for the writer's side.
    // "It is regretted that…" is no report: the passive hides who regrets, so the writer's side owns it.
    const impersonal = /\b(?:is|are|was|were|be|been)\s*$/i.test(before);
    if (REPORTED.test(core) && !ours && !mine && !impersonal) return { subject: 'they', sorry: core, verb: true };
    return { subject: mine && !ours ? 'I' : 'we', sorry: core, verb: true };
  }
  const we = /\b(?:we|our|us)\b/i.test(`${lead ?? ''}${core}`);
  return { subject: we ? 'we' : 'I', sorry: we ? "We're sorry" : "I'm sorry", verb: false };
}

/** Who did the act: the writer's side ("I'm sorry we broke…"), or the third party whose apology is reported. */
const actor = (voice: Voice) => (voice.subject === 'they' ? 'they' : 'we');

/** "I'm sorry we broke…", "regrets that we broke…": the apology joined to the clause it owns. */
const sorryThat = (voice: Voice, clause: string) => `${voice.sorry}${voice.verb ? ' that' : ''} ${clause}`;

/** "We want to make this right" when the apology speaks for the company, else "I want…". */
const makeRight = (voice: Voice) => `${voice.subject === 'we' ? 'We' : 'I'} want to make this right`;

// The first word of a clause that could follow "sorry (that)": its subject, a pronoun, a determiner or a name.
const SUBJECT_FIRST =
  /^(?:(?:we|i|our|my|the|this|that|it|they|their|your|you|he|she|his|her|its|these|those|there|some|a|an)\b|\p{Lu})/u;

/** The blank for the act, and what it was about when the sentence names that ("…with the repair"). */
function template(voice: Voice, about?: string): Suggestion {
  const { subject } = voice;
  // As a verb the apology is part of a sentence that may go on ("…regrets that we [what we did] and has
  // added 200 points"), so no sentence of its own is added after it.
  const after = voice.verb ? '' : `. ${makeRight(voice)}`;
  return {
    label: 'Own the act (fill in the blank)',
    replacement: `${voice.sorry} that ${subject} [what ${subject} did]${about ? ` with ${about}` : ''}${after}`,
  };
}

// "…you were disappointed with the repair", "…you felt let down by our service": what the reader's feeling was
// about, which the rewrite keeps as what the act was about.
const FEELING_ABOUT = new RegExp(
  String.raw`\b(?:were|are|was|got|have\s+been|'ve\s+been|feel|felt|feeling)\s+(?:left\s+)?` +
    String.raw`(?:(?:so|very|really|quite|a\s+bit|a\s+little)\s+)?\p{L}+(?:\s+down)?\s+(?:by|with|about|over|at)\s+` +
    String.raw`(?<thing>(?:the|your|our|this|these|those|my)\s+[^,;:.!?]+)`,
  'iu',
);

/** What the reader's feeling was about, as the sentence names it, without an excuse that follows. */
function feelingAbout(text: string): string | undefined {
  return FEELING_ABOUT.exec(text)?.groups?.thing?.replace(EXCUSE_AFTER, '').trim() || undefined;
}

/** The facts as the writer named them, taken on: "We're sorry the sofa arrived late. That's on us". */
const ownIt = (voice: Voice, facts: string): Suggestion => ({
  label: 'Own it',
  replacement: `${sorryThat(voice, facts)}. That's on us`,
});

// "the rollout was rushed": the thing, the passive verb, and whatever follows.
const PASSIVE = new RegExp(
  String.raw`^(?<np>(?:(?:the|your|our|this|that|these|those|my)\s+)?[\w\s'-]{1,40}?)\s+` +
    String.raw`(?<aux>was|were|has been|have been|got|will be)\s+(?<participle>[a-z]+)(?<rest>.*)$`,
  'i',
);

const EMBEDDED_SUBJECT = /\b(?:what|which|who|whom|whose|where|when|how)\b/i;

/**
 * Whether the words before the passive (its first `npLength` characters) hold a verb of their own, so are no
 * thing it was done to: "the team felt the migration [was rushed]", "a number of customers may [have been
 * affected]", "your application appears to [have been overlooked]". A participle before a preposition
 * describes the thing ("the Marathon Expo scheduled for 22 March [was cancelled]").
 */
function hasOwnVerb(clause: string, npLength: number): boolean {
  // Tagged in the whole clause: alone, "services" or "the scaffolding" read as verbs.
  const terms = tagSentence(clause);
  return terms.some((term, i) => {
    if (term.offset >= npLength || !term.tags.has('Verb')) return false;
    const next = terms[i + 1];
    // A verb with its own object or infinitive after it ("felt the migration", "appears to"); a word the tagger
    // calls a verb before a noun is a compound's ("garden waste collections").
    return (
      term.tags.has('Modal') ||
      (!!next && (/^to$/i.test(next.text) || ['Determiner', 'Possessive', 'Pronoun'].some((t) => next.tags.has(t))))
    );
  });
}

/**
 * "the rollout was rushed" → "we rushed the rollout", with compromise finding the verb and its past tense.
 * A reported apology gives the act to those who apologised: "they rushed the rollout".
 */
function ownPassive(clause: string, voice: Voice, othersAct: RegExp): string | undefined {
  const m = PASSIVE.exec(clause);
  // "the results fell short of what was promised": the passive is a clause inside the thing, whose
  // subject is "what"; the thing itself was not done to anyone.
  if (!m?.groups || EMBEDDED_SUBJECT.test(m.groups.np!) || hasOwnVerb(clause, m.groups.np!.length)) return undefined;
  const participle = m.groups.participle!.toLowerCase();
  // Only a real participle ("rushed", "broken"), not an adjective ("wrong", "late"); and only the writer's
  // kind of act: "the post was perceived as insensitive" was the readers' doing, not "we perceived the post".
  const infinitive = infinitiveOf(participle);
  if (!infinitive || othersAct.test(participle)) return undefined;
  // "the pool will be closed" → "we will close the pool": the same time, with the actor named.
  const verb = /^will/i.test(m.groups.aux!) ? `will ${infinitive}` : conjugate(infinitive).PastTense;
  return `${actor(voice)} ${verb} ${m.groups.np!.trim()}${m.groups.rest}`;
}

function suggestionsFor(hit: Hit, sentence: string, sentenceEnd: number, othersAct: RegExp): Suggestion[] {
  const { lead, core } = hit.groups;
  const voice = voiceOf(lead, core, sentence.slice(0, hit.start));
  const opener = lead ? `${lead}${core}` : voice.sorry;
  switch (hit.binding) {
    case 'non-apology/feelings': {
      const after = sentence.slice(hit.end, sentenceEnd).trim();
      const rest = after.replace(/^that\s+/i, '');
      const verb = hit.groups.verb?.toLowerCase() ?? '';
      if (
        /^(feel|felt|think|thought|believe|perceive|perceived|view)$/.test(verb) &&
        rest &&
        !/^(that|this|it)\s+way\b/i.test(after) &&
        // "…you felt let down by the service" names a feeling, not a clause that could stand after "sorry": a
        // clause starts with its subject, and neither a "but" after it ("…, but we followed the policy") nor one
        // inside it ("…by the time this has taken") makes it one.
        SUBJECT_FIRST.test(rest) &&
        readClause(rest.replace(EXCUSE_AFTER, '')).subject !== 'none'
      ) {
        // "I'm so sorry you feel…" keeps the writer's own words for sorry; "we regret you feel…" says it plainly.
        const said: Voice =
          /^(regret|apologi)/i.test(core ?? '') || voice.verb
            ? voice
            : { ...voice, sorry: lead ? `${lead}${core}` : `I'm ${core?.toLowerCase()}` };
        if (/^(we|i|our|my)\b/i.test(rest)) return [{ replacement: sorryThat(said, rest) }, template(voice)];
        const owned = ownPassive(rest, voice, othersAct);
        if (owned)
          return [
            { replacement: sorryThat(said, owned) },
            { replacement: `${sorryThat(said, rest)}. ${makeRight(voice)}` },
          ];
        return [{ replacement: `${sorryThat(said, rest)}. ${makeRight(voice)}` }, template(voice)];
      }
      return [template(voice, feelingAbout(sentence.slice(hit.start, sentenceEnd)))];
    }
    case 'non-apology/conditional': {
      const clause = (hit.groups.clause ?? '').trim();
      // "If this email bothers you, please forgive us": dropping the "if" would regret their reaction instead.
      // A past event hedged ("If our negotiator was short with you…") is kept, and the "if" dropped.
      if (hit.groups.first) {
        // The apology after the clause says who is sorry ("…, we apologise"; "…, please accept our apologies").
        const matched = sentence.slice(hit.start, hit.end);
        const said = voiceOf(undefined, matched.slice(matched.indexOf(clause) + clause.length));
        if (!/^(our|my|the)\b/i.test(clause) || !hedgedPastEvent(clause)) return [template(said)];
        return [{ label: 'Drop the "if"', replacement: `${said.sorry} that ${clause}` }, template(said)];
      }
      if (
        (/^(i|we|our|my|this|that|it|the)\b/i.test(clause) || SOME_OF_THEIRS.test(clause)) &&
        !/^(you|anyone|anybody|someone|people|everyone)\b/i.test(clause)
      ) {
        const that = voice.verb || /^apologi/i.test(core ?? '') ? 'that ' : '';
        return [{ label: 'Drop the "if"', replacement: `${opener} ${that}${clause}` }, template(voice)];
      }
      return [template(voice)];
    }
    case 'non-apology/passive': {
      const { clause, event, matter, match = '' } = hit.groups;
      // "We regret that this occurred" names no act to own, so the rewrite leaves a blank for it.
      if (matter !== undefined) return [template(voice)];
      if (event) {
        // "We regret that the sofa arrived late" → "We're sorry the sofa arrived late. That's on us.":
        // the facts the writer named stay, and the responsibility is taken.
        return [ownIt(voice, event + sentence.slice(hit.end, sentenceEnd)), template(voice)];
      }
      if (!clause)
        return [
          { replacement: matchCase(match, `${actor(voice)} made mistakes`) },
          { replacement: matchCase(match, `${actor(voice)} made a mistake`) },
        ];
      // The finding runs to the end of the sentence: the rewrite keeps what follows the verb.
      const facts = clause + sentence.slice(hit.end, sentenceEnd);
      const owned = ownPassive(facts, voice, othersAct);
      // No verb to give an actor ("the marquee was not available"): keep the facts and take them on.
      return [owned ? { replacement: sorryThat(voice, owned) } : ownIt(voice, facts), template(voice)];
    }
    case 'non-apology/excuse': {
      const apology = (hit.groups.apology ?? '').replace(/[\s,;–—-]+$/, '');
      return [{ label: 'Drop the excuse', replacement: `${opener}${apology}` }, template(voice)];
    }
    case 'non-apology/inconvenience': {
      const tail = harmTail(hit, sentence, sentenceEnd);
      return [
        harmToCome(hit, sentence, tail, sentenceEnd, voice) ?? harmKept(hit, sentence, tail, voice) ?? template(voice),
      ];
    }
    default:
      return [template(voice)];
  }
}

// "…for the disruption" at the end of the match, and what it was called ("…for any confusion caused" → confusion).
const HARM_AT_END = new RegExp(
  String.raw`\b(?:for|4|about|regrets?(?!\s+(?:for|about)\b))\s+(?:(?:any|the|this|that)\s+)?` +
    String.raw`(?<harm>[\p{L}-]+(?:\s+(?!caused\b)[\p{L}-]+){0,4}?)` +
    String.raw`(?:${CAUSED})?$`,
  'iu',
);
// What follows the harm and still belongs to it: "…to your service", "…with your order", "…the outage may
// have caused", "…caused by the change". A new clause ("…, and thank you") does not.
const HARM_GOES_ON = new RegExp(
  String.raw`^\s+(?:to|with|on|in|at|about|around|regarding|over|during|of|from|caused|created|resulting|arising` +
    String.raw`|due|this|that|these|those|the|which|it|our|your|you|some|certain|many|several` +
    String.raw`|experienced|suffered|occasioned|faced|endured|or|and\s+(?:the|any|all|your|for)` +
    // When it came: "…you may have noticed after the upgrade", "…while the site was down".
    String.raw`|after|before|since|while|when|earlier|yesterday|today|recently|last)\b`,
  'i',
);
// "…the outage may have caused", "…this may have had on your business": the harm's cause restated. A thing named
// ("the outage", "our update") is kept as what the act was about, as a cause named is; a pronoun gives way to the
// blank. What follows ("on your business") stays.
const CAUSE_RESTATED = new RegExp(
  String.raw`^\s+(?:this|that|it|which|(?<named>(?:the|this|these|those|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+))\s+` +
    String.raw`(?:(?:may|might|could|will|would)\s+)?(?:(?:have|has)\s+)?(?:caused?|created?|had|brought)` +
    String.raw`(?:\s+(?:to\s+)?you\b)?`,
  'i',
);
// Whom the harm fell on, straight after the restated cause: "…this may have caused your customers".
const BARE_OBJECT = /^\s+(?=(?:your|their|his|her|them|him|the|our|everyone|anyone|all)\b)/i;
// A match that took the cause in with the harm ("…any inconvenience this may have caused").
const CAUSE_AT_END = /\b(?:caused?|created?|brought)$/i;
// ", but as you'll appreciate, the parts shortage…", "…due to industrial action": an excuse after the harm,
// which the rewrite drops.
const EXCUSE_AFTER = new RegExp(
  String.raw`(?:,?\s+(?:which|that)\s+(?:was|were|is|are|has\s+been|had\s+been))?` +
    String.raw`,?\s+(?:but|however|although|though|due\s+to|owing\s+to|because\s+of)\b.*$`,
  'is',
);
// "…caused by the change", "…due to the disruption in your area": the act, named as its cause; at once
// or after the harm's own words ("…to your service caused by the outage on Monday").
const CAUSE_NAMED = /\s+(?:caused\s+by|occasioned\s+by|resulting\s+from|arising\s+from)\s+/i;

// A word of a noun phrase that does not start another one: "the disruption this work will cause" has two.
const NOT_DETERMINER = String.raw`(?!(?:the|this|that|these|those|our|your)\b)`;
// A word of whom a harm falls on ("your travel plans"), not a word that goes on to something else.
const NOUN = String.raw`(?!(?:and|or|but|as|for|in|on|to|with|while|if|when|until|today|now)\b)[\w-]+`;
// "…any inconvenience this may cause", "…the disruption the upgrade will cause your team": a harm still to come,
// told with its cause and perhaps whom it will fall on. (In "…any problems that may cause delays" the harm is the
// cause: no act to come is named.)
const CAUSE_TO_COME = new RegExp(
  String.raw`^(?:[^.!?]*?\s)?(?<cause>this|it|(?:the|this|these|those|our)\s+` +
    String.raw`(?:${NOT_DETERMINER}[\w-]+\s+){0,3}?${NOT_DETERMINER}[\w-]+)\s+` +
    String.raw`(?<modal>may|might|could|will|would)\s+(?:cause|create|bring)\b` +
    String.raw`(?:\s+(?:to\s+)?(?<whom>(?:your|their)\s+${NOUN}(?:\s+${NOUN})?|you(?:\s+and\s+your\s+${NOUN})?\b` +
    String.raw`|them\b|everyone\b)|\s+to\s+(?<to>${NOUN}))?`,
  'i',
);

const FOR_WHOM_AFTER = /^\s+for\b/i;
// "these works", "the new rules": what is to come named in the plural ("the news", "the analysis" are not).
const PLURAL_CAUSE = /^(?:these|those)\b|^(?:the|our)\s.*[^isu's]s$(?<!\bnews)/i;

/**
 * The words after the match that still belong to the harm, and so to the finding and its rewrite ("…to your
 * service", "…after the upgrade"), without an excuse after them; empty when what follows is something else.
 */
function harmTail(hit: Hit, sentence: string, sentenceEnd: number): string {
  const tail = sentence.slice(hit.end, sentenceEnd).replace(EXCUSE_AFTER, '');
  return HARM_GOES_ON.test(tail) ? tail : '';
}

/**
 * "We apologise for any inconvenience this may cause" → "We're sorry that this may [what it may mean for you]":
 * the act has not happened yet, so the blank asks what it will do to them, in the writer's own "may" or "will",
 * rather than for what was done.
 */
function harmToCome(
  hit: Hit,
  sentence: string,
  tail: string,
  sentenceEnd: number,
  voice: Voice,
): Suggestion | undefined {
  const end = hit.end + tail.length;
  const said = sentence.slice(hit.start, end);
  const m = CAUSE_TO_COME.exec(said);
  if (!m?.groups) return undefined;
  const { cause, modal, whom, to } = m.groups;
  // "…this might create for new users": the sentence, after the finding, says whom already.
  const forWhom = FOR_WHOM_AFTER.test(sentence.slice(end, sentenceEnd)) ? '' : ` for ${whom ?? to ?? 'you'}`;
  const meaning = `[what ${PLURAL_CAUSE.test(cause!) ? 'they' : 'it'} ${modal!.toLowerCase()} mean${forWhom}]`;
  // What follows stays: "…and thank you for your understanding".
  const rest = said.slice(m[0].length);
  return {
    label: 'Say what it will mean (fill in the blank)',
    replacement: `${voice.sorry} that ${cause} ${modal} ${meaning}${rest}`,
  };
}

/**
 * "Please accept our apologies for the disruption to your service" → "We're sorry that we [what we did] and
 * caused the disruption to your service": the blank is kept, and so are the facts the sentence goes on to
 * name. "…for the inconvenience caused by the change" → "…that we [what we did] with the change", and
 * "…any disruption to your service caused by the outage" → "…with the outage and caused the disruption
 * to your service".
 */
function harmKept(hit: Hit, sentence: string, after: string, voice: Voice): Suggestion | undefined {
  if (!after) return undefined;
  const named = HARM_AT_END.exec(sentence.slice(hit.start, hit.end))?.groups?.harm;
  if (!named || /^(?:whatever|how|all|situation)\b/i.test(named)) return undefined;
  const { harm, tail } = withJoinedHarm(named, after);
  const { subject, sorry } = voice;
  const blank = `${sorry} that ${subject} [what ${subject} did]`;
  const label = 'Own the act (fill in the blank)';
  const cause = CAUSE_NAMED.exec(tail);
  if (!cause) {
    const restated = CAUSE_RESTATED.exec(tail);
    const about = restated?.groups?.named ? ` with ${restated.groups.named}` : '';
    // "…may have caused your team": with the cause gone (restated, or matched with the harm), the one the harm
    // fell on needs its "to". ("…any impact our customers may have experienced" has no cause to drop.)
    const causeGone = !!restated || CAUSE_AT_END.test(sentence.slice(hit.start, hit.end));
    const rest = tail.slice(restated?.[0].length ?? 0);
    return {
      label,
      replacement: `${blank}${about} and caused the ${harm}${causeGone ? rest.replace(BARE_OBJECT, ' to ') : rest}`,
    };
  }
  const act = tail.slice(cause.index + cause[0].length);
  const replacement = cause.index
    ? `${blank} with ${act} and caused the ${harm}${tail.slice(0, cause.index)}`
    : `${blank} with ${act}`;
  return { label, replacement };
}

// "…any inconvenience or worry this may have caused": a second harm joined to the first, then the cause.
const JOINED_HARM = /^\s+(?:or|and)\s+(?:any\s+)?[\p{L}-]+/iu;

/**
 * The harm with a second one joined to it after the finding ("inconvenience or worry"), and what follows
 * both; only when nothing or the cause follows, so "…for any inconvenience and thank you" keeps its thanks.
 */
function withJoinedHarm(harm: string, tail: string): { harm: string; tail: string } {
  const joined = JOINED_HARM.exec(tail);
  const rest = joined ? tail.slice(joined[0].length) : tail;
  return joined && (!rest.trim() || CAUSE_RESTATED.test(rest))
    ? { harm: harm + joined[0], tail: rest }
    : { harm, tail };
}

// The last words asked of `prepared.excuse`, and the answer. The excuse shape and the excuse after another shape
// ask of the same words in one sentence; asking once also keeps this long pattern from being run twice while
// the command line's start-up snapshot warms up, which would compile it to machine code that V8's snapshot
// serializer cannot hold ('npm run build:cli' dies with "unreachable code").
let lastAsked: { prepared: Prepared; excuse: string; blames: boolean } | undefined;

/** Whether the words after "but" hand the blame to rules, circumstances or the reader. */
function blamesOthers(excuse: string, prepared: Prepared): boolean {
  if (lastAsked?.prepared !== prepared || lastAsked.excuse !== excuse)
    lastAsked = { prepared, excuse, blames: prepared.excuse.test(excuse) };
  return lastAsked.blames;
}

// "…, but our records show…", "…; however, the terms were clearly stated…": the turn after the apology.
const BUT_AFTER = /[,;]?\s+(?:but|however,?|(?<concedes>although|though|even\s+though))\s+(?<excuse>[^.!?]+)/i;
// How far past the apology's start a turn still bears on what was regretted, and what ends that stretch first.
const TURN_REACH = 120;
const CLAUSE_BREAK = /\s[–—-]\s|:\s|\(/;
// "…, but I've sent a replacement", "…, though we have now fixed the link": the writer moving on, or making amends.
const WRITER_FIRST = /^(?:i|we)\b/i;

/**
 * Whether the words after a turn ("but…", "however…", "although…") pass the blame on: to rules, circumstances or
 * the reader, or by rebutting them, or for `alsoWhen`. After "although" the writer who follows moves on ("though I
 * have the figures now"); amends and a declined invitation are no excuse either.
 */
function passesBlame(excuse: string, concedes: boolean, prepared: Prepared, alsoWhen = () => false): boolean {
  if (concedes && WRITER_FIRST.test(excuse)) return false;
  return (
    (blamesOthers(excuse, prepared) || REBUTS.test(excuse) || alsoWhen()) &&
    !AMENDS.test(excuse) &&
    !DECLINES.test(excuse)
  );
}

/**
 * What the rest of the sentence after an apology does with a turn ("but", "however", "although"): where it
 * starts, and whether it hands the blame on.
 */
function turnAfter(sentence: string, from: number, to: number, prepared: Prepared) {
  const m = BUT_AFTER.exec(sentence.slice(from, to));
  const excuse = m?.groups?.excuse;
  // Only a turn on the regretted thing itself: after a dash or a colon ("Sorry for the confusion – all
  // programmes have ads, but you can skip them") the sentence has moved on to an explanation of its own.
  if (!m || !excuse || m.index > TURN_REACH || CLAUSE_BREAK.test(sentence.slice(from, from + m.index)))
    return undefined;
  const blames = passesBlame(excuse, !!m.groups!.concedes, prepared);
  return { at: from + m.index, blames, writerFirst: WRITER_FIRST.test(excuse) };
}

/**
 * Where the finding ends and where the facts its rewrite keeps end. An excuse after the apology is part of
 * what the rewrite replaces and none of the facts it keeps ("sorry the invoice was wrong, however our records
 * show it was correct" must not become "sorry the invoice was wrong, however…. We want to make this right").
 * A finding that runs to the end of the sentence anyway keeps no turn that is not the writer's own ("…, but the
 * client took three weeks" is blame the rule does not list; "…, but I've sent a replacement" stays).
 */
function reachOf(binding: Binding, m: RegExpExecArray, sentence: string, sentenceEnd: number, prepared: Prepared) {
  const matchEnd = m.index + m[0].trimEnd().length;
  // From the match's start: a condition's match ("sorry if this came as a shock, but costs…") runs on past the turn.
  const turn = binding === 'non-apology/excuse' ? undefined : turnAfter(sentence, m.index, sentenceEnd, prepared);
  const end = turn?.blames ? sentenceEnd : findingEnd(binding, m, matchEnd, sentence, sentenceEnd);
  const dropsTurn = turn && (turn.blames || (end >= sentenceEnd && !turn.writerFirst));
  return { end, factsEnd: dropsTurn ? turn.at : sentenceEnd };
}

/** Where the finding ends: an inconvenience's finding takes in what the sentence goes on to say of the harm. */
function findingEnd(binding: Binding, m: RegExpExecArray, matchEnd: number, sentence: string, sentenceEnd: number) {
  const spansSentence =
    SPANS_SENTENCE.has(binding) ||
    (binding === 'non-apology/passive' && (m.groups?.clause ?? m.groups?.event) !== undefined) ||
    (binding === 'non-apology/inconvenience' && HARM_GOES_ON.test(sentence.slice(matchEnd, sentenceEnd)));
  return spansSentence ? Math.max(sentenceEnd, matchEnd) : matchEnd;
}

function endOfSentence(sentence: string): number {
  return sentence.replace(/[\s.!?"'”’)]+$/, '').length;
}

// "…, which was my fault", "…; that was our mistake", "…, that's on me", "that one's entirely on us": the act owned
// in the same sentence, after the apology. Read here rather than in each shape: in ACT_NAMED_LATER it made the
// shapes' compiled code too large for the command line's start-up snapshot.
// "my mistake", "our own error", but not "not our fault" or "wasn't our fault": the writer's side owning the act.
const OWN_FAULT = String.raw`(?<!(?:\bnot|n't|\bno)\s+)\b(?:my|our)\s+(?:own\s+)?(?:mistake|error|fault|oversight)\b`;
const OWNED_AFTER_APOLOGY = new RegExp(
  String.raw`${OWN_FAULT}|\b(?:(?:that|this)(?:\s+one)?(?:['’]s|\s+(?:is|was))` +
    String.raw`|it['’]s|it\s+(?:is|was)|which\s+(?:is|was))\s+` +
    String.raw`(?:all\s+|entirely\s+|completely\s+|totally\s+|squarely\s+|100%\s+)?on\s+(?:me|us)\b`,
  'i',
);

// "Sorry if this is a bit late", "apologies if my reply is belated": the writer's own slow note, a courtesy
// like "sorry for the slow reply" ("sorry if your order was late" hedges what the reader went through).
const LATE_NOTE = new RegExp(
  String.raw`^\s*(?:(?:this|it|my\s+(?:reply|response|answer|email|note|message))\s+(?:is|was|'s|comes)\s+)?` +
    String.raw`(?:a\s+(?:bit|little)\s+|rather\s+|very\s+|so\s+)?(?:late|belated|delayed)\b`,
  'i',
);

/** Whether a pattern match really is a non-apology in this sentence. */
function isNonApology(
  binding: Binding,
  match: RegExpMatchArray,
  sentence: string,
  courteous: boolean,
  prepared: Prepared,
): boolean {
  if (OWNED_AFTER_APOLOGY.test(sentence.slice(match.index ?? 0))) return false;
  if (binding === 'non-apology/conditional') {
    // "Sorry if this is a silly question" hedges nothing; "sorry if anyone was upset" does.
    const clause = match.groups?.clause ?? '';
    if (LATE_NOTE.test(clause)) return false;
    // "If the parcel arrives damaged, I'm sorry and I'll replace it" is a promise; only a hedge on how the
    // mail itself lands ("if this email bothers you, please forgive us") comes first.
    // "If our negotiator was short with you on Monday, I apologise" hedges whether a past event happened;
    // "If the parcel arrives damaged, I'm sorry" looks ahead, and is read by its tense.
    if (match.groups?.first)
      return (
        prepared.harm.test(clause) ||
        ((DONE_TO_YOU.test(clause) || MAILING_SLIP.test(clause) || hedgedPastEvent(clause)) &&
          !putsRight(match, sentence))
      );
    // "for any part I may have played", "to customers who may have experienced…": hedged by "may have".
    if (/\bany\s+(?:part|role)\b/i.test(match[0])) return true;
    return (
      /^\s*(?:anyone|anybody|any of you)\b/i.test(clause) ||
      // "…if you were unable to buy tickets": what they could not do, with no one who stopped them.
      /^\s*you\s+(?:were|was|have\s+been)\s+(?:unable|not\s+able)\s+to\b/i.test(clause) ||
      /\bwho\s+(?:may|might)\s+have\b/i.test(clause) ||
      prepared.harm.test(clause) ||
      MAILING_SLIP.test(clause) ||
      (/^(?:we|i)\s+apologi/i.test(match[0]) && /^\s*(?:our|my)\b/i.test(clause)) ||
      hedgedEvent(clause)
    );
  }
  if (binding === 'non-apology/inconvenience') {
    // "To apologise for the inconvenience, we've credited your account": the act of making amends, not a stock line.
    return !/^[^\p{L}\p{N}]*to\s+$/iu.test(sentence.slice(0, match.index));
  }
  if (binding === 'non-apology/excuse' && match.groups?.cause !== undefined) {
    // "…due to an error on our part", "…because of a mistake we made": the writer's own cause owns the act;
    // so does the writer as the subject of what is regretted ("sorry to say that we have a delay, caused by…").
    return (
      !courteous &&
      !SORRY_TO_HEAR.test(match[0]) &&
      !WRITER_AS_SUBJECT.test(match.groups.apology ?? '') &&
      !prepared.ownCause.test(match.groups.cause)
    );
  }
  if (binding === 'non-apology/excuse' && match.groups?.circumstance !== undefined) {
    const circumstance = match.groups.circumstance;
    return !courteous && prepared.circumstance.test(circumstance) && !OWNED_AFTER.test(circumstance);
  }
  if (binding === 'non-apology/excuse') {
    const excuse = match.groups?.excuse ?? '';
    // Sympathy stays sympathy, unless what follows puts the harm on the reader ("sorry to hear you've lost
    // money, but as you authorised the payment…").
    const sympathy = courteous || SORRY_TO_HEAR.test(match[0]);
    return (
      (!sympathy || (SORRY_TO_HEAR.test(match[0]) && (READERS_PART.test(excuse) || REBUTS.test(excuse)))) &&
      passesBlame(excuse, !!match.groups?.concedes, prepared, () => bare(match) && statesAFact(excuse, prepared))
    );
  }
  const { event, clause } = match.groups ?? {};
  // "we regret that Dr Cole has been taken ill": news met with sympathy, not a harm with its actor hidden.
  if (binding === 'non-apology/passive' && clause && prepared.sympathy.test(sentence.slice(match.index))) return false;
  if (event) {
    // A past-tense verb with no one behind it; not a death or an illness, which is sympathy.
    return infinitiveOf(match.groups?.verb ?? '') !== undefined && !prepared.sympathy.test(event);
  }
  return true;
}

// "…, the invoice was late because I sent it to the wrong address", "…, which was my mistake": the writer's act,
// named after the reason. ("…, not our fault" disowns it.)
const OWNED_AFTER = new RegExp(String.raw`\b(?:because|as|since|after|when)\s+(?:i|we)\b|${OWN_FAULT}`, 'i');
// "Sorry, but…", "Apologies but…": an apology for nothing in particular, its weight all on what follows.
const bare = (match: RegExpMatchArray) => /^[\s,;:—–-]*$/.test(match.groups?.apology ?? '');
/**
 * "Sorry, but the panel's decision is final", "sorry but the logo files won't be ready till Monday": after a
 * bare apology, a thing or a name stated as fact takes its place. Not a question, not the writer or the
 * reader, and not what the writer's side did and owns.
 */
function statesAFact(excuse: string, prepared: Prepared): boolean {
  // "…the engineer accidentally broke the valve, and I am replacing it": the act owned and put right.
  if (/\?\s*$/.test(excuse) || prepared.owning.test(excuse) || OWNED_AFTER.test(excuse)) return false;
  const { subject, verb } = readClause(excuse);
  return (subject === 'thing' || subject === 'name') && verb !== 'none' && verb !== 'command';
}
// "Sorry to hear…": sympathy in form, whatever reason follows it.
const SORRY_TO_HEAR = /\bsorry\s+to\s+hear\b/i;
// "…but as you authorised the payment", "…but since you signed the form": the reader's own act, as the reason.
// (Not "as you asked", which is their request being met.)
const READERS_PART = new RegExp(
  String.raw`^(?:as|since|because|given\s+that)\s+you\s+(?:had\s+|have\s+|'d\s+|'ve\s+)?` +
    String.raw`(?:authori[sz]ed|signed|agreed|accepted|chose|opted|selected|confirmed|ticked|failed|forgot|missed` +
    String.raw`|ignored|declined|didn't|did\s+not|entered|provided|booked|ordered|paid)\b`,
  'i',
);
// "…but our records show it was delivered", "…however, the restrictions were clearly signed", "…as stated in our
// terms", "…we have had no other reports": the reader's account rebutted, in place of the act. (Every such
// "but" after an apology in the training mail is labelled a non-apology, 17 of 17.)
const REBUTS = new RegExp(
  // ("…but I've clearly marked the changes" is the writer's amends.)
  String.raw`(?<!\b(?:i|we)(?:'ve|\s+have)\s+)\bclearly\s+(?:stated|states|state|shown|shows|show|signed|signposted` +
    '|displayed|displays|listed|lists' +
    String.raw`|marked|visible|set\s+out|explained)\b|\bno\s+other\s+(?:reports|complaints)\b` +
    String.raw`|\b(?:had|has|have)\s+not\s+been\s+reported\b|\bhadn't\s+been\s+reported\b` +
    String.raw`|\bas\s+(?:stated|shown|set\s+out|explained|detailed)\s+in\b|\bin\s+line\s+with\s+(?:our|the|your)\b` +
    String.raw`|^(?:our|the)\s+(?:records|system|logs|tracking|notes)\s+` +
    String.raw`(?:show|shows|indicate|indicates|confirm|confirms)\b`,
  'i',
);
// "…that we have a delay", "…to inform you that I…": the writer is the subject of what is regretted.
const WRITER_AS_SUBJECT = /^\s+(?:that|to\s+\w+\s+you(?:\s+that)?)\s+(?:we|i)\b/i;

// "…and we will refund you today", "…; I've credited your account": the writer putting it right, after the apology.
// "…, I'm sorry and will collect it myself": the same writer, the subject not said again.
const PUTS_RIGHT = new RegExp(
  String.raw`^[\s,;:—–-]*(?:(?:and\s+|so\s+)?(?:i|we)(?:'ll|\s+will|'ve|\s+have|\s+are|'re|\s+am|'m)` +
    String.raw`|and\s+(?:will|shall)\s+\p{L})`,
  'iu',
);
const putsRight = (match: RegExpMatchArray, sentence: string) =>
  PUTS_RIGHT.test(sentence.slice((match.index ?? 0) + match[0].length));

// How a mailing goes astray: twice, to the wrong person, by a slip.
const SLIPPED =
  String.raw`(?:twice|again|more\s+than\s+(?:once|one)|duplicates?|(?:two|multiple|several)\s+copies` +
  String.raw`|in\s+error|by\s+(?:mistake|accident)|mistakenly|wrongly)`;
// "if you received this email twice", "if you've already heard from us", "if this message reached you by
// mistake", "if you are not the intended recipient": a mailing's mistake, hedged on whether it reached them,
// whether the reader or the mail is the subject.
const MAILING_SLIP = new RegExp(
  String.raw`^\s*(?:you(?:'ve|\s+have)?\s+(?:already\s+(?:received|got|gotten|had|heard)` +
    String.raw`|(?:receive|received|get|got|gotten|had)\b[^.!?]{0,40}?\b${SLIPPED})` +
    String.raw`|(?:this|the|our)\s+(?:[\w-]+\s+){0,2}?(?:(?:has|have|had|was|were)\s+)?(?:been\s+)?` +
    String.raw`(?:reached|come|came|landed|arrived|sent|delivered|forwarded|got|gone|went)\b[^.!?]{0,40}?\b${SLIPPED}` +
    String.raw`|you(?:'re|\s+are|\s+were|\s+was)\s+not\s+the\s+intended\s+recipient)\b`,
  'i',
);
// "if you were given the wrong date": something done to the reader, with no one doing it.
const DONE_TO_YOU = /^\s*you\s+(?:were|was|have\s+been|had\s+been)\s+(?:\p{L}+ed|given|told|sent|left|kept|shown)\b/iu;
// "if this is a silly question": the hedge is on the writer's own words, in the present. "If your parcel
// arrived damaged" hedges an event as much as "if the parcel…" or "if a post got caught…" does; "if a bit
// late" is the writer's own lateness.
const EVENT_SUBJECT = /^\s*(?:the|our|your|any|some|an?(?!\s+(?:bit|little|touch|tad)\b))\s/i;

/**
 * "Sorry if the process took longer than expected", "apologies if the noise disturbed you": an "if"
 * hedging whether something that happened, happened. The event is a thing (not "I" or "this is")
 * with a past-tense verb in its first few words.
 */
function hedgedEvent(clause: string): boolean {
  if (DONE_TO_YOU.test(clause)) return true;
  if (!EVENT_SUBJECT.test(clause)) return false;
  return clause
    .split(/\s+/)
    .slice(1, 8)
    .map((word) => word.replace(/[^\p{L}']/gu, '').toLowerCase())
    .some((word) => PAST_STATE.has(word) || infinitiveOf(word) !== undefined);
}

// "…if some items were missing", "…if your order was late": a fact that keeps once the "if" goes; not how
// some of them felt ("…if some of you felt left out"), which would stay a regret for feelings.
const SOME_OF_THEIRS =
  /^(?:some|your)\b(?!\s+of\s+you\b)(?![^.!?;]*\b(?:feel|feels|felt|feelings|upset|offended|hurt)\b)/i;

// A state in the past tense hedges an event as a past verb does: "…if the parcel was late", "…if the
// frequency of our emails has been excessive".
const PAST_STATE = new Set(['was', 'were', 'been']);

function hedgedPastEvent(clause: string): boolean {
  const { verb } = readClause(clause);
  return (verb === 'past' || verb === 'passive') && hedgedEvent(clause);
}

// Asides around an apology word that change nothing of what it regrets: "we apologise in advance for any
// inconvenience", "apologised at the time for the confusion", "we are, of course, sorry that…". Blanked
// (same length) before the shapes are matched, so every shape reads through them.
const ASIDES = new RegExp(
  String.raw`(?<=\b(?:apologi[sz]e[sd]?|apologies|sorry|regret(?:s|ted)?)),?\s+` +
    String.raw`(?:in\s+advance|once\s+again|again|at\s+the\s+time|unreservedly|profusely|wholeheartedly` +
    String.raw`|genuinely|sincerely|deeply|truly)(?=,?\s)|,\s*of\s+course,(?=\s+(?:sorry|regret))`,
  'gi',
);

// "Sorry, but I can't make Tuesday": a courteous no to an invitation, with no harm done to apologise for.
const DECLINES = new RegExp(
  String.raw`^(?:i|we)\s+(?:can't|cannot|can\s+not|won't|will\s+not|couldn't|could\s+not|am\s+unable\s+to` +
    String.raw`|'m\s+unable\s+to)\s+(?:make\s+(?:it|the|this|that|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|next)` +
    String.raw`|attend|come|join|be\s+there|get\s+there` +
    String.raw`|do\s+(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|next|this|that|the))`,
  'i',
);

// The whole sentence is replaced where the rewrite needs all of it; a stock phrase alone otherwise.
const SPANS_SENTENCE = new Set<Binding>(['non-apology/feelings', 'non-apology/conditional', 'non-apology/excuse']);

/**
 * Every match of the global `pattern` in `text`. Not `text.matchAll(pattern)`: that copies the
 * pattern first, and copying these long patterns cost ten times the match itself, once per
 * sentence with an apology word in it (450 ms in a megabyte of apologies).
 */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}

/**
 * The match's named groups, each cut where the facts end: "sorry if this came as a shock, but costs went up"
 * regrets "this came as a shock", and the excuse is none of it. (The patterns carry the `d` flag.)
 */
function groupsUpTo(m: RegExpExecArray, factsEnd: number): Record<string, string | undefined> {
  const groups: Record<string, string | undefined> = { ...m.groups };
  for (const [name, at] of Object.entries(m.indices?.groups ?? {})) {
    if (at && at[1] > factsEnd) groups[name] = groups[name]!.slice(0, Math.max(0, factsEnd - at[0]));
  }
  return groups;
}

/** The non-apologies in one sentence, offsets into the paragraph. */
function sentenceFindings(context: DetectionContext, span: { start: number; end: number }, prepared: Prepared) {
  const original = context.text.slice(span.start, span.end);
  // Same length as the original, so match offsets stay offsets into it.
  const sentence = original.replace(/’/g, "'").replace(ASIDES, (aside) => ' '.repeat(aside.length));
  const courteous = prepared.courtesy.test(sentence);
  const sentenceEnd = endOfSentence(sentence);
  const claimed: [number, number][] = [];
  const findings: Finding[] = [];
  const apologises = prepared.apologyWord.test(sentence);
  // A shape that opens with an apology word matches over one of these places. Once each lies inside a
  // finding, every later such match would overlap one and be dropped, so those shapes are not tried.
  const apologyStarts = apologises ? matchesOf(prepared.apologyStarts, sentence).map((m) => m.index) : [];
  let apologiesClaimed = !apologises;
  for (const { binding, pattern, apologyFirst } of prepared.shapes) {
    const rule = context.rule(binding);
    if (!rule || (apologyFirst && apologiesClaimed)) continue;
    for (const m of matchesOf(pattern, sentence)) {
      if (!isNonApology(binding, m, sentence, courteous, prepared)) continue;
      const start = m.index;
      const [from, to] = [span.start + start, span.start + start + m[0].length];
      if (isQuotedBack(context.text, from, to) || isQuotedLine(context.text, from, to)) continue;
      if (ownedJustBefore(binding, m[0], context.text, span.start + start)) continue;
      const { end, factsEnd } = reachOf(binding, m, sentence, sentenceEnd, prepared);
      if (claimed.some(([s, e]) => start < e && end > s)) continue;
      claimed.push([start, end]);
      apologiesClaimed = apologyStarts.every((at) => claimed.some(([s, e]) => at >= s && at < e));
      const text = original.slice(start, end);
      // The rewrite is worked out only when asked for: most findings of a long paste are never opened.
      const hit = (): Hit => ({
        binding,
        start,
        end: start + m[0].length,
        groups: { ...groupsUpTo(m, factsEnd), match: m[0] },
      });
      const worked = suggestionsOf(rule, () => suggestionsFor(hit(), sentence, factsEnd, prepared.othersAct));
      const suggestions = () => worked().map((sug) => ({ ...sug, replacement: matchCase(text, sug.replacement) }));
      findings.push(makeFinding(rule, context.text, span.start + start, span.start + end, suggestions));
    }
  }
  return findings;
}

// "That was our error, and I'm sorry for the worry it caused", "It was a bug in our template. I'm sorry for the
// confusion": the writer owned the act just before, so "the worry" it caused is no stand-in for it.
const OWNED = new RegExp(
  String.raw`\b(?:my|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:mistake|error|fault|oversight|bug)s?\b` +
    String.raw`|\b(?:mistake|error|bug|fault|oversight)\s+(?:in|on|by|from)\s+(?:our|my|me|us)\b` +
    String.raw`|\b(?:i|we)\s+(?:made\s+(?:a|an|the)\s+(?:mistake|error)|got\s+(?:it|this|that)\s+wrong|messed\s+up` +
    String.raw`|dropped\s+the\s+ball)\b` +
    // "I typed the wrong date", "we used the wrong list", "we sent it to you in error": the writer's act, wrong.
    String.raw`|\b(?:i|we)\s+(?:[\w'-]+\s+){1,4}?(?:the\s+)?(?:wrong|incorrect)\b` +
    String.raw`|\b(?:i|we)\s+[\w'-]+\s+(?:[\w'-]+\s+){0,6}?(?:in\s+error|by\s+mistake)\b` +
    // "We cancelled your flight", "I forgot to send it": the act itself, with the writer doing it.
    String.raw`|\b(?:i|we)\s+(?:(?:accidentally|mistakenly|wrongly)\s+)?(?:cancell?ed|forgot|missed|lost|broke` +
    String.raw`|overcharged|double-charged|double-booked|mixed\s+up|misread|misplaced)\b`,
  'i',
);
// How far back an owning sentence counts: the one before, or the clause before in the same sentence.
const OWNED_REACH = 160;

/** Whether "sorry for the worry it caused" follows the writer's own admission of the act. */
function ownedJustBefore(binding: Binding, match: string, text: string, at: number): boolean {
  // "Any inconvenience" is the stock line whatever came before; "the worry" points back at something, and
  // "you found out that way" at how the owned act reached them.
  if ((binding !== 'non-apology/inconvenience' && binding !== 'non-apology/feelings') || /\bany\b/i.test(match))
    return false;
  return OWNED.test(text.slice(Math.max(0, at - OWNED_REACH), at));
}

// "We're sorry for the wait. Delays are caused by restrictions in French airspace.": the next sentence
// hands the cause to someone else; "…caused by our scheduling error" owns it.
const BLAME_NEXT = new RegExp(
  String.raw`^\s*(?:this|that|it|these|those|(?:the\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+` +
    String.raw`(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+\s+)?` +
    String.raw`(?:caused\s+by|due\s+to|the\s+result\s+of|because\s+of|down\s+to)\s+` +
    String.raw`(?!(?:[\w'-]+\s+){0,3}?(?:we|our|us|my|i|me)\b)`,
  'i',
);
// An apology for something, with nothing after the thing: "We're sorry for the wait."
const BARE_APOLOGY = new RegExp(
  String.raw`^\s*(?:(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:so\s+|very\s+|truly\s+)?)?` +
    String.raw`(?:sorry|apologi[sz]e|apologies)\s+(?:for|about)\s+the\s+[\w'-]+(?:\s+[\w'-]+)?\s*[.!]?\s*$`,
  'i',
);

// "We are sorry for the trouble. But this is the specification of the product.": the excuse after "but",
// moved into a sentence of its own.
const BUT_NEXT = /^\s*(?:but|however),?\s+(?<excuse>[^.!?]+)/i;

/** Whether the sentence after an apology hands the blame on: to a cause, or after "but" to rules and others. */
function blamesNext(next: string, prepared: Prepared): boolean {
  if (BLAME_NEXT.test(next)) return true;
  const excuse = BUT_NEXT.exec(next)?.groups?.excuse;
  // A new sentence that starts with the writer ("But I have the figures now") more often moves on than excuses.
  if (excuse === undefined || WRITER_FIRST.test(excuse)) return false;
  return blamesOthers(excuse, prepared) && !AMENDS.test(excuse);
}

/** An apology for a harm whose next sentence blames someone else for it. */
function blamedNext(context: DetectionContext, span: Span, next: string, prepared: Prepared): Finding[] {
  const rule = context.rule('non-apology/excuse');
  const sentence = context.text.slice(span.start, span.end);
  if (!rule || !BARE_APOLOGY.test(sentence) || prepared.courtesy.test(sentence) || !blamesNext(next, prepared)) {
    return [];
  }
  const end = span.start + sentence.trimEnd().length;
  const lead = /^\s*((?:i|we)\b)/i.exec(sentence)?.[1];
  return [
    makeFinding(
      rule,
      context.text,
      span.start,
      end,
      suggestionsOf(rule, () => [template(voiceOf(lead))]),
    ),
  ];
}

/** Apologies that regret the reader's feelings, hedge with "if" or "any", hide the actor, or end in an excuse. */
export const nonApologies: TextDetector<Prepared> = {
  id: 'non-apology',
  kinds: ['non-apology'],
  scope: 'paragraph',
  reads: { bindings: BINDINGS, cues: CUES },
  prepare: (ruleset) => preparedFor([ruleset.cues], () => prepare(ruleset.cues)),
  detect(context, prepared) {
    if (!prepared.cue.test(context.text)) return [];
    const { sentences, text } = context;
    return sentences.flatMap((span, i) => {
      const sentence = text.slice(span.start, span.end);
      if (!prepared.cue.test(sentence)) return [];
      const found = sentenceFindings(context, span, prepared);
      const next = sentences[i + 1];
      if (found.length || !next) return found;
      return blamedNext(context, span, text.slice(next.start, next.end), prepared);
    });
  },
};
