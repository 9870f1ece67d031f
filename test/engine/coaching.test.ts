import { describe, expect, it } from 'vitest';
import { analyzeEmailMessage, analyzeMessage, type ConnectionSummary, type Finding } from '../../src/engine';
import { fleschKincaidGrade, syllablesOf } from '../../src/engine/coaching/readability';
import { buildRuleset, builtinRuleset, loadBuiltinPack, validatePack } from '../../src/rules';

const ruleset = builtinRuleset();
const summaryOf = (draft: string, reply = false) =>
  analyzeMessage(draft, ruleset, { reply }).summaries.coaching as ConnectionSummary;
const coaching = (findings: Finding[]) =>
  findings
    .filter((f) => ['self-focus', 'no-question', 'too-long', 'second-ask', 'long-sentence'].includes(f.kind))
    .map((f) => [f.kind, f.text]);

describe('syllables and reading grade', () => {
  it.each([
    ['the', 1],
    ['cat', 1],
    ['every', 2],
    ['business', 2],
    ['simple', 2],
    ['created', 3],
    ['queue', 1],
    ['customer', 3],
    ['beautiful', 3],
    ['organization', 5],
    ['communication', 5],
    ['readability', 5],
    ['tuesday', 2],
    ['emails', 2],
    // Said, so counted: a number or an initialism is never silent.
    ['23', 1],
    ['sla', 1],
  ])('%s has %i', (word, count) => {
    expect(syllablesOf(word)).toBe(count);
  });

  it('is the Flesch–Kincaid formula, rounded to a tenth, never below zero', () => {
    // 0.39 × 20/2 + 11.8 × 30/20 − 15.59 = 3.9 + 17.7 − 15.59 = 6.01
    expect(fleschKincaidGrade(20, 2, 30)).toBe(6);
    // 0.39 × 46 + 11.8 × 1.5 − 15.59 = 17.94 + 17.7 − 15.59 = 20.05
    expect(fleschKincaidGrade(46, 1, 69)).toBe(20.1);
    expect(fleschKincaidGrade(3, 1, 3)).toBe(0);
    expect(fleschKincaidGrade(0, 0, 0)).toBe(0);
  });
});

const PITCH = `Hi Priya,

We launched our new dashboard last week. Our team spent a year on it. We think it is the best on the market.

Could you send me the invoice? Also, can we book a call on Tuesday?

Best,
Dana`;

/** A cold introduction: three sentences about the agency, then nothing asked of the reader. */
const INTRO = `Hi Marta,

We are a small design agency in Leeds. We have built booking sites for forty dental clinics, and our sites load in under a second. We also look after hosting and updates for one flat monthly fee.

I look forward to hearing from you.

Best,
Tom`;

describe('the connection summary', () => {
  it('counts the writer’s words, sentences, questions, asks and whom each sentence is about', () => {
    expect(summaryOf(PITCH)).toEqual({
      reply: false,
      // Greeting and closing count as words, not as sentences; the name under "Best," is the sign-off.
      words: 40,
      sentences: 5,
      questions: 2,
      // Five sentences: three about "we", one about "you" (could you…), one about "we" (can we…).
      readerFocus: 0.2,
      grade: 1.1,
      asks: 2,
      longestSentence: { start: PITCH.indexOf('We think'), end: PITCH.indexOf('market.') + 7, words: 9 },
      targets: ruleset.coaching!.first,
    });
  });

  it('counts words as a reader does: runs between any spaces with a letter or digit in them', () => {
    // "A/C" and "£1,200" are one word each, the dashes none; a no-break space, a tab and an em space part words.
    expect(summaryOf('The A/C unit — fixed\u00a0today — costs £1,200 (incl. VAT).').words).toBe(9);
    expect(summaryOf('Call 555-0100\tor\u2003write: café ✓ 🙂 naïve 😀x.').words).toBe(7);
    expect(summaryOf('Straße\u3000über 𝒳 – — .').words).toBe(3);
  });

  it('has no focus when no sentence is about either side, and no grade for nothing', () => {
    expect(summaryOf('The pilot ended on Friday.')).toMatchObject({ words: 5, sentences: 1, readerFocus: null });
    expect(summaryOf('')).toMatchObject({ words: 0, sentences: 0, questions: 0, grade: 0, longestSentence: null });
  });

  it('leaves quoted history and the signature out, and judges a reply by the reply targets', () => {
    const reply = `Hi Sam,

Thanks for the logs. We found the cause and shipped a fix this morning.

Best,
Dana

On Tue, 4 Mar 2025 at 09:12, Sam Lee <sam@example.com> wrote:
> Could you look at these logs? We think the export is broken again.
> Any idea when it will be fixed?`;
    const { summaries, findings } = analyzeEmailMessage(reply, ruleset);
    // "Hi Sam," 2, "Thanks for the logs." 4, the fix 10, "Best," 1.
    expect(summaries.coaching).toMatchObject({ reply: true, words: 17, sentences: 2, questions: 0, asks: 0 });
    expect((summaries.coaching as ConnectionSummary).targets).toEqual(ruleset.coaching!.reply);
    // A reply need not ask anything back.
    expect(coaching(findings)).toEqual([]);
  });

  it('judges a bare answer ("Thanks for the screenshots") as a reply too', () => {
    const bare =
      'Hi Jonas,\n\nThanks for sending the screenshots. We fixed the date filter this morning, so the totals now match your spreadsheet and the March report is correct again.\n\nKind regards,\nAna';
    expect(summaryOf(bare).reply).toBe(true);
  });

  it('is not worked out for a pasted document past the size of a message', () => {
    const huge = 'We shipped it. '.repeat(4000);
    expect(analyzeMessage(huge, ruleset).summaries).toEqual({});
  });
});

describe('coaching findings', () => {
  it('flags three sentences about the writer in a row, and the second ask', () => {
    const { findings } = analyzeMessage(PITCH, ruleset);
    expect(coaching(findings)).toEqual([
      [
        'self-focus',
        'We launched our new dashboard last week. Our team spent a year on it. We think it is the best on the market.',
      ],
      ['second-ask', 'Also, can we book a call on Tuesday?'],
    ]);
    const wall = findings.find((f) => f.kind === 'self-focus')!;
    expect(wall.message).toMatch(/^3 sentences in a row about you\. /);
    expect(wall.suggestions).toEqual([
      { label: 'Add a question about them', replacement: `${wall.text} [a question about their side]?` },
    ]);
  });

  it('does not flag two sentences about the writer, or a run a sentence about the reader breaks', () => {
    const near = `Hi Priya,

We launched our new dashboard last week. Our team spent a year on it. You said your analysts lose Mondays to exports. We built the export for exactly that. I think it will save them the day.

Would a short look next week help?`;
    expect(coaching(analyzeMessage(near, ruleset).findings)).toEqual([]);
  });

  it('notes a first email that reaches out, talks about the sender and asks nothing, on its last sentence', () => {
    const { findings } = analyzeMessage(INTRO, ruleset);
    expect(coaching(findings)).toEqual([
      ['self-focus', INTRO.slice(INTRO.indexOf('We are'), INTRO.indexOf('fee.') + 4)],
      // The last sentence, not the name under "Best,".
      ['no-question', 'I look forward to hearing from you.'],
    ]);
  });

  it.each([
    ['a reply', INTRO, true],
    ['a notice to a group', INTRO.replace('Hi Marta,', 'Hi all,'), false],
    [
      'a draft with a request',
      INTRO.replace('I look forward', 'Please send me your current site. I look forward'),
      false,
    ],
    [
      'a draft about the reader as much as the sender',
      INTRO.replace(
        'We also look after hosting and updates for one flat monthly fee.',
        'Your patients could book from a phone.',
      ),
      false,
    ],
    ['a short note', 'Hi Marco,\n\nAttached, as promised.\n\nLena', false],
    // A stretch about the writer, but it reaches out to no one: a hand-over to a colleague.
    [
      'a status note',
      'Hi Ken,\n\nI reviewed the gathering agreement yesterday. I changed the notice clause. I also fixed the dates in Exhibit B, and I did not touch Exhibit A.\n\nThanks,\nGerald',
      false,
    ],
    // It informs: it opens with their matter and pitches nothing, and no stretch talks only about the sender.
    [
      'a notice that pitches nothing',
      "Hello Marco,\n\nYesterday's outage stopped your team from sending invoices for most of the afternoon. We apologise for it. Service was fully restored at 17:40, and this week we are adding a second database replica.\n\nRegards,\nLena",
      false,
    ],
  ])('gives no question hint to %s', (_, draft, reply) => {
    const kinds = analyzeMessage(draft, ruleset, { reply }).findings.map((f) => f.kind);
    expect(kinds).not.toContain('no-question');
  });

  it('gives a long message its count where it passes the target, and splits a long sentence at a conjunction', () => {
    const sentence = 'The new export runs every night and writes one file per region to the shared folder you chose.';
    const draft = (n: number) =>
      `Hi Priya,\n\n${Array.from({ length: n }, () => sentence).join(' ')} Does that suit your team?`;
    const long = draft(8);
    const { findings, summaries } = analyzeMessage(long, ruleset);
    expect((summaries.coaching as ConnectionSummary).words).toBe(2 + 8 * 18 + 5);
    const tooLong = findings.filter((f) => f.kind === 'too-long');
    // 2 + 18 × 7 = 128 words by the end of the seventh sentence: it passes 125 there.
    const seventh = long.indexOf(sentence, long.indexOf(sentence) + 6 * sentence.length);
    expect(tooLong.map((f) => [f.start, f.message.split(';')[0]])).toEqual([[seventh, '151 words']]);
    // 133 words is past 125 by less than a tenth: the meter shows it, no hint.
    const near = analyzeMessage(draft(7), ruleset);
    expect((near.summaries.coaching as ConnectionSummary).words).toBe(133);
    expect(near.findings.filter((f) => f.kind === 'too-long')).toEqual([]);
    // Thousands are marked as en-US writes them.
    const huge = analyzeMessage(draft(60), ruleset).findings.find((f) => f.kind === 'too-long')!;
    expect(huge.message.split(';')[0]).toBe('1,087 words');
    const run = `Hi Priya,\n\nWe moved the launch to Friday because the vendor slipped, and we are now testing the new export with three customers, which means the release notes will be ready on Thursday and the videos will follow next week.\n\nDoes Friday still suit you?`;
    const split = analyzeMessage(run, ruleset).findings.find((f) => f.kind === 'long-sentence')!;
    expect(split.message).toMatch(/^38 words in one sentence\. /);
    expect(split.suggestions).toEqual([
      {
        label: 'Split it in two',
        replacement:
          'We moved the launch to Friday because the vendor slipped, and we are now testing the new export with three customers. This means the release notes will be ready on Thursday and the videos will follow next week.',
      },
    ]);
  });

  it('does not count an advert’s rhetorical question as asking the reader, or "please find attached" as an ask', () => {
    const advert =
      'Hi Sam,\n\nTired of chasing invoices? Our app sends the reminders for you, every week, without a single spreadsheet, and it works with the accounting tools most small firms already use today.\n\nPlease find attached our price list.';
    expect(summaryOf(advert)).toMatchObject({ questions: 0, asks: 0 });
    // Every sentence names "you": nothing talks only about the sender, so no note either.
    expect(coaching(analyzeMessage(advert, ruleset).findings)).toEqual([]);
  });
});

describe('reading a draft as its reader does', () => {
  it('counts a word as a reader does: a compound, "A/C", a time or a phone number is one', () => {
    expect(summaryOf('Our think-global-and-act-local team fixed the A/C at 17:40; call (801) 531-6500.').words).toBe(
      11,
    );
  });

  it('takes a greeting run into the first sentence as a greeting, and a line without letters as no sentence', () => {
    expect(summaryOf('Dear Amy, My apologies for the slow reply. The report is ready.')).toMatchObject({
      words: 12,
      sentences: 2,
    });
    expect(summaryOf('Anita: I seem to remember the deal. It closed in May.').sentences).toBe(2);
    // Near misses: a label before a lower-case clause, a comma after a word that greets no one.
    expect(summaryOf('Update: the deal closed in May.').sentences).toBe(1);
    expect(summaryOf('However, We shipped it.').sentences).toBe(1);
    expect(summaryOf('Two questions.\n1.\nWhen does the export run?\n2.\nWho gets the file?')).toMatchObject({
      sentences: 3,
      questions: 2,
    });
  });

  it('takes a template greeting with a merge field for a greeting, on its line or run into the first sentence', () => {
    const body = 'Thanks for the call on Monday. How is the rollout going?';
    for (const greeting of ['Hi {!Contact.FirstName},', 'Hey {{ first_name | default: "there" }}!', 'Hi Sam,']) {
      expect(summaryOf(`${greeting}\n\n${body}`)).toMatchObject({ sentences: 2, questions: 1 });
      expect(summaryOf(`${greeting} ${body}`).sentences).toBe(2);
    }
  });

  it('reads the writer where they act or own ("I", "we", "our"), not as an object ("send me", "let us know")', () => {
    expect(summaryOf('Please send me the file. Let us know by Friday. This was sent to me by Sam.').readerFocus).toBe(
      null,
    );
    expect(summaryOf('I sent the file. Our team meets on Friday.').readerFocus).toBe(0);
  });

  it('judges a draft as a reply when one of its first two sentences takes up what the reader asked', () => {
    expect(
      summaryOf('Hi Kay,\n\nAttached, per your request, is the March report. It has the regional totals.').reply,
    ).toBe(true);
    expect(summaryOf('Hi Kay,\n\nAttached is the March report. It has the regional totals.').reply).toBe(false);
  });
});

describe('coaching that fits the message', () => {
  const wall = 'We checked the logs. We found the cause. We fixed it this morning.';
  it('finds no wall where a question about the reader follows it; one sentence aside carries a run, two end it', () => {
    const kinds = (draft: string) => analyzeMessage(draft, ruleset).findings.map((f) => f.kind);
    expect(kinds(`${wall} What does your team see now?`)).not.toContain('self-focus');
    // An ask is not a question about them: the wall stands (see PITCH).
    expect(kinds(`${wall} Could you send me the new log?`)).toContain('self-focus');
    const spread = 'We checked the logs. The export ran twice. We found the cause. We fixed it this morning.';
    expect(kinds(spread)).toContain('self-focus');
    const broken = 'We checked the logs. The export ran twice. The file was large. We found the cause. We fixed it.';
    expect(kinds(broken)).not.toContain('self-focus');
  });

  it('counts an offer ("If you have any questions, please call") as no ask, and the steps of one list as one', () => {
    const asks = (draft: string) => summaryOf(draft).asks;
    expect(asks('Please send the signed form by Friday. If you have any questions, please call Dana.')).toBe(1);
    expect(asks('Please send the signed form by Friday. If you are free on Tuesday, please call me.')).toBe(2);
    const steps = 'To reset it:\n- Please open Settings.\n- Please click Reset.\n- Please send me the new code.';
    expect(asks(steps)).toBe(1);
    expect(asks(steps.replaceAll('- ', ''))).toBe(3);
  });
});

describe('targets as data', () => {
  it('a team pack changes a target and switches a coaching rule off', () => {
    const team = {
      name: 'acme',
      version: '1',
      disable: ['default/one-clear-ask'],
      coaching: { first: { selfFocusRun: 4, words: { max: 90 } } },
    };
    expect(validatePack(team, 'acme.json').errors).toEqual([]);
    const rules = buildRuleset([loadBuiltinPack(), team]);
    expect(rules.coaching!.first).toEqual({ ...ruleset.coaching!.first, selfFocusRun: 4, words: { min: 50, max: 90 } });
    expect(rules.coaching!.reply).toEqual(ruleset.coaching!.reply);
    // Three sentences about the writer no longer make a wall; the second ask is not flagged.
    expect(coaching(analyzeMessage(PITCH, rules).findings)).toEqual([]);
  });

  it.each([
    [{ first: { grade: 0 } }, 'acme.json: coaching.first.grade: is 0 (must be from 1 to 20)'],
    [{ first: { readerFocus: 1.5 } }, 'acme.json: coaching.first.readerFocus: is 1.5 (must be from 0 to 1)'],
    [{ reply: { asks: 2.5 } }, 'acme.json: coaching.reply.asks: must be a whole number'],
    [{ first: { words: { min: 200, max: 100 } } }, 'acme.json: coaching.first.words: min (200) is above max (100)'],
    [
      { first: { tone: 3 } },
      'acme.json: coaching.first.tone: unknown field (allowed: words, questions, readerFocus, grade, asks, sentenceWords, selfFocusRun)',
    ],
    [{ later: {} }, 'acme.json: coaching.later: unknown field (allowed: first, reply)'],
    ['strict', 'acme.json: coaching: must be an object with "first" and/or "reply" targets'],
  ])('refuses targets out of range or unknown: %j', (coaching, error) => {
    expect(validatePack({ name: 'acme', version: '1', coaching }, 'acme.json').errors).toEqual([error]);
  });
});
