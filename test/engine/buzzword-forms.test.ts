import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { buildRuleset, loadBuiltinPack, type RulePack } from '../../src/rules';
import { flagged } from '../helpers';

const pack: RulePack = {
  name: 'forms',
  version: '1',
  rules: [
    { id: 'leverage', phrases: ['leverage'], message: 'm', suggestions: ['use', 'build on'] },
    { id: 'game-changer', phrases: ['game changer'], message: 'm', suggestions: ['big improvement'] },
    { id: 'centric', phrases: ['* centric'], message: 'm', suggestions: ['focused on the $1'] },
    { id: 'frozen', phrases: ['now only offer'], inflect: false, message: 'm' },
  ],
};
const ruleset = buildRuleset([pack]);
const first = (text: string) => analyze(text, ruleset).map((f) => [f.text, f.suggestions.map((s) => s.replacement)]);

describe('phrase matching and suggestion forms', () => {
  it.each([
    ['We leverage it.', [['leverage', ['use', 'build on']]]],
    ['We are leveraging it.', [['leveraging', ['using', 'building on']]]],
    ['We leveraged it.', [['leveraged', ['used', 'built on']]]],
    ['It leverages that.', [['leverages', ['uses', 'builds on']]]],
    ['LEVERAGE IT', [['LEVERAGE', ['USE', 'BUILD ON']]]],
    ['Two game-changers.', [['game-changers', ['big improvements']]]],
    ['A Customer-Centric plan', [['Customer-Centric', ['Focused on the customer']]]],
    ['a patient\ncentric plan', [['patient\ncentric', ['focused on the patient']]]],
    ['Now only offer', [['Now only offer', []]]],
    ['now only offers', []],
    ['an eccentric, concentric plan', []],
    ['leverage.io and www.leverage.com and sam@leverage.net', []],
    ['game. Changer', []],
  ])('%j', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it('keeps only the rewrites that fit the article in front of the phrase', () => {
    const articles = buildRuleset([
      {
        name: 'a',
        version: '1',
        rules: [{ id: 'inno', phrases: ['innovative'], message: 'm', suggestions: ['original', 'new'] }],
      },
    ]);
    const rewrites = (text: string) => analyze(text, articles).flatMap((f) => f.suggestions.map((s) => s.replacement));
    expect(rewrites('It is an innovative plan.')).toEqual(['original']);
    expect(rewrites('It is a innovative plan.')).toEqual(['new']);
    expect(rewrites('Our innovative plan.')).toEqual(['original', 'new']);
    // Only an article right before the phrase: "an" two words back governs another word.
    expect(rewrites('An app, innovative and fast.')).toEqual(['original', 'new']);
  });

  it("leaves out a rewrite's own article after the draft's article or possessive", () => {
    const people = buildRuleset([
      {
        name: 'p',
        version: '1',
        rules: [{ id: 'k', phrases: ['key stakeholders'], message: 'm', suggestions: ['the people involved'] }],
      },
    ]);
    const rewrites = (text: string) => analyze(text, people).flatMap((f) => f.suggestions.map((s) => s.replacement));
    expect(rewrites('We met your key stakeholders.')).toEqual(['people involved']);
    expect(rewrites('We met the key stakeholders.')).toEqual(['people involved']);
    expect(rewrites('We met key stakeholders.')).toEqual(['the people involved']);
  });

  it.each([
    // A verb the lexicon does not know still takes the form of the words it replaces; so does a phrasal verb.
    ['We have been ideating on it.', 'ideating', 'brainstorming', ['ideate'], 'brainstorm'],
    ['We are democratising access.', 'democratising', 'opening up', ['democratise'], 'open up'],
    // A verb the lexicon lists as a noun ("check") still agrees with its subject.
    ['She touches base every week.', 'touches base', 'checks in', ['touch base'], 'check in'],
  ])('%j: the rewrite takes the form of the words it replaces', (text, found, rewrite, phrases, suggestion) => {
    const forms = buildRuleset([
      { name: 'f', version: '1', rules: [{ id: 'r', phrases, message: 'm', suggestions: [suggestion] }] },
    ]);
    expect(analyze(text, forms).map((f) => [f.text, f.suggestions.map((s) => s.replacement)])).toEqual([
      [found, [rewrite]],
    ]);
  });

  it('treats curly and straight apostrophes alike', () => {
    const apostrophes = buildRuleset([
      { name: 'a', version: '1', rules: [{ id: 'dont', phrases: ["don't have the bandwidth"], message: 'm' }] },
    ]);
    expect(analyze('I don’t have the bandwidth.', apostrophes).map((f) => f.text)).toEqual([
      'don’t have the bandwidth',
    ]);
    expect(analyze("I don't have the bandwidth.", apostrophes).map((f) => f.text)).toEqual([
      "don't have the bandwidth",
    ]);
  });

  it('keeps the built-in pack working alongside', () => {
    expect(analyze('Synergies!', buildRuleset([loadBuiltinPack(), pack])).map((f) => f.ruleId)).toEqual([
      'default/synergy',
    ]);
  });
});

describe('wildcards and neighbours', () => {
  const ruleset = buildRuleset([
    {
      name: 'w',
      version: '1',
      rules: [
        { id: 'centric', phrases: ['* centric', 'centric'], message: 'm', suggestions: ['focused on the $1'] },
        { id: 'solution', phrases: ['solution'], message: 'm', skipIf: [{ after: ['to'] }] },
        { id: 'thought-leader', phrases: ['thought leader'], message: 'm', suggestions: ['expert'] },
      ],
    },
  ]);
  const found = (text: string) => analyze(text, ruleset).map((f) => [f.text, f.suggestions.map((s) => s.replacement)]);

  it('leaves names alone: a Title Case match next to another capitalised word on its line', () => {
    expect(found('We met at Centric Software.')).toEqual([]);
    expect(found('Tickets for the Thought Leader Awards go on sale in May.')).toEqual([]);
    expect(found('Centric thinking, they said.')).toEqual([['Centric', []]]);
    expect(found('Our Solution team will call.')).toEqual([['Solution', []]]);
    // A listed phrase of two or more words after "our" or "a" is described in capitals, not named.
    expect(found('Our Thought Leader Team will call.').map(([text]) => text)).toEqual(['Thought Leader']);
    expect(found('We offer a Customer Centric Approach.').map(([text]) => text)).toEqual(['Customer Centric']);
    expect(found('Call our Thought Leader Consulting Ltd team on Monday.')).toEqual([]);
    // …also after a capitalised adjective or two listed before it.
    expect(found('Our Proven, Thought Leader Team will call.').map(([text]) => text)).toEqual(['Thought Leader']);
    expect(found('We met the Proven, Thought Leader Consulting Ltd team.')).toEqual([]);
    expect(found('Get The Best Thought Leader Content Today')).toEqual([['Thought Leader', ['Expert']]]);
  });

  it('lets * stand only for a content word', () => {
    expect(found('We looked at centric layouts.')).toEqual([['centric', []]]);
    expect(found('a user-centric design')).toEqual([['user-centric', ['focused on the user']]]);
  });

  it('reads a condition across a hard-wrapped line break but not across a sentence', () => {
    expect(found('We found our solution\nto the export problem.')).toEqual([]);
    expect(found('We found our solution. To be fair, it took a week.')).toEqual([['solution', []]]);
  });

  it('puts a one-word suggestion in the plural of the plural it replaces', () => {
    expect(found('Our thought leaders spoke.')).toEqual([['thought leaders', ['experts']]]);
  });
});

describe('a topic anywhere in the sentence', () => {
  const topical = buildRuleset([
    {
      name: 't',
      version: '1',
      rules: [{ id: 'flywheel', phrases: ['flywheel'], message: 'm', skipIf: [{ inSentence: ['lathe', 'engine'] }] }],
    },
  ]);
  const found = (text: string) => analyze(text, topical).map((f) => f.text);

  it('skips the match when a topic word stands before or after it, however far within the sentence', () => {
    expect(found('The flywheel on the old lathe needs a new bearing.')).toEqual([]);
    expect(found("The engine's heavy steel flywheel cracked.")).toEqual([]);
    expect(found('Our referral flywheel keeps the pipeline full.')).toEqual(['flywheel']);
  });

  it('does not read another sentence, and reads no further than 30 words', () => {
    expect(found('The lathe is fixed. Our growth flywheel is next.')).toEqual(['flywheel']);
    const far = `Our flywheel ${'and more '.repeat(15)}then the lathe.`;
    expect(found(far)).toEqual(['flywheel']);
  });
});

describe('a topic anywhere in the paragraph', () => {
  const topical = buildRuleset([
    {
      name: 't',
      version: '1',
      rules: [
        { id: 'bandwidth', phrases: ['bandwidth'], message: 'm', skipIf: [{ inParagraph: ['fibre', 'router'] }] },
      ],
    },
  ]);
  const found = (text: string) => analyze(text, topical).map((f) => f.text);

  it('skips the match when a topic word stands in a sentence before or after it in the paragraph', () => {
    expect(found("We're moving your line to a new fibre card. Your bandwidth will be unaffected.")).toEqual([]);
    expect(found('Your bandwidth should be back now. If not, restart the router.')).toEqual([]);
  });

  it('flags the match when the topic word is in another paragraph or more than 80 words away', () => {
    expect(found('The fibre order is in.\n\nI have no bandwidth for the review this week.')).toEqual(['bandwidth']);
    const far = `I have no bandwidth this week. ${'We will meet. '.repeat(30)}The fibre order is in.`;
    expect(found(far)).toEqual(['bandwidth']);
    expect(found('I have no bandwidth for the review this week.')).toEqual(['bandwidth']);
  });

  it('reads the same 80 words each way in a paragraph long enough to count its topic words once', () => {
    // Nine matches 53 words apart in one paragraph of 479 words, the topic word 5 words after the seventh.
    // From the sixth match on, the windows asked about cover the paragraph twice and are read from counts:
    // the sixth to eighth are within 80 words of it (58, 5 and 50 words away), the ninth is not (103).
    const stretch = 'and the team will meet on it soon. '.repeat(6);
    const parts = Array.from(
      { length: 9 },
      (_, i) => `Our bandwidth ${i} is low ${i === 6 ? 'on fibre ' : ''}${stretch}`,
    );
    const text = parts.join('');
    const flagged = analyze(text, topical).map((f) => text.slice(f.end + 1, f.end + 2));
    expect(flagged).toEqual(['0', '1', '2', '3', '4', '8']);
  });
});

describe('an object a few words on', () => {
  const objects = buildRuleset([
    {
      name: 'o',
      version: '1',
      rules: [{ id: 'disrupt', phrases: ['disrupt'], message: 'm', flagIf: [{ soonAfter: ['market', 'space'] }] }],
    },
  ]);
  const found = (text: string) => analyze(text, objects).map((f) => f.text);

  it('holds for a listed word within the four words after the match, in its sentence', () => {
    expect(found('We disrupt the whole payments space.')).toEqual(['disrupt']);
    expect(found('We disrupt the space.')).toEqual(['disrupt']);
    expect(found('Storms disrupt the ferry timetable for the market town.')).toEqual([]);
    expect(found('Space is tight. Storms disrupt it.')).toEqual([]);
    expect(found('We disrupt. The market follows.')).toEqual([]);
  });
});

describe('a doubtful word in the company of jargon', () => {
  const company = buildRuleset([
    {
      name: 'c',
      version: '1',
      rules: [
        { id: 'seamless', phrases: ['seamless'], message: 'm' },
        {
          id: 'robust',
          phrases: ['robust'],
          message: 'm',
          flagIf: [{ after: ['platform'] }],
          skipIf: [{ inSentence: ['bridge'] }],
        },
      ],
    },
  ]);
  const found = (text: string) => analyze(text, company).map((f) => f.text);

  it('flags a word whose condition fails when a sure buzzword modifies it or is listed with it', () => {
    expect(found('We deliver a seamless, robust experience.')).toEqual(['seamless', 'robust']);
    expect(found('A robust and seamless handover.')).toEqual(['robust', 'seamless']);
    expect(found('A robust platform.')).toEqual(['robust']);
  });

  it('leaves it alone further off, in another clause, alone, or where its literal sense is marked', () => {
    expect(found('Our engineers rolled out a robust fix.')).toEqual([]);
    expect(found('The fix is robust, and the seamless handover helped.')).toEqual(['seamless']);
    expect(found('A robust fix. Seamless, too.')).toEqual(['Seamless']);
    expect(found('The seamless, robust bridge deck.')).toEqual(['seamless']);
  });
});

describe('a phrase mentioned rather than used', () => {
  const buzzwords = (text: string) => flagged(text, 'buzzword').map(([, t]) => t);

  it.each([
    `Please don't write "synergy" in the deck.`,
    'Please avoid ‘best-in-class’ in the proposal.',
    'The word synergy makes clients wince.',
    'Drop the phrase: circle back.',
    "Avoid the term 'best-in-class' please.",
    // A quoted phrase given its replacement is named as a word.
    'This week\'s banned list: "synergy" (try "working together") and "circle back" (try "I\'ll reply by Friday").',
    // Someone else's words, reported after "said": the writer quotes them, and need not rewrite them.
    'She said "we should leverage the new team" on the call.',
    // A quoted phrase that is the subject of a verb is the word itself, mid-sentence too.
    "The chair wants plain language, and 'synergy' will just get us a question.",
    'Legal says "best-in-class" sounds like puffery.',
    // An adverb between the quoted subject and its verb.
    "Readers asked what 'AI-native' actually means in practice.",
    // A vendor's words reported in single quotes, an apostrophe inside them or before them.
    "Their account team keeps pitching a 'holistic platform play'.",
    "Section 3 still says they'll deliver a 'holistic, best-in-class operating model', so can we ask for a list?",
    "Their rep calls it a 'game-changer we're proud of' every time.",
    // A phrase whose meaning is asked or given, words standing between it and "means".
    'You asked what "seamless sync" on our pricing page actually means.',
    'By "seamless" we mean the sync finishes within a minute.',
    // What the word does to people, its meaning asked with the verb first, another's line quoted.
    "I know 'circle back' drives you up the wall, so I'll call on Friday.",
    'I had to look up what you meant by "paradigm shift" on page 9.',
    `Vendor B's pitch is "an AI-powered, best-in-class, end-to-end platform".`,
    // Someone else's words in double quotes, however long and whatever verb, or none, brings them in.
    'The listing offered a "world-class, seamless experience", and the room had no hot water.',
    '"Leveraging cross-functional synergies to drive value" could be written about any firm.',
    'I read the tender twice and it asks for "best-in-class, end-to-end delivery" without a budget.',
    'Your notice blames a “customer-centric transformation” for the closure.',
    // Naming talked about, not done: what calling something by the word would do.
    'Xero sync still needs a manual step, so calling it seamless will generate support tickets.',
    'It is a stretch to call our onboarding seamless.',
    // A term defined for the reader, on a glossary line or in a sentence that says it is a word for something.
    'Growth mindset: the idea that ability improves with practice.',
    'A few terms from the report:\n- Learning journey: just means the progress a child makes over the year.',
    'Synergy is just a fancy word for working together.',
    'Thanks for asking. Best practice simply means the way most schools do it.',
    'Deep dive – a term for a close look at one subject.',
  ])('leaves alone %j', (text) => {
    expect(buzzwords(text)).toEqual([]);
  });

  it.each([
    ['Our synergy plan is ready.', ['synergy']],
    // Quotes around more than the phrase, with no one reported as saying it: the writer's own words.
    ['Our motto is "we leverage every lead" and it shows.', ['leverage']],
    ['The synergy words in this deck are all ours.', ['synergy']],
    // Scare quotes around a vendor's own claim: still a claim.
    ['Our refined methods and "best of breed" tools do the rest.', ['best of breed']],
    ['Our "seamless" (as promised) onboarding starts today.', ['seamless']],
    // A quoted claim followed by a noun, not a verb, still describes something.
    ['Our "best-in-class" service is ready.', ['best-in-class']],
    // An adverb after a quoted claim that describes a noun does not make it a word talked about.
    ['Our "AI-native" platform really works.', ['AI-native']],
    // "mean" after a comma belongs to another clause: the quoted phrase is still used.
    ['We deliver what "best-in-class" teams expect, and we mean it.', ['best-in-class']],
    // A quote closed before the phrase: the writer's own words follow it.
    ["She said 'thanks', and our team will leverage the data.", ['leverage']],
    // The writer's own tagline is theirs to rewrite; a quoted claim before a noun still describes it.
    ['Our tagline is "seamless service, every time".', ['seamless']],
    ["Our 'circle back' calls run every Friday.", ['circle back']],
    // The writer's own thing named in quotes, or the quote in a clause the writer is the subject of.
    ['Join our roundtable, "content that moves the needle", on Tuesday.', ['moves the needle']],
    ['The launch was a "game-changer" for us.', ['game-changer']],
    ['I read the brief, and we offer a "best-in-class" rollout.', ['best-in-class']],
    // The writer naming their own thing, or reporting what others name it, uses the word.
    ['We call it seamless onboarding.', ['seamless']],
    ['Our testers are calling it a game-changer for dull skin.', ['game-changer']],
    // A term that opens its line but is not defined there: a heading, or a plan that follows the colon.
    ['Best practices: back up nightly and test a restore each month.', ['Best practices']],
    ['Value creation plan: cost savings in year one.', ['Value creation']],
    // Defined without saying so, or with the definition further on: the phrase is used.
    ['Digital transformation means rethinking how your team works.', ['Digital transformation']],
    ['We think synergy is a word for what we do best.', ['synergy']],
  ])('still flags %j', (text, expected) => {
    expect(buzzwords(text)).toEqual(expected);
  });
});
