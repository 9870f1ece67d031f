import { describe, expect, it } from 'vitest';
import { readClause } from '../../src/engine/clause';

const read = (sentence: string) => {
  const { subject, verb, toReader, ranks } = readClause(sentence);
  return { subject, verb, toReader, ranks };
};

describe('the main clause of an opening sentence', () => {
  it.each([
    // Who the clause is about, from its grammar.
    ['NextResearch is inviting you to join a panel.', { subject: 'name', verb: 'acts', toReader: true, ranks: false }],
    [
      'National Credit Systems, Inc. has been providing collection services.',
      { subject: 'name', verb: 'acts', toReader: false, ranks: false },
    ],
    [
      'Our garden ornaments combine old craft with new paints.',
      { subject: 'writer', verb: 'acts', toReader: false, ranks: false },
    ],
    ['We help logistics teams cut fuel costs.', { subject: 'writer', verb: 'acts', toReader: false, ranks: false }],
    ['Your order has shipped.', { subject: 'reader', verb: 'acts', toReader: false, ranks: false }],
    ['Dr Cole is away until Monday.', { subject: 'person', verb: 'is', toReader: false, ranks: false }],
    ['It was great to meet you last week.', { subject: 'pronoun', verb: 'past', toReader: true, ranks: false }],
    ['The meeting starts at 3pm.', { subject: 'thing', verb: 'acts', toReader: false, ranks: false }],
    // Capitals for emphasis make no name of a dictionary word; an acronym or an unknown word in capitals is one.
    ['Something EVERY business needs.', { subject: 'thing', verb: 'acts', toReader: false, ranks: false }],
    ['The FREE webinar starts at 3pm.', { subject: 'thing', verb: 'acts', toReader: false, ranks: false }],
    ['ATOMS continues to grow.', { subject: 'name', verb: 'acts', toReader: false, ranks: false }],
    ['The QZX7 dialer starts at 3pm.', { subject: 'name', verb: 'acts', toReader: false, ranks: false }],
    // What the verb makes of it: a report, a promise, a story.
    ['The invoice is attached.', { subject: 'thing', verb: 'passive', toReader: false, ranks: false }],
    ['The server will be moved on Thursday.', { subject: 'thing', verb: 'passive', toReader: false, ranks: false }],
    ['The new schedule will start on Monday.', { subject: 'thing', verb: 'will', toReader: false, ranks: false }],
    ['I wanted to follow up on the proposal.', { subject: 'writer', verb: 'past', toReader: false, ranks: false }],
    // No subject: a command, or a headline with no verb at all.
    ['Turn your favourite fruit into juice!', { subject: 'none', verb: 'command', toReader: true, ranks: false }],
    // Commands the tagger reads only as imperatives.
    [
      'Switch to annual billing today and get two months free.',
      { subject: 'none', verb: 'command', toReader: false, ranks: false },
    ],
    ['Upgrade to Pro before Friday.', { subject: 'none', verb: 'command', toReader: false, ranks: false }],
    [
      'Complete Maintenance Software for any vehicle, $1,495.',
      { subject: 'none', verb: 'none', toReader: false, ranks: false },
    ],
    // A question puts the subject after the verb.
    ['Are you tired of paying too much for software?', { subject: 'reader', verb: 'is', toReader: true, ranks: false }],
    // Ranking words, by the dictionary: "lightest" ranks, "interest" and "latest" do not.
    ['The Aero 3 is our lightest frame ever.', { subject: 'name', verb: 'is', toReader: false, ranks: true }],
    ['Smarter payroll for small teams.', { subject: 'none', verb: 'none', toReader: false, ranks: true }],
    ['The latest invoice shows the interest.', { subject: 'thing', verb: 'acts', toReader: false, ranks: false }],
  ])('%j', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it('gives the subject as written', () => {
    expect(readClause('National Credit Systems, Inc. has been providing services.').subjectText).toBe(
      'National Credit Systems, Inc',
    );
    expect(readClause('Turn your fruit into juice.').subjectText).toBe('');
  });
});

describe('the writer saying what kind of person or firm they are', () => {
  it.each([
    ["I'm a freelance copywriter specialising in B2B SaaS.", true],
    ['I am a web designer based in Leeds.', true],
    ['We are a family-run bakery in Hove.', true],
    ['I run a small agency that builds Shopify stores.', true],
    ["I'm a full-stack developer with eight years of React.", true],
    // A learner's English without the article: a role still says who the writer is.
    ['I am full-stack developer from Lagos with 7 years experience.', true],
    ['I am Manager of the Leeds branch.', true],
    // A measure or a grade after "a", a membership, the writer's team named with "the", someone else.
    ["I'm a bit late with the figures.", false],
    ["We're a day behind schedule.", false],
    ["I'm a member of the parents' committee.", false],
    ['I run the accounts team.', false],
    ['My name is Jess.', false],
    ['Dana is a freelance copywriter.', false],
    ['Are we a good fit for your team?', false],
    // Without the article, anything but a role says nothing of a kind: a state, a name, a place in a team.
    ['I am available on Monday.', false],
    ['I am Dana Reyes.', false],
    ['We are team of five in the Leeds office.', false],
    ['I am late today.', false],
  ])('%j: %s', (sentence, describes) => {
    expect(readClause(sentence).describesWriter).toBe(describes);
  });
});
