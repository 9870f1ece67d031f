import { describe, expect, it } from 'vitest';
import { analyze, analyzeEmail } from '../../src/engine';
import { firstBlank } from '../../src/engine/detectors/blanks';
import { buildRuleset, builtinRuleset, loadBuiltinPack, type RulePack } from '../../src/rules';
import { flagged } from '../helpers';

const blanks = (text: string) => flagged(text, 'blank');
const RULE = 'default/unfilled-blank';

describe('blanks left in a draft', () => {
  it.each([
    // Our own rewrites' blanks: a lower-case description.
    ["I'm sorry that I [what I did]. I want to make this right.", [[RULE, '[what I did]']]],
    ['You mentioned [what they told you], so I thought of you.', [[RULE, '[what they told you]']]],
    ['What matters most to you right now with [their goal]?', [[RULE, '[their goal]']]],
    ['Congratulations on [their news].', [[RULE, '[their news]']]],
    [
      'We will call you on [date] at [time].',
      [
        [RULE, '[date]'],
        [RULE, '[time]'],
      ],
    ],
    ["We will send it to the [customer's name] on file.", [[RULE, "[customer's name]"]]],
    // Template fields.
    ['Dear [CUSTOMER_NAME],', [[RULE, '[CUSTOMER_NAME]']]],
    ['Your case [CASE_NUMBER] is open.', [[RULE, '[CASE_NUMBER]']]],
    ['Next, try [TROUBLESHOOTING_STEP_3].', [[RULE, '[TROUBLESHOOTING_STEP_3]']]],
    ['Reach us at [CONTACT_INFO if appropriate].', [[RULE, '[CONTACT_INFO if appropriate]']]],
    ['The refund of [AMOUNT] is on its way.', [[RULE, '[AMOUNT]']]],
    ['Which [PROCESS/PRODUCT/SERVICE] did you use?', [[RULE, '[PROCESS/PRODUCT/SERVICE]']]],
    ['[DATE]', [[RULE, '[DATE]']]],
    ['Hi [Customer Name], thanks for writing.', [[RULE, '[Customer Name]']]],
    ["I'm [Your Name] from the support team.", [[RULE, '[Your Name]']]],
    ['Costs fell by [X%] this year.', [[RULE, '[X%]']]],
    ['It costs [$XXX] a month.', [[RULE, '[$XXX]']]],
  ])('%j', (text, expected) => {
    expect(blanks(text)).toEqual(expected);
  });

  it.each([
    // Footnotes, editorial marks, elisions.
    'As the report says [1], prices rose.',
    'He wrote "their [sic] team" in the contract.',
    'The clause reads "we will [...] refund it".',
    'The clause reads "we will […] refund it".',
    'The quote [emphasis added] is from May.',
    // Subject and log tags.
    '[EXTERNAL] Re: invoice for November',
    'Subject: [EXTERNAL] Re: invoice',
    'Fwd: [SPAM] [Thread] Update on launch',
    '10:02:11 [ERROR] timeout while saving',
    // Markdown and code.
    'Read [the setup guide](https://example.com/guide) first.',
    'See [the setup guide][1] for more.',
    'Our logo: ![company logo](logo.png)',
    'Set items[count] to three.',
    // Checkboxes.
    '[x] Signed the contract',
    '[X] Signed\n[ ] Paid',
    // Acronyms, numbers and other bracketed facts.
    'The attached [PDF] has the figures.',
    'Your order [Order #12345] has shipped.',
    'Call me at [6:00pm] tomorrow.',
    'Office hours [9-5] every weekday.',
    // Address signs and pasted mail artefacts.
    'Write to dana [at] example [dot] com.',
    '[Quoted text hidden]',
    '[Image removed by sender]',
    // A link written out, a single capitalised word.
    'Open [https://example.com/help] for help.',
    'Notes [Thread] from Monday.',
    // The writer's own asides: a clause with its verb.
    'The main contact is Art [this is who I spoke to] and he is away.',
    'It ships Monday [I think] unless the courier is late.',
    "The fee [we're waiving it] is listed below.",
    'Money-back guarantee [excluding shipping & handling] for 30 days.',
    'We can ship it [if needed] by Friday.',
    // A command's usage written out.
    'I remove it like so:\nrpm -e [rpm package]\nand it fails.',
    // Short words: a letter, a pronoun.
    'Option [a] or option [b].',
  ])('leaves %j alone', (text) => {
    expect(blanks(text)).toEqual([]);
  });

  it('finds each blank until it is filled', () => {
    const draft = "Hi Sam,\n\nI'm sorry that I [what I did]. What matters to you with [their goal]?";
    expect(analyze(draft, builtinRuleset()).filter((f) => f.kind === 'blank')).toEqual([
      {
        ruleId: RULE,
        kind: 'blank',
        start: 26,
        end: 38,
        text: '[what I did]',
        message: builtinRuleset().byDetector.get('blank/placeholder')!.message,
        suggestions: [],
        severity: 'warning',
      },
      expect.objectContaining({ start: 65, end: 77, text: '[their goal]' }),
    ]);
    expect(blanks(draft.replace('[what I did]', 'rushed the rollout'))).toEqual([[RULE, '[their goal]']]);
  });

  it('does not read quoted history in plain-text mail', () => {
    const email = 'Thanks, that works.\n\n> Dear [CUSTOMER_NAME],\n> Your case is open.';
    expect(analyzeEmail(email, builtinRuleset()).filter((f) => f.kind === 'blank')).toEqual([]);
  });

  it('a team pack can add words that are never blanks', () => {
    const text = 'This note is [internal only] for now.';
    expect(blanks(text)).toEqual([[RULE, '[internal only]']]);
    const team: RulePack = { name: 'acme', version: '1', cues: { 'blank/not-blanks': ['internal only'] } };
    expect(analyze(text, buildRuleset([loadBuiltinPack(), team]))).toEqual([]);
  });

  it('finds the first blank of a rewrite, for the editor to select', () => {
    expect(firstBlank("I'm sorry that I [what I did]. I want to make this right")).toEqual({ start: 17, end: 29 });
    expect(firstBlank('Congratulations on [their news]. We [also] shipped')).toEqual({ start: 19, end: 31 });
    expect(firstBlank('use')).toBeUndefined();
    expect(firstBlank('see [1] and [X]')).toBeUndefined();
  });
});
