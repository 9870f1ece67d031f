import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';
import { flagged } from '../helpers';

const flags = (text: string) => flagged(text, 'non-apology');

describe('non-apologies', () => {
  it.each([
    ["I'm sorry you feel that way.", [['default/sorry-you-feel', "I'm sorry you feel that way"]]],
    [
      'I’m sorry that you feel we ignored your request.',
      [['default/sorry-you-feel', 'I’m sorry that you feel we ignored your request']],
    ],
    ['Sorry you see it that way.', [['default/sorry-you-feel', 'Sorry you see it that way']]],
    [
      'We are sorry you misunderstood the terms.',
      [['default/sorry-you-feel', 'We are sorry you misunderstood the terms']],
    ],
    [
      "I'm sorry you were disappointed with the update.",
      [['default/sorry-you-feel', "I'm sorry you were disappointed with the update"]],
    ],
    ["I'm sorry you had a bad experience.", [['default/sorry-you-feel', "I'm sorry you had a bad experience"]]],
    ["I'm sorry if you were offended.", [['default/sorry-if', "I'm sorry if you were offended"]]],
    [
      'Sorry if anyone was confused by the last email.',
      [['default/sorry-if', 'Sorry if anyone was confused by the last email']],
    ],
    [
      'We apologize if our update caused confusion.',
      [['default/sorry-if', 'We apologize if our update caused confusion']],
    ],
    ['Sorry for any inconvenience.', [['default/sorry-for-any-inconvenience', 'Sorry for any inconvenience']]],
    [
      'We apologize for any inconvenience this may have caused.',
      [['default/sorry-for-any-inconvenience', 'We apologize for any inconvenience this may have caused']],
    ],
    ['We regret any inconvenience.', [['default/sorry-for-any-inconvenience', 'We regret any inconvenience']]],
    [
      'Apologies for the inconvenience, we are on it.',
      [['default/sorry-for-any-inconvenience', 'Apologies for the inconvenience']],
    ],
    ['Mistakes were made in processing your order.', [['default/mistakes-were-made', 'Mistakes were made']]],
    [
      "I'm sorry about the delay, but we've been swamped.",
      [['default/apology-but', "I'm sorry about the delay, but we've been swamped"]],
    ],
    ["Sorry, but that's our process.", [['default/apology-but', "Sorry, but that's our process"]]],
    ['Sorry for the confusion.', [['default/sorry-for-any-inconvenience', 'Sorry for the confusion']]],
    // The stock line as the second thing regretted: naming the delay first owns no act.
    [
      'We apologise for the delay and any inconvenience this causes.',
      [['default/sorry-for-any-inconvenience', 'We apologise for the delay and any inconvenience this causes']],
    ],
    [
      'Sorry for the wait and the inconvenience.',
      [['default/sorry-for-any-inconvenience', 'Sorry for the wait and the inconvenience']],
    ],
    [
      'We apologize for the misunderstanding.',
      [['default/sorry-for-any-inconvenience', 'We apologize for the misunderstanding']],
    ],
    ["I'm sorry this upset you.", [['default/sorry-you-feel', "I'm sorry this upset you"]]],
    [
      'We do apologise if our service fell short of your expectations.',
      [['default/sorry-if', 'We do apologise if our service fell short of your expectations']],
    ],
    [
      "I'm sorry you took my comment about the dates that way.",
      [['default/sorry-you-feel', "I'm sorry you took my comment about the dates that way"]],
    ],
    [
      "We're sorry, but company policy doesn't allow us to change it.",
      [['default/apology-but', "We're sorry, but company policy doesn't allow us to change it"]],
    ],
    [
      'We are sorry that it may have confused you.',
      [['default/sorry-you-feel', 'We are sorry that it may have confused you']],
    ],
    [
      'Apologies for any misunderstanding.',
      [['default/sorry-for-any-inconvenience', 'Apologies for any misunderstanding']],
    ],
    [
      'We apologize for any incovenience this may have caused.',
      [['default/sorry-for-any-inconvenience', 'We apologize for any incovenience this may have caused']],
    ],
    [
      'I want to apologise for this inconvenience.',
      [['default/sorry-for-any-inconvenience', 'I want to apologise for this inconvenience']],
    ],
    ["I'm sorry if I wasn't clear.", [['default/sorry-if', "I'm sorry if I wasn't clear"]]],
    ['I am sorry if I am letting you down.', [['default/sorry-if', 'I am sorry if I am letting you down']]],
    [
      'We regret that you were left disappointed with your evening.',
      [['default/sorry-you-feel', 'We regret that you were left disappointed with your evening']],
    ],
    [
      "Sorry you weren't happy with the colour.",
      [['default/sorry-you-feel', "Sorry you weren't happy with the colour"]],
    ],
    [
      'We are sorry that you had bad experience with our team.',
      [['default/sorry-you-feel', 'We are sorry that you had bad experience with our team']],
    ],
    [
      'Apologies to anyone who may have taken it the wrong way.',
      [['default/sorry-if', 'Apologies to anyone who may have taken it the wrong way']],
    ],
    [
      'Unfortunately, some mistakes occurred during labelling.',
      [['default/mistakes-were-made', 'some mistakes occurred']],
    ],
    [
      'We are sorry for any impact this may have had.',
      [['default/sorry-for-any-inconvenience', 'We are sorry for any impact this may have had']],
    ],
    [
      "I'm sorry, but our refund policy only covers 14 days.",
      [['default/apology-but', "I'm sorry, but our refund policy only covers 14 days"]],
    ],
    [
      "Apologies, but per our policy late fees can't be waived.",
      [['default/apology-but', "Apologies, but per our policy late fees can't be waived"]],
    ],
    [
      'We regret that your baggage was not available on arrival.',
      [['default/mistakes-were-made', 'We regret that your baggage was not available on arrival']],
    ],
    [
      'We apologise if you feel you were misinformed by our staff.',
      [['default/sorry-if', 'We apologise if you feel you were misinformed by our staff']],
    ],
    ["We're sorry your parcel was delayed.", [['default/mistakes-were-made', "We're sorry your parcel was delayed"]]],
    [
      'We are sorry if the delay affected your plans.',
      [['default/sorry-if', 'We are sorry if the delay affected your plans']],
    ],
    ["Sorry if there's been some crossed wires.", [['default/sorry-if', "Sorry if there's been some crossed wires"]]],
    // The same "if", inverted.
    [
      'Please accept our apologies should you have been affected.',
      [['default/sorry-if', 'Please accept our apologies should you have been affected']],
    ],
    [
      'Sorry should anyone have been offended by the post.',
      [['default/sorry-if', 'Sorry should anyone have been offended by the post']],
    ],
  ])('flags %j', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it.each([
    "I'm sorry I missed our call.",
    "We're sorry we shipped the wrong part.",
    'I apologize for the error on your invoice.',
    "I'm so sorry to hear about your father.",
    'Sorry for the late reply.',
    'Sorry for the late reply, but I was travelling all week.',
    // Two things regretted, neither of them the stock line: a courtesy and an owned act.
    "I'm sorry for the delay and for sending the wrong file.",
    'Sorry for the wait and thanks for your patience.',
    'Sorry to bother you, but could you resend the file?',
    // Their absence, the writer's own act, or someone else's words: no non-apology of the writer's.
    'Sorry you were unable to make it on Friday.',
    "Sorry that some of you couldn't make it to the party.",
    "I'm sorry you had to wait because I double-booked the room.",
    'Sorry you had to wait, I was on the other line.',
    'Your parcel was left at the wrong door by our driver, for which we apologise.',
    'We sent you the wrong size, for which we apologise.',
    'Sorry about all this, I sent the wrong file.',
    'Sorry about all this back and forth on the dates.',
    'Their events manager said they were "sorry for any inconvenience" and hung up.',
    // A courtesy before a rule is no excuse: nothing was done to the reader.
    'Sorry to bother you, but all staff are required to finish the survey by Friday.',
    'Sorry for the slow reply, but the form is only needed by Friday.',
    'Sorry if this is a silly question.',
    'Sorry if I missed it in the thread.',
    'We regret to say the event is full.',
    'The report lists errors made by the old system.',
    'I feel sorry for anyone stuck in that traffic.',
    "We're sorry we rushed the rollout, and we will fix it this week.",
    'Sorry to hear the launch slipped, but we can still make the June window.',
    'I apologize for missing the deadline.',
    'No apology needed, you were right.',
    'You will feel the difference in the first week.',
    "To apologise for the inconvenience, we've credited your account with a month.",
    "- To apologize for the inconvenience, we're offering free shipping.",
    'Sorry for the trouble you went to, and thank you for the photos.',
    'Sorry for the trouble, could you resend the file?',
    'Sorry if I missed it in the thread, but is the form signed?',
    "I'm sorry the outage upset your launch; we should have warned you.",
    'It upset you, and I understand why: we broke the export.',
    "Two errors occurred during the sync; I've fixed both.",
    'Apologies to Sam, who waited an hour for us.',
    'We regret to tell you the course is full.',
    "I'm sorry I delayed your parcel; I've sent it by courier.",
    'I apologise for the service disruption you experienced on Monday: our servers failed.',
    "We regret that we lost your parcel, and we've refunded you.",
    // "Should you need…" offers help; it hedges nothing the apology regrets.
    "I'm sorry, should you need anything else just ask.",
    'We apologise; should you need a replacement, reply to this email.',
  ])('does not flag %j', (text) => {
    expect(flags(text)).toEqual([]);
  });

  const suggestions = (text: string) =>
    analyze(text, builtinRuleset()).flatMap((f) => f.suggestions.map((s) => s.replacement));

  it('rewrites a feeling about a passive act into owning the act', () => {
    expect(suggestions("I'm sorry you feel the rollout was rushed.")[0]).toBe("I'm sorry we rushed the rollout");
    expect(suggestions('We are sorry you feel the parts were broken.')[0]).toBe('We are sorry we broke the parts');
  });

  it.each([
    // "what was promised", "when your payment was processed": the passive belongs to a clause within, so the
    // facts are kept as written rather than turned into "we promised the results fell short of what".
    [
      "I'm sorry you feel the results fell short of what was promised.",
      "I'm sorry the results fell short of what was promised. I want to make this right",
    ],
    [
      'We apologise that an error occurred when your payment was processed.',
      "We're sorry an error occurred when your payment was processed. That's on us",
    ],
    // Nor to one after a verb of the thing's own: a modal, an object, an infinitive.
    [
      'We regret that some customers may have been affected by an outage.',
      "We're sorry some customers may have been affected by an outage. That's on us",
    ],
    [
      'Apologies, your application appears to have been overlooked.',
      "I'm sorry your application appears to have been overlooked. That's on us",
    ],
    // Perceiving and receiving are the readers' acts, never the writer's to own.
    [
      "We're sorry the post was perceived as insensitive by some followers.",
      "We're sorry the post was perceived as insensitive by some followers. That's on us",
    ],
    [
      'We regret that the report was received later than the board expected.',
      "We're sorry the report was received later than the board expected. That's on us",
    ],
    // A compound noun the tagger reads as a verb is still the thing, and the act is owned.
    [
      'We regret that garden waste collections were missed on Monday.',
      "We're sorry we missed garden waste collections on Monday",
    ],
  ])('gives a passive an actor only where the writer did it: %j', (text, rewrite) => {
    expect(suggestions(text)[0]).toBe(rewrite);
  });

  it('keeps the sentence when the writer is already named', () => {
    expect(suggestions("I'm sorry that you feel we ignored your request.")[0]).toBe(
      "I'm sorry we ignored your request",
    );
  });

  it('falls back to dropping the feeling when no act can be recovered', () => {
    expect(suggestions("I'm sorry you feel the invoice was wrong.")[0]).toBe(
      "I'm sorry the invoice was wrong. I want to make this right",
    );
  });

  it('drops the "if" from a hedged fact, not from how some of them felt', () => {
    expect(suggestions("We're sorry if some items were missing from your order.")[0]).toBe(
      "We're sorry some items were missing from your order",
    );
    expect(suggestions('Sorry if your order was late.')[0]).toBe("I'm sorry your order was late");
    expect(suggestions('We apologise if some of you felt left out.')).toEqual([
      "We're sorry that we [what we did]. We want to make this right",
    ]);
  });

  it('offers a template with a marked blank when the act is not named', () => {
    expect(suggestions("I'm sorry you feel that way.")).toEqual([
      "I'm sorry that I [what I did]. I want to make this right",
    ]);
    expect(suggestions('We apologize for any inconvenience.')).toEqual([
      "We're sorry that we [what we did]. We want to make this right",
    ]);
  });

  // A rewrite replaces the finding and nothing else, so the finding takes in the words around the apology
  // word that the rewrite must replace too, and the rewrite keeps the facts that follow it.
  it.each([
    [
      'Please accept our apologies for any inconvenience.',
      "We're sorry that we [what we did]. We want to make this right.",
    ],
    [
      'Please accept my sincere apologies for any confusion.',
      "I'm sorry that I [what I did]. I want to make this right.",
    ],
    ['My apologies for any confusion.', "I'm sorry that I [what I did]. I want to make this right."],
    [
      'We would like to apologise for any inconvenience.',
      "We're sorry that we [what we did]. We want to make this right.",
    ],
    [
      'We send our apologies for any inconvenience caused.',
      "We're sorry that we [what we did]. We want to make this right.",
    ],
    [
      'We apologise for the disruption to your service this morning.',
      "We're sorry that we [what we did] and caused the disruption to your service this morning.",
    ],
    ['Sorry for the hassle with your order.', "I'm sorry that I [what I did] and caused the hassle with your order."],
    [
      'We regret any inconvenience caused to your travel plans.',
      "We're sorry that we [what we did] and caused the inconvenience to your travel plans.",
    ],
    [
      'We apologize for the issues some players experienced during launch.',
      "We're sorry that we [what we did] and caused the issues some players experienced during launch.",
    ],
    // A cause restated or named is kept as what the act was about; a pronoun for it gives way to the blank, and
    // whom the harm fell on keeps a "to".
    [
      'We apologise for any disruption the outage may have caused.',
      "We're sorry that we [what we did] with the outage and caused the disruption.",
    ],
    [
      'We apologise for the trouble the outage caused your staff.',
      "We're sorry that we [what we did] with the outage and caused the trouble to your staff.",
    ],
    ['We apologise for the trouble caused by the outage.', "We're sorry that we [what we did] with the outage."],
    [
      'We regret any disruption the delayed shipment may have caused your team.',
      "We're sorry that we [what we did] with the delayed shipment and caused the disruption to your team.",
    ],
    [
      'We apologise for any inconvenience our update may have caused.',
      "We're sorry that we [what we did] with our update and caused the inconvenience.",
    ],
    [
      'We apologise for any inconvenience this may have caused your customers.',
      "We're sorry that we [what we did] and caused the inconvenience to your customers.",
    ],
    [
      'We apologise for any impact our customers may have experienced during the outage.',
      "We're sorry that we [what we did] and caused the impact our customers may have experienced during the outage.",
    ],
    ['We apologise for the inconvenience caused by the change.', "We're sorry that we [what we did] with the change."],
    // A second harm joined to the first comes along, and the cause restated after both goes.
    [
      'I sincerely apologize for any inconvenience or worry this may have caused.',
      "I'm sorry that I [what I did] and caused the inconvenience or worry.",
    ],
    [
      'We apologise for any inconvenience or delay the outage may have caused to your team.',
      "We're sorry that we [what we did] with the outage and caused the inconvenience or delay to your team.",
    ],
    [
      'We regret any disruption to your service caused by the outage on Monday.',
      "We're sorry that we [what we did] with the outage on Monday and caused the disruption to your service.",
    ],
    // An excuse after the harm is dropped with the stock words.
    [
      'I am sorry for the delay with your car, but the parts shortage is outside our control.',
      "I'm sorry that I [what I did] and caused the delay with your car.",
    ],
    [
      'We apologise for the delay to your flight, which was due to air traffic control restrictions.',
      "We're sorry that we [what we did] and caused the delay to your flight.",
    ],
    [
      'We regret for the inconvenience caused to the parents.',
      "We're sorry that we [what we did] and caused the inconvenience to the parents.",
    ],
    [
      'I am very sorry for the worry this caused you both.',
      "I'm sorry that I [what I did]. I want to make this right.",
    ],
    ['It appears that some mistakes occurred during labelling.', 'It appears that we made mistakes during labelling.'],
    // A harm still to come: nothing is done yet, so the blank asks what it will mean for them, in the writer's tense,
    // and keeps whom it falls on and what the sentence goes on to say. (A harm that "may have" come is above.)
    ['We apologise for any inconvenience this may cause.', "We're sorry that this may [what it may mean for you]."],
    [
      'We apologise for the disruption this work will cause.',
      "We're sorry that this work will [what it will mean for you].",
    ],
    [
      'Apologies for any disruption the upgrade might cause your team.',
      "I'm sorry that the upgrade might [what it might mean for your team].",
    ],
    [
      'We regret any inconvenience this change will cause to your travel plans.',
      "We're sorry that this change will [what it will mean for your travel plans].",
    ],
    [
      'We regret any disappointment this may cause to students.',
      "We're sorry that this may [what it may mean for students].",
    ],
    [
      'We apologise for any inconvenience this transition may cause and thank you for your understanding.',
      "We're sorry that this transition may [what it may mean for you] and thank you for your understanding.",
    ],
    [
      'We regret any disappointment this decision may cause, but our criteria are fixed.',
      "We're sorry that this decision may [what it may mean for you].",
    ],
    [
      'Sorry for any disappointment the new eligibility rules may cause.',
      "I'm sorry that the new eligibility rules may [what they may mean for you].",
    ],
    ["We're sorry for any concern the news may cause.", "We're sorry that the news may [what it may mean for you]."],
    // Whom, said after the finding, is not said twice.
    [
      'Apologies for any confusion this might create for new users.',
      "I'm sorry that this might [what it might mean] for new users.",
    ],
    [
      'We take all feedback seriously and apologise for any inconvenience this may cause.',
      'We take all feedback seriously and apologise that this may [what it may mean for you].',
    ],
    // An apology that is the second verb of a sentence under way goes on as a verb.
    [
      'We take all feedback seriously and apologise for any inconvenience.',
      'We take all feedback seriously and apologise that we [what we did].',
    ],
    [
      'We understand your frustration and are sorry for any inconvenience.',
      'We understand your frustration and are sorry that we [what we did].',
    ],
    [
      'Kindly excuse us for the inconvenience caused.',
      "We're sorry that we [what we did]. We want to make this right.",
    ],
    [
      'Burger Barn apologises for the inconvenience and has added 200 points to your account.',
      'Burger Barn apologises that we [what we did] and has added 200 points to your account.',
    ],
    // Someone else's apology, reported: the act is theirs. The writer's own side, or a passive, stays "we".
    [
      'The vendor has apologised for any inconvenience and says the patch will be out on Friday.',
      'The vendor has apologised that they [what they did] and says the patch will be out on Friday.',
    ],
    ['The courier apologised that your parcel was delayed.', 'The courier apologised that they delayed your parcel.'],
    ['Our adviser apologised for any confusion.', 'Our adviser apologised that we [what we did].'],
    ['It is regretted that mistakes were made.', 'It is regretted that we made mistakes.'],
  ])('rewrites %j as a whole sentence', (text, rewritten) => {
    const [finding] = analyze(text, builtinRuleset()).filter((f) => f.kind === 'non-apology');
    expect(text.slice(0, finding!.start) + finding!.suggestions[0]!.replacement + text.slice(finding!.end)).toBe(
      rewritten,
    );
  });

  // A harm that is itself the cause ("problems that may cause delays"), and a cause told after a comma, outside
  // the finding, name no act to come: the rewrite asks for what was done, as for any stock line.
  it.each([
    'We apologise for any problems that may cause delays.',
    'Sorry for the disruption, which this work will cause overnight.',
  ])('does not read an act to come into %j', (text) => {
    const [first] = suggestions(text);
    expect(first).toMatch(/^(?:We're|I'm) sorry that (?:we|I) \[what (?:we|I) did\]/);
  });

  it('drops the excuse after "but"', () => {
    expect(suggestions("I'm sorry about the delay, but we've been swamped.")[0]).toBe("I'm sorry about the delay");
  });

  it('drops a cause handed to something else, keeping what the apology names', () => {
    expect(suggestions('We apologise for the late refund due to the bank holiday.')[0]).toBe(
      'We apologise for the late refund',
    );
    expect(suggestions('We apologise for the outage, which was caused by our hosting provider.')[0]).toBe(
      'We apologise for the outage',
    );
  });

  it('owns a regretted passive act', () => {
    expect(suggestions("I'm sorry the invoice was sent twice.")).toEqual([
      "I'm sorry we sent the invoice twice",
      "I'm sorry that I [what I did]. I want to make this right",
    ]);
    expect(suggestions('We regret that your order was delayed.')).toEqual([
      "We're sorry we delayed your order",
      "We're sorry that we [what we did]. We want to make this right",
    ]);
  });

  it('owns the mistake in the active voice, keeping capitalisation', () => {
    expect(suggestions('Mistakes were made.')).toEqual(['We made mistakes', 'We made a mistake']);
    expect(suggestions('Honestly, mistakes were made.')).toEqual(['we made mistakes', 'we made a mistake']);
  });
});

// The shapes of an apology that does not own the act, beyond the stock lines: the reader's
// reaction, state or view; an event with no one behind it; a hedge on how it felt; an excuse after
// a longer subject. Each with near misses that name the act or offer sympathy.
describe('non-apologies by structure', () => {
  it.each([
    ["We're sorry you didn't enjoy the lamb.", 'default/sorry-you-feel', "We're sorry you didn't enjoy the lamb"],
    [
      "We're sorry to hear that you feel the jacket is not waterproof.",
      'default/sorry-you-feel',
      "We're sorry to hear that you feel the jacket is not waterproof",
    ],
    ["I'm sorry you're unhappy with the repair.", 'default/sorry-you-feel', "I'm sorry you're unhappy with the repair"],
    [
      'Apologies that you were not kept updated on the report.',
      'default/sorry-you-feel',
      'Apologies that you were not kept updated on the report',
    ],
    [
      'The bank regrets that you have been caused concern by the restriction.',
      'default/sorry-you-feel',
      'regrets that you have been caused concern by the restriction',
    ],
    [
      'Sorry but the engineer can only come out on the same day for no-heat calls.',
      'default/apology-but',
      'Sorry but the engineer can only come out on the same day for no-heat calls',
    ],
    ['apols for any confusion', 'default/sorry-for-any-inconvenience', 'apols for any confusion'],
    [
      'We regret that the sofa arrived later than the date we gave you.',
      'default/mistakes-were-made',
      'We regret that the sofa arrived later than the date we gave you',
    ],
    [
      'Regrettably, your shipment was damaged in transit.',
      'default/mistakes-were-made',
      'Regrettably, your shipment was damaged in transit',
    ],
    ['An error was made on your invoice.', 'default/mistakes-were-made', 'An error was made'],
    ["We're sorry if the process felt slow.", 'default/sorry-if', "We're sorry if the process felt slow"],
    [
      'We apologise for any concern this may cause.',
      'default/sorry-for-any-inconvenience',
      'We apologise for any concern this may cause',
    ],
    [
      'Sorry, but the submission deadline was noon on 2 May.',
      'default/apology-but',
      'Sorry, but the submission deadline was noon on 2 May',
    ],
    [
      'We apologise for the trouble this has caused.',
      'default/sorry-for-any-inconvenience',
      'We apologise for the trouble this has caused',
    ],
    [
      "We're sorry for your poor experience.",
      'default/sorry-for-any-inconvenience',
      "We're sorry for your poor experience",
    ],
    [
      'We are sorry that you have experienced difficulties with online banking.',
      'default/sorry-you-feel',
      'We are sorry that you have experienced difficulties with online banking',
    ],
    [
      'We apologise that you have had cause to contact us about your bill.',
      'default/sorry-you-feel',
      'We apologise that you have had cause to contact us about your bill',
    ],
    [
      'We are sorry for the issues you experienced on your first night.',
      'default/sorry-you-feel',
      'We are sorry for the issues you experienced on your first night',
    ],
    [
      'We regret that the process took longer than you expected.',
      'default/sorry-you-feel',
      'We regret that the process took longer than you expected',
    ],
    [
      'We are sorry that your delivery slot had to be changed.',
      'default/mistakes-were-made',
      'We are sorry that your delivery slot had to be changed',
    ],
    [
      'If this email bothers you, please forgive us.',
      'default/sorry-if',
      'If this email bothers you, please forgive us',
    ],
    [
      "I'm sorry you're not happy with the windows, but condensation is normal.",
      'default/sorry-you-feel',
      "I'm sorry you're not happy with the windows, but condensation is normal",
    ],
    [
      'We regret that some customers in the EH3 area experienced a loss of service on Tuesday.',
      'default/sorry-you-feel',
      'We regret that some customers in the EH3 area experienced a loss of service on Tuesday',
    ],
    [
      'The Council apologises for any inconvenience this may have caused.',
      'default/sorry-for-any-inconvenience',
      'apologises for any inconvenience this may have caused',
    ],
    [
      'Sorry if the process took longer than expected.',
      'default/sorry-if',
      'Sorry if the process took longer than expected',
    ],
    [
      'We apologise if you were given the wrong date.',
      'default/sorry-if',
      'We apologise if you were given the wrong date',
    ],
    [
      "We're sorry for the negative experience at the till.",
      'default/sorry-for-any-inconvenience',
      "We're sorry for the negative experience at the till",
    ],
    // The reader's feeling as a noun is what is regretted, in place of what caused it.
    ["We're sorry for your frustration.", 'default/sorry-you-feel', "We're sorry for your frustration"],
    [
      'We apologise for all your inconvenience and worry.',
      'default/sorry-you-feel',
      'We apologise for all your inconvenience and worry',
    ],
    // A vague harm that only points at what of the reader's it touched.
    [
      'Please accept our apologies for the disruption to your service.',
      'default/sorry-for-any-inconvenience',
      'Please accept our apologies for the disruption to your service',
    ],
    [
      'Sorry for the mix-up with your booking.',
      'default/sorry-for-any-inconvenience',
      'Sorry for the mix-up with your booking',
    ],
    // The thing it touched need not be theirs: the harm is still all that is named.
    [
      'Sorry for the trouble with the CSV export.',
      'default/sorry-for-any-inconvenience',
      'Sorry for the trouble with the CSV export',
    ],
    // The trouble, with what caused it named as a thing: the effect stands in for the act.
    [
      'We apologise for the trouble the outage caused your staff.',
      'default/sorry-for-any-inconvenience',
      'We apologise for the trouble the outage caused your staff',
    ],
    [
      'We apologise for the trouble caused by the outage.',
      'default/sorry-for-any-inconvenience',
      'We apologise for the trouble caused by the outage',
    ],
    // The harm as the reader lived it, whatever the verb.
    [
      "I am sorry for the trouble you've been through.",
      'default/sorry-you-feel',
      "I am sorry for the trouble you've been through",
    ],
    [
      'We apologize for the poor service you received.',
      'default/sorry-you-feel',
      'We apologize for the poor service you received',
    ],
    [
      "We're sorry you've had a frustrating time with our app.",
      'default/sorry-you-feel',
      "We're sorry you've had a frustrating time with our app",
    ],
    [
      'We apologise that you were made to wait so long.',
      'default/sorry-you-feel',
      'We apologise that you were made to wait so long',
    ],
    [
      'We regret that your stay did not reach the standard you expected.',
      'default/sorry-you-feel',
      'We regret that your stay did not reach the standard you expected',
    ],
    // Hedges other than "if", and "may have" aimed at a group.
    [
      'Should you have been inconvenienced by the road closure, please accept our apologies.',
      'default/sorry-if',
      'Should you have been inconvenienced by the road closure, please accept our apologies',
    ],
    [
      'We apologise to the extent that the outage caused you difficulty.',
      'default/sorry-if',
      'We apologise to the extent that the outage caused you difficulty',
    ],
    [
      'Harbour Gas apologises to residents who may have lost supply on Sunday.',
      'default/sorry-if',
      'apologises to residents who may have lost supply on Sunday',
    ],
    // No one behind the harm, whatever the words.
    ['Errors occurred while importing your contacts.', 'default/mistakes-were-made', 'Errors occurred'],
    ['Lessons have been learned from the incident.', 'default/mistakes-were-made', 'Lessons have been learned'],
    ['Any inconvenience caused is regretted.', 'default/mistakes-were-made', 'Any inconvenience caused is regretted'],
    ['The migration did not go as planned on Friday.', 'default/mistakes-were-made', 'migration did not go as planned'],
    [
      'I apologise for the fact that the boiler part went missing.',
      'default/mistakes-were-made',
      'I apologise for the fact that the boiler part went missing',
    ],
    // An excuse after a bare comma: how busy the writer was, how things always go.
    [
      'Sorry the quote took so long, we have been really swamped.',
      'default/apology-but',
      'Sorry the quote took so long, we have been really swamped',
    ],
    [
      'We apologise for the delay, which was due to circumstances beyond our control.',
      'default/apology-but',
      'We apologise for the delay, which was due to circumstances beyond our control',
    ],
    // The reader's taste, choice or state; a feeling granted and regretted in place of its cause.
    [
      "We're sorry the room wasn't to your liking.",
      'default/sorry-you-feel',
      "We're sorry the room wasn't to your liking",
    ],
    [
      "I'm sorry you got caught up in the system change.",
      'default/sorry-you-feel',
      "I'm sorry you got caught up in the system change",
    ],
    [
      'We understand this may have been upsetting and we apologise for it.',
      'default/sorry-you-feel',
      'understand this may have been upsetting and we apologise for it',
    ],
    // After "but", a thing decided by someone else, or fixed with no one fixing it.
    [
      "Sorry, but the inspection date is set by the insurer and can't be moved.",
      'default/apology-but',
      "Sorry, but the inspection date is set by the insurer and can't be moved",
    ],
    [
      "Sorry, but the booking can't be changed this close to the date.",
      'default/apology-but',
      "Sorry, but the booking can't be changed this close to the date",
    ],
    // What the reader went through or could not do, with no one who caused it.
    [
      "I'm sorry you were under the impression that the revisions were included in the quote.",
      'default/sorry-you-feel',
      "I'm sorry you were under the impression that the revisions were included in the quote",
    ],
    [
      'BlueWing Airlines regrets that you were unable to sit with your family on this flight.',
      'default/sorry-you-feel',
      'regrets that you were unable to sit with your family on this flight',
    ],
    [
      "I'm sorry you had to wait two hours in A&E.",
      'default/sorry-you-feel',
      "I'm sorry you had to wait two hours in A&E",
    ],
    [
      'We apologise for the length of time you waited to be seen.',
      'default/sorry-you-feel',
      'We apologise for the length of time you waited to be seen',
    ],
    [
      "Sorry to hear your experience on Saturday wasn't up to scratch.",
      'default/sorry-you-feel',
      "Sorry to hear your experience on Saturday wasn't up to scratch",
    ],
    [
      "We're sorry for the way you feel you were treated.",
      'default/sorry-you-feel',
      "We're sorry for the way you feel you were treated",
    ],
    [
      'We are sorry that some families did not receive the text about the early closure.',
      'default/mistakes-were-made',
      'We are sorry that some families did not receive the text about the early closure',
    ],
    [
      'Your viewing on Saturday had to be cancelled at short notice, for which we apologise.',
      'default/mistakes-were-made',
      'Your viewing on Saturday had to be cancelled at short notice, for which we apologise',
    ],
    [
      'Inconvenience caused is deeply regretted.',
      'default/mistakes-were-made',
      'Inconvenience caused is deeply regretted',
    ],
    // The matter as a whole, with nothing of it named.
    [
      'We apologise for this situation and thank you for your patience.',
      'default/sorry-for-any-inconvenience',
      'We apologise for this situation',
    ],
    ['Sorry about all this.', 'default/sorry-for-any-inconvenience', 'Sorry about all this'],
    [
      'The inconvenience caused to you is deeply regretted.',
      'default/mistakes-were-made',
      'The inconvenience caused to you is deeply regretted',
    ],
    [
      "We're sorry that some people have found the room too cold.",
      'default/sorry-you-feel',
      "We're sorry that some people have found the room too cold",
    ],
    [
      'We regret to inform the delay in delivery of your consignment due to the strike at the port.',
      'default/apology-but',
      'We regret to inform the delay in delivery of your consignment due to the strike at the port',
    ],
    // "The worry it caused" with nothing owned before it still stands in for the act.
    [
      "The courier lost it. I'm sorry for the trouble it caused.",
      'default/sorry-for-any-inconvenience',
      "I'm sorry for the trouble it caused",
    ],
    // After "but", a rule stated with no one who made it: an instruction, a permission, "only", "must".
    [
      'Sorry, but our crews are instructed to close the gate after each visit.',
      'default/apology-but',
      'Sorry, but our crews are instructed to close the gate after each visit',
    ],
    [
      'Sorry, but drivers are not allowed to carry parcels upstairs.',
      'default/apology-but',
      'Sorry, but drivers are not allowed to carry parcels upstairs',
    ],
    [
      "I'm sorry, but refunds are only issued within 30 days of purchase.",
      'default/apology-but',
      "I'm sorry, but refunds are only issued within 30 days of purchase",
    ],
    ["I'm sorry, but the gate must stay closed.", 'default/apology-but', "I'm sorry, but the gate must stay closed"],
    // The cause handed to something or someone else within the sentence.
    [
      'We apologise for the delay in processing your claim due to the high volume of claims after the storm.',
      'default/apology-but',
      'We apologise for the delay in processing your claim due to the high volume of claims after the storm',
    ],
    [
      'We apologise for the disruption, which was caused by an outage at our cloud provider.',
      'default/apology-but',
      'We apologise for the disruption, which was caused by an outage at our cloud provider',
    ],
    [
      'We regret to inform you that flight AN731 has been cancelled due to operational reasons.',
      'default/apology-but',
      'We regret to inform you that flight AN731 has been cancelled due to operational reasons',
    ],
    // "However, our …" after an agentless regret starts an excuse; it does not name the act.
    [
      "We apologise that your boiler service was cancelled at short notice; however, our engineers' schedules are set by the system.",
      'default/mistakes-were-made',
      "We apologise that your boiler service was cancelled at short notice; however, our engineers' schedules are set by the system",
    ],
    // A mailing's mistake, hedged on whether it reached them; an event named at length, with no actor.
    ['Sorry if you received this email twice.', 'default/sorry-if', 'Sorry if you received this email twice'],
    ["Sorry if you've already heard from us.", 'default/sorry-if', "Sorry if you've already heard from us"],
    [
      'Apologies if you receive multiple copies of this call for papers.',
      'default/sorry-if',
      'Apologies if you receive multiple copies of this call for papers',
    ],
    // The same slip with the mail as the subject, before or after the apology, or told as who it reached.
    [
      'Our apologies if this message reached you by mistake.',
      'default/sorry-if',
      'Our apologies if this message reached you by mistake',
    ],
    [
      'Sorry if this newsletter landed in your inbox by mistake.',
      'default/sorry-if',
      'Sorry if this newsletter landed in your inbox by mistake',
    ],
    [
      'If this reached you by mistake, please accept our sincere apologies.',
      'default/sorry-if',
      'If this reached you by mistake, please accept our sincere apologies',
    ],
    [
      'We apologize if you are not the intended recipient.',
      'default/sorry-if',
      'We apologize if you are not the intended recipient',
    ],
    // A state hedged in the present perfect, and an event whose subject is "a …".
    [
      'We apologise if the frequency of our emails has been excessive.',
      'default/sorry-if',
      'We apologise if the frequency of our emails has been excessive',
    ],
    [
      'Apologies if a genuine post got caught by the filter.',
      'default/sorry-if',
      'Apologies if a genuine post got caught by the filter',
    ],
    [
      'We regret that your flight SN 402 from Manchester to Dublin on 12 October has been cancelled.',
      'default/mistakes-were-made',
      'We regret that your flight SN 402 from Manchester to Dublin on 12 October has been cancelled',
    ],
    // The reader's offence, or their experience, regretted in place of what caused it; a shrug.
    [
      "I'm sorry that you took offence at the invoice.",
      'default/sorry-you-feel',
      "I'm sorry that you took offence at the invoice",
    ],
    ["I'm sorry this has been your experience.", 'default/sorry-you-feel', "I'm sorry this has been your experience"],
    ['Unfortunately, mistakes happen.', 'default/mistakes-were-made', 'mistakes happen'],
    // The excuse after "but", moved into a sentence of its own.
    [
      'We are sorry for the trouble. But this is the specification of the product: the timer stops at 13 hours.',
      'default/apology-but',
      'We are sorry for the trouble.',
    ],
    ['Sorry for the wait. However, the courier has been very busy.', 'default/apology-but', 'Sorry for the wait.'],
    // A concession that puts it on the reader, or the reader's part after an adverb or an "if".
    [
      'We apologise for the error on your bill, although the meter reading you submitted was incorrect.',
      'default/apology-but',
      'We apologise for the error on your bill, although the meter reading you submitted was incorrect',
    ],
    [
      'Sorry for the trouble, but if you had read the setup guide you would know.',
      'default/apology-but',
      'Sorry for the trouble, but if you had read the setup guide you would know',
    ],
    [
      'Sorry for snapping at you yesterday, but honestly you did push it.',
      'default/apology-but',
      'Sorry for snapping at you yesterday, but honestly you did push it',
    ],
    // A hedge first on whether something was done to them, with nothing put right after it.
    [
      'If you were charged after cancelling, we apologise.',
      'default/sorry-if',
      'If you were charged after cancelling, we apologise',
    ],
    ['Apologies for the glitch you encountered.', 'default/sorry-you-feel', 'Apologies for the glitch you encountered'],
    [
      'We are sorry that you disagree with the decision.',
      'default/sorry-you-feel',
      'We are sorry that you disagree with the decision',
    ],
    // Any thing, seen only as what the reader went through; a hedge on whether the writer's mail was
    // unwelcome; a circumstance of the world after "but"; "mix up" written as two words.
    [
      'We are sorry about the noise you experienced on your first night.',
      'default/sorry-you-feel',
      'We are sorry about the noise you experienced on your first night',
    ],
    [
      "I'm sorry for the billing errors you ran into last month.",
      'default/sorry-you-feel',
      "I'm sorry for the billing errors you ran into last month",
    ],
    [
      'Sorry for the hassle you had to deal with.',
      'default/sorry-you-feel',
      'Sorry for the hassle you had to deal with',
    ],
    ['Apologies if my emails have been a nuisance!', 'default/sorry-if', 'Apologies if my emails have been a nuisance'],
    ["Apologies if this isn't relevant to you.", 'default/sorry-if', "Apologies if this isn't relevant to you"],
    [
      "We're sorry the seed extension took longer than we hoped, but the market has been brutal.",
      'default/apology-but',
      "We're sorry the seed extension took longer than we hoped, but the market has been brutal",
    ],
    [
      'Sorry for any mix up with your prescription.',
      'default/sorry-for-any-inconvenience',
      'Sorry for any mix up with your prescription',
    ],
    // Sympathy, then the reader's own act as the reason; a hedge to everyone; a harm measured for some
    // customers; the reader's perception; how it went for them; the effect of a thing with no one behind it.
    [
      "We're sorry to hear you've lost money, but as you authorised the payment, we're unable to refund it.",
      'default/apology-but',
      "We're sorry to hear you've lost money, but as you authorised the payment, we're unable to refund it",
    ],
    [
      'Apologies all round if the numbers in the board pack caused any confusion.',
      'default/sorry-if',
      'Apologies all round if the numbers in the board pack caused any confusion',
    ],
    [
      'Northwind regrets that certain customers experienced degraded performance on 8 April.',
      'default/sorry-you-feel',
      'regrets that certain customers experienced degraded performance on 8 April',
    ],
    [
      'We apologize for any perceived lack of cleanliness in your room.',
      'default/sorry-you-feel',
      'We apologize for any perceived lack of cleanliness in your room',
    ],
    [
      'We regret the experience you had with our support team.',
      'default/sorry-you-feel',
      'We regret the experience you had with our support team',
    ],
    [
      'We were sorry to learn of the issues you experienced with our temp.',
      'default/sorry-you-feel',
      'We were sorry to learn of the issues you experienced with our temp',
    ],
    [
      'We are sorry that you have felt let down by the practice.',
      'default/sorry-you-feel',
      'We are sorry that you have felt let down by the practice',
    ],
    [
      'I regret that the bonus announcement caused upset.',
      'default/sorry-you-feel',
      'I regret that the bonus announcement caused upset',
    ],
    // How it went for them, and the feeling they were given, with no one who gave it.
    [
      "I'm sorry this has been such a frustrating experience for you.",
      'default/sorry-you-feel',
      "I'm sorry this has been such a frustrating experience for you",
    ],
    [
      "I'm sorry that you were made to feel unwelcome.",
      'default/sorry-you-feel',
      "I'm sorry that you were made to feel unwelcome",
    ],
    // What was gone through with no one who caused it; a feeling one was left with; an answer measured
    // against their hope; amounts inside the thing regretted; a hedge on what they could not do.
    [
      'Please accept our apologies for the overcrowding experienced on this service.',
      'default/sorry-for-any-inconvenience',
      'Please accept our apologies for the overcrowding experienced on this service',
    ],
    [
      'We sincerely apologise for the delay experienced.',
      'default/sorry-for-any-inconvenience',
      'We sincerely apologise for the delay experienced',
    ],
    [
      'Sorry about your experience with this seller.',
      'default/sorry-for-any-inconvenience',
      'Sorry about your experience with this seller',
    ],
    [
      'I am sorry that you have been left feeling unsupported.',
      'default/sorry-you-feel',
      'I am sorry that you have been left feeling unsupported',
    ],
    [
      "We're sorry this isn't the answer you were hoping for.",
      'default/sorry-you-feel',
      "We're sorry this isn't the answer you were hoping for",
    ],
    [
      "We're sorry you've had a difficult start to your time in the hall.",
      'default/sorry-you-feel',
      "We're sorry you've had a difficult start to your time in the hall",
    ],
    [
      'We regret that your withdrawal of 0.42 ETH was delayed.',
      'default/mistakes-were-made',
      'We regret that your withdrawal of 0.42 ETH was delayed',
    ],
    [
      'We apologise if you were unable to purchase tickets.',
      'default/sorry-if',
      'We apologise if you were unable to purchase tickets',
    ],
    [
      'If you experienced an interruption to your supply, we apologise.',
      'default/sorry-if',
      'If you experienced an interruption to your supply, we apologise',
    ],
    [
      'I am sorry for the delay in repairing your shower; however, the contractor we use has been extremely busy.',
      'default/apology-but',
      'I am sorry for the delay in repairing your shower; however, the contractor we use has been extremely busy',
    ],
    // The reader's surprise, a plan or a hope that no one failed, a harm that "may have occurred", their
    // misreading, what they "had", a promise of time kept by no one, a rule in place of the act.
    [
      "We're sorry that you were surprised by the charges on your bill.",
      'default/sorry-you-feel',
      "We're sorry that you were surprised by the charges on your bill",
    ],
    [
      "I am sorry that your mother's discharge did not go as smoothly as you would have wished.",
      'default/sorry-you-feel',
      "I am sorry that your mother's discharge did not go as smoothly as you would have wished",
    ],
    [
      "We're sorry that the new update hasn't landed the way we hoped.",
      'default/sorry-you-feel',
      "We're sorry that the new update hasn't landed the way we hoped",
    ],
    [
      'We are sorry for any damage that may have occurred to your vehicle.',
      'default/sorry-for-any-inconvenience',
      'We are sorry for any damage that may have occurred to your vehicle',
    ],
    [
      'We regret any impression given at the open day that a place was guaranteed.',
      'default/sorry-for-any-inconvenience',
      'We regret any impression',
    ],
    [
      'We are sorry that some parents misunderstood last week’s letter.',
      'default/sorry-you-feel',
      'We are sorry that some parents misunderstood last week’s letter',
    ],
    [
      'We are very sorry for the noise you had in the night.',
      'default/sorry-you-feel',
      'We are very sorry for the noise you had in the night',
    ],
    [
      'We are apologize for the trouble you were facing with the license activation.',
      'default/sorry-you-feel',
      'We are apologize for the trouble you were facing with the license activation',
    ],
    [
      'We regret that your passport application is taking longer than our target time.',
      'default/sorry-you-feel',
      'We regret that your passport application is taking longer than our target time',
    ],
    ['Sorry, but we can only redeliver once.', 'default/apology-but', 'Sorry, but we can only redeliver once'],
    // From short messages: the reader's state typed on a phone, what they could not do, a harm that simply
    // existed, "regret the delay to…", a learner's dropped "it", trouble the reader may have had.
    ['sorry ur not happy with where i left it', 'default/sorry-you-feel', 'sorry ur not happy with where i left it'],
    [
      'Sorry you couldn’t find the export option.',
      'default/sorry-you-feel',
      'Sorry you couldn’t find the export option',
    ],
    [
      'Sorry there was a misunderstanding about the price.',
      'default/sorry-for-any-inconvenience',
      'Sorry there was a misunderstanding about the price',
    ],
    ['We regret the delay to your order.', 'default/sorry-for-any-inconvenience', 'We regret the delay to your order'],
    ['Sorry but is our policy.', 'default/apology-but', 'Sorry but is our policy'],
    [
      'We apologise if you experienced any issues with the checkout.',
      'default/sorry-if',
      'We apologise if you experienced any issues with the checkout',
    ],
    [
      'We are regretting the inconvenience caused to you.',
      'default/sorry-for-any-inconvenience',
      'We are regretting the inconvenience caused to you',
    ],
    // A past event hedged before the apology; readers in company; a feeling taken home; a harm that touches
    // their side; a time in the thing's name; a rule's reach, or someone else's lapse, after "but".
    [
      'If our negotiator was short with you on the phone on Monday, I apologise.',
      'default/sorry-if',
      'If our negotiator was short with you on the phone on Monday, I apologise',
    ],
    [
      'Apologies to you both if the noise from the works has been disruptive.',
      'default/sorry-if',
      'Apologies to you both if the noise from the works has been disruptive',
    ],
    [
      "I'm sorry that you and your family felt let down by your visit.",
      'default/sorry-you-feel',
      "I'm sorry that you and your family felt let down by your visit",
    ],
    [
      "I'm sorry that you came away feeling rushed.",
      'default/sorry-you-feel',
      "I'm sorry that you came away feeling rushed",
    ],
    [
      'We regret the impact on your operations.',
      'default/sorry-for-any-inconvenience',
      'We regret the impact on your operations',
    ],
    [
      "We're sorry that the 17:42 service from Reading was cancelled.",
      'default/mistakes-were-made',
      "We're sorry that the 17:42 service from Reading was cancelled",
    ],
    [
      "Sorry, but our price promise doesn't apply to marketplace sellers.",
      'default/apology-but',
      "Sorry, but our price promise doesn't apply to marketplace sellers",
    ],
    [
      'Apologies for the delay, however the pharmacy did not collect the prescription until Thursday.',
      'default/apology-but',
      'Apologies for the delay, however the pharmacy did not collect the prescription until Thursday',
    ],
    // The matter only pointed at; a learner's "for" in place of "that".
    ['We regret that this occurred.', 'default/mistakes-were-made', 'We regret that this occurred'],
    [
      'sorry for you are not happy with the shoes',
      'default/sorry-you-feel',
      'sorry for you are not happy with the shoes',
    ],
    // Someone else's lapse after a bare comma; the duty handed to someone else; a hedge on what befell "your"
    // thing; a cause after "which happened", with the "that" left out.
    [
      'Sorry for the mess on the landing, the lads were in a rush to get to the next job.',
      'default/apology-but',
      'Sorry for the mess on the landing, the lads were in a rush to get to the next job',
    ],
    [
      "And sorry the lad didn't turn up Tuesday, his van broke down on the A34.",
      'default/apology-but',
      "sorry the lad didn't turn up Tuesday, his van broke down on the A34",
    ],
    [
      'Apologies that my notes took so long, the client was really slow getting back to me.',
      'default/apology-but',
      'Apologies that my notes took so long, the client was really slow getting back to me',
    ],
    [
      "We're sorry you missed your connection; however, passengers on separate tickets are responsible for it.",
      'default/apology-but',
      "We're sorry you missed your connection; however, passengers on separate tickets are responsible for it",
    ],
    [
      'Sorry about that, the seller is responsible for shipping times.',
      'default/apology-but',
      'Sorry about that, the seller is responsible for shipping times',
    ],
    [
      'Sorry for the trouble, but the fault is in the firmware and it is not our responsibility.',
      'default/apology-but',
      'Sorry for the trouble, but the fault is in the firmware and it is not our responsibility',
    ],
    ['We apologise if your parcel arrived damaged.', 'default/sorry-if', 'We apologise if your parcel arrived damaged'],
    // A past state hedged is an event hedged: "if some items were missing".
    [
      "We're sorry if some items were missing from your order.",
      'default/sorry-if',
      "We're sorry if some items were missing from your order",
    ],
    // "…not our fault" disowns the act, after a comma or after "but".
    [
      "Sorry for the delay, the courier was late, it wasn't our fault.",
      'default/apology-but',
      "Sorry for the delay, the courier was late, it wasn't our fault",
    ],
    [
      'Sorry for the late samples, but customs was slow this month and it is not our fault.',
      'default/apology-but',
      'Sorry for the late samples, but customs was slow this month and it is not our fault',
    ],
    [
      "We're sorry your bag didn't arrive with you, which happened due to the tight connection.",
      'default/apology-but',
      "We're sorry your bag didn't arrive with you, which happened due to the tight connection",
    ],
    // An incident report's agentless fault; a hedge on what it did to them.
    [
      'Errors were introduced into the upload configuration during a deployment.',
      'default/mistakes-were-made',
      'Errors were introduced',
    ],
    [
      "We're sorry if this impacted your experience.",
      'default/sorry-if',
      "We're sorry if this impacted your experience",
    ],
    // The reader's thing done to, told as news: no one did it.
    [
      'We regret to inform you that your appointment on 3 March has been cancelled.',
      'default/mistakes-were-made',
      'We regret to inform you that your appointment on 3 March has been cancelled',
    ],
    [
      "I'm sorry to let you know that your parcel was damaged in transit.",
      'default/mistakes-were-made',
      "I'm sorry to let you know that your parcel was damaged in transit",
    ],
    // A service that failed the reader, as if by itself.
    [
      'We apologise that your bag did not arrive on the same flight as you.',
      'default/mistakes-were-made',
      'We apologise that your bag did not arrive',
    ],
    [
      'We are sorry that the engineer appointment did not go ahead as planned.',
      'default/mistakes-were-made',
      'We are sorry that the engineer appointment did not go ahead',
    ],
    [
      "We're sorry your refund hasn't gone through.",
      'default/mistakes-were-made',
      "We're sorry your refund hasn't gone through",
    ],
    // A cause handed elsewhere, after a comma.
    [
      'Regrettably, there has been a delay in processing returns due to unprecedented demand.',
      'default/apology-but',
      'Regrettably, there has been a delay in processing returns due to unprecedented demand',
    ],
    ['Sorry, the delay was due to the snow.', 'default/apology-but', 'Sorry, the delay was due to the snow'],
    // A rule or a change of policy stated in place of the act.
    [
      'Sorry, but we can no longer absorb these fees.',
      'default/apology-but',
      'Sorry, but we can no longer absorb these fees',
    ],
    [
      'Sorry, but refunds are only available within 14 days.',
      'default/apology-but',
      'Sorry, but refunds are only available within 14 days',
    ],
    // A hedge on whether the reader is satisfied or got what they hoped for; vague harms the stock line names.
    [
      'We are sorry if you are not satisfied with the shade.',
      'default/sorry-if',
      'We are sorry if you are not satisfied with the shade',
    ],
    [
      "We're sorry if this isn't the news you were hoping for.",
      'default/sorry-if',
      "We're sorry if this isn't the news you were hoping for",
    ],
    [
      "We're sorry for any uncertainty this may cause.",
      'default/sorry-for-any-inconvenience',
      "We're sorry for any uncertainty this may cause",
    ],
    [
      "We're sorry you've had a less than optimal experience with the app.",
      'default/sorry-you-feel',
      "We're sorry you've had a less than optimal experience with the app",
    ],
    // Time that ran over by itself; the reader's thing named at length, with an aside.
    [
      'We regret that the processing of your claim has taken longer than expected.',
      'default/mistakes-were-made',
      'We regret that the processing of your claim has taken longer than expected',
    ],
    [
      'We regret to inform you that your order 55102 (400 brackets) has been delayed.',
      'default/mistakes-were-made',
      'We regret to inform you that your order 55102 (400 brackets) has been delayed',
    ],
    // The cause handed to demand, with "our" naming only when it happened.
    [
      'Regrettably, there has been a delay due to unprecedented demand during our seasonal sale.',
      'default/apology-but',
      'Regrettably, there has been a delay due to unprecedented demand during our seasonal sale',
    ],
    // The reader's reaction as it goes on; a mistake done to the reader by no one named.
    [
      "We're sorry you're finding the new design difficult to use.",
      'default/sorry-you-feel',
      "We're sorry you're finding the new design difficult to use",
    ],
    [
      'We are sorry that you were charged the wrong fare.',
      'default/sorry-you-feel',
      'We are sorry that you were charged the wrong fare',
    ],
    ['Sorry you were sent the wrong size.', 'default/sorry-you-feel', 'Sorry you were sent the wrong size'],
    // A bare "sorry, but" with a fact about a thing in place of the act.
    [
      "I'm sorry, but the evaluation panel's decision is final.",
      'default/apology-but',
      "I'm sorry, but the evaluation panel's decision is final",
    ],
    [
      "Sorry but the logo files won't be ready till Monday.",
      'default/apology-but',
      "Sorry but the logo files won't be ready till Monday",
    ],
    // Near miss of the act owned as "on us": the blame put on someone else.
    ["Sorry, but that's on the courier, not us.", 'default/apology-but', "Sorry, but that's on the courier, not us"],
    // The effect of a thing on the reader, how a thing seemed to them, "things" as the doer, their standards.
    ["I'm sorry that his comments upset Josh.", 'default/sorry-you-feel', "I'm sorry that his comments upset Josh"],
    [
      "We're sorry our billing statements left you puzzled.",
      'default/sorry-you-feel',
      "We're sorry our billing statements left you puzzled",
    ],
    [
      "We're sorry that Bella's appointment felt rushed to you.",
      'default/sorry-you-feel',
      "We're sorry that Bella's appointment felt rushed to you",
    ],
    [
      "I'm sorry the room didn't feel as clean as you'd like.",
      'default/sorry-you-feel',
      "I'm sorry the room didn't feel as clean as you'd like",
    ],
    [
      'We apologise that things did not go as they should have with your repair request.',
      'default/mistakes-were-made',
      'We apologise that things did not go',
    ],
    [
      'We are sorry that you have been feeling cold in your room.',
      'default/sorry-you-feel',
      'We are sorry that you have been feeling cold in your room',
    ],
    [
      'It is unfortunate that your visit did not meet the standards you have come to expect from us.',
      'default/sorry-you-feel',
      'It is unfortunate that your visit did not meet the standards you have come to expect from us',
    ],
    [
      'We regret that parts of the evening fell short of what you had hoped for.',
      'default/sorry-you-feel',
      'We regret that parts of the evening fell short of what you had hoped for',
    ],
    [
      'Please accept our apologies for the interruption to your service.',
      'default/sorry-for-any-inconvenience',
      'Please accept our apologies for the interruption to your service',
    ],
    [
      "We're sorry to hear your parcel is missing, but our records show it was delivered on Monday.",
      'default/apology-but',
      "We're sorry to hear your parcel is missing, but our records show it was delivered on Monday",
    ],
    // A decision told as if no one made it; the harm as the reader bore it; a group's feelings named as one.
    [
      'We regret that prices will increase by 12% from 1 July.',
      'default/mistakes-were-made',
      'We regret that prices will increase',
    ],
    [
      'We regret that the Free plan will no longer include custom domains from 1 October.',
      'default/mistakes-were-made',
      'We regret that the Free plan will no longer include',
    ],
    [
      'We regret that rising energy costs have made this increase necessary.',
      'default/mistakes-were-made',
      'We regret that rising energy costs have made this increase necessary',
    ],
    [
      'We regret that rising paper costs have made a price increase necessary.',
      'default/mistakes-were-made',
      'We regret that rising paper costs have made a price increase necessary',
    ],
    [
      'We apologise that this change was necessary.',
      'default/mistakes-were-made',
      'We apologise that this change was necessary',
    ],
    [
      'We regret the impact this incident had on you and your customers.',
      'default/sorry-for-any-inconvenience',
      'We regret the impact this incident had on you and your customers',
    ],
    [
      "We're sorry that our letter gave you the impression that your claim had been accepted.",
      'default/sorry-you-feel',
      "We're sorry that our letter gave you the impression that your claim had been accepted",
    ],
    [
      'I apologise that the team feels let down by the changes.',
      'default/sorry-you-feel',
      'I apologise that the team feels let down by the changes',
    ],
    // The reader's account rebutted after "but" or "however", even after "sorry to hear".
    [
      'Sorry to hear that you were unwell after your visit, however we have had no other reports of illness.',
      'default/apology-but',
      'Sorry to hear that you were unwell after your visit, however we have had no other reports of illness',
    ],
    [
      'Sorry you received a parking ticket, but our app clearly displays a reminder before your session ends.',
      'default/apology-but',
      'Sorry you received a parking ticket, but our app clearly displays a reminder before your session ends',
    ],
    // Owned later in the sentence is not owned when it is denied.
    [
      'Sorry that your refund took longer than promised, which was not our fault.',
      'default/mistakes-were-made',
      'Sorry that your refund took longer than promised, which was not our fault',
    ],
  ])('flags %j', (text, ruleId, span) => {
    expect(flags(text)).toEqual([[ruleId, span]]);
  });

  it.each([
    // Near misses of the effect, seeming and "things" shapes: the writer as the doer, bad news met with
    // sympathy, an object that is no person, sympathy for the reader's own life, the act owned, the writer's
    // own slow reply with a busy week as its reason.
    "I'm sorry I upset Josh with my comments.",
    "I'm sorry the results upset you; they are not as bad as they look.",
    "I'm sorry the news about the closure upset you.",
    'Sorry the weather upset your plans for the weekend.',
    "I'm sorry my late reply confused you, that was my mistake.",
    "I'm sorry things didn't go well at the interview.",
    'Sorry things went wrong for you at work this year.',
    "I'm sorry things got mixed up with your booking, I put the wrong date in.",
    "Sorry to hear you've been feeling so unwell this week.",
    'Sorry to hear the move has been hard, but the new place sounds lovely.',
    "Sorry it took me a couple of days to get back to you, it's been a busy week in the kitchen.",
    "I'm sorry the invoice I sent was wrong.",
    // Near misses of a decision with no maker: the writer's own move, a change the writer made and owns.
    // The writer's own slow note, hedged: a courtesy like "sorry for the slow reply".
    'Sorry if this is a bit late, here are the notes from Tuesday.',
    'Sorry if a bit late: the minutes are attached.',
    'Apologies if my reply is belated, I was away.',
    "I'm sorry that I will no longer be your account manager.",
    "I'm sorry that we will no longer stock the blue tiles; I decided to drop the range.",
    'Sorry, we will increase the order to 40 cases as you asked.',
    "I'm sorry we had to raise prices; I should have told you sooner.",
    'We regret that prices will increase because we chose to move to a greener supplier.',
    "I'm sorry the team feels so stretched, let's talk about hiring.",
    // Near misses of a rebuttal: a courtesy before a plain fact, sympathy before good news, the writer's amends.
    'Sorry to bother you, but our records show the March invoice is still unpaid.',
    'Sorry to hear about your dad, but the new place sounds lovely.',
    "Sorry for the delay, but I've clearly marked the changes in red for you.",
  ])('leaves alone %j', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it.each([
    // Near misses of the shapes just above: a loss met with sympathy, a harm the writer names, the thing
    // itself named before the harm, a courtesy about the writer's own question, a mix of paint.
    "I'm sorry for the loss you have suffered.",
    "I'm sorry for everything you have been through this year.",
    'We apologise for the problems you experienced, which were caused by our update.',
    'We apologize for the billing disruption you experienced on Monday.',
    'Sorry if this is relevant to an earlier thread.',
    "I'm sorry to say it, but the market for flats is slow.",
    'We will mix up the paint on site.',
    "I'm sorry this was a poor experience, because I double-booked the room.",
    // Sympathy met with the reader's request, not their fault; a courtesy before a plain fact; the act named.
    // News told with regret: an outcome, not an act; an event that is not the reader's; the writer's own decision.
    'We regret to inform you that your application was not successful this time.',
    "I'm sorry to tell you that tomorrow's trip to the castle has been cancelled.",
    'We regret to inform you that we have decided to offer the post to another candidate.',
    // Sympathy for what no service failed to do, and the writer's own act named after the failure.
    "I'm so sorry your father didn't recover.",
    "I'm sorry your dog didn't make it.",
    "I'm sorry your team didn't win on Saturday.",
    "I'm sorry the weather didn't hold for your wedding.",
    "I'm sorry the file didn't open because I sent the wrong version.",
    "I'm sorry the order didn't arrive because we packed it late.",
    // "Sorry to hear": sympathy in form, as often for someone else's service (an airline's, to a travel agent).
    "I'm so sorry to hear your luggage didn't arrive in Rome.",
    // The cause is the writer's own.
    'Sorry, the delay was due to our error.',
    // A courtesy before a notice, not an apology taken back.
    'Sorry to chase, but we can no longer hold the room after Friday.',
    "Sorry, there's been a delay because I forgot to send it.",
    "I'm sorry to hear you're unwell, but as you asked, I've moved the meeting.",
    "Sorry to chase, but you haven't paid the invoice.",
    'We regret the experience you had; our agent was rude and I have spoken to him.',
    "I'm sorry that the delay caused you stress; I forgot to book the courier.",
    // The writer owned the act in the sentence before, or the clause before: what it caused points back at it.
    "We cancelled your flight this afternoon because of a part we didn't have. Sorry for the hassle.",
    "That was wrong: I typed the wrong date. I'm sorry for the confusion it caused.",
    'We sent it to you in error. We are sorry for the worry this caused.',
    "That was my mistake, and I'm sorry you found out that way.",
    "I'm sorry this was a bad experience for your son; I should have called.",
    "I'm so sorry that your father passed away last week.",
    'We were sorry to hear your dog died; take all the time you need.',
    "Sorry to hear you're unwell. Take all the time you need.",
    'I made an error on your invoice and I am sorry: the corrected one is attached.',
    "I'm sorry I sent the parcel to your old address.",
    'Sorry, but the engineer accidentally broke the valve, and I am replacing it today.',
    'The engineer can only come on Tuesday, so I am sorry we cannot do Monday as promised.',
    'Sorry for the trouble you went to, and thank you for the photos.',
    'Sorry for the trouble, could you resend the file?',
    "I'm sorry I missed the deadline, but I've sent the report now.",
    "I'm sorry we double-charged you; the refund went out today.",
    // A courtesy: no effect on the reader is named, so nothing stands in for the act.
    'Thanks for waiting, and sorry for the trouble!',
    // An "if" about the writer's own words or acts is a courtesy, not a hedge on what happened to the reader.
    'Sorry if this is a silly question.',
    'Sorry if this was already answered in the thread.',
    // An "if" about the future is a promise, not a hedge on what happened.
    "If the parcel arrives damaged, I'm sorry and I'll replace it.",
    // A past slip hedged, then put right by the same writer, who is not named again.
    'If the parcel was delivered to a neighbour by mistake, I am sorry and will collect it myself.',
    'If you have any questions, we are happy to help.',
    // The writer's own lateness, named by the writer, is owned.
    "I'm sorry I was late to the call.",
    "I'm sorry that I had to leave early.",
    'I apologise for the outage you experienced on Monday: our router failed.',
    // The thing itself is named ("the service disruption"), so the act is on the table.
    'I want to apologise for the service disruption you experienced on Friday.',
    'Sorry if I missed your call.',
    "Sorry if you've already replied.",
    "I'm sorry for the experience I gave you at the till: I should have listened.",
    // Near misses of the shapes above: sympathy, a favour's courtesy, and harms whose cause is named.
    'Sorry for your loss.',
    "I'm sorry you had a rough day.",
    "I'm sorry for the trouble I caused.",
    'Sorry for the trouble, could you resend the file?',
    "I'm sorry for your frustration with the portal; we broke the login page on Monday and it's fixed now.",
    'We apologise for the disruption to your service caused by our engineer cutting the wrong cable.',
    'Sorry for the trouble with the CSV export; we shipped a bug on Monday.',
    'Sorry for the confusion with the dates - I wrote Tuesday but meant Thursday.',
    'Sorry for the delay with the invoice.',
    // The act owned just before: "the worry it caused" points back at it.
    "That was our error, and I'm sorry for the worry it has caused you.",
    'It was a bug in our template after the update. I am sorry for the confusion it caused.',
    'Sorry for the problems I caused with the spreadsheet.',
    'I apologise for the mix-up I made with your booking dates.',
    "We're sorry you had to wait; I forgot to forward your email.",
    "I'm so sorry for your loss and for everything your family has been through.",
    // Near misses of the hedges, the agentless events and the comma excuses.
    'If you were charged twice, please accept our apologies and we will refund you today.',
    'We apologise to customers who were affected; the fault was in our cabling and it is fixed.',
    "I'm sorry that the parcel went missing; I gave the courier the wrong postcode.",
    'We apologise for the delays experienced on your journey, caused by our signalling fault.',
    'Sorry for the slow reply, we have been swamped.',
    'Sorry I missed your call, I was driving.',
    'Sorry you had to wait, I have sent it now.',
    'We understand this may have been frustrating, so we have refunded the fee.',
    "I know this must have been upsetting, and I'm sorry I didn't call sooner.",
    'I apologise for the fact that I missed the deadline.',
    'Two errors occurred during the import; we have fixed both.',
    "I'm sorry I sent the wrong file, but the right one is attached.",
    'Sorry for the delay, but the new part is fitted and the boiler works.',
    // A cause that is the writer's own, or the writer as the subject of what is regretted, owns the act.
    'We apologise for the delay due to an error on our part.',
    "I'm sorry for the delay, which was caused by a mistake we made.",
    "I'm sorry we missed the deadline because of our own planning error.",
    'Sorry to inform you that we have some delay in Algeciras caused by late arrival of spare parts.',
    // Courtesies and sympathy stay courtesies whatever the cause.
    'Sorry for the late reply due to the holidays.',
    "I'm sorry to hear you were off due to illness.",
    // After "though", the writer moving on is no excuse; a hedge followed by the remedy is a promise.
    'Sorry for the delay, though I have the figures now.',
    'If you were charged after cancelling, we apologise; I have refunded the fee.',
    // A semicolon and the writer naming the act; a new sentence in which the writer moves on.
    'We regret that your parcel was delayed; our driver left it at the wrong door.',
    'Sorry for the delay. However, I have the figures now.',
    'We are sorry for the trouble. But we have fixed it now.',
    "I'm sorry I took so long to reply.",
    "Apologies if you've already replied to this.",
    "Sorry if you already sent it, I can't find it in my inbox.",
    "I'm sorry that our ward staff did not tell you your mother had been moved to Ward 7 on Sunday night.",
    'Mistakes happen when people rush, so the checklist comes first.',
    'Errors happen when the file is over 10 MB.',
    // Near misses: the writer's own part named, a harm named, sympathy for their life.
    "I'm so sorry you had a difficult week with your mum in hospital.",
    'We regret that your withdrawal of 0.42 ETH was delayed because we paused payouts.',
    'I apologise for the service disruption you experienced on Monday.',
    'Sorry for the problems I experienced with the upload; it works now.',
    // Near misses of the shapes above: worry about their own life, the writer's side doing or deciding it,
    // the writer's own letter at fault, a personal diary, the act owned earlier in the sentence, a stock
    // line quoted as an example of what not to write, a passive with "was" that is no group of readers.
    "I'm sorry you were worried about your dad's operation, and I hope it went well.",
    "We're sorry we didn't do it the way we planned; that was our call.",
    'I am sorry that our last letter spelled your name wrong.',
    'Sorry, but I can only do Tuesday this week.',
    "I sent that email to the wrong list while testing, and I'm sorry for the worry it caused.",
    'Please don\'t open a complaint reply with "we apologise for any inconvenience" again.',
    'Our apologies that the brief was misunderstood by our designer.',
    'Sorry for the chat you had to sit through on Monday.',
    // Near misses of the short-message shapes: their absence, no one there, a question, the writer's own
    // draft, their health, and bad news told rather than regretted.
    "Sorry you couldn't make it on Friday, we missed you.",
    'Sorry there was no one at the desk when you called, I was on my lunch.',
    'Sorry, is our policy document attached?',
    'Sorry if this raises more issues than it solves, but here is the draft.',
    "I'm sorry you're not feeling well.",
    "I'm sorry to tell you that tomorrow's trip to Conwy Castle has been cancelled.",
    // Near misses of the shapes above: a hedge on what may yet happen, or one with the remedy after it; the
    // writer's own lapse after "but".
    "If the parcel arrives damaged, I'm sorry.",
    "If the parcel arrived damaged, I'm sorry and I'll replace it today.",
    "Sorry for the delay, but I didn't see your email until this morning.",
    // Sympathy for what happened to them, and the idiom "it occurred to".
    "I'm so sorry this happened to you.",
    'We regret that it occurred to nobody to call you, and that was our failure.',
    'Sorry for you, that must have been hard.',
    // Near misses of the lapse and duty shapes: news after the comma, the writer's act named after the reason,
    // sympathy, the writer's own lapse, the writer owning the duty; a hedge on the reader's present state; a
    // cause that is the writer's.
    "Sorry for the delay, the part arrived today and I've fitted it.",
    'Sorry for the confusion, the invoice was late because I sent it to the wrong address.',
    'Sorry for the delay, the lads were in a rush, which was my fault.',
    'Sorry to hear your flight was cancelled, the airline was overbooked.',
    'Sorry for the delay, our driver forgot to ring you.',
    "Sorry for the delay, I'm responsible for the hold-up and I've fixed it.",
    "I'm sorry if your mum is not well.",
    "We're sorry your bag didn't arrive, which happened because of a mistake we made.",
    "A bug was introduced by me in Tuesday's release, and I've reverted it.",
    'New features were introduced in the spring release.',
    'Sorry if my message made an impact.',
    // Near misses of the hedges on what the reader hoped for, time that ran over and a cause during "our" time:
    // the writer's own words or reply, the act owned right after, a cause that is the writer's.
    'Sorry if this is more detail than you wanted.',
    'Sorry if this is a silly question.',
    "I'm sorry my reply took longer than expected.",
    'Sorry it took longer than expected, I had to wait for the part.',
    "Sorry that your parcel didn't arrive; that was my mistake.",
    'Sorry that your refund took longer than promised, which was my fault.',
    "Sorry your order was delayed, that's on us and we'll refund the postage.",
    "We broke reminders in 4.2. Sorry, that one's entirely on us, and some of you missed things because of it.",
    'Sorry for the late delivery, it was all on us.',
    'We apologise for the delay, which was due to an error on our part.',
    // Near misses of a bare "sorry, but": a question, the writer's own answer, a person away, a courtesy first.
    'Sorry, but could you resend the file?',
    "Sorry, but I can't make Tuesday.",
    'Sorry, but Dr Patel is away until Monday.',
    'Sorry to chase, but the invoice is now overdue.',
    // Near misses of a mailing's slip: a condition with no apology, the slip owned, the writer's own question.
    'If this email was sent to the wrong person, please let me know.',
    'If this reached you by mistake, please forward it to Dana.',
    'We are sorry that this reached you by mistake: I typed the wrong address.',
    'Sorry if this is a duplicate question.',
    // A mistake done to the reader, owned in the same sentence.
    'Sorry you were charged twice, that was my mistake.',
    "I'm sorry you were charged twice; I keyed it in wrong and have refunded it.",
    'Sorry you were charged twice because I clicked the button twice.',
  ])('leaves alone %j', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a harm or an overrun with no one behind it', () => {
  it.each([
    ['We regret that damage occurred during the lift on September 30.', 'We regret that damage occurred'],
    ['We apologise that some breakages occurred in transit.', 'We apologise that some breakages occurred in transit'],
    ['We regret that the overhaul overran by six days.', 'We regret that the overhaul overran by six days'],
    ['Sorry that the install ran over by two hours.', 'Sorry that the install ran over by two hours'],
  ])('flags %j', (text, span) => {
    expect(flags(text)).toEqual([['default/mistakes-were-made', span]]);
  });

  it.each([
    // The writer's side did it, or says who did.
    'We regret that our crane operator caused damage during the lift on September 30.',
    'We regret that we let the overhaul overrun by six days.',
    // Sympathy for what befell the reader, and an overrun with no count of it.
    "I'm so sorry that damage happened to your fence in the storm.",
    "Sorry the meeting ran over, I'll call you at four.",
    // The idiom, not an event.
    'We regret that it never occurred to us to call you.',
  ])('leaves alone %j', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('leaves a blank for the act, which "damage occurred" does not name', () => {
    const [f] = analyze('Hi,\n\nWe regret that damage occurred during the lift.', builtinRuleset());
    expect(f!.suggestions.map((s) => s.replacement)).toEqual([
      "We're sorry that we [what we did]. We want to make this right",
    ]);
  });
});

describe('any harm that may have been, whatever it is called', () => {
  it.each([
    ['We apologise for any downtime this may have caused.', 'We apologise for any downtime this may have caused'],
    [
      'We regret any downtime your customers may have experienced.',
      'We regret any downtime your customers may have experienced',
    ],
    ['We regret any administrative burden this may create.', 'We regret any administrative burden this may create'],
    // Something the reader may have received or seen, however it got to them.
    [
      'We apologize for any email you may have inadvertently received.',
      'We apologize for any email you may have inadvertently received',
    ],
    [
      'Sorry for any duplicate messages that you may have received this morning.',
      'Sorry for any duplicate messages that you may have received this morning',
    ],
    // When the harm came is part of it, so the rewrite does not leave it dangling after its own sentence.
    [
      'We apologise for any downtime you may have noticed after the upgrade.',
      'We apologise for any downtime you may have noticed after the upgrade',
    ],
  ])('flags %j', (text, span) => {
    expect(flags(text)).toEqual([['default/sorry-for-any-inconvenience', span]]);
  });

  it.each([
    // Who did it is named, or the act is owned after it.
    'We apologize for any damage our driver caused.',
    'We apologise for any downtime this caused, which was our mistake in the config.',
    // No hedge: a harm that was, named as such.
    'We regret the errors in the March invoice.',
    'We apologize for the duplicate email you received yesterday; I sent it twice by mistake.',
    // No apology: asking about what they may have received.
    'Please forward any emails you may have received from this address.',
    'Sorry for the email you may have seen from Dana.',
  ])('leaves alone %j', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a cause handed elsewhere, however it is said', () => {
  it.each([
    [
      'Sorry for the hold-up, but customs checks are outside our control.',
      'default/apology-but',
      'Sorry for the hold-up, but customs checks are outside our control',
    ],
    [
      'Sorry, but our prices have to reflect the rising cost of heating the pool.',
      'default/apology-but',
      'Sorry, but our prices have to reflect the rising cost of heating the pool',
    ],
    // A harm regretted in the passive, whoever felt it and whenever.
    [
      'Any disruption experienced by staff during this period is regretted.',
      'default/mistakes-were-made',
      'Any disruption experienced by staff during this period is regretted',
    ],
    [
      'Any distress suffered by residents over the weekend is deeply regretted.',
      'default/mistakes-were-made',
      'Any distress suffered by residents over the weekend is deeply regretted',
    ],
    // A time inside the name of what "had to be" cancelled.
    [
      'The clinic regrets that your appointment on Thursday 27 March at 10:30am has had to be cancelled.',
      'default/mistakes-were-made',
      'regrets that your appointment on Thursday 27 March at 10:30am has had to be cancelled',
    ],
  ])('flags %j', (text, rule, span) => {
    expect(flags(text)).toEqual([[rule, span]]);
  });

  it.each([
    // Courtesies before a deadline: no harm apologised for.
    'Sorry to chase, but the form has to be signed by Friday.',
    'Sorry to bother you, but the meter has to be read this week.',
    // Control named as the writer's own.
    'Sorry for the wait. The fix is within our control and ships on Monday.',
    // Who caused it is named as the writer's side.
    'The disruption caused by our contractor on Monday is regretted.',
    // The writer cancelled it, and says so.
    'I cancelled your appointment on Thursday at 10:30am by mistake, and I am sorry.',
  ])('leaves alone %j', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe("the writer's own rules, a state gone on, someone of the reader's", () => {
  it.each([
    // "my policy" is as much a rule cited in place of the act as "our policy".
    [
      'Sorry, but my policy is to charge 30% extra for any delivery under 48 hours.',
      'default/apology-but',
      'Sorry, but my policy is to charge 30% extra for any delivery under 48 hours',
    ],
    // An adverb inside the verb hides no one.
    [
      'We regret that the lift has now been out of service for three weeks.',
      'default/mistakes-were-made',
      'We regret that the lift has now been out of service for three weeks',
    ],
    // What the reader came away without, with no one who failed them.
    [
      "I'm sorry you didn't get what you hoped for from the programme.",
      'default/sorry-you-feel',
      "I'm sorry you didn't get what you hoped for from the programme",
    ],
    // Someone of the reader's, in their place.
    ["I'm sorry your son had to wait so long.", 'default/sorry-you-feel', "I'm sorry your son had to wait so long"],
  ])('flags %j', (text, rule, span) => {
    expect(flags(text)).toEqual([[rule, span]]);
  });

  it.each([
    // The writer's own act, and the writer's own news.
    "I'm sorry we didn't get the report you needed to you on time.",
    "Sorry, but my son is ill so I can't make it tomorrow.",
    // Sympathy: an outcome no service decided for them.
    "I'm sorry you didn't get the job, you were a strong candidate.",
    // The act owned in the same sentence.
    "I'm sorry your card had to wait until the new year, I forgot to post it.",
    'Sorry that your order has now been dispatched twice, that was our mistake.',
  ])('leaves alone %j', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('rewrites that keep the facts', () => {
  it('owns an event with no actor, keeping what the writer named', () => {
    const [f] = analyze('Hi,\n\nWe regret that the sofa arrived later than the date we gave you.', builtinRuleset());
    expect(f!.suggestions[0]).toEqual({
      label: 'Own it',
      replacement: "We're sorry the sofa arrived later than the date we gave you. That's on us",
    });
  });

  it('drops the "if" before a past event, and speaks as whoever apologised', () => {
    const replacements = (text: string) =>
      analyze(text, builtinRuleset()).flatMap((f) => f.suggestions.map((s) => s.replacement));
    expect(replacements('If our negotiator was short with you on the phone on Monday, I apologise.')[0]).toBe(
      "I'm sorry that our negotiator was short with you on the phone on Monday",
    );
    expect(replacements('To the extent that our letter caused any confusion about the date, we apologise.')[0]).toBe(
      "We're sorry that our letter caused any confusion about the date",
    );
    // With no act to keep, the blank speaks as the apology does: "our apologies" is the writer's side.
    expect(replacements('If this email bothers you, please accept our apologies.')).toEqual([
      "We're sorry that we [what we did]. We want to make this right",
    ]);
    expect(replacements('If this reached you by mistake, please accept our sincere apologies.')).toEqual([
      "We're sorry that we [what we did]. We want to make this right",
    ]);
    expect(replacements('If my email upset you, please accept my apologies.')).toEqual([
      "I'm sorry that I [what I did]. I want to make this right",
    ]);
  });

  it('leaves a blank for the act when the apology only points at the matter', () => {
    const [f] = analyze('The fire door was left open. We regret that this occurred.', builtinRuleset());
    expect(f!.suggestions.map((s) => s.replacement)).toEqual([
      "We're sorry that we [what we did]. We want to make this right",
    ]);
  });

  describe('an excuse after the apology is replaced, not kept', () => {
    const only = (text: string) => {
      const found = analyze(text, builtinRuleset()).filter((f) => f.kind === 'non-apology');
      expect(found).toHaveLength(1);
      return found[0]!;
    };

    it.each([
      // A rebuttal after "however" would contradict the apology the rewrite makes.
      [
        "We're sorry you feel the invoice was wrong, however our records show it was correct.",
        "We're sorry the invoice was wrong. We want to make this right",
      ],
      [
        "I'm sorry you feel our last proposal missed the mark, but our pricing was clearly stated in the deck.",
        "I'm sorry our last proposal missed the mark",
      ],
      // Someone else's part, after a finding that runs to the end of the sentence anyway.
      [
        "I'm sorry you feel you were left in the dark, but the client took three weeks to give feedback.",
        "I'm sorry we left you in the dark",
      ],
      // In a condition, whose words run on past the "but".
      [
        "I'm sorry if this comes as a shock, but costs have gone up across the board.",
        "I'm sorry this comes as a shock",
      ],
      // A capitalised "Sorry" starts the sentence; inside the rewrite it does not.
      [
        'Sorry you feel the deposit deductions are unfair, but the check-out report clearly shows the staining.',
        "I'm sorry the deposit deductions are unfair. I want to make this right",
      ],
    ])('%j', (sentence, rewrite) => {
      const f = only(`Hi Sam,\n\n${sentence}\n\nBest,\nAlex`);
      expect(f.text).toBe(sentence.slice(0, -1));
      expect(f.suggestions[0]!.replacement).toBe(rewrite);
    });

    it('takes in an excuse after a stock phrase, so the template does not run on into it', () => {
      const sentence = "We're sorry for any inconvenience, but the courier was delayed by the weather.";
      const f = only(`Hi Sam,\n\n${sentence}`);
      expect(f.ruleId).toBe('default/sorry-for-any-inconvenience');
      expect(f.text).toBe(sentence.slice(0, -1));
      expect(f.suggestions[0]!.replacement).toBe("We're sorry that we [what we did]. We want to make this right");
    });

    it('keeps what the writer goes on to do, and a stock phrase stays only the stock phrase before it', () => {
      const amends = only("Hi Sam,\n\nI'm sorry you feel the delivery was late, but I've sent a replacement today.");
      expect(amends.suggestions[0]!.replacement).toBe(
        "I'm sorry the delivery was late, but I've sent a replacement today. I want to make this right",
      );
      for (const tail of ['though we have now fixed the link', 'but I hope the new date works for you']) {
        const f = only(`Hi Sam,\n\nWe're sorry for any inconvenience, ${tail}.`);
        expect(f.text).toBe("We're sorry for any inconvenience");
      }
    });
  });

  it('offers no clause rewrite when what the reader felt is not a clause, and keeps what it was about', () => {
    // "I am sorry let down by the service" is what cutting "you felt" used to leave; an excuse after it made
    // the words after "felt" look like a clause ("…, but we followed the policy").
    for (const tail of ['', ', but we followed the policy']) {
      const [f] = analyze(`I am sorry you felt let down by the service${tail}.`, builtinRuleset());
      expect(f!.suggestions.map((s) => s.replacement)).toEqual([
        "I'm sorry that I [what I did] with the service. I want to make this right",
      ]);
    }
  });

  it.each([
    ["I'm sorry you were frustrated by the wait.", "I'm sorry that I [what I did] with the wait."],
    [
      "We're sorry you were unhappy with the delivery on Tuesday.",
      "We're sorry that we [what we did] with the delivery on Tuesday.",
    ],
    [
      'Sorry you were upset about the missing invoice; we have resent it.',
      "I'm sorry that I [what I did] with the missing invoice.",
    ],
    ['I am so sorry you felt a bit annoyed at our reminders.', "I'm sorry that I [what I did] with our reminders."],
    // A clause inside what they felt it about is no clause after "sorry" ("I'm sorry let down by…").
    [
      "We're sorry you feel let down by the time this has taken.",
      "We're sorry that we [what we did] with the time this has taken.",
    ],
  ])('keeps what the reader felt it about in %j', (text, start) => {
    const [f] = analyze(text, builtinRuleset());
    expect(f!.suggestions[0]!.replacement).toBe(
      `${start.slice(0, -1)}. ${/^We/.test(start) ? 'We' : 'I'} want to make this right`,
    );
  });

  it.each([
    // No thing named: the feeling alone, a way of seeing it, or a clause ("how the call went").
    "We're sorry you feel that way.",
    "We're sorry you were disappointed with how the call went.",
    "I'm sorry you're upset.",
  ])('leaves only the blank in %j', (text) => {
    const [f] = analyze(text, builtinRuleset());
    expect(f!.suggestions.map((s) => s.replacement)).toEqual([
      `${/^We/.test(text) ? "We're sorry that we [what we did]. We" : "I'm sorry that I [what I did]. I"} want to make this right`,
    ]);
  });
});
