/**
 * Deterministic generator of realistic customer-email / proposal drafts for the benchmark.
 *
 * A draft is a greeting line, a pitch-first opening paragraph, body paragraphs of 3–6 sentences
 * drawn from a pool of ordinary business sentences (logistics, timelines, questions about the
 * reader's goals, thanks; no sentence repeats), a few buzzwords and one or two non-apologies sprinkled in, a closing
 * paragraph and a sign-off. Paragraphs are separated by blank lines and no paragraph repeats, so the
 * engine's per-paragraph cache cannot hit by accident. Same (words, seed) → same text.
 */

/** Whitespace-separated words, the way the bench counts them. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** mulberry32: small, fast, seedable; never Math.random. */
function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

const FILLERS: Record<string, readonly string[] | ((rng: Rng) => string)> = {
  name: [
    'Priya',
    'Marcus',
    'Elena',
    'Tom',
    'Aisha',
    'Jonas',
    'Mei',
    'Carlos',
    'Hannah',
    'Oliver',
    'Fatima',
    'Luca',
    'Grace',
    'Ravi',
    'Sofia',
    'Ben',
    'Nadia',
    'Kenji',
    'Laura',
    'Sam',
  ],
  company: [
    'Northwind',
    'Brightline Health',
    'Harbor Logistics',
    'Fernway Foods',
    'Kestrel Bank',
    'Oakridge Schools',
    'Bluestem Energy',
    'Meridian Legal',
    'Copperleaf Retail',
    'Tidewater Insurance',
  ],
  team: [
    'finance team',
    'support team',
    'operations group',
    'sales leads',
    'regional managers',
    'data team',
    'IT staff',
    'customer success team',
    'procurement office',
    'onboarding crew',
    'warehouse supervisors',
    'marketing team',
  ],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  month: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  num: (rng) => String(int(rng, 2, 48)),
  big: (rng) => String(int(rng, 3, 95) * 100),
  pct: (rng) => `${int(rng, 5, 60)}%`,
  price: (rng) => `$${int(rng, 12, 480) * 10}`,
  hour: ['9:00', '9:30', '10:00', '10:30', '11:00', '1:00', '1:30', '2:00', '3:00', '3:30', '4:00'],
  date: (rng) =>
    `${pick(rng, ['January', 'March', 'April', 'May', 'June', 'September', 'October', 'November'])} ${int(rng, 1, 28)}`,
  doc: [
    'rollout plan',
    'pricing sheet',
    'security questionnaire',
    'data processing agreement',
    'project timeline',
    'onboarding checklist',
    'statement of work',
    'migration guide',
    'training schedule',
    'quarterly summary',
    'meeting notes',
    'draft contract',
  ],
  metric: [
    'month-end close time',
    'ticket backlog',
    'first response time',
    'order accuracy',
    'report turnaround',
    'churn in the first quarter',
    'average handling time',
    'invoice error rate',
    'forecast accuracy',
    'time spent on manual exports',
  ],
  tool: [
    'spreadsheet',
    'shared drive',
    'ticketing system',
    'CRM',
    'payroll export',
    'billing portal',
    'inventory database',
    'reporting dashboard',
    'calendar',
    'help desk',
  ],
  feature: [
    'scheduled reports',
    'the approval workflow',
    'single sign-on',
    'the audit log',
    'custom fields',
    'the mobile app',
    'bulk import',
    'role-based access',
    'the weekly digest',
    'the API connector',
  ],
  city: ['Denver', 'Leeds', 'Toronto', 'Austin', 'Lyon', 'Melbourne', 'Chicago', 'Dublin', 'Seattle', 'Rotterdam'],
  duration: ['two weeks', 'three weeks', 'four weeks', 'six weeks', 'ten days', 'two months', 'eight weeks'],
  weekday_time: ['Tuesday morning', 'Wednesday afternoon', 'Thursday at noon', 'Friday morning', 'Monday after lunch'],
  thing: [
    'the handover',
    'the pilot',
    'the data migration',
    'the training sessions',
    'the first invoice run',
    'the integration test',
    'the kickoff call',
    'the contract review',
    'the go-live date',
    'the user survey',
  ],
};

/** Ordinary sentences: the bulk of every draft. */
const ORDINARY: readonly string[] = [
  // logistics
  'I can send the {doc} over by {day} so you have time to review it with the {team}.',
  'Would {weekday_time} work for a short call, or is later in the week better for you?',
  'I have attached the {doc} and marked the two sections that still need your input.',
  'The meeting is booked for {hour} on {day}, and I have added {name} from our side as well.',
  'If it is easier, we can meet at your office in {city} instead of doing this over video.',
  'Please forward this to {name} if they are the right person to sign off on the {doc}.',
  'I will bring printed copies of the {doc} in case anyone prefers to mark them up by hand.',
  'Our invoices go out on the first of the month, and payment terms are thirty days.',
  'The login details for the test account are in a separate email so they do not end up in this thread.',
  'Parking is free in the visitor lot, and reception will have badges ready for {num} people.',
  'I moved our check-in to {day} at {hour} because the original slot clashed with your board meeting.',
  "The recording of last week's session is on the shared drive under the {company} folder.",
  'We will need read access to your {tool} for about {duration} while we map the existing fields.',
  'I have copied {name}, who handles billing questions on our side.',
  'Could you confirm the number of seats you need so I can update the {doc}?',
  "The updated {doc} reflects the changes we agreed on during {day}'s call.",
  'Nothing needs to be installed on your side; everything runs in the browser.',
  'I will set up a shared channel so your {team} can ask questions directly.',
  // timelines
  'If we sign by {date}, {thing} can start the following {day}.',
  'We expect {thing} to take about {duration}, with a short review at the halfway point.',
  'The realistic go-live date is {date}, assuming the data export arrives on time.',
  'I would rather give you a date we can keep than one that looks good on paper.',
  'The biggest risk to the schedule is the cleanup of the old records in your {tool}.',
  'We have blocked out {duration} for testing, which is longer than usual because of the volume.',
  '{thing} slipped by {num} days because we found duplicate entries in the import file.',
  'Once {thing} is finished, your {team} can start using {feature} straight away.',
  'We will send a short status note every {day} until the project is closed.',
  'The first phase covers {num} locations, and the remaining sites follow in {month}.',
  'There is some slack in the plan for holidays, since {month} tends to be quiet for most of your staff.',
  'I have pencilled in {date} for the final review, but that can move if your quarter-end gets busy.',
  'Training for the {team} will run in two sessions of about ninety minutes each.',
  'By the end of {month} you should see the first full month of data in one place.',
  // questions about the reader's goals
  'What would make this project a clear success for your {team} a year from now?',
  'You mentioned that {metric} is the number your director watches most closely; is that still true?',
  'How are you handling this today, and which part of it takes the most time?',
  'Is there a deadline on your side, such as an audit or a budget cycle, that we should plan around?',
  'Who else on your team will be using this every day, and what do they need from it?',
  'Which of the reports you run now would you be happy never to build by hand again?',
  'Are there parts of the current process that work well and that you would want to keep?',
  'How did the last rollout of a new {tool} go, and what would you do differently this time?',
  'When you say {metric} is too high, roughly where would you like it to be?',
  'Would it help if we started with the {team} alone and widened the rollout once it settles?',
  'What does a normal week look like for {name}, and where does this work fit into it?',
  'Is the budget for this year already set, or is it still open for discussion?',
  'Do you have a sense of how many records we are talking about in the {tool}?',
  'What questions are you likely to get from your finance director about this?',
  // thanks and rapport
  'Thank you for walking me through the {doc} on {day}; it made the constraints much clearer.',
  'Thanks for introducing me to {name}, who was generous with their time and very candid.',
  'I appreciated how openly your {team} talked about what has not worked so far.',
  'It was good to finally meet in person after so many calls.',
  'Thank you for your patience while we worked through the questions from your security review.',
  'I enjoyed hearing how you set up the {city} office from scratch last year.',
  'Your notes on the {doc} were detailed and saved us a lot of back and forth.',
  'Congratulations on the opening of the new site in {city}.',
  'Thanks for flagging the issue with {feature} so quickly.',
  'I know this is a busy time of year for you, so I will keep this short.',
  'Please pass on my thanks to {name} for the tour of the warehouse.',
  // proposal substance
  'The proposal covers {num} user licences, onboarding, and {duration} of hands-on support.',
  'Pricing is {price} per month for up to {num} users, billed annually.',
  'If you only need {feature} for now, we can leave the other modules out and add them later.',
  'Your data stays in your region, and you can export all of it at any time.',
  'We would start by importing the last twelve months of records from your {tool}.',
  'In a similar project with {company}, the {team} cut {metric} by {pct} within {duration}.',
  'I would not promise the same result for you until we have looked at your own numbers.',
  'Most of the setup work sits with us; your side mainly needs to answer questions and test.',
  "The contract can be cancelled with sixty days' notice, and there is no fee for doing so.",
  'We can include {feature} at no extra cost during the first year.',
  'Support is available by email and phone from eight to six in your time zone.',
  'The {doc} lists every assumption behind the estimate, so you can challenge any of them.',
  'Roughly {big} transactions a month is well within what the standard plan handles.',
  'A smaller pilot with {num} users would let you test the fit before committing the whole budget.',
  'We have priced the pilot at {price}, which is credited against the full licence if you continue.',
  'There are a few things we cannot do yet, and I have listed them honestly in the {doc}.',
  'If {feature} matters more to you than the dashboards, we can swap the order of the phases.',
  // issues, follow-ups and status
  'The export from {day} was missing {num} rows, and we have already traced the cause.',
  'Our engineer found that the time zone setting in the {tool} was shifting dates by one day.',
  'The fix went live this morning, and the totals now match your own spreadsheet.',
  'I checked the numbers with {name} twice before sending them, and they line up.',
  'Two of the {num} open tickets are waiting on information from your side.',
  'We will keep an eye on {metric} for the next {duration} to make sure the change holds.',
  'Let me know if any of the figures in the {doc} look off to you.',
  'I have asked {name} to join {thing} so there is someone technical on the call.',
  'The summary below covers what changed, what is still open, and who owns each item.',
  'We reran the import overnight and it finished in {num} minutes without errors.',
];

/** Buzzword-laden sentences the checker should flag; sprinkled sparingly. */
const BUZZWORD: readonly string[] = [
  'There is real synergy between your {team} and our implementation group.',
  'You can leverage our platform to bring every {tool} into one view.',
  'Let us circle back after {day} once the {team} has had a look at the numbers.',
  'We follow industry best practices for data retention and access control.',
  'Our approach is customer-centric from the first call to the last invoice.',
  'We deliver end-to-end solutions, from the first import to ongoing support.',
  'I will circle back with {name} on the open questions about {feature}.',
  'Combining the two teams should create synergy across the {city} and {company} accounts.',
];

const NON_APOLOGIES: readonly string[] = [
  'We apologize for any inconvenience this may have caused.',
  "I'm sorry you feel the rollout was rushed.",
];

const PITCH_FIRST = "I'm Dana from Acme, and we help teams like yours cut reporting time in half.";

/** Closing sentences of distinct lengths, combined to fill the final paragraph to the exact word count. */
const CLOSERS: readonly string[] = [
  'Thanks!',
  'Talk soon.',
  'Thanks so much.',
  'Have a great weekend.',
  'I look forward to it.',
  'Thanks again for your time today.',
  'Let me know if anything is unclear.',
  'Let me know what you think of the plan.',
  'I am around all week if a quick call would help.',
  'If anything in this note raises new questions, just reply here and I will answer.',
  'Thanks again to you and the team for the candid conversation and the detailed notes.',
];
const MIN_CLOSING = 20; // with the closers above, every length from 1 to 85 words is reachable

function fill(template: string, rng: Rng): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const source = FILLERS[key];
    if (!source) throw new Error(`drafts: unknown filler {${key}}`);
    return typeof source === 'function' ? source(rng) : pick(rng, source);
  });
  return filled[0]!.toUpperCase() + filled.slice(1);
}

/** A closing paragraph of exactly `words` words, from distinct closers (subset sum). */
function closing(words: number, rng: Rng): string {
  const items = [...CLOSERS].sort(() => rng() - 0.5);
  // reach[i][w]: the first i items can make exactly w words.
  const reach: boolean[][] = [Array.from({ length: words + 1 }, (_, w) => w === 0)];
  items.forEach((item, i) => {
    const n = countWords(item);
    reach.push(reach[i]!.map((ok, w) => ok || (w >= n && reach[i]![w - n]!)));
  });
  if (!reach[items.length]![words]) throw new Error(`drafts: cannot close with ${words} words`);
  const chosen: string[] = [];
  for (let i = items.length, w = words; i > 0; i--) {
    if (reach[i - 1]![w]) continue;
    chosen.push(items[i - 1]!);
    w -= countWords(items[i - 1]!);
  }
  return chosen.reverse().join(' ');
}

export interface Draft {
  text: string;
  words: number;
  paragraphs: string[];
}

/** A draft of exactly `words` whitespace-separated words (words ≥ 100). */
export function generateDraft(words: number, seed = 1): Draft {
  if (words < 100) throw new Error('drafts: at least 100 words');
  const rng = createRng(seed * 2654435761 + words);
  const reader = pick(rng, FILLERS.name as readonly string[]);
  const greeting = `Hi ${reader},`;
  const signOff = 'Best regards,\nDana Whitfield\nAccount Manager, Acme';
  let remaining = words - countWords(greeting) - countWords(signOff);

  const paragraphs: string[] = [];
  const seen = new Set<string>();
  // Non-apologies land at fixed fractions of the draft: one early, one past the middle.
  const apologyAt = [Math.round(words * 0.2), Math.round(words * 0.6)];
  let written = 0;
  let apologies = 0;
  const recent: string[] = [];
  const used = new Set<string>();
  let current: string[] = [PITCH_FIRST];
  let target = int(rng, 3, 6);

  const flush = () => {
    const p = current.join(' ');
    if (seen.has(p)) throw new Error('drafts: repeated paragraph'); // practically impossible
    seen.add(p);
    paragraphs.push(p);
    current = [];
    target = int(rng, 3, 6);
  };
  remaining -= countWords(PITCH_FIRST);
  written += countWords(PITCH_FIRST);

  for (let attempts = 0; attempts < 100000; attempts++) {
    let sentence: string;
    if (apologies < apologyAt.length && written >= apologyAt[apologies]! && current.length > 0) {
      sentence = NON_APOLOGIES[apologies % NON_APOLOGIES.length]!;
      apologies++;
    } else {
      const template = rng() < 0.04 ? pick(rng, BUZZWORD) : pick(rng, ORDINARY);
      if (recent.includes(template)) continue; // no template twice within ~25 sentences
      sentence = fill(template, rng);
      // No sentence twice in a draft either, so the engine's per-sentence tag cache gets no free hits.
      if (used.has(sentence)) continue;
      recent.push(template);
      if (recent.length > 25) recent.shift();
    }
    used.add(sentence);
    const n = countWords(sentence);
    if (n > remaining - MIN_CLOSING) break;
    current.push(sentence);
    remaining -= n;
    written += n;
    if (current.length >= target) flush();
  }
  if (current.length > 0) flush();
  paragraphs.push(closing(remaining, rng));

  const text = `${greeting}\n\n${paragraphs.join('\n\n')}\n\n${signOff}\n`;
  const actual = countWords(text);
  if (actual !== words) throw new Error(`drafts: generated ${actual} words, wanted ${words}`);
  return { text, words, paragraphs };
}
