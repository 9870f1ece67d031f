import type { Ruleset } from '../../rules/ruleset';
import { splitSentences, type Span } from '../sentences';
import type { Finding, Suggestion } from '../types';

// "Hi Sam," "Good morning team!" "Dear Ms. Lee:" — a salutation at the very start, alone on its
// line or followed by the first sentence; or a bare "Sam," line.
const SALUTATION =
  /^\s*(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening)|morning|afternoon)\b[^\n,:!?]{0,60}?(?:[,:!]|\s[-–—](?=\s)|(?=[ \t]*\n)|$)/i;
const NAME_LINE =
  /^\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'.-]{0,30}(?:\s+\p{Lu}[\p{L}'.-]{0,30}){0,3}\s*(?:[,:]|(?=[ \t]*\n))/u;

function greetingLength(head: string): number {
  const match = SALUTATION.exec(head) ?? NAME_LINE.exec(head);
  return match ? match[0].length : 0;
}

// Formula that says nothing about either side, so the opening starts after it.
const PLEASANTRY =
  /^(?:i\s+)?(?:hope|trust)\s+(?:(?:this|my|the)\s+(?:e-?mail|message|note|letter)\s+finds|you(?:'re|\s+are)?\s+(?:(?:doing\s+)?well|good|great|fine|doing|having|had|enjoy|keeping)|you\s+and\s+\w+\s+(?:are|had)|(?:all|everything|things)\s+(?:is|are|goes|go|has|have)|your\s+(?:week|day|weekend|holidays?|summer|morning|afternoon|month|year)\b)|^(?:happy\s+\w+|how\s+are\s+you|how\s+(?:are|is)\s+(?:things|everything|your\s+(?:week|day))|good\s+(?:morning|afternoon|evening))\b|^(?:thanks|thank\s+you)(?:\s+(?:so\s+much|again|in\s+advance))?[!.]?$|^(?:hi|hello|hey)\b.{0,30}[!.]$/i;

// The writer turns to the reader: thanks for something, their news, their words, their situation.
const CONNECTION = [
  /^(?:(?:many|big|huge)\s+)?(?:thank\s+you|thanks|thx)\s+(?:so\s+much\s+|again\s+|a\s+lot\s+)?for\b/i,
  // Congratulations on something of theirs; a bare "CONGRATULATIONS!" is how prize mail opens.
  /\b(?:congrat(?:s|ulations)|well\s+done|kudos)\s+(?:on|to|for|again)\b/i,
  /\byou(?:'ve|\s+have)?\s+(?:mentioned|said|asked|wrote|shared|told|noted|raised|flagged|pointed\s+out|requested|described|brought\s+up|were\s+asking|reached\s+out)\b/i,
  /\byour\s+(?:question|questions|email|message|note|request|feedback|comments?|reply|post|article|talk|presentation|update|announcement|news|launch|recent|latest|new\s+role|promotion|letter|call|voicemail|ticket|order|inquiry|enquiry)\b/i,
  /^(?:just\s+)?(?:following\s+up(?!\s+on\s+(?:my|our)\b)|as\s+promised|as\s+(?:we\s+)?discussed|per\s+our|further\s+to|in\s+(?:response|reply)\s+to|re\b|picking\s+up)\b/i,
  /^(?:it\s+was\s+|it's\s+been\s+)?(?:great|good|nice|lovely|a\s+pleasure|wonderful)\s+(?:to\s+)?(?:meet|meeting|talk|talking|speak|speaking|chat|chatting|see|seeing|hear|hearing|catch|catching)\b/i,
  /^(?:i\s+)?(?:enjoyed|loved|appreciated|read|saw|noticed|heard|came\s+across|was\s+(?:impressed|excited|glad|happy|sorry)\s+(?:by|to|about))\b/i,
  /\bi\s+(?:know|understand|realise|realize|can\s+imagine|remember)\s+(?:that\s+|how\s+)?(?:you|your)\b/i,
  // Left after the formulaic wishes are skipped, a wish is about something of theirs.
  /^(?:i\s+)?hope\s+(?:your|you)\b/i,
];

// The writer talks about themselves or asks for the reader's time before anything else.
const PITCH = [
  /\bmy\s+name\s+is\b/i,
  /\bwe've\s+(?:helped|worked\s+with|partnered\s+with|just\s+(?:launched|released|rolled\s+out|switched\s+on|opened|unveiled|introduced|added))\b|\b(?:big|great|exciting)\s+news\s+from\b|\bwe\s+pride\s+ourselves\b/i,
  /\byou(?:'ve|\s+have)\s+(?:been\s+(?:selected|chosen|pre-?approved)|won)\b/i,
  // News about the sender: an award, an event, a release.
  /\b(?:thrilled|excited|delighted|proud)\s+to\s+(?:share|announce|introduce|unveil|tell\s+you\s+about)\b|\bwe(?:'ve|\s+have)\s+been\s+(?:named|recognized|recognised|awarded|ranked|voted)\b/i,
  /\bwebinars?\b|\bpacked\s+with\b|\bexciting\s+(?:new|news)\b|\bnew\s+features\b/i,
  /^our\s+[\w\s-]{1,30}?\s+is\s+(?:the|a|an)\s+(?:first|only|fastest|easiest|simplest|smartest|leading|best|premier|#1|number\s+one|award-winning|all-in-one|go-to)\b/i,
  /\bproud\s+to\s+(?:be\s+)?(?:ranked|named|recognized|recognised|announce|share|introduce|offer|be\s+(?:the|a|an|one))\b|\branked\s+(?:among|in)\s+the\s+top\b/i,
  /\b(?:leading|premier|foremost|largest|fastest-growing|trusted)\s+(?:[\w-]+\s+){0,3}?(?:provider|supplier|platform|company|firm|agency|destination|manufacturer|distributor|specialist)s?\b/i,
  // The advert's question: it asks about a need the writer means to sell to, not about the reader.
  /^(?:are\s+you\s+(?:tired\s+of|looking\s+for\s+(?:a|an|new|more|better)|still\s+(?:using|paying|struggling))|do\s+you\s+(?:need|want)\s+(?:more|new|better|to\s+(?:grow|increase|boost|save|cut|double|get\s+more))|did\s+you\s+know\s+(?:that\s+)?(?:\d+|most|over|nearly|almost|more\s+than)|what\s+if\s+(?:you|your)\s+could|imagine\s+(?:if\s+you|being|having))\b/i,
  /\b(?:allow|let)\s+me\s+(?:to\s+)?introduce\b|\bintroduc(?:e|ing)\s+(?:myself|our|my\s+company|you\s+to\s+(?:our|my))\b/i,
  /\bi(?:'m|\s+am)\s+(?:reaching\s+out|writing|emailing|contacting\s+you|getting\s+in\s+touch)\s+(?:from|on\s+behalf\s+of|to\s+(?:introduce|tell\s+you\s+about|share|offer|show)|because\s+(?:we|our|i)|about\s+(?:our|my)|regarding\s+(?:our|my))\b/i,
  /\bi\s+(?:wanted|want|would\s+like|'d\s+like|thought\s+i'd)\s+to\s+(?:introduce|tell\s+you\s+about|share\s+(?:our|my|a\s+new|an?\s+exciting)|show\s+you|let\s+you\s+know\s+about\s+(?:our|my|a\s+new)|present|offer|reach\s+out\s+(?:about|regarding)\s+(?:our|my))\b/i,
  /\bwe're\s+(?:now\s+)?offering\b|\b(?:we|our\s+(?:company|team|firm|agency|platform|product|solution|software|service|tool|app|startup|technology))\s+(?:help|helps|helped|have\s+helped|'ve\s+helped|offer|offers|provide|provides|deliver|delivers|specialise|specialize|specialises|specializes|enable|enables|empower|empowers|work\s+with|partner\s+with|make\s+it\s+easy|can\s+help|can\s+save|can\s+cut|can\s+double|(?:are\s+)?(?:now\s+)?offering|just\s+(?:launched|released|published|announced|rolled\s+out|introduced))\b/i,
  /\bour\s+(?:company|firm|services|products?|offerings?|solutions?|platform)\b|\b(?:interested\s+in|hear\s+about|learn\s+about|let\s+you\s+know\s+(?:about|of))\s+(?:our|my|the\s+new|a\s+new)\b|\bis\s+offering\s+you\b/i,
  /\b(?:the|our)\s+(?:most\s+\w+|best|leading|#1|number\s+one)\s+[\w\s-]{0,40}?\b(?:in\s+the\s+(?:world|industry|market|country)|on\s+the\s+market)\b/i,
  /\b(?:we're|we\s+are|is|are)\s+(?:a|an|the)\s+(?:leading|premier|top|trusted|innovative|award-winning|fast-growing|fastest-growing|global|world's|market-leading|industry-leading|next-generation)\b/i,
  /\b\d+\s?%\s+(?:off|discount)|\b(?:discount|special\s+(?:offer|pricing|price|deal|rate)|free\b[\w\s-]{0,30}?\btrial|no-obligation|limited[-\s]time|promo(?:tion)?\s+code|exclusive\s+(?:offer|deal)|introductory\s+(?:offer|price|rate)|our\s+pricing|pricing\s+(?:starts|plans?))\b/i,
  /\b(?:demo|demonstration)\b/i,
  /\b(?:quick|brief|short|introductory|intro|discovery|exploratory)\s+(?:call|chat|meeting|conversation|zoom)\b/i,
  /\b(?:\d+|five|ten|fifteen|twenty|thirty|few)[-\s]minutes?\s+(?:(?:for|to)\s+(?:an?\s+)?)?(?:call|chat|talk|meeting|conversation|demo|of\s+your\s+time)\b/i,
  /\b(?:worth|open\s+to|interested\s+in|up\s+for|free\s+for|time\s+for)\s+a\s+(?:quick\s+|brief\s+|short\s+)?(?:chat|call|conversation|meeting)\b/i,
  /\b(?:show\s+you\s+how|walk\s+you\s+through\s+(?:our|how|the\s+platform)|learn\s+more\s+about\s+(?:us|our|how\s+we)|explore\s+how\s+(?:we|our))\b/i,
];

// "I'm Dana from Acme", "I'm Dana, head of growth at Acme": a self-introduction by name.
const SELF_INTRODUCTION =
  /\b(?:I'm|I’m|I am|This is)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?(?:,|\s+(?:from|with|at|here\s+at|and\s+I)\b)/u;
const ROLE_INTRODUCTION =
  /\b(?:I'm|I’m|I am)\s+(?:the|a|an)\s+(?:[\p{L}\s-]{2,40}?\s+(?:at|of|with|from)\s+\p{Lu}|(?:co-?)?founder\b|(?:CEO|CTO|COO|VP|president|director|head|owner|partner|recruiter|consultant|representative|account\s+(?:executive|manager)|sales|business\s+development)\b)/iu;
// Shouting "FREE" is the mark of a promotion, not of a note between people.
const SHOUTED_OFFER = /\bFREE\b/;
// "I lead content strategy at Quill", "I'm with Lumen Solar", "I run Brightline": who the writer works for, first.
const WORKPLACE_INTRODUCTION =
  /\bI\s+(?:lead|run|head|manage|oversee)\s+[\p{L}\s&-]{2,40}?\s+(?:at|for)\s+\p{Lu}|\bI(?:'m|’m|\s+am)\s+with\s+\p{Lu}|^\s*We(?:'re|’re|\s+are)\s+\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:&|\p{Lu}[\p{L}\p{N}&.-]*)){0,5},|\bI\s+(?:run|own|founded|co-?founded)\s+\p{Lu}/u;
// "Stackwise is the first tool built for…": a name's claim to be first, only or best.
const NAME_CLAIM =
  /^\s*(?!(?:This|That|It|There|Here|Today|Tomorrow|Tonight|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|What|Which|Who|Your|My)\b)(?:The\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,2}\s+is\s+(?:(?:the|a|an|your|\p{Lu}[\p{L}]*['’]s)\s+(?:first|only|fastest|easiest|simplest|smartest|leading|best|premier|#1|number\s+one|award-winning|world's|all-in-one|go-to|one-stop)\b|(?:much\s+)?more\s+than\s+(?:a|an|just)\b)/u;
// "At Acme, we…": the company is the subject before the reader is mentioned.
const COMPANY_FIRST =
  /^\s*(?:[Hh]ere\s+)?[Aa]t\s+\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&|and|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,5},?\s+[Ww]e\b/u;

type Verdict = 'connection' | 'pitch' | 'neutral';

function judge(sentence: string): Verdict {
  const s = sentence.replace(/’/g, "'");
  if (CONNECTION.some((p) => p.test(s))) return 'connection';
  if (
    [SELF_INTRODUCTION, ROLE_INTRODUCTION, WORKPLACE_INTRODUCTION, NAME_CLAIM, SHOUTED_OFFER, COMPANY_FIRST].some((p) =>
      p.test(sentence),
    ) ||
    PITCH.some((p) => p.test(s))
  )
    return 'pitch';
  // A question about them ("How is the rollout going for your team?") is connection; "are you open to…" was caught above.
  if (
    /\?\s*$/.test(s) &&
    /\b(?:you|your|you're|you've)\b/i.test(s) &&
    !/\bare\s+you\s+(?:the\s+right|interested|available)\b/i.test(s)
  ) {
    return 'connection';
  }
  return 'neutral';
}

// Only the first stretch of the mail matters; never split a 10,000-word draft to find it.
const OPENING_CHARS = 1600;

/** The first sentences after the greeting and pleasantries: the part of the mail a reader judges it by. */
function openingSentences(head: string, count: number): Span[] {
  return splitSentences(head, greetingLength(head))
    .filter((s) => !PLEASANTRY.test(head.slice(s.start, s.end).replace(/’/g, "'")))
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

const cache = new Map<string, Finding[]>();

/** A pitch in the first one or two sentences, before any word about the reader. */
export function findPitchFirstOpening(text: string, ruleset: Ruleset): Finding[] {
  const rule = ruleset.byDetector.get('pitch-first/opening');
  if (!rule) return [];
  const head = text.slice(0, OPENING_CHARS);
  const key = `${rule.id}\u0000${rule.message}\u0000${head}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let first: Span | undefined;
  let last: Span | undefined;
  for (const span of openingSentences(head, 2)) {
    const verdict = judge(head.slice(span.start, span.end));
    if (verdict === 'connection') break;
    if (verdict === 'pitch') {
      first ??= span;
      last = span;
    }
  }
  const findings: Finding[] = [];
  if (first && last) {
    const pitch = head.slice(first.start, last.end);
    findings.push({
      ruleId: rule.id,
      kind: rule.kind,
      start: first.start,
      end: last.end,
      text: pitch,
      message: rule.message,
      suggestions: rule.suggestions.length ? rule.suggestions : suggestions(pitch),
      severity: rule.severity,
    });
  }
  if (cache.size > 200) cache.clear();
  cache.set(key, findings);
  return findings;
}
