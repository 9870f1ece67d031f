import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { emailOpening } from '../../src/engine/analyze';
import { openingFeatures, pitchFirst } from '../../src/engine/detectors/pitch-first';
import { probability } from '../../src/engine/linear-model';
import { buildRuleset, builtinRuleset, loadBuiltinPack, type RulePack, validatePack } from '../../src/rules';
import { flagged } from '../helpers';
import defaultPackJson from '../../rules/default.json';

/** The detector's prepared cues and model, as the feature tests read them. */
const prepareOpening = (ruleset = builtinRuleset()) =>
  pitchFirst.prepare(ruleset) as Parameters<typeof openingFeatures>[1] & { model: Parameters<typeof probability>[0] };
const flags = (text: string) => flagged(text, 'pitch-first').map(([, text]) => text);
/** What the detector reads of an email's opening: its sentences, and the names of the features they give. */
const readOpening = (text: string) => {
  const { head, signOff } = emailOpening(text);
  const { spans, features } = openingFeatures(head, prepareOpening(), signOff);
  return { sentences: spans.map((s) => head.slice(s.start, s.end)), names: [...features.keys()] };
};

describe('pitch-first openings', () => {
  it.each([
    [
      "Hi Sam,\n\nI'm Dana from Acme, and we help teams like yours cut reporting time in half. Would you be open to a quick call next week?\n\nBest,\nDana",
      [
        "I'm Dana from Acme, and we help teams like yours cut reporting time in half. Would you be open to a quick call next week?",
      ],
    ],
    [
      'Dear Ms. Lee,\n\nMy name is Priya and I lead partnerships at Brightline. I would love to understand how your team plans its quarter.',
      ['My name is Priya and I lead partnerships at Brightline.'],
    ],
    [
      'Hello,\n\nI hope this email finds you well. We are a leading provider of payroll software for restaurants.\n',
      ['We are a leading provider of payroll software for restaurants.'],
    ],
    [
      "Hi Jordan! Our platform helps finance teams close the books in three days. I'd like to show you how in a 15-minute demo.",
      ["Our platform helps finance teams close the books in three days. I'd like to show you how in a 15-minute demo."],
    ],
    [
      'Hey team,\nFor this month only, get 20% off every annual plan.\n',
      ['For this month only, get 20% off every annual plan.'],
    ],
    [
      'Good morning Chris,\n\nHope all is well! I wanted to introduce you to our new analytics suite.',
      ['I wanted to introduce you to our new analytics suite.'],
    ],
    // How the writer got their name is no turn to the reader: the opening goes on to what follows.
    [
      "Dear Dr Kaur,\n\nYour colleague Fiona gave me your name. I'm Dana from Acme, and we help clinics cut no-shows in half.",
      ["I'm Dana from Acme, and we help clinics cut no-shows in half."],
    ],
    // A bare "Nice to meet you!" and a "Greetings from …" card are pleasantries: the opening is what follows.
    [
      'Dear Manager,\n\nNice to meet you! Our company is a leading one-stop smart manufacturing solution provider with 15 years experience.',
      ['Our company is a leading one-stop smart manufacturing solution provider with 15 years experience.'],
    ],
    [
      'Dear Sir/Madam,\n\nGreetings from Infotrek Solutions Pvt. Ltd.!\n\nWe are a CMMI Level 5 company providing end-to-end IT solutions to Fortune 500 clients.',
      ['We are a CMMI Level 5 company providing end-to-end IT solutions to Fortune 500 clients.'],
    ],
    // A bare welcome is a pleasantry too; one that goes on to describe the product is the pitch.
    [
      'Hi Maya,\n\nWelcome to Koala!\n\nKoala is the leading sales intelligence platform that helps you close deals faster.',
      ['Koala is the leading sales intelligence platform that helps you close deals faster.'],
    ],
    [
      'Hi Maya,\n\nWelcome to Koala, the leading sales intelligence platform that helps you close deals faster.',
      ['Welcome to Koala, the leading sales intelligence platform that helps you close deals faster.'],
    ],
    // Thanks for reading the very mail the reader has open thank them for nothing of theirs yet.
    [
      'Hi Sam,\n\nThank you for taking the time to read my email. We are a Leeds agency that builds fast websites for trades.',
      ['We are a Leeds agency that builds fast websites for trades.'],
    ],
    [
      'Dear Ms. Lee,\n\nThanks in advance for your time and consideration. Our clinic software cuts no-shows in half.',
      ['Our clinic software cuts no-shows in half.'],
    ],
    // "We are <Name> from <place> and…", and a learner's "We are the <Name>": an introduction all the same.
    [
      'Dear Sir or Madam,\n\nWe are Van Dijk Hydroponics from Rotterdam and we look for a garden centre partner in Ireland.',
      ['We are Van Dijk Hydroponics from Rotterdam and we look for a garden centre partner in Ireland.'],
    ],
    [
      'Dear Robin,\nI am the founder of a small data consultancy in Leeds.',
      ['I am the founder of a small data consultancy in Leeds.'],
    ],
    [
      'Hello,\nI thought you might be interested in our quarterly pricing report.',
      ['I thought you might be interested in our quarterly pricing report.'],
    ],
    ['Get your FREE audit this week!', ['Get your FREE audit this week!']],
    [
      'Hi Pat, we are now offering same-day delivery across the city.',
      ['we are now offering same-day delivery across the city.'],
    ],
    [
      'Our scanner is the most accurate handheld device on the market.',
      ['Our scanner is the most accurate handheld device on the market.'],
    ],
    [
      'Alex,\n\nI’m the head of growth at Northwind. Do you have 20 minutes for a call on Thursday?',
      ['I’m the head of growth at Northwind. Do you have 20 minutes for a call on Thursday?'],
    ],
    ['Hi Sam,\n\nAt Acme, we pride ourselves on fast support.', ['At Acme, we pride ourselves on fast support.']],
    [
      "Hello,\n\nWe've helped over 500 companies streamline their hiring.",
      ["We've helped over 500 companies streamline their hiring."],
    ],
    [
      'CONGRATULATIONS!! You have been selected to receive a free installation.',
      ['You have been selected to receive a free installation.'],
    ],
    [
      'Hey Sam,\n\nStackwise is the first observability tool built for serverless apps.',
      ['Stackwise is the first observability tool built for serverless apps.'],
    ],
    [
      'Hi Ms. Lind,\n\nI lead content strategy at Quill & Co., an agency for B2B brands.',
      ['I lead content strategy at Quill & Co., an agency for B2B brands.'],
    ],
    [
      "Hi Kim - I'm with Lumen Solar and we fit rooftop panels at no upfront cost.",
      ["I'm with Lumen Solar and we fit rooftop panels at no upfront cost."],
    ],
    [
      'Hi Rachel,\n\nJoin our live webinar next Wednesday on retail analytics.',
      ['Join our live webinar next Wednesday on retail analytics.'],
    ],
    [
      "Dear Ms. Brennan,\n\nI'm thrilled to share that we've been named a leader in procurement software!",
      ["I'm thrilled to share that we've been named a leader in procurement software!"],
    ],
    [
      "Hi Harriet,\n\nOur spring release is out next week, and it's packed with new features.",
      ["Our spring release is out next week, and it's packed with new features."],
    ],
    [
      "Hi,\n\nThe Grand Meridian is London's premier conference destination.",
      ["The Grand Meridian is London's premier conference destination."],
    ],
    [
      "Dear Friend,\n\nFor 35 years, Hope Harbor has been the region's leading provider of shelter.",
      ["For 35 years, Hope Harbor has been the region's leading provider of shelter."],
    ],
    ["Hi Dan,\n\nWe're ShipWise, the AI-first freight platform.", ["We're ShipWise, the AI-first freight platform."]],
    [
      'Dear Ms. Ode,\n\nHartwell School is proud to be ranked among the top 20 schools.',
      ['Hartwell School is proud to be ranked among the top 20 schools.'],
    ],
    [
      'Dear Purchasing Manager,\n\nWe are Ningbo Haoda Electric Co., Ltd, a maker of LED drivers.',
      ['We are Ningbo Haoda Electric Co., Ltd, a maker of LED drivers.'],
    ],
    [
      'Dear Mrs Hart,\n\nAt Carrow & Lyle Insurance Brokers, we have protected families for 40 years.',
      ['At Carrow & Lyle Insurance Brokers, we have protected families for 40 years.'],
    ],
    [
      "Hi Sam,\n\nJust following up on my note about Tallyo. We're now offering three months free.",
      // Chasing one's own note is part of the pitch: the opening is about the sender from its first word.
      ["Just following up on my note about Tallyo. We're now offering three months free."],
    ],
    ['Hi Jo,\n\nBig news from Zing! We have switched on full-fibre in your area.', ['Big news from Zing!']],
    [
      'Hi Jo,\n\nOfficeCore is your one-stop shop for workplace services. We partner with businesses like yours.',
      ['OfficeCore is your one-stop shop for workplace services. We partner with businesses like yours.'],
    ],
    ['Hi Jo,\n\nHive Collective is more than a workspace.', ['Hive Collective is more than a workspace.']],
    // Their time asked for as tersely as a phone types it.
    [
      'Hi Jo,\n\nQuick 10 min call today or tmrw? Got 3 territories left in Phoenix.',
      ['Quick 10 min call today or tmrw?'],
    ],
    [
      'Hi Jo,\n\nGot 10 mins this week to chat about your ad spend?',
      ['Got 10 mins this week to chat about your ad spend?'],
    ],
    [
      'Hi Jo,\n\nQuick request: can you give me 20 minutes on Wednesday?',
      ['Quick request: can you give me 20 minutes on Wednesday?'],
    ],
    // Chasing the writer's own note, whatever of the reader's it goes on to name.
    [
      'Hi Jo,\n\nCircling back on my note from two weeks ago about switching your office roof to solar panels.',
      ['Circling back on my note from two weeks ago about switching your office roof to solar panels.'],
    ],
    ['Hi Jo,\n\nAny thoughts on my email from last week?', ['Any thoughts on my email from last week?']],
    [
      'Hi Jo,\n\ngot a min for a chat re a PM role at a Dublin startup?',
      ['got a min for a chat re a PM role at a Dublin startup?'],
    ],
    // Money off, offered in the middle of the first sentence.
    [
      "Hi Jo,\n\nWe haven't seen you in a while, so here's £10 off your next order of £30 or more.\n\nThe Soapworks team",
      ["We haven't seen you in a while, so here's £10 off your next order of £30 or more."],
    ],
  ])('flags the pitch in %j', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it.each([
    // thanks for something specific, their words, their news, a question about them
    // Money off as amends after an apology, or a code already theirs: no offer to open with.
    "Hi Jo,\n\nSorry the parcel arrived damaged. I've sent a new one and taken £10 off your next order.\n\nSam",
    'Hi Jo,\n\nThanks for your order! The 20% off your first order code has been applied.\n\nSam',
    "Hi Sam,\n\nThanks for walking me through the export problem on Tuesday. We help teams like yours fix exactly that, and I'd love to show you how.",
    'Hi Sam,\n\nYou mentioned that onboarding new reps takes you six weeks. We built our coaching tool for that.',
    'Hi Sam,\n\nCongratulations on the Series B! We work with a few companies at your stage.',
    'Hi Sam,\n\nCongrats! The launch page looks great. We have a few ideas for the next one.',
    // A note written for them: support, sympathy.
    'Hi Sam,\n\nI just wanted to write you a note of support in what I am sure are some very trying times.',
    'Hi Sam,\n\nAt the moment, we are waiting for the signed contract.',
    "Hi Sam,\n\nWe've moved the call to 3pm.",
    'Hi Sam,\n\nDo you need the invoice sent again? I can do that today.',
    'Hi Sam,\n\nAre you looking for the signed copy? It is in the shared folder.',
    'Hi Sam,\n\nDid you know the office is closed on Friday?',
    'Hi Sam,\n\nFriday is the only day I can meet, if that suits you.',
    'Hi Sam,\n\nWhen I started in July, you arranged parking for me. Thank you.',
    "Hi Sam,\n\nI'm pleased to let you know your refund went through this morning.",
    'Hi Sam,\n\nWe are hosting a meeting on Friday for the people from your team.',
    'Hi Sam - the contract is signed and attached.',
    'Hi Sam,\n\nThe Grand Hotel is the one with the blue door.',
    "Hi Sam,\n\nWe're Sam's team now, so write to us directly.",
    'Hi Sam,\n\nHow is the migration to the new warehouse going for your team? We have helped two other retailers with theirs.',
    "Hi Sam,\n\nFollowing up on your question about invoices: the April one was sent twice by mistake, and I've voided the copy.",
    'Hi Sam,\n\nI read your post about hiring your first support lead. We help small teams do that.',
    // Thanking them for passing on their details is a turn to them, whatever follows.
    "Hi Sam,\n\nThanks for passing me your details at the expo. I'm Dana from Acme, and here is the price list you asked for.",
    // Thanks for their time at something that happened, or for reading what the writer sent before.
    'Hi Sam,\n\nThank you for your time on Friday. We are a Leeds agency, and here is the quote we discussed.',
    'Hi Sam,\n\nThanks for reading my proposal so closely. We are happy to move the launch to June.',
    // "Great to meet you at the expo" names something shared, so it is the opening, not a pleasantry.
    'Hi Sam,\n\nGreat to meet you at the expo last week. Here are the notes you asked for.',
    'Hi,\n\nGreetings from the support team! Thanks for writing in about your refund.',
    'Hi Olu,\n\nWelcome aboard! Your workspace is ready, and your first invoice is due on 1 June.',
    'Welcome to Trellis, Sam!\n\nYour account is ready. Here are three things most people do first.',
    'Hi Sam,\n\nGreat meeting you at the conference last week. As promised, here is our pricing sheet.',
    'Hi Pat,\n\nHope the move to the new office went smoothly. We have a few ideas for your launch.',
    // mail that sells nothing
    'Hi all,\n\nThe meeting moved to 3pm on Thursday. Please bring the draft budget.\n\nThanks,\nKim',
    'Kim,\n\nThe contract is attached. Legal signed off this morning, so we can send it to the client today.',
    'Hi Sam,\n\nYes, the export works for CSV and XLSX files. You can find it under Reports.',
    'Team,\n\nWe are closing the office early on Friday for the holiday.',
    'Hello,\n\nCan we set up a meeting on Tuesday to go over the budget?',
    'Please find the minutes of yesterday’s board meeting attached.',
    // A span of time that is no request for theirs.
    'Hi Sam,\n\nGot your note about the 10 min delay on the 8:15 train.',
    'Hi Sam,\n\nThe meeting ran 20 mins over, so I missed your call.',
    // Following up on their words, or asking about a draft of one's own, chases nothing.
    'Hi Sam,\n\nFollowing up on your question about the roof: yes, the repair is covered.',
    'Hi Sam,\n\nAny thoughts on my draft of the budget?',
    "Hi Sam,\n\nHaven't heard back from the courier yet, so I've chased them for you.",
    'Hi Sam,\n\nThe upload took a minute longer than usual, but your files are all there.',
    // Neighbours introducing themselves; a friendly note whose one "!" is no promotion.
    'Hi Sam,\n\nWe are the Smiths from number 12 and we wanted to say thanks for the flowers.',
    "I just wanted to say 'Hi!'.\nI really enjoyed talking to you last night (and every other night).\nI hope you have a great day.",
    // Something passed on is no pitch of the writer's.
    "Jeff,\n\nFYI, I just got this from Tom.\n\nWe don't have a very big opportunity here!",
    'Hi all,\n\nSee below from legal. We are still waiting on the signed copy.',
    '',
  ])('does not flag %j', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('suggests a connection-first sentence to put before the pitch', () => {
    const [finding] = analyze("Hi Sam,\n\nI'm Dana from Acme. We help teams ship faster.", builtinRuleset()).filter(
      (f) => f.kind === 'pitch-first',
    );
    expect(finding!.text).toBe("I'm Dana from Acme. We help teams ship faster.");
    for (const s of finding!.suggestions) {
      expect(s.replacement.endsWith(` ${finding!.text}`)).toBe(true);
      expect(s.replacement).toMatch(/\[[^\]]+\]/);
    }
    // Why, from the signals that fired and the name in the greeting; then the rule's advice.
    expect(finding!.message).toBe(
      'Your opening introduces you and makes a claim about your company, before a word about Sam. ' +
        'Put a line about their situation, goal or last message first, then make your pitch.',
    );
  });

  it('reads a letter from below its heading, and names the reader its greeting names', () => {
    const letter =
      'Acme Plumbing Ltd\n12 High Street,\nLeeds LS1 4AB\n\nDear Mr Patel,\n\n' +
      'We are the leading plumbing firm in Leeds. We fit new boilers at 20% off this month.';
    const [finding] = analyze(letter, builtinRuleset()).filter((f) => f.kind === 'pitch-first');
    expect(finding!.text).toBe('We are the leading plumbing firm in Leeds. We fit new boilers at 20% off this month.');
    expect(finding!.message).toMatch(/, before a word about Patel\. /);
    // The heading's name and firm are the sender's, not the reader's, and not the opening.
    const reply =
      'Acme Plumbing Ltd\n12 High Street,\nLeeds LS1 4AB\n\nDear Mr Patel,\n\n' +
      'Thank you for your letter about the leak under your sink. Our engineer will call on Tuesday.';
    expect(analyze(reply, builtinRuleset()).filter((f) => f.kind === 'pitch-first')).toEqual([]);
  });

  it('takes no adverb, adjective or exclamation at the head of a line for the name of the reader', () => {
    const about = (draft: string) =>
      analyze(draft, builtinRuleset())
        .find((f) => f.kind === 'pitch-first')
        ?.message.match(/before a word about ([^.]+)\./)?.[1];
    const pitch = 'we are the best agency in town. We offer 20% off all audits this month.';
    expect(about(`Honestly, ${pitch}`)).toBe('them');
    expect(about(`Congratulations, ${pitch}`)).toBe('them');
    expect(about(`Listen, ${pitch}`)).toBe('them');
    // Names, some of them words too: a name the lexicon lists, one it does not, an -ly name, a modal.
    expect(about(`Frank, ${pitch}`)).toBe('Frank');
    expect(about(`Priya, ${pitch}`)).toBe('Priya');
    expect(about(`Emily,\n\nW${pitch.slice(1)}`)).toBe('Emily');
    expect(about(`Will,\n\nW${pitch.slice(1)}`)).toBe('Will');
    expect(about(`Dr. Young,\n\nW${pitch.slice(1)}`)).toBe('Young');
  });

  it('reads a word of content before a comma or colon as the sentence it starts, not as a greeting', () => {
    const opening = (draft: string) => analyze(draft, builtinRuleset()).find((f) => f.kind === 'pitch-first')?.text;
    // An adjective or a label, its sentence going on after it: the opening's first words.
    expect(opening('Beautiful, custom websites for $399 complete! We build them from scratch.')).toBe(
      'Beautiful, custom websites for $399 complete!',
    );
    expect(
      opening('New: same-day pickup at all 14 branches\n\nOrder by 2pm and collect your paint the same day.'),
    ).toBe('New: same-day pickup at all 14 branches');
    // A sentence adverb or an interjection is passed over as a greeting would be; a name is the greeting.
    const pitch = 'we are the best agency in town. We offer 20% off all audits this month.';
    expect(opening(`Honestly, ${pitch}`)).toBe(pitch);
    expect(opening(`Frank, ${pitch}`)).toBe(pitch);
    expect(opening(`Congratulations,\n\nW${pitch.slice(1)}`)).toBe(`W${pitch.slice(1)}`);
    // Alone on its line, even a word of content stands where a greeting would.
    expect(opening(`Beautiful,\n\nW${pitch.slice(1)}`)).toBe(`W${pitch.slice(1)}`);
  });

  it('hears a prize claimed with an adverb in it, and no thanks or errand for one', () => {
    const flagged = (body: string) =>
      analyze(`Hi Sam,\n\n${body}`, builtinRuleset()).some((f) => f.kind === 'pitch-first');
    expect(flagged('You have been specially selected to receive a free Bahamas cruise! Reply today to claim it.')).toBe(
      true,
    );
    expect(flagged("You've just won a week in Orlando for two. Call now to claim it.")).toBe(true);
    // The same shape about the reader's own doings claims no prize.
    expect(flagged('You have been really helpful with the audit. Could you send the last two invoices?')).toBe(false);
    expect(flagged('You have recently been selected for jury service, so I moved your shifts. Does Friday work?')).toBe(
      false,
    );
  });

  it('says an advert reads like one, whether it asks a need or calls to buy', () => {
    const says = (draft: string) => analyze(draft, builtinRuleset()).find((f) => f.kind === 'pitch-first')?.message;
    expect(says('Hi Sam,\n\nTired of slow payroll? Are you looking for a better way to run it?')).toBe(
      'Your opening reads like an advert, before a word about Sam. ' +
        'Put a line about their situation, goal or last message first, then make your pitch.',
    );
    // "20% off all …" is a call to buy, not a question: the message no longer says the opening asks one.
    expect(says('Great news, we are the best agency in town. We offer 20% off all audits this month.')).toMatch(
      /^Your opening (?:makes a claim about your company and reads like an advert|reads like an advert and makes a claim about your company), before a word about them\. /,
    );
  });

  it('says a headline is one, in words that read as a sentence', () => {
    const [finding] = analyze(
      'Big Autumn Savings\n\nHi Sam,\n\nEvery boot in the shop is 30% off until Sunday.',
      builtinRuleset(),
    ).filter((f) => f.kind === 'pitch-first');
    // The two signals come in the order of their weight in the model, which retraining may swap.
    expect(finding!.message).toMatch(
      /^Your opening (?:is a headline and leads with an offer|leads with an offer and is a headline), before a word about Sam\. /,
    );
  });

  it('reads no closing line as a sentence of the opening, nor its words', () => {
    const note = readOpening('Hi Dana,\n\nThe sync is fixed.\n\nBest,\nSam');
    expect(note.sentences).toEqual(['The sync is fixed.']);
    expect(note.names).not.toContain('word:best');
    expect(readOpening('Hi Dana,\n\nThe sync is fixed.\n\nKind regards,\nSam Ortiz\nAcme').sentences).toEqual([
      'The sync is fixed.',
    ]);
    // "Best wishes for the launch" opens a sentence; it is no closing alone on its line.
    expect(readOpening('Hi Dana,\n\nBest wishes for the launch. We shipped the fix.').sentences).toEqual([
      'Best wishes for the launch.',
      'We shipped the fix.',
    ]);
  });

  it('reads a label shouted before a colon as part of the first sentence, and a name before one as a greeting', () => {
    const read = (text: string) => readOpening(text).sentences;
    expect(read('BACK IN STOCK: The Everyday Tote, in all five colours.\n\nIt sold out in March.')).toEqual([
      'BACK IN STOCK: The Everyday Tote, in all five colours.',
      'It sold out in March.',
    ]);
    expect(read('SALE: everything in the garden range.\n\nEnds Sunday.')).toEqual([
      'SALE: everything in the garden range.',
      'Ends Sunday.',
    ]);
    expect(readOpening('BACK IN STOCK: The Everyday Tote, in all five colours.').names).toContain('first:news');
    // A name, in capitals or not, with a colon or a comma, is whom the mail is to; so is a greeting in capitals.
    expect(read('Dr. Lee:\n\nThe results came back fine.')).toEqual(['The results came back fine.']);
    expect(read('Priya,\n\nThe results came back fine.')).toEqual(['The results came back fine.']);
    expect(read('HI SAM,\n\nThe results came back fine.')).toEqual(['The results came back fine.']);
  });

  it("reads from below a record's fields, but not past a headline's labels or a single label's line", () => {
    const read = (text: string) => readOpening(text).sentences;
    expect(
      read(
        'Dear Mr Nowak,\n\nStudent: Katarzyna Nowak\nCourse: Level 3 Diploma (Year 2)\n\nOur records show a fee is due.',
      ),
    ).toEqual(['Our records show a fee is due.']);
    expect(read('Hi Sam,\n\nDate: 12 May\nTime: 7pm\n\nJoin us for our launch party.')).toEqual([
      'Join us for our launch party.',
    ]);
    expect(read('Hi Sam,\n\nNEW: same-day courier\nSALE: 20% off everything\n\nShop now.')).toEqual([
      'NEW: same-day courier',
      'SALE: 20% off everything',
    ]);
    expect(read("Hi Sam,\n\nUpdate: the van is fixed\n\nIt's back on the road tomorrow.")).toEqual([
      'Update: the van is fixed',
      "It's back on the road tomorrow.",
    ]);
  });

  it("reads a quotation with its speaker named after a dash as a customer's praise, not a line quoted back", () => {
    const names = (text: string) => readOpening(text).names;
    for (const opening of [
      '"My fiddle-leaf fig has finally stopped sulking." – Hannah, Leeds\n\nOur care kits are back.',
      'Hi Sam,\n\n“I use it every single day.”\n— Anna, verified buyer\n\nThe skillet is back in stock.',
    ]) {
      expect(names(opening)).toContain('first:testimonial');
    }
    for (const opening of [
      'Hi Sam,\n\n"Can you do Friday?" Yes, Friday works for us.',
      'Hi Sam,\n\n"Can you do Friday?"\n\nYes, Friday works.',
      'Hi Sam,\n\nYou said the invoice was "not what we agreed" – Priya has checked it.',
      'Hi Sam,\n\n"Ship it" - that was the call from the board.',
    ]) {
      expect(names(opening)).not.toContain('first:testimonial');
    }
  });

  it('reads the name that signs a quotation as part of it, so the sentence after is the second', () => {
    const sentences = (text: string) => readOpening(text).sentences;
    expect(
      sentences(
        'Hi Ben,\n\n"I use it every single day." – Anna, verified buyer\n\nOur skillet is back in stock, 30% off.',
      ),
    ).toEqual(['"I use it every single day."', 'Our skillet is back in stock, 30% off.']);
    expect(sentences('Hi Ben,\n\n“Best pan I own.”\n— Tom, Leeds\n\nIt is back in stock.')).toEqual([
      '“Best pan I own.”',
      'It is back in stock.',
    ]);
    // A dash that goes on into a sentence of its own is read: "– Priya has checked it."
    expect(sentences('Hi Sam,\n\nYou said "not what we agreed".\n– Priya has checked it.')).toEqual([
      'You said "not what we agreed".',
      '– Priya has checked it.',
    ]);
  });

  it('reads past a bare welcome, but not past a welcome that goes on to describe', () => {
    const read = (text: string) => readOpening(text).sentences;
    expect(read('Hi Tom,\n\nWelcome to Zulip.\n\nYour team chats in streams. Invite them today.')).toEqual([
      'Your team chats in streams.',
      'Invite them today.',
    ]);
    expect(read('Welcome aboard, Sam!\n\nYour account is ready.')).toEqual(['Your account is ready.']);
    expect(read('Hi Tom,\n\nWelcome to Zulip, the chat for teams. Invite them.')).toEqual([
      'Welcome to Zulip, the chat for teams.',
      'Invite them.',
    ]);
    // A numbered list item is one sentence with its number.
    expect(read('Hi Tom,\n\n1. Open the app.\n2. Invite your team.')).toEqual([
      '1. Open the app.',
      '2. Invite your team.',
    ]);
  });

  it('reads past an excuse for writing at all, but not past one that goes on, nor a real apology', () => {
    const read = (text: string) => readOpening(text).sentences;
    expect(read("Hi Jo,\n\nSorry to email out of the blue. We're Brightloop, a studio for charities.")).toEqual([
      "We're Brightloop, a studio for charities.",
    ]);
    expect(read('Hi Jo,\n\nApologies for the cold outreach! Our vans deliver on Sundays.')).toEqual([
      'Our vans deliver on Sundays.',
    ]);
    expect(read('Hi Graham,\n\nSorry to bother you on a Sunday. The smoke alarm has started beeping.')).toEqual([
      'The smoke alarm has started beeping.',
    ]);
    // "…, but could you…" goes on to its point; an apology for a harm is the opening.
    expect(read('Hi Harriet,\n\nSorry to bother you again, but could you confirm the numbers?')).toEqual([
      'Sorry to bother you again, but could you confirm the numbers?',
    ]);
    expect(read('Hi Harriet,\n\nSorry for the delay. The order ships today.')).toEqual([
      'Sorry for the delay.',
      'The order ships today.',
    ]);
    expect(
      flags(
        "Hi Jo,\n\nSorry to email out of the blue. We're Brightloop, a creative studio that helps charities raise more online.\n\nSam",
      ),
    ).toEqual(["We're Brightloop, a creative studio that helps charities raise more online."]);
    expect(
      flags(
        'Hi Graham,\n\nSorry to bother you on a Sunday. The smoke alarm in the hall has started beeping. Could you send someone?\n\nMo',
      ),
    ).toEqual([]);
  });

  it('reads past a line that only says who sent the writer, not one that goes on to the offer', () => {
    const read = (text: string) => readOpening(text).sentences;
    expect(
      read('Dear Ms Obi,\n\nDavid Chen at Harrowgate Foods suggested I get in touch. We supply packaging.'),
    ).toEqual(['We supply packaging.']);
    expect(read('Hi Patrick,\n\nJoanne suggested I get in touch. She said your IT contract ends in May.')).toEqual([
      'She said your IT contract ends in May.',
    ]);
    expect(read('Hi Laura,\n\nTom said you would be the best person to talk to about our webinar.')).toEqual([
      'Tom said you would be the best person to talk to about our webinar.',
    ]);
    expect(
      flags(
        'Dear Ms Obi,\n\nDavid Chen at Harrowgate Foods suggested I get in touch. We supply compostable food packaging to independent caterers across the Midlands. Would you be open to a 15-minute call next week?\n\nBest,\nSam Reed\nGreenpack Ltd',
      ),
    ).toEqual(['Would you be open to a 15-minute call next week?']);
    expect(
      flags(
        "Hi Patrick,\n\nJoanne Burke at Eastside Dental suggested I get in touch. She said you're looking for someone to take over your practice's IT when your contract ends.\n\nBest,\nSam",
      ),
    ).toEqual([]);
  });

  it('reads a price in rupees or by its currency code as it reads one in pounds', () => {
    const inPounds = readOpening('Hi Riya,\n\nFlat £150 off your next 3 orders above £799!! Shop now.\n\nTeam Zesto');
    for (const price of ['₹150', 'Rs. 150', 'INR 150'])
      expect(
        readOpening(`Hi Riya,\n\nFlat ${price} off your next 3 orders above ₹799!! Shop now.\n\nTeam Zesto`).names,
      ).toEqual(inPounds.names);
    expect(inPounds.names).toContain('first:money');
  });

  it('reads the sentence after a title line under a name of its own, and skips a line of emoji', () => {
    const titled = readOpening(
      'Summer escapes from £89 a night\n\nHi Sam,\n\nBook a two-night stay at The Harbour Rooms this June.',
    );
    expect(titled.names).toContain('first:headline');
    expect(titled.names.filter((n) => n.startsWith('titled:')).map((n) => n.slice(7))).toEqual(
      titled.names.filter((n) => n.startsWith('second:')).map((n) => n.slice(7)),
    );
    expect(titled.names.some((n) => n.startsWith('titled:'))).toBe(true);
    // Two sentences of a letter: the second is no campaign's pitch under a title.
    const letter = readOpening('Hi Sam,\n\nThe boiler is fixed. Book the next service when it suits you.');
    expect(letter.names.some((n) => n.startsWith('titled:'))).toBe(false);
    expect(readOpening('🐣\n\nThis spring we are caring for 46 dogs.').sentences).toEqual([
      'This spring we are caring for 46 dogs.',
    ]);
  });

  it('quotes no name from a sentence it does not underline, and says each thing once', () => {
    const finding = (opening: string) =>
      analyze(`Hi Dana,\n\n${opening}\n\nBest,\nTom`, builtinRuleset()).find((f) => f.kind === 'pitch-first')!;
    // The second sentence weighs in, but only the first is underlined: its subject is not quoted.
    for (const [opening, unseen] of [
      [
        'Our scheduling app fills cancelled appointments within minutes. Unplanned gaps cost a dental clinic £40,000.',
        'Unplanned',
      ],
      [
        'Join 2,000 clinic managers at ClinicCon Leeds on 5 June for a day of talks. Speakers include the NHS.',
        'Speakers',
      ],
    ] as const) {
      const { text, message } = finding(opening);
      expect(text).toBe(opening.slice(0, opening.indexOf('. ') + 1));
      expect(message).not.toContain(unseen);
    }
    // The writer as the grammar's subject is no name to quote ("is about I'd").
    const ask = finding("I'd like to get on your calendar for half an hour next week to go over next year's plan.");
    expect(ask.message).toMatch(/^Your opening (?!.*I'd)/);
    // An introduction is about the writer already.
    const intro = finding('My name is Tom Reyes and I run sales at Northwind.').message;
    expect(intro).toMatch(/^Your opening introduces you\b/);
    expect(intro).not.toContain('is about you');
  });

  /** The first clause of the message on an opening to `reader`, under a model of these weights alone. */
  const messageUnder = (weights: Record<string, number>, reader = 'Sam') => {
    const models = { 'pitch-first/opening': { bias: -4, threshold: 0.5, weights } };
    const { pack, errors } = validatePack({ ...defaultPackJson, models }, 'default.json', { allowDetectors: true });
    expect(errors).toEqual([]);
    return (opening: string) =>
      analyze(`Hi ${reader},\n\n${opening}\n\nBest,\nDana`, buildRuleset([pack!]))
        .find((f) => f.kind === 'pitch-first')
        ?.message.split('. ')[0];
  };

  it('names only words the finding underlines', () => {
    // The second sentence weighs in, but only the first is underlined: "sale" is not named, "auction" is.
    const message = messageUnder({ 'word:sale': 3, 'word:auction': 1, 'word:from_<money>': 2 });
    const opening = 'The property auction opens on Monday, from £30 a lot. Put your land up for sale with us.';
    expect(message(opening)).toBe('Your opening leans on "auction", before a word about Sam');
    // No word of the underlined sentence pushed: no word is named.
    expect(message(opening.replace('auction', 'market'))).toBe(
      'Your opening reads like a sales pitch, before a word about Sam',
    );
  });

  it.each([
    // Mid-sentence, an article is in lower case.
    [
      'The new Ransome TX90 hedge cutter is now in stock at all three of our depots.',
      'Your opening is about the new Ransome TX90 hedge cutter, before a word about Sam',
    ],
    // "Annual" is no subject: the tagger's subject stops short of "memberships".
    [
      'Annual memberships are only $54.95.',
      'Your opening quotes a price and reads like an advert, before a word about Sam',
    ],
    // A pronoun after the name does not cut it short.
    [
      'With SafeNest you can insure your home in five minutes, straight from your phone.',
      'Your opening makes a claim about your company and is about SafeNest, before a word about Sam',
    ],
  ])('quotes the subject of %j as it reads in a sentence', (opening, said) => {
    const [finding] = analyze(`Hi Sam,\n\n${opening}\n\nBest,\nDana`, builtinRuleset()).filter(
      (f) => f.kind === 'pitch-first',
    );
    expect(finding!.message.split('. ')[0]).toBe(said);
  });

  it('says a sentence that reaches for the reader offers or asks, not which', () => {
    const message = messageUnder({ 'first:reaches-reader': 5 }, 'Celeste');
    for (const opening of ['NextResearch is inviting you to join a panel.', 'I would like to ask you for a favor.']) {
      expect(message(opening)).toBe('Your opening makes them an offer or a request, before a word about Celeste');
    }
  });

  it('names words with a topic, each once', () => {
    const message = messageUnder({
      'word:why': 3,
      'word:are_you': 3,
      'word:tired': 2,
      'word:tired_of': 2,
      'word:fees': 1,
    });
    // "why" and "are you" pushed hardest, but name no topic; "tired of" repeats "tired".
    expect(message('Why are you tired of fees at the market?')).toBe(
      'Your opening leans on "tired" and "fees", before a word about Sam',
    );
    // Only words without a topic pushed: none is named.
    expect(message("Why aren't you there? Why are you not?")).toBe(
      'Your opening reads like a sales pitch, before a word about Sam',
    );
  });

  it('names the words that decided when no shape of a pitch did', () => {
    // A model that weighs two words and nothing else: the finding can only say which words pushed it.
    const models = {
      'pitch-first/opening': { bias: -4, threshold: 0.5, weights: { 'word:bulk': 3, 'word:from_<money>': 2 } },
    };
    const { pack, errors } = validatePack({ ...defaultPackJson, models }, 'default.json', { allowDetectors: true });
    expect(errors).toEqual([]);
    const text = 'Hi Sam,\n\nBulk orders of oak flooring ship from £30 a square metre.\n\nBest,\nDana';
    const [finding] = analyze(text, buildRuleset([pack!])).filter((f) => f.kind === 'pitch-first');
    // An amount is no word to show: "from <money>" pushed too, but only "bulk" is named.
    expect(finding!.message.split('. ')[0]).toBe('Your opening leans on "bulk", before a word about Sam');
    // Without the word, the price alone stays below the threshold.
    expect(analyze(text.replace('Bulk', 'The'), buildRuleset([pack!])).some((f) => f.kind === 'pitch-first')).toBe(
      false,
    );
  });

  it('flags no opening on its words alone: it must do something for the sender', () => {
    const models = { 'pitch-first/opening': { bias: -4, threshold: 0.5, weights: { 'word:bulk': 6 } } };
    const { pack, errors } = validatePack({ ...defaultPackJson, models }, 'default.json', { allowDetectors: true });
    expect(errors).toEqual([]);
    const pitchesWith = (opening: string) =>
      analyze(`Hi Sam,\n\n${opening}\n\nBest,\nDana`, buildRuleset([pack!]))
        .filter((f) => f.kind === 'pitch-first')
        .map((f) => f.text);
    // A claim about the product, pushed over by the word.
    expect(pitchesWith('Bulk orders of oak flooring ship from £30 a square metre.')).toEqual([
      'Bulk orders of oak flooring ship from £30 a square metre.',
    ]);
    // A story about the writer's own week: the same word, and nothing the opening does for the sender.
    expect(pitchesWith('My bulk order of seeds arrived this weekend.')).toEqual([]);
  });

  it.each([
    ['Dear Ms. Lee,\n\nWe help clinics cut no-shows in half.', 'before a word about Lee.'],
    ['Hi team,\n\nWe help clinics cut no-shows in half.', 'before a word about them.'],
    // A crowd named in capitals is nobody's name.
    ['Dear Valued Customer,\n\nWe help clinics cut no-shows in half.', 'before a word about them.'],
    ['Dear Sir or Madam,\n\nWe help clinics cut no-shows in half.', 'before a word about them.'],
    ['Hello Hiring Manager,\n\nWe help clinics cut no-shows in half.', 'before a word about them.'],
    ['Dear Dr. Patel,\n\nWe help clinics cut no-shows in half.', 'before a word about Patel.'],
    // The greeting's own words in capitals name nobody, however many: "Good Afternoon" is no "Afternoon".
    ['Good Afternoon Sam,\n\nWe help clinics cut no-shows in half.', 'before a word about Sam.'],
    ['Good Morning,\n\nWe help clinics cut no-shows in half.', 'before a word about them.'],
    ['👋 Hello Sam,\n\nWe help clinics cut no-shows in half.', 'before a word about Sam.'],
    ['hi Sam,\n\nWe help clinics cut no-shows in half.', 'before a word about Sam.'],
    // A call for attention names a crowd or a desk, and an abbreviation's capitals are nobody's initials.
    ['Attention U.S. Homeowners\n\nWe help clinics cut no-shows in half.', 'before a word about them.'],
    ['Attention: Internet Domain Registrant\n\nWe help clinics cut no-shows in half.', 'before a word about them.'],
    ['ATTN: Accounts Payable\n\nWe help clinics cut no-shows in half.', 'before a word about them.'],
    ['We help clinics cut no-shows in half.', 'before a word about them.'],
  ])('names the reader from the greeting in %j', (text, ending) => {
    const [finding] = analyze(text, builtinRuleset()).filter((f) => f.kind === 'pitch-first');
    expect(finding!.message.split('. ')[0]!.concat('.')).toMatch(new RegExp(`${ending.replace('.', '\\.')}$`));
  });

  // A template's greeting: the merge field's punctuation ("!", ":", "|") is not the greeting's end,
  // and its words ("Contact", "FNAME") are nobody's name.
  it.each([
    'Dear {!Contact.FirstName},',
    'Hi {{ contact.firstname|default("there") }},',
    'Hey {{ first_name | default: "there" }}!',
    'Hi %FIRSTNAME%,',
    'Hi *|FNAME|*,',
    'Hi <<First Name>>,',
  ])('reads the template greeting %j as a greeting that names nobody yet', (greeting) => {
    const pitch = `${greeting}\n\nOur platform is the leading solution for picking. Book a call today.\n\nBest,\nDana`;
    const [finding] = analyze(pitch, builtinRuleset()).filter((f) => f.kind === 'pitch-first');
    expect(finding!.text).toBe('Our platform is the leading solution for picking.');
    expect(finding!.message).toMatch(
      /^Your opening makes a claim about your company and is about you, before a word about them\. /,
    );
    expect(readOpening(pitch).sentences[0]).toBe('Our platform is the leading solution for picking.');
    const reply = `${greeting}\n\nThanks for the notes on the Leeds launch. How did the first week go?\n\nBest,\nDana`;
    expect(flags(reply)).toEqual([]);
  });
});

describe("the sender's side as the subject, however it is phrased", () => {
  const email = (line: string) => `Hi Sam,\n\n${line}\n\nBest,\nDana`;
  it.each([
    // Their own thing, described at any length, doing something for customers or arriving new.
    'Our new scheduling app is now live for clinics like yours.',
    'Our in-house design team delivers sites in four weeks.',
    // Customers counted as proof; a name that has just released something; the writer's story, first.
    'More than 500 companies trust Ledgerly to close their books.',
    'Quantum Freight just launched same-day delivery across Texas.',
    'Let me tell you about our 12-week Scale Up programme.',
    'We launched our new dashboard last week.',
    // A writer without articles, one who writes "from" a firm or for a client, a price as the first words.
    'We are family company doing loft conversions in Reading for 15 years.',
    'I am writing you from SoftForge, a software house in Kraków.',
    'I represent Dr Miriam Hale, a sleep scientist and author.',
    "£9.99 a month for unlimited cloud backup: that's our new Family plan.",
    // Who the writer is, by trade, before a word about the reader; the product as the reader's tool; a
    // product presented before a colon.
    "I'm a freelance copywriter specialising in B2B SaaS, and I'd love to help Trellis tell its story.",
    'We are a family-run bakery in Hove and we supply cafés across Sussex.',
    'With Draftboard Pro you can collaborate in real time and create unlimited projects.',
    'Introducing Autopilot: the AI assistant that writes your follow-up emails for you.',
  ])('flags %j', (line) => {
    expect(flags(email(line))).toEqual([line]);
  });

  it.each([
    // A notice of the sender's service, nothing new; the reader's document; a crowd that did something else.
    'Our support team is now available on weekends, so you can reach us any day.',
    'The new invoice is now available in your portal.',
    'More than 500 companies missed the filing deadline this year, so we extended yours.',
    // A department, no name; a courtesy; chasing their question, not the writer's note.
    'Marketing just released the Q3 numbers, and yours look strong.',
    'Let me know if the 12-week programme suits you.',
    'Just following up on your question about the refund: it went out today.',
    // A fix for what they reported, not the sender's new product.
    'We launched a new version of the billing page to fix the bug you reported.',
    'We are here for the whole team if anything comes up.',
    'I am writing to you about the invoice you asked for.',
    'I represent myself in the small claims court.',
    '£250 has been refunded to your card this morning.',
    'Please note our new office address from 1 May: 4 Mill Lane, Leeds.',
    // Near misses of who the writer is and of the product as a tool: late by a measure, a little lost, a
    // person who is away, a rota.
    "I'm a week late with this, sorry: the figures are attached.",
    "I'm a little confused by the invoice you sent.",
    'With Sarah away, you can use her desk on Monday.',
    'With the new rota you can swap shifts in the app.',
  ])('leaves %j alone', (line) => {
    expect(flags(email(line))).toEqual([]);
  });
});

describe("stripped newsletters, notices and the sign-off's names", () => {
  const newsletter = (body: string) =>
    [
      'Clann na Móna GAA — March Newsletter',
      'View in browser',
      '',
      'CLANN NA MÓNA GAA CLUB',
      'News | Fixtures | Lotto | Shop | Contact',
      '',
      body,
    ].join('\n');

  it('reads a newsletter from below its masthead, link row and "View in browser"', () => {
    expect(flags(newsletter('Well done to our U14 girls, who won the county final on Sunday after a replay!'))).toEqual(
      [],
    );
    expect(
      flags(newsletter('Our new club shop is open, and every jersey is 20% off this weekend only. Shop now!')),
    ).toEqual(['Our new club shop is open, and every jersey is 20% off this weekend only.']);
  });

  it("reads a change to the reader's terms as a notice, not an announcement", () => {
    const first = (opening: string) => readOpening(`Hi Liam,\n\n${opening}\n\nKestrel Mobile`).names;
    for (const notice of [
      "We're updating the Kestrel Mobile Terms of Use. The changes take effect on 14 April.",
      "We've made some changes to our terms and conditions, which apply from 1 June.",
      'Our fees are changing from 1 May, when the monthly plan goes to $12.',
      'Changes to our privacy policy: we now keep call records for 12 months.',
    ]) {
      expect(first(notice)).toContain('first:notice');
      expect(flags(`Hi Liam,\n\n${notice}`)).toEqual([]);
    }
    const launch = "We've updated our app with a brand-new dashboard that saves you hours every week. Try it today!";
    expect(first(launch)).not.toContain('first:notice');
    expect(flags(`Hi Liam,\n\n${launch}`)).toEqual([
      "We've updated our app with a brand-new dashboard that saves you hours every week.",
    ]);
  });

  it("reads where shared work stands as a colleague's update, not the sender's offer", () => {
    const first = (opening: string) => readOpening(`Sheila:\n\n${opening}\n\nSara`).names;
    expect(first("We are still working with our developer to open up access to Gary's group.")).toContain(
      'first:muses',
    );
    expect(first("I'm still waiting to hear back from legal on the lease.")).toContain('first:muses');
    expect(first('We are still offering 20% off every plan this week.')).not.toContain('first:muses');
    expect(first('We are working with 40 clinics across Leeds.')).not.toContain('first:muses');
  });

  it("counts a word of the sign-off as the sender's name only with its capital", () => {
    const signed = (opening: string) =>
      readOpening(`Dear Customer,\n\n${opening}\n\nYours faithfully,\nPennine Stone & Aggregates Ltd`).names;
    expect(signed('The aggregates you ordered left the quarry this morning.')).not.toContain('first:sender-name');
    expect(signed('Pennine Aggregates now delivers on Saturdays.')).toContain('first:sender-name');
    expect(signed('AGGREGATES DIRECT delivers on Saturdays.')).toContain('first:sender-name');
  });
});

describe('pitch-first cue lists a team extends', () => {
  // Checked like a team's file on load, so a list name the detector does not read fails here.
  const withTeam = (cues: RulePack['cues']) => {
    const { pack, errors } = validatePack({ name: 'acme', version: '1', cues }, 'acme.json');
    expect(errors).toEqual([]);
    return buildRuleset([loadBuiltinPack(), pack!]);
  };
  const pitches = (text: string, ruleset = builtinRuleset()) =>
    analyze(text, ruleset)
      .filter((f) => f.kind === 'pitch-first')
      .map((f) => f.text);
  const widgetly = withTeam({ 'pitch-first/sender-names': ['Widgetly'] });
  // A sentence whose shape says nothing of who it is about: only the team's own name tells.
  const NEWS = 'Hi Dana,\n\nThe new Widgetly sync runs every hour.\n\nBest,\nSam';

  // The code's contract is the features: a team's words and a name's structure must reach the model.
  // How much each weighs is learned from labelled mail (`npm run train`) and measured by `npm run eval`.
  const features = (text: string, ruleset = builtinRuleset()) => {
    const prepared = prepareOpening(ruleset);
    return [...openingFeatures(text, prepared).features.keys()];
  };
  /** The features of an opening sentence after a greeting to Sam. */
  const first = (text: string) => features(`Hi Sam,\n\n${text}`);
  const score = (text: string, ruleset = builtinRuleset()) => {
    const prepared = prepareOpening(ruleset);
    return probability(prepared.model, openingFeatures(text, prepared).features);
  };

  it("marks an opening that names the team's product, which the built-in lists know nothing of", () => {
    expect(features(NEWS, widgetly)).toContain('first:sender-name');
    expect(features(NEWS)).not.toContain('first:sender-name');
  });

  it('tips an announcement into a finding once the team says the name is theirs', () => {
    // Something new (weighed below a finding alone) becomes the sender's once the team names it. The brand is
    // written in lower case, as some are: then the sentence's grammar shows no name, and only the team's list
    // tells whose the new thing is.
    const text = 'Hi Dana,\n\nThe new widgetly sync runs every hour.\n\nBest,\nSam';
    expect(pitches(text)).toEqual([]);
    expect(pitches(text, widgetly)).toEqual(['The new widgetly sync runs every hour.']);
    // A capitalised name as the subject of news is read as the sender's side by the grammar alone.
    expect(pitches('Hi Dana,\n\nThe new Widgetly sync is live, with churn alerts.\n\nBest,\nSam')).toEqual([
      'The new Widgetly sync is live, with churn alerts.',
    ]);
  });

  it('finds a name that is the subject of a claim by its structure, without any list', () => {
    // "<Name> now syncs…": a capitalised subject that is no dictionary word, making a present-tense claim.
    expect(features('Hi Dana,\n\nWidgetly now syncs with every CRM.')).toContain('first:about-a-name');
    // …and, with a verb of what it does for customers, a claim: flagged on its own.
    expect(features('Hi Dana,\n\nWidgetly now syncs with every CRM.')).toContain('first:claim');
    expect(pitches('Hi Dana,\n\nNorthwind helps finance teams close the books in three days.')).toEqual([
      'Northwind helps finance teams close the books in three days.',
    ]);
    expect(features('Hi Dana,\n\nSally needs the report by Friday.')).not.toContain('first:claim');
    // A passive or a state reports on a name and claims nothing for it.
    expect(features('Hi Dana,\n\nMarston Engineering has been acquired by Keller.')).not.toContain(
      'first:about-a-name',
    );
    expect(features('Hi Dana,\n\nPepper is due her booster in May.')).not.toContain('first:about-a-name');
    // An irregular participle reports as an -ed one does; a noun after "has been" is still a claim.
    expect(features('Hi Dana,\n\nMarston Engineering has been bought by Keller.')).not.toContain('first:about-a-name');
    expect(features('Hi Dana,\n\nKeller has sold its Leeds depot.')).not.toContain('first:about-a-name');
    expect(features("Hi Dana,\n\nBrightwell has been the region's leading shelter.")).toContain('first:about-a-name');
  });

  it('reads a name ending in -ly as a name, and an adverb made from an adjective as a frame before it', () => {
    // "Trackly Pro", "Calendly Teams": a product named like an adverb is still the subject of the claim.
    for (const opening of [
      'Trackly Pro gives you unlimited dashboards.',
      'Calendly Teams helps sales teams book more demos.',
    ]) {
      expect(features(`Hi Dana,\n\n${opening}`)).toEqual(expect.arrayContaining(['first:about-a-name', 'first:claim']));
    }
    expect(pitches('Hi Dana,\n\nTrackly Pro gives you unlimited dashboards.\n\nJo')[0]).toBe(
      'Trackly Pro gives you unlimited dashboards.',
    );
    // A sentence adverb is no part of the name after it, and the message names the company alone.
    expect(features('Hi Dana,\n\nAdditionally Acme now offers free setup.')).toContain('first:about-a-name');
    const [finding] = analyze('Hi Dana,\n\nAdditionally Acme now offers free setup.\n\nJo', builtinRuleset());
    expect(finding?.message).toContain('is about Acme,');
    // Near misses: the adverb before a report on a person, with or without its comma.
    expect(features('Hi Dana,\n\nUnfortunately Dr Cole is away until Monday.')).not.toContain('first:about-a-name');
    expect(features('Hi Dana,\n\nSadly, Marston Engineering has been acquired.')).not.toContain('first:about-a-name');
  });

  it("reads the opening's grammar: who the clause is about and what its verb makes of them", () => {
    expect(features('Hi Dana,\n\nHarvest Foods delivers the freshest boxes in Leeds.')).toEqual(
      expect.arrayContaining(['first:name-claims', 'first:ranks']),
    );
    expect(features('Hi Dana,\n\nSmarter payroll for small teams.')).toEqual(
      expect.arrayContaining(['first:fragment', 'first:ranks']),
    );
    expect(features('Hi Dana,\n\nTurn your garden into a place to work.')).toContain('first:commands-reader');
    // Near misses: a report, a request for the writer, a route that is merely quickest.
    expect(features('Hi Dana,\n\nHarvest Foods has been bought by Keller.')).not.toContain('first:name-claims');
    expect(features('Hi Dana,\n\nSend me the signed contract when you can.')).not.toContain('first:commands-reader');
    expect(features('Hi Dana,\n\nThe invoice is attached.')).not.toContain('first:thing-claims');
    expect(pitches('Hi Dana,\n\nThe quickest route to the site is via the A64.\n\nBest,\nSam')).toEqual([]);
  });

  it('reads a self-introduction with a title and up to three names as one, in any capitals', () => {
    for (const opening of [
      'I am Dr James Alabi, the chairman of the contract review committee.',
      'I am MRS MARIAM OKONJO, the widow of the late minister.',
      "I'm Dr. Ana María López, and I run the clinic's new billing service.",
      'I am Mr.Vincent Nnaji, Bank Manager of Standard Trust Bank.',
    ]) {
      expect(features(`Dear Sir,\n\n${opening}`)).toContain('first:intro');
    }
    // Near misses: a name that is not the writer's, words in title case that are no name, a place.
    expect(features("Dear Sir,\n\nI am Sam's manager, and he asked me to write.")).not.toContain('first:intro');
    expect(features('Dear Sir,\n\nI am Very Happy to say the roof is fixed.')).not.toContain('first:intro');
    expect(features('Dear Sir,\n\nI am in Leeds until Friday, so the visit can wait.')).not.toContain('first:intro');
  });

  it("reads a command that offers the writer's own thing, an ask for minutes to show it, and an accolade", () => {
    expect(features('Hi Dana,\n\nDownload our free guide to hiring in 2025.')).toContain('first:commands-reader');
    expect(features('Hi Dana,\n\nTry our new autumn menu this weekend.')).toContain('first:commands-reader');
    expect(features("Hi Dana,\n\nI'd love to grab 15 minutes to introduce Zentrix.")).toContain('first:ask');
    expect(features('Hi Dana,\n\nThe Council is proud to have been shortlisted for Council of the Year.')).toContain(
      'first:news',
    );
    expect(features("Hi Dana,\n\nWe've just been named Agency of the Year.")).toContain('first:news');
    // Near misses: a colleague asked to use something of ours, minutes to work on something together, the
    // reader shortlisted.
    expect(features('Hi Dana,\n\nCheck our shared drive for the template.')).not.toContain('first:commands-reader');
    expect(features('Hi Dana,\n\nSend our invoice to accounts by Friday.')).not.toContain('first:commands-reader');
    expect(features("Hi Dana,\n\nI'll grab 20 minutes this afternoon to go through the numbers.")).not.toContain(
      'first:ask',
    );
    expect(features('Hi Dana,\n\nYou have been shortlisted for the second round.')).not.toContain('first:news');
  });

  it('matches a sender name as whole words, in any case', () => {
    expect(features('Hi Dana,\n\nThe WIDGETLY sync now covers every CRM.', widgetly)).toContain('first:sender-name');
    expect(features('Hi Dana,\n\nThe Widgetlyish sync now covers every CRM.', widgetly)).not.toContain(
      'first:sender-name',
    );
  });

  it('takes the sender names from the sign-off: its address and the words no dictionary knows', () => {
    const signed = (opening: string) =>
      analyze(`Hi Dana,\n\n${opening}\n\nBest,\nSam Ortiz\nSam Ortiz | Head of Sales\nsam@quorra.io`, builtinRuleset());
    const prepared = prepareOpening();
    const signOff = 'Sam Ortiz\nSam Ortiz | Head of Sales\nsam@quorra.io';
    const names = (opening: string) => [
      ...openingFeatures(`Hi Dana,\n\n${opening}`, prepared, signOff).features.keys(),
    ];
    expect(names('The Quorra dashboard now shows churn by region.')).toContain('first:sender-name');
    expect(names('The new dashboard now shows churn by region.')).not.toContain('first:sender-name');
    // Judged with its sign-off, the draft is still analysed whole and the sign-off is not flagged.
    expect(signed('Thanks for the call.').filter((f) => f.kind === 'pitch-first')).toEqual([]);
  });

  it('takes no name from a possessive in the sign-off: it names whose the writer is', () => {
    const prepared = prepareOpening();
    const names = (signOff: string) => [
      ...openingFeatures(
        "Hi Mrs Okafor,\n\nCould you check whether Zain's PE kit came home on Friday?",
        prepared,
        signOff,
      ).features.keys(),
    ];
    expect(names("Leila (Zain's mum, Year 3)")).not.toContain('first:sender-name');
    expect(names('Leila Zain, Year 3 parent')).toContain('first:sender-name');
    expect(
      flags(
        "Hi Mrs Okafor,\n\nSorry to bother you again. Could you check whether Zain's PE kit came home on Friday? We can't find it anywhere at home.\n\nThanks so much,\nLeila (Zain's mum, Year 3)",
      ),
    ).toEqual([]);
  });

  it('reads a percentage as a mark of a promotion only when it is a discount', () => {
    const prepared = prepareOpening();
    const promo = (text: string) => openingFeatures(text, prepared).features.get('opening:promo') ?? 0;
    // A reading and a result, as in a note between colleagues: no mark at all.
    expect(promo('Ravi,\n\nThe glycol was at 94%, below spec. We topped it up to 99% and costs fell 12%.')).toBe(0);
    // Two discounts: two of the six marks that make a stretch fully promotional.
    expect(promo('Hi Sam,\n\nGet 20% off every plan this week. Members save 15% more.')).toBeCloseTo(2 / 6);
  });

  it("does not count shouting someone else's words in quotation marks as a mark of a promotion", () => {
    const prepared = prepareOpening();
    const promo = (text: string) => openingFeatures(text, prepared).features.get('opening:promo') ?? 0;
    const quoting =
      'Can you believe this?\nI was hoping to call but the "peoplefinder" isn\'t working now.\n' +
      'I was hoping to hear "FOR THE LOVE OF GOD!!!"\none more time.\nMiller';
    expect(promo(quoting)).toBe(0);
    expect(flags(quoting)).toEqual([]);
    // The same shouting outside quotation marks is the sender's own: a phrase in capitals and a run of "!".
    expect(promo('Hi Sam,\n\nFOR ONE WEEK ONLY!!! Every plan is yours to try.')).toBeCloseTo(2 / 6);
    // Curly quotation marks are quotation marks too; an unclosed one quotes nothing.
    expect(promo('Hi Sam,\n\nHe wrote “LAST CALL!!” on the board.')).toBe(0);
    expect(promo('Hi Sam,\n\n"LAST CALL!! Doors close at midnight.')).toBeCloseTo(2 / 6);
  });

  it('reads a hard opening ("I\'m afraid", difficult times) as bad news, which is no pitch', () => {
    const badNews = (text: string) => features(`Hi Brad,\n\n${text}`).includes('first:bad-news');
    expect(badNews("I'm afraid the internship programme is on hold this summer.")).toBe(true);
    expect(badNews("I really don't know where to begin other than just to say it.")).toBe(true);
    expect(badNews('The firm is going through difficult times now.')).toBe(true);
    // Near misses: a fear of missing out and a beginning offered are not bad news.
    expect(badNews('Afraid of missing out? Our summer sale starts today.')).toBe(false);
    expect(badNews("Not sure where to begin? We've made a starter kit for new teams.")).toBe(false);
    const letter =
      "Brad,\n\nI really don't know where to begin other than just to say it.\n" +
      'Enron is having some extremely difficult times now.\nI have been trying to focus on helping Enron stay ' +
      'together.\nThis is not a good time for you or anyone else to try and seek employment here.';
    expect(flags(letter)).toEqual([]);
  });

  it('counts prices as one mark of a promotion, however many a note lists', () => {
    const prepared = prepareOpening();
    const promo = (text: string) => openingFeatures(text, prepared).features.get('opening:promo') ?? 0;
    // A settlement between a lawyer and a client: four amounts, one mark, not a promotion.
    const settlement =
      'Dear Ms Hale,\n\nThe other side has offered £18,000 in full and final settlement. You would likely ' +
      'recover between £15,000 and £25,000 at trial, but trial costs would be around £12,000.';
    expect(promo(settlement)).toBeCloseTo(1 / 6);
    expect(analyze(settlement, builtinRuleset()).filter((f) => f.kind === 'pitch-first')).toEqual([]);
    // A price beside a link still makes two.
    expect(promo('Hi Sam,\n\nAnnual plans are $99. See https://example.com/pricing for more.')).toBeCloseTo(2 / 6);
  });

  it('reads a name the writer glosses as their own product ("Relay, our contract tool") as the sender\'s', () => {
    const first = (text: string) => features(`Hi Kim,\n\n${text}`);
    expect(first('I wrote to Jon last week about Relay, our contract management tool, but heard nothing.')).toContain(
      'first:sender-name',
    );
    expect(first("Saw your post and thought you'd be a great fit for Huddle, our async video app.")).toContain(
      'first:sender-name',
    );
    // A person or a place glossed as ours is no product.
    expect(first("I've passed your note to Priya, our billing lead, who will call you today.")).not.toContain(
      'first:sender-name',
    );
    expect(first('Your data now lives in Frankfurt, our EU region, as you asked.')).not.toContain('first:sender-name');
  });

  it('reads counting one\'s own unanswered notes as a chase, and a bare "following up" as no turn to them', () => {
    const first = (text: string) => features(`Hi Amir,\n\n${text}`);
    const chase = first("I've reached out a few times about our expense tool and haven't heard back.");
    expect(chase).toContain('first:chases');
    expect(first('Following up in case this got buried.')).toEqual(expect.arrayContaining(['first:chases']));
    expect(first('Following up in case this got buried.')).not.toContain('first:connects');
    // Following up on something of theirs still picks up their words.
    expect(first('Following up on your question about the invoice.')).toContain('first:connects');
    expect(first('Following up on your question about the invoice.')).not.toContain('first:chases');
    // The writer's calls about the reader's own matter are no chase.
    expect(first("I've called the courier twice about your parcel and they promise it for Friday.")).not.toContain(
      'first:chases',
    );
  });

  it('reads past a notice about the mailing to what the mail opens with', () => {
    const spam =
      'ATTENTION: This is NOT spam! You are receiving this message because you requested information about ' +
      "home business opportunities.\n\nDear Friend,\n\nI'm going to show you how to earn $5,000 a WEEK from home.";
    expect(readOpening(spam).sentences).toEqual(["I'm going to show you how to earn $5,000 a WEEK from home."]);
    expect(flags(spam)).toEqual(["I'm going to show you how to earn $5,000 a WEEK from home."]);
    // Under the same notice, a notice about their account is still no pitch.
    const notice =
      "Hi Sam,\n\nYou're receiving this email because you have an account with Ledgerly. We're updating our " +
      'privacy policy on 1 May, and nothing changes in how your data is used.';
    expect(readOpening(notice).sentences[0]).toBe(
      "We're updating our privacy policy on 1 May, and nothing changes in how your data is used.",
    );
    expect(flags(notice)).toEqual([]);
    // Their own request, told as such, is no notice about a mailing.
    expect(readOpening('Hi Sam,\n\nYou asked us to send the spring price list, so here it is.').sentences).toEqual([
      'You asked us to send the spring price list, so here it is.',
    ]);
  });

  it("reads past how to leave the list, told at the top, and keeps the reader's own trouble with it", () => {
    const sentences = (text: string) => readOpening(`Hello,\n\n${text}`).sentences;
    expect(
      sentences(
        'For information on how to unsubscribe please read the bottom of this email. ' +
          'Our toner cartridges cost 40% less than retail.',
      ),
    ).toEqual(['Our toner cartridges cost 40% less than retail.']);
    expect(
      sentences(
        'If this promotion has reached you in error and you would prefer not to receive our mail, please reply ' +
          'with REMOVE. Gain access to a network of qualified lenders today!',
      ),
    ).toEqual(['Gain access to a network of qualified lenders today!']);
    expect(
      sentences('If you no longer wish to receive these emails, click here. We cut your energy bill in half.'),
    ).toEqual(['We cut your energy bill in half.']);
    // Their trouble with leaving, with nothing for them to do about the list, is the opening.
    expect(sentences("Sorry the unsubscribe link didn't work for you. I've taken you off the list myself.")[0]).toBe(
      "Sorry the unsubscribe link didn't work for you.",
    );
    expect(sentences('You asked whether you can opt out of the weekly digest. Yes, from your settings page.')[0]).toBe(
      'You asked whether you can opt out of the weekly digest.',
    );
  });

  it('reads thanks for reading this very mail as a pleasantry, and thanks for something of theirs as a turn', () => {
    const sentences = (text: string) => readOpening(`Hello,\n\n${text}`).sentences;
    expect(sentences('Thank you for taking the time to view my e-mail. We buy surplus stock for cash.')).toEqual([
      'We buy surplus stock for cash.',
    ]);
    expect(sentences('Thanks in advance for reading this email. Our agency builds Shopify stores.')).toEqual([
      'Our agency builds Shopify stores.',
    ]);
    // Thanks for their reply, their order, their time on a call: something of theirs, and the opening.
    expect(sentences('Thank you for reading my proposal so closely. Your notes on phase two were fair.')[0]).toBe(
      'Thank you for reading my proposal so closely.',
    );
    expect(sentences('Thanks for taking the time to talk on Friday. Here are the notes.')[0]).toBe(
      'Thanks for taking the time to talk on Friday.',
    );
  });

  it('reads thanks for something of theirs wherever it stands in the first sentence', () => {
    expect(
      first('I am writing on behalf of Ken Whitfield, who has asked me to thank you for hosting him last week.'),
    ).toContain('first:connects');
    expect(first('I wanted to congratulate you on the award.')).toContain('first:connects');
    expect(first('I am writing on behalf of Ken Whitfield, who runs our Leeds office.')).not.toContain(
      'first:connects',
    );
  });

  it("reads a milestone of the reader's, counted, as their news; not a prize, a choice or a slip", () => {
    expect(first('Your shop just passed 1,000 followers on Crafthub!')).toContain('first:connects');
    expect(first('You made your first sale!')).toContain('first:connects');
    expect(first('You just sent your 1,000th invoice with Billfold.')).toContain('first:connects');
    expect(first('You reached $10,000 in annual revenue this week.')).toContain('first:connects');
    expect(first('You have reached the final stage of our $1,000,000 draw!')).not.toContain('first:connects');
    expect(first('You made a great choice with our new plan.')).not.toContain('first:connects');
    expect(first('Your team hit a snag with the upload.')).not.toContain('first:connects');
    expect(
      flags(
        'Hi Sam,\n\nYou made your first sale! Someone in Melbourne just bought your mug for $38.\n\nThe Shopfront team',
      ),
    ).toEqual([]);
  });

  it("reads the writer's report of an act on the reader's things as such; not a claim, a hook or a launch", () => {
    expect(first('We’ve promoted you up another trust level!')).toContain('first:reports-act');
    expect(first('I sent you the signed lease yesterday.')).toContain('first:reports-act');
    expect(first('We have moved your booking to Thursday.')).toContain('first:reports-act');
    expect(first('We help you grow your pipeline.')).not.toContain('first:reports-act');
    expect(first('We have you down for Tuesday.')).not.toContain('first:reports-act');
    expect(first('We’ve noticed your website is not ranking on Google.')).not.toContain('first:reports-act');
    expect(first('We’ve missed you at the studio!')).not.toContain('first:reports-act');
    // "Added" announces a launch only when something of the sender's follows, never the reader.
    expect(first('We’ve added you to the Design team workspace!')).not.toContain('first:claim');
    expect(first('We’ve just added dark mode to the app!')).toContain('first:claim');
  });

  it("reads a firm's new partnership as its news, and the writer's as a claim; not a colleague's work", () => {
    expect(first('Orbitly has partnered with Finch CRM to deliver support in one place.')).toContain('first:news');
    expect(first('MarketingonTarget.com has teamed up with FoundMoney to help you.')).toContain('first:news');
    expect(first('We’ve teamed up with Dice.com to bring you a career service.')).toContain('first:claim');
    expect(first('We’ve joined forces with Tallyho Media!')).toContain('first:claim');
    expect(first('Sam has teamed up with Dana on the Q3 report.')).not.toContain('first:news');
    expect(first('Thanks for partnering with us on the pilot.')).not.toContain('first:news');
  });

  it('recognises a job advert, and not a search for a meeting time', () => {
    expect(features("Hi Sam,\n\nWe're looking for an experienced IT support person.")).toContain('first:news');
    expect(features("Hi Sam,\n\nWe're looking for a time to meet next week.")).not.toContain('first:news');
  });

  it('recognises the shapes of an advert, which the labelled mail weighs', () => {
    expect(features('Hi Sam,\n\nAre you tired of chasing late invoices?')).toContain('first:advert');
    expect(features('Hi Sam,\n\nSave up to 70% on your energy bill this winter.')).toContain('first:advert');
    expect(features('Hi Sam,\n\nAre you free on Tuesday for the site visit?')).not.toContain('first:advert');
  });

  it('reads a product tip asked as a question, and fresh news that needs no "new"', () => {
    expect(features('Hi Sam,\n\nDid you know Notebox can turn any email into a task?')).toContain('first:advert');
    expect(features('Hi Sam,\n\nDid you know you can save any text as a snippet?')).toContain('first:advert');
    expect(features('Hi Sam,\n\nDid you know the office is closed on Friday?')).not.toContain('first:advert');
    expect(features('Hi Sam,\n\nWe just shipped edge functions on Driftbase.')).toContain('first:news');
    expect(features('Hi Sam,\n\nWe just added your account to the portal.')).not.toContain('first:news');
  });

  it("recognises a notice's frame, which the labelled mail weighs against what follows", () => {
    for (const opening of [
      "We're writing to let you know that from 1 July the price of your plan will change.",
      'Just a reminder that your free trial ends in 7 days.',
      'Starting 1 October, Streamio Premium will cost £12.99 a month.',
      'Please note the car park is closed on Friday.',
    ]) {
      expect(features(`Hi Sam,\n\n${opening}`)).toContain('first:notice');
    }
    expect(features("Hi Sam,\n\nWe're excited to let you know about our spring sale.")).not.toContain('first:notice');
  });

  it('reads the title of a notice or of a record as a notice, not a headline that sells', () => {
    for (const title of [
      'Safety recall: Brewhaus 1.7 litre glass kettle, model BH-1702',
      'Power cut update — Storm Isha, Glen Affric area',
      'Chat transcript — Ledgerly — 27 Feb 2025, 16:48',
      'Planned maintenance: Saturday 5 April, 11pm to 5am',
    ]) {
      expect(features(`Hi Sam,\n\n${title}\n\nThe details are below.`)).toContain('first:notice');
    }
    for (const headline of [
      'Introducing Receipts: snap, scan, done.',
      'The update everyone asked for is here.',
      'Big news: our spring sale starts today.',
    ]) {
      expect(features(`Hi Sam,\n\n${headline}\n\nThe details are below.`)).not.toContain('first:notice');
    }
  });

  it('reads "pleased to announce" as news of the sender, but not a writer glad to share or introduce', () => {
    for (const opening of [
      'We are pleased to announce that Holbrook Borough Council has been named Council of the Year.',
      "We're happy to announce our new evening courses.",
      'Hotel Bellavista is glad to present its new wellness package.',
    ]) {
      expect(features(`Dear Resident,\n\n${opening}`)).toContain('first:news');
    }
    for (const opening of [
      "I'm happy to share the checklist we use, if it helps.",
      "I'm glad to introduce you to Sam, who runs our Leeds office.",
      'We are pleased to confirm your booking for Friday.',
    ]) {
      expect(features(`Dear Mr Lee,\n\n${opening}`)).not.toContain('first:news');
    }
  });

  it('lets a sentence about the reader win even when it names the product', () => {
    expect(
      pitches('Hi Dana,\n\nThanks for trying Widgetly last week. Widgetly now syncs with every CRM.', widgetly),
    ).toEqual([]);
  });

  it("takes a team's extra entry in a built-in list, and the model weighs it", () => {
    const offers = withTeam({ 'pitch-first/offer-words': ['loyalty bonus'] });
    const text = 'Hi Dana,\n\nEvery annual plan now includes a loyalty bonus.';
    expect(features(text)).not.toContain('first:offer');
    expect(features(text, offers)).toContain('first:offer');
    // Whether it tips this sentence over depends on the weights of the day; that it pushes towards a pitch
    // does not.
    expect(score(text, offers)).toBeGreaterThan(score(text) + 0.05);
  });

  // A chase of the writer's own note, however it is put, and their time asked for in a word.
  it.each([
    ["I'm circling back one last time on the cleaning quote I sent over in February.", 'first:chases'],
    ["Haven't heard back on the Voxly demo, so I'll assume it's not a priority right now.", 'first:chases'],
    ['got a min for a chat re a PM role at a Dublin startup?', 'first:ask'],
    ['This is a gentle reminder regarding my previous email about our SEO services.', 'first:chases'],
    // A press release's name, day and release.
    ['Telvora today unveiled the X9, an edge router for retail chains.', 'first:news'],
    // A discount put as a fraction.
    ['All annual memberships are half price until Friday.', 'first:offer'],
  ])('reads %j as %s', (opening, feature) => {
    expect(features(`Hi Jo,\n\n${opening}`)).toContain(feature);
  });

  // Following up on something shared with the reader chases nothing of the writer's; a reminder of the
  // writer's own email is no notice about the reader's account.
  it.each([
    ['Following up on our call.', 'first:chases'],
    ["Circling back on last week's discussion.", 'first:chases'],
    ["Following up on Tuesday's meeting: here are the numbers.", 'first:chases'],
    ['This is a gentle reminder regarding my previous email about our SEO services.', 'first:notice'],
    // A department or a body that released something for the reader to see is no name announcing itself.
    ['Marketing today released the Q3 figures to the board.', 'first:news'],
    ['The council today published the consultation results.', 'first:news'],
    // The reader's own news under an announcing label: a notice of their account.
    ['Great news: your shop has passed review and is live.', 'first:news'],
    ['Half the price of the repair is covered by your warranty.', 'first:offer'],
  ])('does not read %j as %s', (opening, feature) => {
    expect(features(`Hi Jo,\n\n${opening}`)).not.toContain(feature);
  });
});

describe('rewrites from the draft itself', () => {
  const finding = (text: string) => analyze(text, builtinRuleset()).find((f) => f.kind === 'pitch-first');

  it('puts the line about the reader first when it follows the pitch', () => {
    const f = finding(
      "Hi Sam,\n\nI'm Dana from Acme, and we help clinics cut no-shows. I loved your talk on patient churn.\n\nBest,\nDana",
    );
    expect(f!.text).toBe("I'm Dana from Acme, and we help clinics cut no-shows. I loved your talk on patient churn.");
    expect(f!.suggestions[0]).toEqual({
      label: 'Lead with the line about them',
      replacement: "I loved your talk on patient churn. I'm Dana from Acme, and we help clinics cut no-shows.",
    });
    // The templates keep both sentences, so nothing the writer wrote is lost.
    for (const s of f!.suggestions.slice(1)) expect(s.replacement.endsWith(` ${f!.text}`)).toBe(true);
  });

  it('does not reach into the next paragraph, nor take a sentence that pitches too', () => {
    const apart = finding(
      "Hi Sam,\n\nI'm Dana from Acme, and we help clinics cut no-shows.\n\nI loved your talk on patient churn.",
    );
    expect(apart!.text).toBe("I'm Dana from Acme, and we help clinics cut no-shows.");
    expect(apart!.suggestions[0]!.label).toBe('Open with their last message');
    const pitching = finding(
      "Hi Sam,\n\nI'm Dana from Acme, and we help clinics cut no-shows. Thanks for your time on a quick call next week?",
    );
    expect(pitching!.suggestions[0]!.label).not.toBe('Lead with the line about them');
  });

  it('moves only a line that connects, not one that sells to "you"', () => {
    const lead = (second: string) =>
      finding(`Hi Sam,\n\nBig news: FitHub is launching our all-new Hybrid Membership. ${second}\n\nBest,\nDana`)
        ?.suggestions[0];
    // Their question, answered: that is the line to open with.
    expect(lead('To answer your question, yes, the pool stays open until ten.')).toEqual({
      label: 'Lead with the line about them',
      replacement:
        'To answer your question, yes, the pool stays open until ten. ' +
        'Big news: FitHub is launching our all-new Hybrid Membership.',
    });
    // What the product gives "you" is more of the pitch, not a turn to the reader.
    expect(lead('You get unlimited access to every club plus our app, so you can train anytime.')?.label).toBe(
      'Open with their last message',
    );
  });
});

describe('a bare introduction before a turn to the reader', () => {
  // Who the writer is, and no more, is part of the greeting: the opening is the thanks or the news after it.
  it.each([
    "Hi Tom,\n\nI'm Priya, co-founder of Ledgerly. Thanks for upgrading to the team plan last week.\n\nPriya",
    "Hey Sam,\n\nThis is Omar from Fieldnote. Congratulations on your shop's first year!\n\nOmar",
    'Hi Tom,\n\nMy name is Priya and I run Ledgerly. I read your post about closing the books in a day.\n\nPriya',
  ])('opens with the turn: %j', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it.each([
    [
      "Hi Tom,\n\nI'm Priya, co-founder of Ledgerly, the leading payroll platform for restaurants. Thanks for upgrading!",
      "I'm Priya, co-founder of Ledgerly, the leading payroll platform for restaurants. Thanks for upgrading!",
    ],
    [
      "Hi Tom,\n\nI'm Priya, co-founder of Ledgerly. We help restaurants run payroll in minutes.",
      "I'm Priya, co-founder of Ledgerly. We help restaurants run payroll in minutes.",
    ],
    [
      "Hi Tom,\n\nI'm Priya from Ledgerly. Would you have 15 minutes for a call next week?",
      "I'm Priya from Ledgerly. Would you have 15 minutes for a call next week?",
    ],
  ])('still flags an introduction that claims, or is followed by a pitch or an ask: %j', (text, pitch) => {
    expect(flags(text)).toEqual([pitch]);
  });
});

describe('code pasted into the mail is no promotion', () => {
  const promo = (text: string) => {
    const { head, signOff } = emailOpening(text);
    return openingFeatures(head, prepareOpening(), signOff).features.get('opening:promo');
  };
  const question =
    "Hi all,\n\nI can't get this function to run. I think I'm missing something basic.\n\n" +
    'DROP TABLE orders;\nCREATE TABLE orders\n(\n  id numeric(7,0) NOT NULL,\n  PRIMARY KEY (id)\n) WITHOUT OIDS;\n' +
    "SELECT COUNT(*) FROM orders WHERE status = 'OPEN';\n\nThanks,\nLuis";

  it("does not count a query's or a log's capitals as shouting", () => {
    expect(promo(question)).toBeUndefined();
    expect(flags(question)).toEqual([]);
    const log =
      'Hi Dana,\n\nThe export failed again last night. Here is the log:\n\n' +
      'ERROR 2024-05-02 03:14:07 ExportJob.run(ExportJob.java:88)\nFATAL CONNECTION REFUSED -> retrying\n' +
      'WARN queue.size() == 0\n\nCan you take a look?\n\nSam';
    expect(promo(log)).toBeUndefined();
  });

  it("still counts an advert's shouting and its arrows to a link", () => {
    const advert =
      "Hi all,\n\nI can't get this to run.\n\nSTART MAKING MONEY FROM HOME NOW!!\n" +
      '---->>>>>http://example.com/bizop/<<<-----\n\nLuis';
    expect(promo(advert)).toBe(0.5);
  });
});

describe("a turn to the reader that wraps the writer's claim", () => {
  const email = (line: string) => `Hi Greg,\n\n${line}\n\nBest,\nOmar`;

  it('finds the claim told inside what the reader would like to see', () => {
    const line =
      "I noticed Fernbrook Logistics is growing fast, so I thought you'd want to see how our route software " +
      'saves fleets 12% on fuel.';
    expect(flags(email(line))).toEqual([line]);
  });

  it.each([
    // What the writer's side did, or how something of theirs works, is no claim.
    'Thanks for your question about exports, and I can show you how our export screen works.',
    'Thanks for asking about the invoice: I checked, and it turns out that our system sent it twice.',
    "Great to hear the launch went well, and I'm pleased that our team could support it.",
  ])('leaves "%s" alone', (line) => {
    expect(flags(email(line))).toEqual([]);
  });
});

describe('a promotion\'s "you" is everyone on its list', () => {
  const advert =
    'Dear Reader,\n\nYour home office deserves a chair that looks after your back.\n\n' +
    'The ErgoFlex 2 is now only $199, down from $349. Order by Friday at www.ergoflex.example!\n\nErgoFlex';

  it('is no turn to the reader in a promotion, so the advert opens with its pitch', () => {
    const { names } = readOpening(advert);
    expect(names).toContain('opening:promo');
    expect(names).not.toContain('first:about-them');
    expect(names).not.toContain('first:second-person');
    expect(flags(advert)).toEqual(['The ErgoFlex 2 is now only $199, down from $349.']);
  });

  it('is the reader in a letter without the marks of a promotion', () => {
    const letter =
      'Dear Ms. Lee,\n\nYour home office deserves a chair that looks after your back.\n\n' +
      'I measured the desk on Tuesday, and the ErgoFlex 2 fits it with the short arms.\n\nMia';
    const { names } = readOpening(letter);
    expect(names).not.toContain('opening:promo');
    expect(names).toContain('first:about-them');
    expect(flags(letter)).toEqual([]);
  });

  it('is the reader when a promotional mail first turns to what they did', () => {
    const order =
      'Hi Sam,\n\nThanks for your order of the oak side table! You can track it at https://shop.example/track ' +
      'and it ships from our WAREHOUSE on Monday.\n\nUse code THANKS10 for 10% off your next order!\n\nBest,\nMia';
    const { names } = readOpening(order);
    expect(names).toContain('opening:promo');
    expect(names).toEqual(expect.arrayContaining(['first:connects', 'first:second-person']));
    expect(flags(order)).toEqual([]);
  });

  it('is the reader in a notice about their own account, even with a link and a price', () => {
    const refund =
      'Hi Sam,\n\nYour refund of $49.00 has been processed and should reach your card in 3-5 days. ' +
      'You can see it at https://billing.example/refunds!\n\nBest,\nMia';
    expect(flags(refund)).toEqual([]);
  });
});

describe('a promotion that opens on its offer', () => {
  it.each([
    [
      'an offer with a price and a link',
      'Hi there,\n\nHand-built oak desks, delivered and assembled, for $499 complete!\n\n' +
        'Every desk is made to order. See the range at www.oakdesk.example!\n\nOakdesk',
    ],
    [
      'a headline and a claim in capitals',
      'BRIGHTER SMILES IN ONE VISIT\n\nOur whitening kit works in twenty minutes!!\n\nShop now at https://smile.example',
    ],
  ])('counts the promotion again when nothing in the opening answers the reader: %s', (_, text) => {
    const { names } = readOpening(text);
    expect(names).toEqual(expect.arrayContaining(['opening:promo', 'opening:promo-alone']));
  });

  it.each([
    [
      'thanks for their order',
      'Hi Sam,\n\nThanks for your order of the oak side table! You can track it at https://shop.example/track ' +
        'and it ships from our WAREHOUSE on Monday.\n\nUse code THANKS10 for 10% off your next order!\n\nBest,\nMia',
    ],
    [
      'an apology for a fault',
      'Hi Sam,\n\nSorry, our checkout was down this morning and your order did not go through. ' +
        'It is fixed now: https://shop.example/cart still holds your basket!\n\nUse code SORRY10 for 10% off!!\n\nMia',
    ],
    [
      'a change to their account',
      'Hello,\n\nWe are updating our terms of service on 1 June. The new terms are at https://shop.example/terms!\n\n' +
        'Prices from $9 a month stay the same!!\n\nThe Shop team',
    ],
  ])('does not when the opening answers the reader: %s', (_, text) => {
    const { names } = readOpening(text);
    expect(names).toContain('opening:promo');
    expect(names).not.toContain('opening:promo-alone');
  });
});

describe('the sender named outside the draft', () => {
  it("takes the site's signature block as the sign-off that names the sender", () => {
    // In lower case, so that only the signature says the name is the sender's (see above).
    const text = 'Hi Dana,\n\nThe new quorra sync runs every hour.';
    const pitches = (signature?: string) =>
      analyze(text, builtinRuleset(), { signature })
        .filter((f) => f.kind === 'pitch-first')
        .map((f) => f.text);
    expect(pitches('Sam Ortiz\nHead of Sales\nsam@quorra.io')).toEqual(['The new quorra sync runs every hour.']);
    expect(pitches()).toEqual([]);
    // An address at a mail service names no company.
    expect(pitches('Sam Ortiz\nsam.quorra@gmail.com')).toEqual([]);
  });
});

describe('reading the grammar only when the verdict hangs on it', () => {
  it('reaches the same verdict as reading it always, on 290 labelled emails', () => {
    const ruleset = builtinRuleset();
    const prepared = prepareOpening(ruleset);
    const emails = ['train-n', 'train-o'].flatMap((set) =>
      readFileSync(new URL(`../eval/train/${set}.jsonl`, import.meta.url), 'utf8')
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
    const disagree = emails.filter((text) => {
      const { head, signOff } = emailOpening(text);
      const always = probability(prepared.model, openingFeatures(head, prepared, signOff).features);
      const found = analyze(text, ruleset).some((f) => f.kind === 'pitch-first');
      return found !== always >= prepared.model.threshold;
    });
    expect(emails.length).toBe(290);
    expect(disagree).toEqual([]);
  });
});
