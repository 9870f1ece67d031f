import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import pack from '../../rules/default.json';
import schema from '../../rules/rule-pack.schema.json';
import { analyze } from '../../src/engine';
import { builtinRuleset, validatePack } from '../../src/rules';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const matchesSchema = ajv.compile(schema);

// The pack's phrase rules, whatever their kind: buzzwords, hard-sell lines and brush-offs.
const PHRASE_RULES = new Set(pack.rules.filter((r) => 'phrases' in r).map((r) => `default/${r.id}`));
const phraseFindings = (text: string) =>
  analyze(text, builtinRuleset())
    .filter((f) => PHRASE_RULES.has(f.ruleId))
    .map((f) => [f.ruleId, f.text]);

describe('the built-in rule pack', () => {
  it('validates against rule-pack.schema.json', () => {
    expect(matchesSchema(pack), JSON.stringify(matchesSchema.errors, null, 2)).toBe(true);
  });

  it('passes the pack validator', () => {
    expect(validatePack(pack, 'rules/default.json', { allowDetectors: true }).errors).toEqual([]);
  });
});

// Teams write against the schema and the CLI runs the validator: both must say yes and no to the same packs.
describe('the schema agrees with the validator', () => {
  const rule = (over: Record<string, unknown> = {}) => ({
    id: 'ticket-speak',
    phrases: ['per my last email'],
    message: 'Say it plainly.',
    ...over,
  });
  const team = (over: Record<string, unknown> = {}) => ({ name: 'acme', version: '1', rules: [rule()], ...over });

  it.each([
    ['a minimal pack', { name: 'acme', version: '1' }, true],
    [
      'a pack using every field',
      team({
        $schema: './rule-pack.schema.json',
        description: 'Acme sales wording.',
        rules: [
          rule({
            kind: 'buzzword',
            phrases: ['* centric', "it's company policy", 'best-in-class', '100% free', 'per my last e-mail'],
            suggestions: ['to recap', { label: 'Plain', replacement: 'focused on the $1' }],
            severity: 'hint',
            inflect: false,
            flagIf: [{ before: ['our', 'end-to-end'] }, { tag: 'Verb' }],
            skipIf: [{ after: ['ratio'] }],
          }),
        ],
        disable: ['default/synergy'],
        overrides: { 'default/leverage': { message: 'Say "use".', severity: 'hint', suggestions: [] } },
      }),
      true,
    ],
    ['a tagBefore condition', team({ rules: [rule({ flagIf: [{ tagBefore: 'Noun' }] })] }), true],
    ['a hyphenated condition', team({ rules: [rule({ flagIf: [{ hyphenated: true }] })] }), true],
    ['a hyphenated condition that is not true', team({ rules: [rule({ flagIf: [{ hyphenated: false }] })] }), false],
    ['an unknown tagBefore', team({ rules: [rule({ flagIf: [{ tagBefore: 'Nouns' }] })] }), false],
    ['a tagAfter condition', team({ rules: [rule({ skipIf: [{ tagAfter: 'Verb' }] })] }), true],
    ['a paragraph topic condition', team({ rules: [rule({ skipIf: [{ inParagraph: ['router', 'Mbps'] }] })] }), true],
    ['a paragraph topic of two words', team({ rules: [rule({ skipIf: [{ inParagraph: ['fibre line'] }] })] }), false],
    [
      'tagBefore and tagAfter in one condition',
      team({ rules: [rule({ flagIf: [{ tagBefore: 'Noun', tagAfter: 'Noun' }] })] }),
      false,
    ],
    ['cue words', team({ cues: { 'non-apology/vague-harms': ['mess', 'mix-up', "the team's delay"] } }), true],
    [
      'cue words naming a company',
      team({ cues: { 'non-apology/vague-harms': ['Acme & Co.', '#1 app', '50% promo'] } }),
      true,
    ],
    ['an unknown cue list', team({ cues: { 'non-apology/made-up': ['mess'] } }), false],
    ['a cue list that is not a list', team({ cues: { 'non-apology/vague-harms': 'mess' } }), false],
    ['a pattern as a cue word', team({ cues: { 'non-apology/vague-harms': ['mess(es)?'] } }), false],
    ['a wildcard as a cue word', team({ cues: { 'non-apology/vague-harms': ['* mess'] } }), false],
    ['a cue word of nine words', team({ cues: { 'non-apology/vague-harms': ['a b c d e f g h i'] } }), false],
    ['a blank cue word', team({ cues: { 'non-apology/vague-harms': ['  '] } }), false],
    [
      '501 cue words',
      team({ cues: { 'non-apology/vague-harms': Array.from({ length: 501 }, (_, i) => `w${i}`) } }),
      false,
    ],
    ['a bad pack name', team({ name: 'Acme Sales' }), false],
    ['a missing version', { name: 'acme' }, false],
    ['a blank version', team({ version: '  ' }), false],
    ['an unknown top-level field', team({ author: 'me' }), false],
    ['an unknown rule field', team({ rules: [rule({ colour: 'red' })] }), false],
    ['a rule without phrases', team({ rules: [{ id: 'x', message: 'm' }] }), false],
    ['an empty phrase list', team({ rules: [rule({ phrases: [] })] }), false],
    ['a blank phrase', team({ rules: [rule({ phrases: ['   '] })] }), false],
    ['a regular expression', team({ rules: [rule({ phrases: ['/sorry.*/'] })] }), false],
    [
      'a phrase of nine words',
      team({ rules: [rule({ phrases: ['one two three four five six seven eight nine'] })] }),
      false,
    ],
    [
      'a phrase of eight hyphenated words',
      team({ rules: [rule({ phrases: ['one-two-three-four five six seven eight'] })] }),
      true,
    ],
    ['three wildcards', team({ rules: [rule({ phrases: ['* * * centric'] })] }), false],
    ['only wildcards', team({ rules: [rule({ phrases: ['* *'] })] }), false],
    ['a wildcard inside a word', team({ rules: [rule({ phrases: ['cust* centric'] })] }), false],
    ['a 101-character phrase', team({ rules: [rule({ phrases: ['a'.repeat(101)] })] }), false],
    ['a 501-character message', team({ rules: [rule({ message: 'm'.repeat(501) })] }), false],
    ['an unknown kind', team({ rules: [rule({ kind: 'spam' })] }), false],
    ['a bad severity', team({ rules: [rule({ severity: 'error' })] }), false],
    ['a suggestion without a replacement', team({ rules: [rule({ suggestions: [{ label: 'x' }] })] }), false],
    [
      'eleven suggestions',
      team({ rules: [rule({ suggestions: Array.from({ length: 11 }, (_, i) => `s${i}`) })] }),
      false,
    ],
    ['a condition with two keys', team({ rules: [rule({ skipIf: [{ before: ['the'], after: ['of'] }] })] }), false],
    ['an empty condition', team({ rules: [rule({ flagIf: [{}] })] }), false],
    ['an unknown tag', team({ rules: [rule({ flagIf: [{ tag: 'Regex' }] })] }), false],
    ['a wildcard in a condition', team({ rules: [rule({ skipIf: [{ before: ['* centric'] }] })] }), false],
    [
      'a 100-character phrase ending in a letter outside the BMP',
      team({ rules: [rule({ phrases: [`${'a'.repeat(99)}𠀀`] })] }),
      true,
    ],
    ['a pattern in a condition', team({ rules: [rule({ flagIf: [{ after: ['/^a+$/'] }] })] }), false],
    ['inflect as a string', team({ rules: [rule({ inflect: 'yes' })] }), false],
    [
      'a detector rule without a kind',
      team({ rules: [{ id: 'x', detector: 'non-apology/feelings', message: 'm' }] }),
      false,
    ],
    [
      'an unknown detector',
      team({ rules: [{ id: 'x', kind: 'non-apology', detector: 'non-apology/sarcasm', message: 'm' }] }),
      false,
    ],
    ['a bad disable id', team({ disable: ['synergy'] }), false],
    ['an override keyed by a short id', team({ overrides: { synergy: { severity: 'hint' } } }), false],
    ['an override of an unknown field', team({ overrides: { 'default/synergy': { phrases: ['x'] } } }), false],
  ])('%s', (_, value, valid) => {
    expect(matchesSchema(value)).toBe(valid);
    expect(validatePack(value, 'team.json', { allowDetectors: true }).errors.length === 0).toBe(valid);
  });
});

// [text, the exact [ruleId, text] of every buzzword finding]: positives, and near misses that must stay quiet.
const cases: [string, string[][]][] = [
  // centric and centricity: any "X-centric", never inside a word
  [
    'We are a customer-centric team, and proudly patient centric.',
    [
      ['default/centric', 'customer-centric'],
      ['default/centric', 'patient centric'],
    ],
  ],
  [
    'Our client centricity programme starts in May. Centricity matters.',
    [
      ['default/centricity', 'client centricity'],
      ['default/centricity', 'Centricity'],
    ],
  ],
  ['Our founder is eccentric, and the rings are concentric.', []],
  ['She sounded egocentric on the call.', []],

  // customer-facing, however the two words are joined
  ['Our customer-facing team will call you.', [['default/customer-facing', 'customer-facing']]],
  ['Our customer facing team will call you.', [['default/customer-facing', 'customer facing']]],
  ['Our customer\nfacing team will call you.', [['default/customer-facing', 'customer\nfacing']]],
  ['This role is client-facing.', [['default/customer-facing', 'client-facing']]],
  ['A customer facing the same error wrote in today.', []],
  ['We spoke to a client facing eviction last week.', []],

  // inflected forms
  [
    'There is real synergy here, and the synergies add up.',
    [
      ['default/synergy', 'synergy'],
      ['default/synergy', 'synergies'],
    ],
  ],
  ['Leverage our data.', [['default/leverage', 'Leverage']]],
  [
    'She leverages it, we leveraged it, and they are leveraging our platform.',
    [
      ['default/leverage', 'leverages'],
      ['default/leverage', 'leveraged'],
      ['default/leverage', 'leveraging'],
    ],
  ],
  ["I'll be circling back on Friday.", [['default/circle-back', 'circling back']]],
  [
    'We sell end-to-end solutions and provide a turnkey solution.',
    [
      ['default/end-to-end', 'end-to-end'],
      ['default/solutions', 'solutions'],
      ['default/turnkey', 'turnkey'],
      ['default/solutions', 'solution'],
    ],
  ],
  [
    'We can leverage our end-to-end solutions to sync your CRM.',
    [
      ['default/leverage', 'leverage'],
      ['default/end-to-end', 'end-to-end'],
      ['default/solutions', 'solutions'],
    ],
  ],
  ['Our solution to your export problem is a nightly job.', []],

  // leverage, bandwidth and solutions only in their jargon sense
  ["The fund's leverage ratio is high.", []],
  ['Trade with 5x leverage on margin.', []],
  ['Forex traders use leverage to open bigger trades.', []],
  ['We leverage AI to speed up trading reconciliations.', [['default/leverage', 'leverage']]],
  ['The fund is highly leveraged after the buyout.', []],
  ['We have more leverage if we sign first.', []],
  ["I don't have the bandwidth this week.", [['default/bandwidth', 'bandwidth']]],
  ['Do you have bandwidth on your side for a review?', [['default/bandwidth', 'bandwidth']]],
  ['The network bandwidth is 100 Mbps.', []],
  ['Bandwidth usage doubled in March.', []],
  ['Our bandwidth usage doubled in March.', []],
  ['Can we increase the bandwidth to 1 Gbps?', []],
  [
    'We offer innovative payment solutions for your business.',
    [
      ['default/innovative', 'innovative'],
      ['default/solutions', 'solutions'],
    ],
  ],
  ['Our solutions team will call you.', [['default/solutions', 'solutions']]],
  ['We found the solution to the export problem.', []],
  ['Store the lenses in saline solution overnight.', []],
  // Solutions in the chemist's sense, named by what is dissolved or what they clean.
  ["I've made up the copper sulfate solutions at 0.1 and 0.5 mol/dm³.", []],
  ['Some people react to the preservative in multi-purpose solutions.', []],
  ['We sell storage solutions for small offices.', [['default/solutions', 'solutions']]],
  ['Good news: we found a solution.', []],
  ['Our solution to your problem is a settings change.', []],
  ['Our solution is to restart the sync job.', []],
  ['Our invoices now go to First Energy Solutions.', []],

  // apostrophes, straight and curly
  ["It's company policy.", [['default/company-policy', "It's company policy"]]],
  ['It’s company policy.', [['default/company-policy', 'It’s company policy']]],
  [
    'That’s not my decision, and we’re not allowed to change it.',
    [
      ['default/not-my-decision', 'That’s not my decision'],
      ['default/not-allowed-to', 'we’re not allowed to'],
    ],
  ],
  ["It's our policy to refund within 30 days, so I've started yours.", []],
  ['Sorry, that is not a valid option.', [['default/not-a-valid-option', 'not a valid option']]],
  ['The -x flag is not a valid option for this command.', []],
  ['Your call is important to us.', [['default/your-call-is-important', 'Your call is important to us']]],

  // marketing clichés
  [
    'Act now and be your own boss!',
    [
      ['default/act-now', 'Act now'],
      ['default/be-your-own-boss', 'be your own boss'],
    ],
  ],
  ['We need to act now on the audit findings.', []],
  ['The Act now requires two signatures.', []],
  [
    'Dear Friend, this is 100% free.',
    [
      ['default/dear-friend', 'Dear Friend'],
      ['default/100-percent-free', '100% free'],
    ],
  ],
  ['Maria is a dear friend of mine.', []],
  ['The sample is 100% free of gluten.', []],
  [
    'We can double your sales and give you financial freedom.',
    [
      ['default/double-your', 'double your sales'],
      ['default/financial-freedom', 'financial freedom'],
    ],
  ],
  ['You doubled your sales last year, congratulations!', []],
  ['This could double your lead time.', []],
  [
    'Buy today on easy terms. Satisfaction guaranteed!',
    [
      ['default/easy-terms', 'easy terms'],
      ['default/satisfaction-guaranteed', 'Satisfaction guaranteed'],
    ],
  ],
  ['Could you explain it in easy terms?', []],
  ['Here is the information you requested.', [['default/information-you-requested', 'information you requested']]],
  [
    'This is a limited-time offer, available for a limited time only.',
    [
      ['default/limited-time', 'limited-time offer'],
      ['default/limited-time', 'available for a limited time'],
    ],
  ],
  ["We have limited time on the call, so let's start with your questions.", []],
  ['The power will be off for a limited time tonight.', []],
  ['Grab our now-only offer.', [['default/now-only', 'now-only offer']]],
  ['The blue model is now only available in Europe.', []],
  [
    'This amazing offer ends soon. Get instant approval!',
    [
      ['default/amazing', 'amazing'],
      ['default/instant', 'instant'],
    ],
  ],
  ["That's amazing news, congratulations!", []],
  ['Ping me on instant messenger, or use instant messaging.', []],

  // corporate jargon
  [
    "Let's touch base and move the needle on the low-hanging fruit.",
    [
      ['default/touch-base', 'touch base'],
      ['default/move-the-needle', 'move the needle'],
      ['default/low-hanging-fruit', 'low-hanging fruit'],
    ],
  ],
  [
    'It is a paradigm shift and a game-changer, with game-changing features.',
    [
      ['default/paradigm-shift', 'paradigm shift'],
      ['default/game-changer', 'game-changer'],
      ['default/game-changing', 'game-changing'],
    ],
  ],
  [
    'Our best-in-class, cutting-edge, world-class platform is mission-critical.',
    [
      ['default/best-in-class', 'best-in-class'],
      ['default/cutting-edge', 'cutting-edge'],
      ['default/world-class', 'world-class'],
      ['default/mission-critical', 'mission-critical'],
    ],
  ],
  ['She coaches world-class athletes.', []],
  // Not jargon to the people who label mail: "going forward" is how plain writers say "from now on".
  ['Going forward, invoices will arrive on the 1st.', []],
  ['The swab shows two antibiotics act in synergy against the bacteria.', []],
  ['Location: Synergy Physio Ltd, 12 Bank Street', []],
  ['I\'ve taken out "synergy" and "best-in-class" wherever they appeared.', []],
  ['We have a proven track record in logistics.', [['default/proven-track-record', 'proven track record']]],
  ['Her track record on clay is proven.', []],
  ['She wants a top-tier agency.', [['default/top-tier', 'top-tier']]],
  ['We sat in the top tier of the stadium.', []],
  ['You will wear many hats in this role.', [['default/wear-many-hats', 'wear many hats']]],
  ['The shop sells many hats to wear in winter.', []],
  ["We're excited about this strategic partnership.", [['default/strategic-partnership', 'strategic partnership']]],
  ['She is a partner at a strategy firm.', []],
  ["Let's get our ducks in a row before Monday.", [['default/ducks-in-a-row', 'ducks in a row']]],
  ['Two ducks swam in a line across the pond.', []],
  ['Time to circle the wagons.', [['default/circle-the-wagons', 'circle the wagons']]],
  ['The children drew a circle around the wagons.', []],
  ["We're on a journey to make every visit effortless.", [['default/on-a-journey', 'on a journey to']]],
  ["We're on a journey to Scotland next week.", []],
  [
    "What's the value-add? A win-win deep dive.",
    [
      ['default/value-add', 'value-add'],
      ['default/win-win', 'win-win'],
      ['default/deep-dive', 'deep dive'],
    ],
  ],
  ['All prices include value added tax.', []],
  ['Our values add up to one clear mission.', []],
  [
    'Think outside the box, but do not boil the ocean.',
    [
      ['default/think-outside-the-box', 'Think outside the box'],
      ['default/boil-the-ocean', 'boil the ocean'],
    ],
  ],
  [
    'We empower teams to synergize and ideate.',
    [
      ['default/empower', 'empower'],
      ['default/synergize', 'synergize'],
      ['default/ideate', 'ideate'],
    ],
  ],
  [
    'A synergistic fit: our core competencies give you actionable insights.',
    [
      ['default/synergistic', 'synergistic'],
      ['default/core-competency', 'core competencies'],
      ['default/actionable-insights', 'actionable insights'],
    ],
  ],
  [
    'Our next-generation platform moves seamlessly.',
    [
      ['default/next-generation', 'next-generation'],
      ['default/seamless', 'seamlessly'],
    ],
  ],
  ['We are training the next generation of engineers.', []],
  ['Seamless steel pipe prices rose again.', []],
  [
    'We utilize thought leadership, and a thought leader will join us.',
    [
      ['default/utilize', 'utilize'],
      ['default/thought-leadership', 'thought leadership'],
      ['default/thought-leader', 'thought leader'],
    ],
  ],
  ['I thought leaders were supposed to listen.', []],
  [
    'Our high-performance partnership is no burning platform.',
    [
      ['default/high-performance-partnering', 'high-performance partnership'],
      ['default/burning-platform', 'burning platform'],
    ],
  ],
  ['The lab runs a high-performance computing cluster.', []],
  ['We follow industry best practices.', [['default/best-practice', 'best practices']]],
  ["It's best practice to rotate keys monthly.", []],
  [
    'Net-net, we open the kimono. Let us take this offline.',
    [
      ['default/net-net', 'Net-net'],
      ['default/open-the-kimono', 'open the kimono'],
      ['default/take-this-offline', 'take this offline'],
    ],
  ],
  ['Send me the net-net figure by Friday.', []],
  ['Please send the requested documents to our office.', []],
  ['We went deep diving in Cozumel.', []],

  // vendor self-praise and sales-deck jargon
  ['Our holistic approach covers onboarding and billing.', [['default/holistic', 'holistic']]],
  [
    'It runs on a robust, world-class platform.',
    [
      ['default/robust', 'robust'],
      ['default/world-class', 'world-class'],
    ],
  ],
  ['We found robust evidence that the fix works.', []],
  ['The tent is robust enough for winter.', []],
  ['Keep the blade sharp: the cutting edge is hardened steel.', []],
  ['Our team is light on bandwidth this week.', [['default/bandwidth', 'bandwidth']]],
  ['Our platform helps teams leverage real-time data.', [['default/leverage', 'leverage']]],
  [
    'We sell contact centre solutions and payroll solutions.',
    [
      ['default/solutions-category', 'solutions'],
      ['default/solutions-category', 'solutions'],
    ],
  ],
  ['The engineer signed off on the soil nail solution.', []],
  ['Thanks,\nTrent Holloway\nSenior Talent Partner | Apex Talent Solutions', []],
  ['Our partner ecosystem keeps growing.', [['default/ecosystem', 'ecosystem']]],
  ['The package is deprecated across the npm ecosystem.', []],
  ['We are growing the developer ecosystem around our API.', [['default/ecosystem', 'ecosystem']]],
  ['The whole ecosystem of the estuary depends on the reeds.', []],
  ['We just launched our new loyalty ecosystem.', [['default/ecosystem', 'ecosystem']]],
  ["Let's socialize the plan with finance first.", [['default/socialize', 'socialize']]],
  ['We will socialize after the talk.', []],
  ['We offer a scalable integrations layer.', [['default/scalable', 'scalable']]],
  [
    'We drive efficiency, unlock hidden value and supercharge reporting from a single pane of glass.',
    [
      ['default/drive-value', 'drive efficiency'],
      ['default/unlock-potential', 'unlock hidden value'],
      ['default/supercharge', 'supercharge'],
      ['default/single-pane-of-glass', 'single pane of glass'],
    ],
  ],
  ['Back up to an external drive. Efficiency matters.', []],
  ['The glass pane in the single door cracked.', []],
  ['We are redefining the way teams plan.', [['default/reimagine', 'redefining the way']]],
  ['We are redefining how hybrid teams connect.', [['default/reimagine', 'redefining how']]],
  ['Ready to transform the way you work?', [['default/transform-the-way', 'transform the way']]],
  ['Update now and transform how your team designs.', [['default/transform-the-way', 'transform how']]],
  ['Heat treatment will transform how the steel behaves under load.', []],
  ['A new fuel map can transform the way the engine responds.', []],
  ['The dictionary explains how meanings get redefined over time.', []],
  ['One dive is a deep dive to 30 metres at the wreck.', []],
  ['Let us agree a single north star metric.', [['default/north-star', 'north star']]],
  ["The client's north star is margin expansion.", [['default/north-star', 'north star']]],
  [
    'Socialise the north star for Season 4 before Friday.',
    [
      ['default/socialize', 'Socialise'],
      ['default/north-star', 'north star'],
    ],
  ],
  ['On a clear night the North Star sits above the hill.', []],
  ['The planetarium show, "Finding the North Star", runs hourly.', []],
  ['North Star Logistics will collect on Monday.', []],
  ['We work with the most disruptive scale-ups in fintech.', [['default/disruptive', 'disruptive']]],
  ['The roadworks were disruptive for pupils.', []],
  ['Your appointment at Synergy Physiotherapy is on Monday.', []],
  ['Pick the items we can action before Q3.', [['default/action-as-verb', 'action']]],
  ['Add a clear call to action and an action plan.', []],
  [
    'We need a rockstar developer who can hit the ground running.',
    [
      ['default/rockstar', 'rockstar'],
      ['default/hit-the-ground-running', 'hit the ground running'],
    ],
  ],
  ['The famous rock star played Leeds.', []],
  [
    'We are reimagining payroll with a data-driven approach.',
    [
      ['default/reimagine', 'reimagining'],
      ['default/data-driven', 'data-driven'],
    ],
  ],
  [
    'With macro headwinds, we will right-size the cost base and double down on core products.',
    [
      ['default/headwinds', 'headwinds'],
      ['default/right-size', 'right-size'],
      ['default/double-down', 'double down'],
    ],
  ],
  ['Strong headwinds delayed the flight.', []],
  ['Is this the right size for the hallway?', []],
  [
    'The flywheel is kicking in: category-defining, hockey-stick growth.',
    [
      ['default/flywheel', 'flywheel'],
      ['default/category-defining', 'category-defining'],
      ['default/hockey-stick', 'hockey-stick growth'],
    ],
  ],
  ['The mechanic replaced the engine flywheel.', []],
  [
    'We cross-pollinate ideas with other disruptors.',
    [
      ['default/cross-pollinate', 'cross-pollinate'],
      ['default/disruptor', 'disruptors'],
    ],
  ],
  ['Bees cross-pollinate the orchard.', []],
  [
    "Let's put a pin in it until the digital transformation budget lands.",
    [
      ['default/put-a-pin-in-it', 'put a pin in it'],
      ['default/digital-transformation', 'digital transformation'],
    ],
  ],
  ['Our tools streamline payroll tasks for clinics.', [['default/streamline', 'streamline']]],
  ['Runoff is harming the estuary ecosystem.', []],
  ['The hedge ecosystem holds more beetles and spiders than the open side.', []],
  // Seamless goods: knitwear knitted in one piece, gutters formed on site to meet the downpipes.
  ['Our machines produce seamless knitwear in one piece.', []],
  ['The seamless type is formed on site and runs to both downpipes.', []],
  ['We promise a seamless switch to the new system.', [['default/seamless', 'seamless']]],
  // "Elevate" as a brochure's lift, beside its literal and clinical senses and a name.
  ['Every apartment is designed to elevate modern living.', [['default/elevate', 'elevate']]],
  ['Discover elevated essentials for the office.', [['default/elevate', 'elevated']]],
  ['The new lounge will elevate every stay.', [['default/elevate', 'elevate']]],
  ['API requests returned elevated error rates for ten minutes.', []],
  ['Two points of presence saw elevated origin traffic on Tuesday.', []],
  ['Keep your leg elevated overnight.', []],
  // Stock lines of crypto launches, content plans and job adverts.
  ['Our Web3-native rewards layer lets you earn.', [['default/web3-native', 'Web3-native']]],
  ['The web3 native token launches Friday.', []],
  ['Short, snackable videos for your feed.', [['default/snackable', 'snackable']]],
  ['We want a go-getter who loves a challenge.', [['default/go-getter', 'go-getter']]],
  // Literal senses, told by the topic around them, beside the same phrase used as jargon.
  ['A runner tagging up must touch base after the catch.', []],
  ["Let's touch base next week.", [['default/touch-base', 'touch base']]],
  ['Kuhn meant something narrower by a paradigm shift.', []],
  ['Our platform is a paradigm shift for finance teams.', [['default/paradigm-shift', 'paradigm shift']]],
  ['The sash has a single pane of glass, and two panes are cracked.', []],
  ['See every site through a single pane of glass.', [['default/single-pane-of-glass', 'single pane of glass']]],
  ['The combination shows synergy against this strain in vitro.', []],
  ['The co-catalyst gave a clear synergistic effect on conversion.', []],
  ['Our teams have a synergistic relationship.', [['default/synergistic', 'synergistic']]],
  ['Buy-in is £20 and rebuys are allowed until 10pm.', []],
  ['We need buy-in from the board.', [['default/buy-in', 'buy-in']]],
  ['The cutting edge had a chip, so I took it back on a 400 grit stone.', []],
  ['Take the low-hanging fruit first, as the ladders come on Wednesday.', []],
  // "Discovery call" is what most readers call a first call too; labellers flagged it in 3 of 16 uses.
  ['Book a discovery call with our team.', []],
  // A dated launch is a plain fact; a go-to-market strategy is still deck talk.
  ['Our go-to-market date for the oat drink is 3 March.', []],
  ['We will refresh our go-to-market strategy.', [['default/go-to-market', 'go-to-market']]],
  // A page taken offline until it is fixed is literal.
  ["Please take it offline until it's fixed.", []],
  // Hype adjectives judged by what they describe: a brochure's collection, leader or experience, not a curator's
  // verb, an art movement, a fast game or a VR headset.
  ['Introducing a curated collection of riverside apartments.', [['default/curated', 'curated']]],
  ['Our hand-curated playlists are updated weekly.', [['default/curated', 'hand-curated']]],
  ['The exhibition is curated by Ruth Pelham this year.', []],
  ["We've curated 15 automation ideas for you.", []],
  ['We are looking for a visionary Head of Product.', [['default/visionary', 'visionary']]],
  ['Healing Forward is a bold, visionary campaign.', [['default/visionary', 'visionary']]],
  ['It was a visionary decision by the council in 1974.', []],
  ["They're a fast-paced, high-growth team.", [['default/fast-paced-environment', 'fast-paced']]],
  ["It's a fast-paced game with lots of tackles.", []],
  ['Our chefs serve an immersive dining journey through the seasons.', [['default/immersive-experience', 'immersive']]],
  ['Pupils can try the immersive VR headset in the library.', []],
  ['Meet the first AI-native CRM.', [['default/ai-powered', 'AI-native']]],
  ['We put AI native speakers on every call.', []],
  ['She has been elevated to the role of Chief People Officer.', []],
  ['The samples showed elevated levels of lead.', []],
  ['Our bold identity cuts through the noise.', [['default/cut-through-the-noise', 'cuts through the noise']]],
  ['We only put forward A-player candidates.', [['default/a-players', 'A-player']]],
  ['We need a player for Sunday.', []],
  // A goal in a match report is no sales claim; a product's claim still is.
  ['Her header on 38 minutes was the game-changing moment of the match.', []],
  ['Our game-changing moment for payroll teams is here.', [['default/game-changing', 'game-changing']]],
  [
    'We streamline your workflows and offer a highly scalable platform.',
    [
      ['default/streamline', 'streamline'],
      ['default/scalable', 'scalable'],
    ],
  ],
  ['We streamlined the approval form last week.', []],
  ['Is the scalable font option on?', []],
  ['This will take your reporting to the next level.', [['default/next-level', 'next level']]],
  ['The lift goes up to the next level of the car park.', []],
  // Hyphenated it is an adjective, and a slogan: "next-level automations", "it was next-level".
  ['We launched next-level automations this week.', [['default/next-level', 'next-level']]],
  ["It's going to be absolutely next level.", [['default/next-level', 'next level']]],
  ['Level 3 is the next level down.', []],
  [
    'A future-proof stack, and our north star is retention.',
    [
      ['default/future-proof', 'future-proof'],
      ['default/north-star', 'north star'],
    ],
  ],
  ['Sailors used the North Star to find their way.', []],
  [
    'There are a few quick wins here; let us loop back on Friday.',
    [
      ['default/quick-wins', 'quick wins'],
      ['default/loop-back', 'loop back'],
    ],
  ],
  ['The cable loops back into the switch.', []],
  [
    'We will break down silos between siloed teams.',
    [
      ['default/silos', 'break down silos'],
      ['default/silos', 'siloed'],
    ],
  ],
  ['The grain silo was damaged in the storm.', []],
  ['Small fixes can move the dial on churn.', [['default/move-the-needle', 'move the dial']]],
  ['Move the dial to 5 and wait.', []],
  ['Start with the low-hanging stuff.', [['default/low-hanging-fruit', 'low-hanging']]],
  ['Mind the low-hanging branches on the path.', []],
  ['MedClaim is a next-generation revenue platform.', [['default/next-generation', 'next-generation']]],
  ['Rinse the lenses in a contact lens solution.', []],
  ['The crossword solutions are on page 9.', []],
  ['We found two possible solutions and one creative solution.', []],
  ['Fill in [PROPOSED_SOLUTION] before sending.', []],
  ['She trained in holistic medicine before nursing school.', []],
  ['We built a state-of-the-art warehouse in Leeds.', [['default/state-of-the-art', 'state-of-the-art']]],
  ['The survey covers the state of the art in battery research.', []],
  [
    'Acme offers industry-leading uptime and market-leading prices.',
    [
      ['default/industry-leading', 'industry-leading'],
      ['default/industry-leading', 'market-leading'],
    ],
  ],
  ['Personix is an industry leader in the markets we serve.', [['default/industry-leader', 'industry leader']]],
  ['We invited CEOs and other industry leaders to the dinner.', []],
  ['Industry leaders met in Davos.', []],
  ['As an industry leader, you know how fast prices move.', []],
  ['We are your one-stop shop for printing.', [['default/one-stop-shop', 'one-stop shop']]],
  ['Our end-to-end platform handles every step.', [['default/end-to-end', 'end-to-end']]],
  ['The cable runs from end to end of the building.', []],
  ['All chats use end-to-end encryption.', []],
  ['What are your biggest pain points this quarter?', [['default/pain-points', 'pain points']]],
  ['The pain pointed to a torn ligament.', []],
  [
    'Our coaching helps you unlock your full potential and unlock value.',
    [
      ['default/unlock-potential', 'unlock your full potential'],
      ['default/unlock-potential', 'unlock value'],
    ],
  ],
  ['Unlock the door with the code 4512.', []],
  ['Our value proposition is simple.', [['default/value-proposition', 'value proposition']]],
  [
    'We built a revolutionary app that will revolutionize invoicing.',
    [
      ['default/revolutionary', 'revolutionary'],
      ['default/revolutionary', 'revolutionize'],
    ],
  ],
  ['We visited the Revolutionary War museum in Boston.', []],
  ['Ours is a disruptive technology for payroll.', [['default/disruptive', 'disruptive']]],
  ['The outage was disruptive for your team.', []],
  [
    'Checkout is frictionless with our omnichannel tools.',
    [
      ['default/frictionless', 'frictionless'],
      ['default/omnichannel', 'omnichannel'],
    ],
  ],
  ['Ice gives an almost frictionless surface.', []],
  [
    'It was an impactful quarter, and we will operationalize the learnings.',
    [
      ['default/impactful', 'impactful'],
      ['default/operationalize', 'operationalize'],
      ['default/learnings', 'learnings'],
    ],
  ],
  [
    'We offer healthcare solutions and an ideal solution for your team.',
    [
      ['default/solutions', 'solutions'],
      ['default/solutions', 'solution'],
    ],
  ],
  ['The learning curve is steep, and the lessons were worth it.', []],

  // A topic anywhere in the sentence makes the word literal; the figurative use beside it stays flagged.
  ['We upgraded the office broadband so you get more bandwidth for video calls.', []],
  ["I don't have the bandwidth this week to review the deck.", [['default/bandwidth', 'bandwidth']]],
  ['The flywheel on the old lathe needs a new bearing.', []],
  // …and a topic told in the sentence before or after, in the same paragraph.
  ["We're moving your line to a new fibre card tonight. Your bandwidth will be unaffected.", []],
  ['Your bandwidth should be back to normal now. If not, restart the router.', []],
  ['Speeds dip in the evening because of your wifi, not your bandwidth.', []],
  [
    'The router order is in.\n\nSorry, I have no bandwidth for the review this week.',
    [['default/bandwidth', 'bandwidth']],
  ],
  ['Picking starts Monday in the orchard. Take the low-hanging fruit first.', []],
  [
    "Let's grab the low-hanging fruit in the Q3 plan first. The tree diagram is attached.",
    [['default/low-hanging-fruit', 'low-hanging fruit']],
  ],
  ['Two new downpipes are included. The seamless type is formed on site.', []],
  ['Your position was liquidated. At that leverage, a small fall uses up your collateral.', []],
  ['We leverage our lender panel to find you the best rate.', [['default/leverage', 'leverage']]],
  ['The main stage is a robust steel platform, so it can take the drum riser.', []],
  ['Leave the buoy to port. After rounding, circle back to the committee boat.', []],
  ["The aircraft lease is with legal. Let's circle back on the terms next week.", [['default/circle-back', 'circle back']]],
  ['Knives: the one in station 3 has lost its cutting edge. Nobody use it until it is back from sharpening.', []],
  ['We make turbine blades. Our cutting-edge design cuts noise.', [['default/cutting-edge', 'cutting-edge']]],
  ['The flywheel on press 3 came back from balancing this morning.', []],
  ['Both are out of the ewe that took best of breed at Kelso last year.', []],
  ['We serve livestock farms. Our platform is best-of-breed.', [['default/best-in-class', 'best-of-breed']]],
  ['End-to-end throughput peaks at about 420 Mbps on the circuit.', []],
  ['We run a robust platform for payroll.', [['default/robust', 'robust']]],
  ['Referrals are the flywheel of our growth.', [['default/flywheel', 'flywheel']]],
  ['Our wheelhouse on the trawler got a new radar.', []],
  ['Nice deep dive into the pool, Jamie!', []],
  ["Let's do a deep dive on churn next week.", [['default/deep-dive', 'deep dive']]],
  // Where the review happens does not make it a dive: only the water does.
  ["I'd suggest a two-week deep dive at Derby first.", [['default/deep-dive', 'deep dive']]],
  ['The table stakes at the casino start at ten pounds.', []],
  ['The cutting edge on the mower blades needs sharpening.', []],
  ['Strong headwinds delayed the flight by forty minutes.', []],
  ['The evangelist preached at the chapel on Sunday.', []],
  ['We leveraged the crowbar against the stuck hinge.', []],

  // The long tail, each with its literal near miss; the object of a verb a few words on.
  ['Can we double-click on the Gen Z insight before Friday?', [['default/double-click-on', 'double-click on']]],
  ['Double-click on the attachment to open it in Word.', []],
  ['Let me unpack this a bit for you.', [['default/unpack-figurative', 'unpack']]],
  ['Please unpack the boxes when the delivery arrives.', []],
  ['We had to pivot to online classes during lockdown.', [['default/pivot', 'pivot']]],
  ['Use a pivot table to total the invoices by month.', []],
  [
    'We need everyone rowing in the same direction.',
    [['default/rowing-in-the-same-direction', 'rowing in the same direction']],
  ],
  ['Our go-to-market plan launches in March.', [['default/go-to-market', 'go-to-market']]],
  ['The cattle go to market on Tuesday.', []],
  ['Our app helps your team work smarter.', [['default/work-smarter', 'work smarter']]],
  ['The tutor showed him how to work out the smarter route.', []],
  ['We help creators monetise their audience.', [['default/monetise', 'monetise']]],
  ['The money from the sale goes to the school.', []],
  ['We are building a talent pipeline for data roles.', [['default/talent-pipeline', 'talent pipeline']]],
  ['The talent show needs a new pipe organ player.', []],
  ['We serve three verticals: retail, health and logistics.', [['default/verticals', 'verticals']]],
  ['The garden wall has two verticals of climbing plants.', []],
  ['Payroll from hire to retire.', [['default/hire-to-retire', 'hire to retire']]],
  ['You can hire the hall until you retire for the night.', []],
  ['Our cloud-native platform scales by itself.', [['default/cloud-native', 'cloud-native']]],
  ['The capacity-building programme runs for a year.', [['default/capacity-building', 'capacity-building']]],
  ['These tools let you 10x your revenue.', [['default/ten-x', '10x']]],
  ['Use the 10x objective lens for the slide.', []],
  // "Harness" as a verb; a harness to wear or wire is no cliché.
  ['We harness the collective expertise of our teams.', [['default/harness', 'harness']]],
  ['By harnessing first-party data we grow.', [['default/harness', 'harnessing']]],
  ["We'll lend you shoes and a harness for the climb.", []],
  ['The wiring harness failed on the test rig.', []],
  ['Fit the harness to the dog before the walk.', []],
  // Hyphenated, "always-on" is a slogan; a light that is always on is a light.
  ['Our always-on platform never sleeps.', [['default/always-on', 'always-on']]],
  ['The porch light is always on.', []],
  // A trading multiple is leverage in its literal sense, and no boast.
  ['Your account now allows up to 10x leverage on BTC pairs.', []],
  ['They are disrupting the whole payments space.', [['default/disrupt', 'disrupting']]],
  ['Roadworks will disrupt the bus route on Monday.', []],
  ['I will socialise the attached framework with the board.', [['default/socialize', 'socialise']]],
  ['We will socialise the puppies with children before rehoming.', []],
  // The meeting-room sense takes an object or the passive; mixing with people is the everyday one.
  ['The plan has been socialised with the business.', [['default/socialize', 'socialised']]],
  ['Can you socialise these slides with your leads?', [['default/socialize', 'socialise']]],
  ['There will be time to socialise with the team after the talk.', []],
  ['It was lovely to socialise on Friday.', []],

  // Newer jargon, each with its everyday or literal near misses
  ['We mapped every touchpoint in the renewal.', [['default/touchpoints', 'touchpoint']]],
  ['Welcome to your onboarding journey with us.', [['default/journey', 'onboarding journey']]],
  ['The train journey to Leeds takes two hours.', []],
  ['Our white-glove setup team will call you.', [['default/white-glove', 'white-glove']]],
  ['We are committed to operational excellence.', [['default/operational-excellence', 'operational excellence']]],
  ['It offers unparalleled flexibility.', [['default/unparalleled', 'unparalleled']]],
  ['A truly transformational programme.', [['default/transformational', 'transformational']]],
  ['We run full-funnel campaigns.', [['default/full-funnel', 'full-funnel']]],
  ['The funnel was full of leaves after the storm.', []],
  ['You are a dynamic self-starter.', [['default/self-starter', 'self-starter']]],
  ['The old tractor needs a new self-starter motor.', []],
  ['You will thrive in a fast-paced environment.', [['default/fast-paced-environment', 'fast-paced']]],
  ['Join our high-performance culture.', [['default/high-performance-culture', 'high-performance culture']]],
  ['The new heat pumps have high performance in cold weather.', []],
  ['Harness the power of your data.', [['default/harness-the-power', 'Harness the power of']]],
  ['Fit the harness before you climb, and check the power cable.', []],
  ['We want to democratise investing.', [['default/democratise', 'democratise']]],
  ["Let's make sure we're singing from the same hymn sheet.", [['default/same-hymn-sheet', 'same hymn sheet']]],
  ['The choir needs the same hymn book as last week.', []],
  ['Move from reactive to proactive support.', [['default/reactive-to-proactive', 'reactive to proactive']]],
  ['The ever-evolving threat landscape keeps us busy.', [['default/landscape', 'ever-evolving threat landscape']]],
  ['We designed the garden landscape around the old oak.', []],
  [
    'We win the war for talent with top-tier talent.',
    [
      ['default/war-for-talent', 'war for talent'],
      ['default/war-for-talent', 'top-tier talent'],
    ],
  ],
  ['I will brief the key stakeholders on Friday.', [['default/key-stakeholders', 'key stakeholders']]],
  ['The keys to the stakeholder meeting room are at reception.', []],
  ['Book an immersive experience in the Highlands.', [['default/immersive-experience', 'immersive']]],
  ['A thoughtfully curated menu.', [['default/curated', 'thoughtfully curated']]],
  ['The exhibition was curated by Ana Ruiz.', []],
  ['We doubled pipeline velocity.', [['default/pipeline-velocity', 'pipeline velocity']]],
  ['The water pipeline runs at a steady velocity.', []],
  ['A total rewards package awaits.', [['default/total-rewards', 'total rewards package']]],
  ['Here is our strategic roadmap for 2026.', [['default/strategic-roadmap', 'strategic roadmap']]],
  ['The roadmap for the new bypass was published by the council.', []],
  ['Your journey to the clinic is covered by the travel grant.', []],
  ['The return journey was delayed by snow.', []],
  ['She wore a white coat and gloves in the lab.', []],
  ['Excellence in teaching is our school motto.', []],
  ['The transformer in the substation was replaced.', []],
  ['Start the engine, then let it idle.', []],
  ['The environment team meets on Tuesdays.', []],
  ['Performance reviews are due at the end of the month.', []],
  ['The power cut lasted an hour.', []],
  ['We sang three hymns at the service.', []],
  ['Reactive dyes need a fixative.', []],
  ['The landscape gardener starts on Monday.', []],
  ['Talent show auditions are on Friday.', []],
  ['Stakeholder fees are listed in the schedule.', []],
  ['The experience was lovely, thank you.', []],
  ['Velocity readings are logged hourly.', []],
  ['Rewards points expire after a year.', []],
  ['The strategic reserve holds 90 days of fuel.', []],
  // Compounds are jargon as adjectives, joined by hyphens; written apart they are plain words.
  ['We are a digital-first bank.', [['default/x-first', 'digital-first']]],
  ['We put people first, always.', []],
  ['Sign the digital first page, then post the rest.', []],
  [
    'A values-driven, results-driven team.',
    [
      ['default/x-driven', 'values-driven'],
      ['default/x-driven', 'results-driven'],
    ],
  ],
  ['Results driven by the new pump were logged.', []],
  [
    'We bring a community-driven, outcomes-focused approach.',
    [
      ['default/x-driven', 'community-driven'],
      ['default/x-driven', 'outcomes-focused'],
    ],
  ],
  ['The pump is servo-driven and the plan is focused on outcomes.', []],
  ['We are a founder-first fund.', [['default/x-first', 'founder-first']]],
  ['The founder first called us in March.', []],
  ['Our insight-led approach finds the gaps.', [['default/x-led', 'insight-led']]],
  ['The design led to fewer leaks.', []],
  ['Our AI-powered assistant answers in seconds.', [['default/ai-powered', 'AI-powered']]],
  ['The battery-powered drill ships today.', []],
  ['We are customer-obsessed.', [['default/customer-obsessed', 'customer-obsessed']]],
  ['The customer was obsessed with the colour of the tiles.', []],
  ['Elevate your everyday with linen.', [['default/elevate-experience', 'Elevate your everyday']]],
  ['Elevate your leg on a pillow for two days.', []],
  ['We run 360-degree campaigns.', [['default/360-degree', '360-degree']]],
  ['The camera takes a 360-degree photo of the room.', []],
  // 360-degree feedback is the name of an HR process, not a boast.
  ['The system collects 360-degree feedback from peers.', []],
  ['We are disrupting the industry.', [['default/disrupt', 'disrupting']]],
  ['The works may disrupt your supply on Tuesday.', []],
  ['You get bulletproof protection for every laptop.', [['default/bulletproof', 'bulletproof']]],
  ['The bulletproof glass is 40 mm thick.', []],
  ['This will drive a step change in service.', [['default/step-change', 'step change']]],
  ['The sensor logged a step change in pressure at noon.', []],
  ['We need to align stakeholders before launch.', [['default/align-stakeholders', 'align stakeholders']]],
  ['The stakeholders signed the lease on Friday.', []],
  ['We want to be your trusted advisor.', [['default/trusted-advisor', 'trusted advisor']]],
  ['My advisor, whom I trusted, retired last year.', []],
  ['The discovery was made during a call with the lab.', []],
  ['We help you unlock new revenue streams.', [['default/unlock-potential', 'unlock new revenue']]],
  ['Unlock the gate and leave the key in the box.', []],
  ['A next-gen foam sole.', [['default/next-generation', 'next-gen']]],
  ['The next generation of farmers needs land.', []],
  // A price after "now only" is the flyer's pitch; a count is not.
  ['The annual plan is now only $49!', [['default/now-only-price', 'now only']]],
  ['We are now only 3 people in the office.', []],
  [
    'We build a robust talent pipeline for you.',
    [
      ['default/robust', 'robust'],
      ['default/talent-pipeline', 'talent pipeline'],
    ],
  ],
  ['The robust oak survived the storm.', []],
  ['A world-leading lab.', [['default/industry-leading', 'world-leading']]],
  ['She is leading the world tour this year.', []],
  ['Drug A plus Drug C showed clear synergy in the HT-29 line.', []],
  ['The synergy score was 12 for the pair.', []],
  ['We are future-ready.', [['default/future-proof', 'future-ready']]],
  ["We'll be ready for the future.", []],
  ['Enjoy immersive brand experiences.', [['default/immersive-experience', 'immersive']]],
  ['Elevate your travel experience.', [['default/elevate-experience', 'Elevate your travel experience']]],
  ['We need strategic alignment on this.', [['default/align-stakeholders', 'strategic alignment']]],
  ['The wheel alignment is due at the next service.', []],
  [
    'Join our fast-paced, dynamic team.',
    [
      ['default/fast-paced-environment', 'fast-paced'],
      ['default/dynamic-team', 'dynamic team'],
    ],
  ],
  ['The dynamic range of the sensor is wide.', []],
  ['These goals ladder up to our mission.', [['default/ladder-up', 'ladder up to']]],
  ['Hold the ladder up to the wall.', []],
  ["Let's take the pricing piece offline.", [['default/take-this-offline', 'take the pricing piece offline']]],
  ['The website goes offline at midnight.', []],
  ['We want one single source of truth.', [['default/single-source-of-truth', 'single source of truth']]],
  ['The source of the river is near.', []],
  ['Our ads cut through the noise.', [['default/cut-through-the-noise', 'cut through the noise']]],
  ['The saw cut through the noise barrier.', []],
  ['We deliver personalised learning at scale.', [['default/at-scale', 'at scale']]],
  ['The plans are drawn at scale.', []],
  ['Skyrocket your traffic this month.', [['default/skyrocket', 'Skyrocket']]],
  ['Prices skyrocketed after the storm.', []],
  ['We will crush quota this year.', [['default/crush-quota', 'crush quota']]],
  ['Crush the garlic with the flat of a knife.', []],
  ['Our people are our greatest asset.', [['default/greatest-asset', 'our greatest asset']]],
  ['The house was our greatest asset when we sold.', []],
  [
    'Customers are at the heart of everything we do.',
    [['default/heart-of-everything', 'at the heart of everything we do']],
  ],
  ['He is at the heart of the team.', []],
  ['We are rightsizing the organisation.', [['default/rightsizing', 'rightsizing']]],
  ['Choose the right size for your feet.', []],
  ['Cost is a value driver.', [['default/value-driver', 'value driver']]],
  ['The driver values a clean van.', []],
  ['Please pressure-test the plan.', [['default/pressure-test', 'pressure-test']]],
  ['We will pressure test the pipes on Monday.', []],
  ['The media team will pressure-test the budget split.', [['default/pressure-test', 'pressure-test']]],
  // A test of pressure, done to a thing: a noun, not a verb with an object.
  ['Our engineers carried out a pressure test at the boundary.', []],
  ['The heating engineer will pressure test the system on Monday.', []],
  ['We maximise ROI for clients.', [['default/maximise-roi', 'maximise ROI']]],
  ['The ROI table is on page 4.', []],
  ['We will break down data silos.', [['default/silos', 'data silos']]],
  ['The grain silos are full.', []],
  // Quoted as the subject that opens a sentence, or named as a name, a phrase is talked about, not used.
  ['"Synergy" is already registered as a trademark.', []],
  ['The name "Synergy" is taken.', []],
  ['Ofsted calls these "deep dives" and may talk to some children.', []],
  // Someone else's words quoted back after "says", "promised": mentioned, not used; the writer's own still count.
  ['Your letter says you are "leveraging a digital-first platform". What does that mean for me?', []],
  ['Your brochure promised "a seamless, best-in-class service" and I got neither.', []],
  ["The headline says 'world-class'. Can we name the award instead?", []],
  ['She said the move was "seamless" and we leverage the data every day.', [['default/leverage', 'leverage']]],
  ['Our motto is "seamless service, every time".', [['default/seamless', 'seamless']]],
  // A run of quoted phrases is a list of words, whatever introduced it; one word in scare quotes is used.
  ["The style guide is strict: no 'synergy', no 'world-class', no 'seamless'.", []],
  ["They asked us to remove 'synergy', 'best-in-class' and 'holistic' throughout.", []],
  ["The bingo squares include 'paradigm shift', 'low-hanging fruit' and 'circle back'.", []],
  ["Please don't describe anything as 'game-changing'.", []],
  ["We deliver 'best-in-class' support.", [['default/best-in-class', 'best-in-class']]],
  ["It's the 'low-hanging fruit' of the quarter.", [['default/low-hanging-fruit', 'low-hanging fruit']]],
  // A model number makes a capitalised word a product's name.
  ['Thanks for your order of the Synergy 3000 rowing machine.', []],
  // Trade senses: a site taken offline for maintenance, a property fund's class of asset, the security
  // trade's threat landscape, synergy between two drugs.
  ['Are you happy for us to take the site offline for 20 minutes on Saturday?', []],
  ["Let's take this offline.", [['default/take-this-offline', 'take this offline']]],
  ['The fund will deploy capital into value-add assets.', []],
  ['We mapped the threat landscape for the board.', []],
  [
    "In today's ever-evolving threat landscape, firms need help.",
    [['default/landscape', 'ever-evolving threat landscape']],
  ],
  ['There was antagonism rather than synergy between the two, and her renal function fell.', []],
  // "Leverage" as a verb after the firms that do it, or before "a" thing; not the finance noun.
  ['Leading enterprises leverage NovaGrid for visibility.', [['default/leverage', 'leverage']]],
  [
    'Our programme leverages a holistic approach.',
    [
      ['default/leverage', 'leverages'],
      ['default/holistic', 'holistic'],
    ],
  ],
  ['Cost and leverage are both high this quarter.', []],
  // More of the long tail, each with its trade sense.
  ['Our plug-and-play platform integrates in minutes.', [['default/plug-and-play', 'plug-and-play']]],
  ['The scanner is plug and play over USB.', []],
  ['We run high-impact brand activations.', [['default/high-impact', 'high-impact']]],
  ['Wear trainers for the high-impact aerobics class.', []],
  ['Agentic AI will reshape your support desk.', [['default/agentic', 'Agentic']]],
  ['The fund makes a catalytic investment in new leaders.', [['default/catalytic', 'catalytic']]],
  ['The catalytic converter was stolen overnight.', []],
  ['Our team brings a 360-degree perspective.', [['default/360-degree', '360-degree']]],
  // Strategy-deck, recruiting-ad and brochure clichés, each with its literal near miss.
  ["Let's agree the swim lanes for Q3.", [['default/swim-lanes', 'swim lanes']]],
  ['The pool has six swim lanes open until noon.', []],
  ['Our data moat gets deeper every year.', [['default/moat', 'moat']]],
  ['The castle moat is full of ducks.', []],
  ["The government's direction of travel is clear.", [['default/direction-of-travel', 'direction of travel']]],
  ['Please sit facing the direction of travel.', []],
  ['She thrives in ambiguity.', [['default/thrive-in-ambiguity', 'thrives in ambiguity']]],
  ['Join our talent community today.', [['default/talent-community', 'talent community']]],
  ['We will review the value levers on Monday.', [['default/value-levers', 'value levers']]],
  ['The new operating rhythm starts in May.', [['default/operating-rhythm', 'operating rhythm']]],
  [
    'Our patient app is the digital front door to the practice.',
    [['default/digital-front-door', 'digital front door']],
  ],
  ['The front door of the practice is on Mill Lane.', []],
  // The swimmer's and the engineer's streamline is a shape, not a promise.
  ['Practise your streamline position on the poolside before warm-up.', []],
  ['The new hull is streamlined to cut drag.', []],
  ['Can we book an alignment session on pricing?', [['default/alignment-session', 'alignment session']]],
  ['The wheels are out of alignment.', []],
  ['We back the changemakers of tomorrow.', [['default/changemakers', 'changemakers']]],
  ['Marketplaces that win are blitzscaling now.', [['default/blitzscaling', 'blitzscaling']]],
  ['We take a whole-system approach to care.', [['default/whole-system-approach', 'whole-system approach']]],
  ['The whole system was down for an hour.', []],
  ['Bring your whole self to work at Fenwick.', [['default/whole-self', 'whole self to work']]],
  ['Please bring yourself and a packed lunch to work on Friday.', []],
  ['Exceptional placemaking is at the heart of the scheme.', [['default/placemaking', 'placemaking']]],
  ['We believe in radical collaboration.', [['default/radical-collaboration', 'radical collaboration']]],
  ['Collaboration with the council went well.', []],
  ['Unlock your best self with our retreat.', [['default/best-self', 'your best self']]],
  ['Do your best, and call me if you get stuck.', []],
  ['Swimming club: lanes one to three are free.', []],
  ['The bus timetable changes in May.', []],
  ['Our moat needs dredging before the manor opens to visitors.', []],
  // More of the long tail: slogans, sales-strategy terms and wellness talk, each with its near miss.
  ["Let's lean into the discomfort.", [['default/lean-into', 'lean into']]],
  ['Lean into the wind on the final bend.', []],
  ['I expect leaders to lean in and move fast.', [['default/lean-into', 'lean in']]],
  ['Lean in close for the photo.', []],
  ['She leaned in to hear him over the music.', []],
  ['Every report leaves with clear, actionable next steps.', [['default/actionable-insights', 'actionable']]],
  ['The statement was defamatory and actionable in court.', []],
  ['Lead with revenue growth and show the hockey stick.', [['default/hockey-stick', 'hockey stick']]],
  ['Bring your hockey stick and shin pads to training.', []],
  ['Care for our clients is in our DNA.', [['default/in-our-dna', 'in our DNA']]],
  ['Her DNA test came back on Friday.', []],
  ['They would be a lighthouse customer for us.', [['default/lighthouse-customers', 'lighthouse customer']]],
  ['The lighthouse keeper retired in 1990.', []],
  ['Our plan is to land and expand.', [['default/land-and-expand', 'land and expand']]],
  ['Can we level-set on dates before Friday?', [['default/level-set', 'level-set on']]],
  ['The level set of the function is closed.', []],
  ['Share of wallet rose in the second quarter.', [['default/wallet-share', 'Share of wallet']]],
  ['We make scroll-stopping content for brands.', [['default/thumb-stopping', 'scroll-stopping']]],
  ['Leaders need new skills in a VUCA world.', [['default/vuca', 'VUCA']]],
  ['Across the piece, referrals are up.', [['default/across-the-piece', 'Across the piece']]],
  ['Build 21st-century skills with our course.', [['default/21st-century-learners', '21st-century skills']]],
  ['The library dates from the 21st century.', []],
  ['An exciting new chapter begins on Monday.', [['default/new-chapter', 'exciting new chapter']]],
  ['Chapter two of the manual covers the new pump.', []],
  ['We live and breathe logistics.', [['default/live-and-breathe', 'live and breathe']]],
  ['She is a real change agent.', [['default/change-agent', 'change agent']]],
  ['Please change agents before the deadline if you need to.', []],
  ['Join our tribe of early risers.', [['default/tribe', 'Join our tribe']]],
  ['The tribe has farmed this valley for centuries.', []],
  ['We are in a phase of hypergrowth.', [['default/hypergrowth', 'hypergrowth']]],
  ['Our lightning-fast checkout is live.', [['default/lightning-fast', 'lightning-fast']]],
  ['Lightning struck the barn.', []],
  ['Try biohacking your sleep.', [['default/biohacking', 'biohacking']]],
  ['We work hard and play hard.', [['default/work-hard-play-hard', 'work hard and play hard']]],
  ['The team works hard all week.', []],
  // Literal senses read from the sentence: an orchard, a record player, a marsh, a trading system.
  ['And come summer, pick the low-hanging fruit first: it ripens earliest.', []],
  ['Never move the needle across a spinning record.', []],
  ["The crossing won't affect the marsh ecosystem if we bore under it.", []],
  ["The bandwidth on their EBB is so bad I can't pull up the postings.", []],
  ['If you have the bandwidth this week, could you upload them to the portal?', [['default/bandwidth', 'bandwidth']]],
  ['This could move the needle on revenue.', [['default/move-the-needle', 'move the needle']]],
  // Variants of listed entries.
  ['We approach your estate holistically.', [['default/holistic', 'holistically']]],
  ['Our 360-degree offerings cover it all.', [['default/360-degree', '360-degree']]],
  ['The 360-degree feedback forms are due.', []],
  ['We help clinics drive sustainable outcomes.', [['default/drive-value', 'drive sustainable outcomes']]],
  ['Unlock 30% savings on your energy bill.', [['default/unlock-potential', 'Unlock 30% savings']]],
  ['Join our fast-paced team in Leeds.', [['default/fast-paced-environment', 'fast-paced']]],
  ['Fast-paced games suit younger players.', []],
  ['We need an institutional-grade custody partner.', [['default/x-grade', 'institutional-grade']]],
  ['Navigate an increasingly complex landscape.', [['default/landscape', 'increasingly complex landscape']]],
  ['Your learner journey starts here.', [['default/journey', 'learner journey']]],
  ['The journey from Leeds takes two hours.', []],
  ['We need a customer success ninja.', [['default/rockstar', 'ninja']]],
  ['Bring your authentic self to the retreat.', [['default/whole-self', 'authentic self']]],
  ['We hope to realise efficiencies in the warehouse.', [['default/drive-value', 'realise efficiencies']]],
  ['What the consultants termed "synergies" never came.', []],
  // Literal senses by their neighbours; a possessive counts as its word ("the pond's").
  ["Until the bacteria build up, the pond's ecosystem can't break down waste.", []],
  ["Our partner's ecosystem is growing.", [['default/ecosystem', 'ecosystem']]],
  ['We fit seamless aluminium guttering.', []],
  ['Leave the low-hanging fruit on the Bramleys.', []],
  ["Let's go for the low-hanging fruit first.", [['default/low-hanging-fruit', 'low-hanging fruit']]],
  ["We'll need to circle back round the pavilion.", []],
  // Named as words in a list, or after a verb about removing them.
  ['Please take out "seamless" and "best-in-class".', []],
  ["Clarity flags words like 'leverage', 'synergy' and 'circle back' in reviews.", []],
  ['Our innovative, affordable app helps.', [['default/innovative', 'innovative']]],
  ['The most innovative pupil this year was Sam.', []],
  // Part of a name only when capitalised: a lowercase match is judged without asking the tagger.
  ['We booked Innovative Dental Care for the team.', []],
  ['We booked the innovative dental team for the launch.', [['default/innovative', 'innovative']]],
  ['We follow Best Practice Consulting on this.', []],
  ['We follow best practice on data retention.', [['default/best-practice', 'best practice']]],
  ['Acme is a leader in the payments industry.', [['default/a-leader-in', 'a leader in the payments industry']]],
  ['She is the leader in the first round.', []],
  [
    'The first week is like drinking from the firehose.',
    [['default/drink-from-the-firehose', 'drinking from the firehose']],
  ],
  ['The fire crew tested the hose on Monday.', []],
  ['Fast delivery is table stakes now.', [['default/table-stakes', 'table stakes']]],
  ['The stakes on the table were high.', []],
  ['We want to stay top of mind.', [['default/top-of-mind', 'top of mind']]],
  ['The top of the mountain was misty.', []],
  ["Let's do some blue-sky thinking.", [['default/blue-sky', 'blue-sky']]],
  ['The blue sky made the photos lovely.', []],
  ['Here is a helicopter view of the plan.', [['default/helicopter-view', 'helicopter view']]],
  ['The helicopter flew over the farm.', []],
  ['Growth hacking got us new users.', [['default/growth-hacking', 'Growth hacking']]],
  ['The growth of the hedge needs hacking back.', []],
  ['We formed a tiger team to fix it.', [['default/tiger-team', 'tiger team']]],
  ['The tiger at the zoo has a new team of keepers.', []],
  ["That's right in our wheelhouse.", [['default/wheelhouse', 'wheelhouse']]],
  ["The skipper's wheelhouse door is broken.", []],
  ["Let's drill down into the data.", [['default/drill-down', 'drill down']]],
  ['Drill down 20 mm into the brick.', []],
  ['We upskill every new hire.', [['default/upskill', 'upskill']]],
  ['Her skill went up after the course.', []],
  ['She is our chief brand evangelist.', [['default/evangelist', 'evangelist']]],
  ['The evangelist preached in the square.', []],
  ['We are a unicorn startup.', [['default/unicorn', 'unicorn']]],
  ['The unicorn cake was a hit at the party.', []],
  ['Welcome to our centre of excellence.', [['default/centre-of-excellence', 'centre of excellence']]],
  ['The centre of the pitch needs reseeding, for excellence.', []],
  ['Hyper-personalised offers for every shopper.', [['default/hyper-personalised', 'Hyper-personalised']]],
  ['The personalised mug arrived on Friday.', []],
  ['We want more mindshare.', [['default/mindshare', 'mindshare']]],
  ['Please share what is on your mind.', []],
  ['Our weekly meeting cadence works.', [['default/cadence', 'cadence']]],
  ['The cyclist kept a high cadence up the hill.', []],
  ['We partner with industry visionaries.', [['default/visionary', 'visionaries']]],
  ['The gallery shows visionary art from the 1960s.', []],
  ['We need to productize this service.', [['default/productize', 'productize']]],
  ['The product is on the shelf.', []],
  ['We help you optimise your retirement outcomes.', [['default/optimise-your', 'optimise']]],
  ['Optimise the image size before upload.', []],
  ['We amplify your brand across every channel.', [['default/amplify-your-brand', 'amplify your brand']]],
  ['The amplifier in the hall needs a new fuse.', []],
  ['We must do more with less this year.', [['default/do-more-with-less', 'do more with less']]],
  ['Do more stretching with less weight.', []],
  ['We need an agile mindset.', [['default/agile-buzz', 'agile']]],
  ['Our agile coach runs the sprint review.', []],
  ['We want a joined-up approach.', [['default/joined-up', 'joined-up']]],
  ['The pipes are joined up under the sink.', []],
  ['We foster a culture of ownership.', [['default/culture-of', 'foster a culture of']]],
  ['The culture in the yoghurt needs time.', []],
  ['You are a proactive team player.', [['default/team-player', 'team player']]],
  ['She is the team player of the year in the league.', []],
  ['These are our strategic pillars.', [['default/strategic-pillars', 'strategic pillars']]],
  ['The bridge rests on four stone piers.', []],
  ['We need buy-in from finance.', [['default/buy-in', 'buy-in']]],
  ['The management buy-in completed in May.', []],
  ['We offer tech-enabled accounting.', [['default/tech-enabled', 'tech-enabled']]],
  ['The tech support line is open.', []],
  ['She has a real growth mindset and loves feedback.', [['default/growth-mindset', 'growth mindset']]],
  ['Her mindset on growth targets is cautious.', []],
  ['Our team will be there as thought partners.', [['default/thought-partner', 'thought partners']]],
  ['Partners in the firm gave it a lot of thought.', []],
  ['Our reviews add value to every project.', [['default/value-creation', 'add value']]],
  ['Please add the value of each invoice to the sheet.', []],
  ['Data quality is a key enabler of the roadmap.', [['default/key-enabler', 'key enabler']]],
  ['The key opens the enabler cabinet in the plant room.', []],
  ['Training will help you level up your sales skills.', [['default/level-up', 'level up']]],
  ['Level up your character with the new quest.', []],
  ['We hire A-players only.', [['default/a-players', 'A-players']]],
  ['A player on the team scored twice.', []],
  ['We look for a culture add, not a culture fit.', [['default/culture-add', 'culture add']]],
  ['Add culture to the yoghurt and leave it overnight.', []],
  ['Staff need digital dexterity to use the new tools.', [['default/digital-dexterity', 'digital dexterity']]],
  ['The surgeon showed great dexterity with the digital scope.', []],
  ['We are delivering at pace across every region.', [['default/at-pace', 'at pace']]],
  ['We will be mobilising at pace from January.', [['default/at-pace', 'at pace']]],
  ['The winger ran at pace down the left.', []],
  ['The lorry was travelling at pace on the bypass when the driver braked.', []],
  ['The horses were kept at pace behind the leader.', []],
  ['We will review brand alignment next week.', [['default/brand-alignment', 'brand alignment']]],
  ['The brand of wheel alignment tool is on the invoice.', []],
  ['We want to co-create the roadmap with you.', [['default/co-create', 'co-create']]],
  ['We co create nothing without a signed brief.', []],
  ["We'd love to co-innovate on the next release with you.", [['default/co-create', 'co-innovate']]],
  ['Co innovation is not on the agenda; the agenda is pricing.', []],
  ['Next week we will drill down into the membership data.', [['default/drill-down', 'drill down']]],
  ['Drill down into the wall with a masonry bit.', []],
  ['Drill down on the left of the tile, not the right.', []],
  ['Could you action this by Friday?', [['default/action-this', 'action this']]],
  ['The legal action this month is settled.', []],
  ['We help retailers accelerate innovation across every store.', [['default/accelerate-transform', 'accelerate']]],
  ['Our platform transforms outcomes for clinics.', [['default/accelerate-transform', 'transforms']]],
  ['Please accelerate the order so it ships Friday.', []],
  ["The new fuel pump will transform the engine's performance figures.", []],
  ['We are building the future of payments.', [['default/future-of', 'building the future of']]],
  ['The meeting will discuss the future of the warehouse lease.', []],
  ['It comes with enterprise-grade security.', [['default/x-grade', 'enterprise-grade']]],
  ['We co-design services with residents.', [['default/co-create', 'co-design']]],
  ['Our tools help you stay ahead of the curve.', [['default/ahead-of-the-curve', 'stay ahead of the curve']]],
  ['Slow down ahead of the curve on the B road.', []],
  ['We are laser-focused on growth.', [['default/laser-focused', 'laser-focused']]],
  ['The laser focused the beam on the sample.', []],
  ['The enterprise hired a grade 3 clerk.', []],
  ['We are hiring rockstar backend engineers.', [['default/rockstar', 'rockstar']]],
  ['The rock star played two encores.', []],
  // Strategy-deck and startup clichés, each beside its literal or plain use.
  ['Growth is a marathon, not a sprint.', [['default/marathon-not-a-sprint', 'marathon']]],
  ['I ran the Leeds marathon, not a sprint event.', []],
  [
    "Without a price rise we're leaving money on the table.",
    [['default/money-on-the-table', 'leaving money on the table']],
  ],
  ['Please leave the money on the table by the door.', []],
  ['The renewal is a slam dunk.', [['default/slam-dunk', 'slam dunk']]],
  ['Her slam dunk won the basketball final for the under-16s.', []],
  ['Our moonshot is carbon-free cement.', [['default/moonshot', 'moonshot']]],
  ['The lunar moonshot photo came out blurry.', []],
  ['The market is at an inflection point.', [['default/inflection-point', 'inflection point']]],
  ['The second derivative shows an inflection point at x = 2.', []],
  ['Tallow Studio punches above its weight.', [['default/punch-above-weight', 'punches above its weight']]],
  ['The boxer punched above his weight in the fight.', []],
  ["Let's peel back the onion on churn.", [['default/peel-back-the-onion', 'peel back the onion']]],
  ['Peel the onion and chop it finely.', []],
  ['Our leaders walk the talk.', [['default/walk-the-talk', 'walk the talk']]],
  ['We walk the dog and talk on the way.', []],
  ['We hire for a bias for action.', [['default/bias-for-action', 'bias for action']]],
  ['The survey showed a bias for older respondents.', []],
  ['AI is a force multiplier for small teams.', [['default/force-multiplier', 'force multiplier']]],
  ['Artillery acted as a force multiplier for the infantry.', []],
  ['This is a once-in-a-generation opportunity.', [['default/once-in-a-generation', 'once-in-a-generation']]],
  ['The comet returns once in a generation.', []],
  ['A first-of-its-kind platform for clinics.', [['default/first-of-its-kind', 'first-of-its-kind']]],
  ['The chapel is the first of its kind in the county.', []],
  ["We're rolling out new ways of working.", [['default/new-ways-of-working', 'new ways of working']]],
  ['We found new ways of working the clay.', []],
  ['Remote work is the new normal.', [['default/next-normal', 'new normal']]],
  [
    'We will co-design the future-state operating model.',
    [
      ['default/co-create', 'co-design'],
      ['default/future-state', 'future-state'],
    ],
  ],
  ['In a future state of the law, the council may revisit it.', []],
  ["Let's take a deeper dive into churn.", [['default/deep-dive', 'deeper dive']]],
  ['The club takes a deeper dive to the wreck on Sunday.', []],
  [
    'The new rota will unlock significant efficiencies.',
    [['default/unlock-potential', 'unlock significant efficiencies']],
  ],
  ['This is a big unlock for the team.', [['default/big-unlock', 'big unlock']]],
  ['A big unlocked shed is an easy target.', []],
  ['We need to drive alignment across the org.', [['default/align-stakeholders', 'drive alignment']]],
  ['Check the drive alignment on the conveyor motor.', []],
  ['That is a needle-moving idea.', [['default/needle-moving', 'needle-moving']]],
  ['The needle moving on the gauge showed the pressure.', []],
  ['We will drive deeper engagement with members.', [['default/drive-value', 'drive deeper engagement']]],
  ['They are disrupting the payments landscape.', [['default/disrupt', 'disrupting']]],
  ['The roadworks are disrupting the school run.', []],
  ['The project focuses on value realisation.', [['default/value-realisation', 'value realisation']]],
  ['Add VAT to the value realised on the sale.', []],
  ['This startup is a rocket ship.', [['default/rocket-ship', 'rocket ship']]],
  ['The kids built a cardboard rocket ship.', []],
  ['The sales team is crushing it.', [['default/crushing-it', 'crushing it']]],
  ['Keep crushing it with the garlic press.', []],
  ['Digital is a strategic imperative.', [['default/strategic-imperative', 'strategic imperative']]],
  ['The imperative mood is strategic in this essay.', []],
  ['This is a career-defining opportunity.', [['default/career-defining', 'career-defining']]],
  ['Her thesis was career defining, her tutor said.', []],
  ['We are the category leader in payroll.', [['default/category-leader', 'category leader']]],
  ['The under-12 category leader after two laps of the race is Sam.', []],
  ["Let's build a moat around the product.", [['default/competitive-moat', 'build a moat']]],
  ['The castle had a moat, so we cannot build a moat bridge there.', []],
  ['We want to expand your footprint in Europe.', [['default/expand-footprint', 'expand your footprint']]],
  ['We cut our carbon emissions, but still expand our footprint each winter.', []],
  // Literal senses told by the sentence's topic: a flight, a ball game, a regatta, a body, an orchard, a trench.
  ['After the go-around the aircraft had to circle back for a second try.', []],
  ["They didn't go back and touch base after the fly ball, so run the baserunning drill.", []],
  ['Jenny and Pete were best in class in the Solo fleet and third on handicap.', []],
  ['The pain points you marked over the right knee fit with what I found.', []],
  ['There is good cross-pollination between the apple rows now the hives are in.', []],
  ['We would lay the cables end to end along the fence line.', []],
  ['I can put you in touch with our solutions architect.', []],
  // The same phrases in their office sense stay flagged, whatever business words sit beside them.
  ['Can we circle back on the pilot next week?', [['default/circle-back', 'circle back']]],
  ['Our fleet software is best in class.', [['default/best-in-class', 'best in class']]],
  ['The org chart shows the pain points in the tender process.', [['default/pain-points', 'pain points']]],
  ['In the payments space, this startup is a rocket ship.', [['default/rocket-ship', 'rocket ship']]],
  ['We can keep crushing it this quarter.', [['default/crushing-it', 'crushing it']]],
  ['For any player in the market the renewal is a slam dunk.', [['default/slam-dunk', 'slam dunk']]],
  ['The finance function is at an inflection point.', [['default/inflection-point', 'inflection point']]],
  ['Running a business is a marathon, not a sprint.', [['default/marathon-not-a-sprint', 'marathon']]],
  ['After the funding round we are the category leader.', [['default/category-leader', 'category leader']]],
  ['Can we circle back on the pricing next week?', [['default/circle-back', 'circle back']]],
  ['We want more cross-pollination between teams.', [['default/cross-pollinate', 'cross-pollination']]],
];

describe('buzzword rules through the engine', () => {
  it.each(cases)('%j', (text, expected) => {
    expect(phraseFindings(text)).toEqual(expected);
  });

  it('tells jargon from hard-sell lines and scripted brush-offs', () => {
    const kinds = (text: string) => analyze(text, builtinRuleset()).map((f) => [f.text, f.kind]);
    expect(kinds('Dear Friend, act now to double your income.')).toEqual([
      ['Dear Friend', 'hard-sell'],
      ['act now', 'hard-sell'],
      ['double your income', 'hard-sell'],
    ]);
    expect(kinds("I can't refund it. It's company policy.")).toEqual([["It's company policy", 'brush-off']]);
    expect(kinds('We will leverage synergy.')).toEqual([
      ['leverage', 'buzzword'],
      ['synergy', 'buzzword'],
    ]);
  });

  it('has a flagged example for every phrase rule, and at least as many near misses as flagged examples', () => {
    const phraseRules = pack.rules.filter((r) => 'phrases' in r).map((r) => `default/${r.id}`);
    const exercised = new Set(cases.flatMap(([, expected]) => expected.map(([id]) => id)));
    expect(phraseRules.filter((id) => !exercised.has(id))).toEqual([]);
    const nearMisses = cases.filter(([, expected]) => expected.length === 0).length;
    expect(nearMisses).toBeGreaterThanOrEqual(cases.length - nearMisses);
  });

  it('keeps capitalisation in suggestions', () => {
    const [finding] = analyze('Leverage our data to plan the launch.', builtinRuleset());
    expect(finding?.ruleId).toBe('default/leverage');
    expect(finding?.suggestions.map((s) => s.replacement)).toEqual(['Use', 'Build on']);
  });

  it('fills the wildcard word into a suggestion, and drops that suggestion when there was none', () => {
    // As a whole draft it also opens pitch-first ("We are a … team"); only the buzzword is looked at here.
    const [centric] = analyze('We are a Customer-Centric team.', builtinRuleset()).filter((f) => f.kind === 'buzzword');
    expect(centric?.suggestions).toEqual([{ replacement: 'Focused on the customer' }]);
    const [alone] = analyze('Centricity matters to us.', builtinRuleset());
    expect(alone?.ruleId).toBe('default/centricity');
    expect(alone?.suggestions).toEqual([]);
  });

  it('offers plain words for capacity-sense bandwidth', () => {
    const [finding] = analyze("I don't have the bandwidth.", builtinRuleset());
    expect(finding?.suggestions.map((s) => s.replacement)).toEqual(['time', 'capacity']);
  });

  it('marks low-confidence rules as hints', () => {
    const severity = (text: string) => analyze(text, builtinRuleset()).map((f) => [f.ruleId, f.severity]);
    expect(severity('Here is the information you requested. This amazing offer is a win-win.')).toEqual([
      ['default/information-you-requested', 'hint'],
      ['default/amazing', 'hint'],
      ['default/win-win', 'hint'],
    ]);
  });
});
