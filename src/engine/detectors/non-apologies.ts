import type { Ruleset } from '../../rules/ruleset';
import { conjugate, infinitiveOf } from '../grammar';
import { matchCase } from '../letter-case';
import { splitSentences } from '../sentences';
import type { Finding, Suggestion } from '../types';
import type { DetectorName } from './registry';

// Who apologises: "I'm", "we are", "I", "we", with an optional "so"/"truly".
const LEAD = String.raw`(?<lead>(?:i'm|i am|we're|we are|i was|we were|i|we)\s+(?:(?:so|very|truly|really|deeply|terribly|sincerely|do)\s+)?)?`;
const CORE = String.raw`(?<core>sorry|apologi[sz]e|apologies|regret)`;
const FEELING =
  'offended|upset|hurt|disappointed|frustrated|annoyed|angry|unhappy|dissatisfied|confused|inconvenienced|let down|bothered|insulted';
const HARM =
  /\b(?:offen|upset|hurt|disappoint|frustrat|inconvenien|confus|annoy|bother|insult|misunderst|misle|came across|come across|seemed|sounded|caus|affect|crossed\s+wires|mix[-\s]?up|fell\s+short|fall(?:s|en)?\s+short|wrong|unclear|rude|harsh|abrupt|curt|blunt|let(?:ting)?\s+\w+\s+down|(?:wasn't|weren't|didn't)\b|(?:was|were|did)\s+not\b|\byou\s+(?:feel|felt|think|thought|believe)\b)/i;
// "Inconvenience" as people type it in a hurry.
const INCONVENIENCE = String.raw`(?:inconveniences?|incovenience|inconvience|inconvenince|inconveniance)`;
// Stock nouns that name no act: "any confusion", "any misunderstanding".
const VAGUE_HARM = String.raw`(?:impact|trouble|confusion|frustration|disruption|issues|problems|misunderstandings?|hassle|difficult(?:y|ies)|worry|distress|disappointment|offen[cs]e)`;

const CUE = /sorry|apolog|regret|mistakes|errors/i;

const PATTERNS: { detector: DetectorName; pattern: RegExp }[] = [
  {
    detector: 'non-apology/feelings',
    pattern: new RegExp(
      String.raw`\b${LEAD}${CORE}\s+(?:that\s+)?you\s+(?:(?<verb>feel|felt|are feeling|were feeling|think|thought|believe|perceive|perceived|view|misunderstood|misunderstand|misread|(?:took|take|taken)\s+(?:it|(?:my|our|the|this|that)\s+(?:[\w'-]+\s+){0,6}?)(?:that|this|the\s+wrong)\s+way|took it|take it|see it|saw it|see things|(?:were|are|got|have been|feel|felt)\s+(?:left\s+)?(?:${FEELING})|(?:weren't|were not|aren't|are not|wasn't|was not)\s+(?:happy|satisfied|pleased)|(?:had|have had|'ve had|experienced)\s+(?:(?:a|an|such an?)\s+)?(?:bad|negative|poor|frustrating|unpleasant|disappointing)\s+experience)\b)`,
      'gid',
    ),
  },
  {
    // "I'm sorry this upset you": regrets the reaction, not the thing that caused it.
    detector: 'non-apology/feelings',
    pattern: new RegExp(
      String.raw`\b${LEAD}${CORE}\s+(?:that\s+)?(?:this|that|it)\s+(?:(?:has|have|may\s+have|might\s+have)\s+)?(?:upset|offended|frustrated|confused|annoyed|disappointed|bothered|hurt)\s+you\b`,
      'gid',
    ),
  },
  {
    detector: 'non-apology/conditional',
    pattern: new RegExp(String.raw`\b${LEAD}${CORE}\s+if\s+(?<clause>[^.!?;]*)`, 'gid'),
  },
  {
    // "Apologies to anyone who took it the wrong way": the same hedge as "sorry if anyone…".
    detector: 'non-apology/conditional',
    pattern: new RegExp(
      String.raw`\b${LEAD}${CORE}\s+to\s+(?<clause>(?:anyone|anybody|any of you)\s+who\b[^.!?;]*)`,
      'gid',
    ),
  },
  {
    detector: 'non-apology/inconvenience',
    pattern: new RegExp(
      String.raw`\b${LEAD}${CORE}\s+(?:(?:for|about)\s+)?(?:(?:any|the|this|that)\s+${INCONVENIENCE}|the\s+(?:confusion|misunderstanding)|any\s+${VAGUE_HARM})(?:\s+(?:this|that|it|which)\s+(?:(?:may|might|could)\s+)?(?:(?:have|has)\s+)?(?:caused|created)(?:\s+you)?)?`,
      'gid',
    ),
  },
  {
    // "We regret that your baggage was not available", "we're sorry your parcel was delayed": the act has no actor.
    detector: 'non-apology/passive',
    pattern: new RegExp(
      String.raw`\b${LEAD}${CORE}\s+(?:that\s+)?(?<clause>(?:your|the|some|some\s+of\s+your)\s+[\w\s'-]{1,40}?\s+(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:not\s+)?[a-z]+\b)`,
      'gid',
    ),
  },
  {
    detector: 'non-apology/passive',
    pattern:
      /\b(?:mistakes|errors)\s+(?:were|have been|had been)\s+made\b|\bmistakes\s+(?:have\s+|were\s+)?(?:occurred|happened)\b/dgi,
  },
  {
    detector: 'non-apology/excuse',
    pattern: new RegExp(
      String.raw`\b${LEAD}${CORE}\b(?<apology>[^.!?]{0,80}?)(?:,|;|\s[-–—])?\s+but\s+(?<excuse>[^.!?]+)`,
      'gid',
    ),
  },
];

// Small courtesies and sympathy are not non-apologies, with or without a "but" after them.
const COURTESY =
  /\bsorry\s+(?:to\s+(?:bother|trouble|hear|interrupt|say|report|see|learn|chase|pester|nag|be a pain)|for\s+(?:the\s+)?(?:late|slow|delayed|belated)\s+(?:reply|response|answer)|for\s+(?:the\s+)?(?:delay(?:ed)?\s+in\s+(?:replying|responding|getting back))|for\s+(?:the\s+)?short\s+notice|for\s+your\s+loss|about\s+your\s+loss)/i;

// What follows "but" shifts the weight onto circumstances, rules or the reader; "but I accidentally
// deleted it" owns the act and "but I hope this helps" moves on, so neither is an excuse.
const EXCUSE =
  /^(?:unfortunately\s+)?(?:it|it's|that|that's|this|there|due|given|our\s+(?:[\w-]+\s+)?(?:policy|policies|process|system|team|hands|rules|terms|records)|per\s+(?:our|the|company)|(?:company|store|shop|bank|insurance)\s+(?:policy|policies|rules)|policy|the\s+(?:policy|system|process|rules|terms|courier|carrier|vendor|supplier|warehouse|weather|holidays?|deadline|team|office|volume|demand)|we(?:'re|'ve|\s+(?:are|were|have|had|can't|cannot|can\s+not|don't|do\s+not|couldn't|could\s+not|aren't|weren't|only))|i(?:'m|'ve|\s+(?:am|was|have|had|can't|cannot|couldn't|don't|do\s+not|only))\b(?!\s+(?:inadvertently|accidentally|mistakenly|wrongly)\b)|you|your|everyone|everybody|as|since|because)\b/i;

interface Hit {
  detector: DetectorName;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

/** "We" when the apology speaks for the company, else "I". */
function speaker(lead: string | undefined): { subject: string; sorry: string } {
  const we = /^we/i.test(lead ?? '');
  return { subject: we ? 'we' : 'I', sorry: we ? "We're sorry" : "I'm sorry" };
}

function template(lead: string | undefined): Suggestion {
  const { subject, sorry } = speaker(lead);
  const Subject = subject === 'we' ? 'We' : 'I';
  return {
    label: 'Own the act (fill in the blank)',
    replacement: `${sorry} that ${subject} [what ${subject === 'we' ? 'we' : 'I'} did]. ${Subject} want to make this right`,
  };
}

/** "the rollout was rushed" → "we rushed the rollout", with compromise finding the verb and its past tense. */
function ownPassive(clause: string): string | undefined {
  const m =
    /^(?<np>(?:the|your|our|this|that|these|those|my)\s+[\w\s'-]{1,40}?)\s+(?:was|were|has been|have been|got)\s+(?<participle>[a-z]+)(?<rest>.*)$/i.exec(
      clause,
    );
  if (!m?.groups) return undefined;
  const participle = m.groups.participle!.toLowerCase();
  // Only a real participle ("rushed", "broken"), not an adjective ("wrong", "late").
  const infinitive = infinitiveOf(participle);
  return infinitive && `we ${conjugate(infinitive).PastTense} ${m.groups.np!.trim()}${m.groups.rest}`;
}

function suggestionsFor(hit: Hit, sentence: string, sentenceEnd: number): Suggestion[] {
  const { lead, core } = hit.groups;
  const opener = lead ? `${lead}${core}` : speaker(lead).sorry;
  switch (hit.detector) {
    case 'non-apology/feelings': {
      const after = sentence.slice(hit.end, sentenceEnd).trim();
      const rest = after.replace(/^that\s+/i, '');
      const verb = hit.groups.verb?.toLowerCase() ?? '';
      if (
        /^(feel|felt|think|thought|believe|perceive|perceived|view)$/.test(verb) &&
        rest &&
        !/^(that|this|it)\s+way\b/i.test(after)
      ) {
        const sorry = /^(regret|apologi)/i.test(core ?? '') ? speaker(lead).sorry : `${lead ?? "I'm "}${core}`;
        if (/^(we|i|our|my)\b/i.test(rest)) return [{ replacement: `${sorry} ${rest}` }, template(lead)];
        const owned = ownPassive(rest);
        if (owned)
          return [{ replacement: `${sorry} ${owned}` }, { replacement: `${sorry} ${rest}. I want to make this right` }];
        return [{ replacement: `${sorry} ${rest}. I want to make this right` }, template(lead)];
      }
      return [template(lead)];
    }
    case 'non-apology/conditional': {
      const clause = (hit.groups.clause ?? '').trim();
      if (
        /^(i|we|our|my|this|that|it|the)\b/i.test(clause) &&
        !/^(you|anyone|anybody|someone|people|everyone)\b/i.test(clause)
      ) {
        return [
          { label: 'Drop the "if"', replacement: `${opener} ${/^apologi/i.test(core ?? '') ? 'that ' : ''}${clause}` },
          template(lead),
        ];
      }
      return [template(lead)];
    }
    case 'non-apology/passive': {
      const { clause, match = '' } = hit.groups;
      if (!clause)
        return [
          { replacement: matchCase(match, 'we made mistakes') },
          { replacement: matchCase(match, 'we made a mistake') },
        ];
      // The finding runs to the end of the sentence: the rewrite keeps what follows the verb.
      const owned = ownPassive(clause + sentence.slice(hit.end, sentenceEnd));
      return owned ? [{ replacement: `${speaker(lead).sorry} ${owned}` }, template(lead)] : [template(lead)];
    }
    case 'non-apology/excuse':
      return [
        { label: 'Drop the excuse', replacement: `${opener}${(hit.groups.apology ?? '').replace(/[\s,;–—-]+$/, '')}` },
        template(lead),
      ];
    default:
      return [template(lead)];
  }
}

function endOfSentence(sentence: string): number {
  return sentence.replace(/[\s.!?"'”’)]+$/, '').length;
}

/** Whether a pattern match really is a non-apology in this sentence. */
function isNonApology(detector: DetectorName, match: RegExpMatchArray, sentence: string, courteous: boolean): boolean {
  if (detector === 'non-apology/conditional') {
    // "Sorry if this is a silly question" hedges nothing; "sorry if anyone was upset" does.
    const clause = match.groups?.clause ?? '';
    return (
      /^\s*(?:anyone|anybody|any of you)\b/i.test(clause) ||
      HARM.test(clause) ||
      (/^(?:we|i)\s+apologi/i.test(match[0]) && /^\s*(?:our|my)\b/i.test(clause))
    );
  }
  if (detector === 'non-apology/inconvenience') {
    // "To apologise for the inconvenience, we've credited your account": the act of making amends, not a stock line.
    return !/^[^\p{L}\p{N}]*to\s+$/iu.test(sentence.slice(0, match.index));
  }
  if (detector === 'non-apology/excuse') {
    return !courteous && !/\bsorry\s+to\s+hear\b/i.test(match[0]) && EXCUSE.test(match.groups?.excuse ?? '');
  }
  return true;
}

// The whole sentence is replaced where the rewrite needs all of it; a stock phrase alone otherwise.
const SPANS_SENTENCE = new Set<DetectorName>(['non-apology/feelings', 'non-apology/conditional', 'non-apology/excuse']);

/** Apologies that regret the reader's feelings, hedge with "if" or "any", hide the actor, or end in an excuse. */
export function findNonApologies(paragraph: string, ruleset: Ruleset): Finding[] {
  if (!CUE.test(paragraph)) return [];
  const findings: Finding[] = [];
  for (const span of splitSentences(paragraph)) {
    const original = paragraph.slice(span.start, span.end);
    if (!CUE.test(original)) continue;
    // Same length as the original, so match offsets stay offsets into it.
    const sentence = original.replace(/’/g, "'");
    const courteous = COURTESY.test(sentence);
    const sentenceEnd = endOfSentence(sentence);
    const claimed: [number, number][] = [];
    for (const { detector, pattern } of PATTERNS) {
      const rule = ruleset.byDetector.get(detector);
      if (!rule) continue;
      for (const m of sentence.matchAll(pattern)) {
        if (!isNonApology(detector, m, sentence, courteous)) continue;
        const start = m.index;
        const matchEnd = start + m[0].trimEnd().length;
        const spansSentence =
          SPANS_SENTENCE.has(detector) || (detector === 'non-apology/passive' && m.groups?.clause !== undefined);
        const end = spansSentence ? Math.max(sentenceEnd, matchEnd) : matchEnd;
        if (claimed.some(([s, e]) => start < e && end > s)) continue;
        claimed.push([start, end]);
        const text = original.slice(start, end);
        const hit: Hit = { detector, start, end: start + m[0].length, groups: { ...m.groups, match: m[0] } };
        const suggestions = rule.suggestions.length ? rule.suggestions : suggestionsFor(hit, sentence, sentenceEnd);
        findings.push({
          ruleId: rule.id,
          kind: rule.kind,
          start: span.start + start,
          end: span.start + end,
          text,
          message: rule.message,
          suggestions: suggestions.map((sug) => ({ ...sug, replacement: matchCase(text, sug.replacement) })),
          severity: rule.severity,
        });
      }
    }
  }
  return findings;
}
