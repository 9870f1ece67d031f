import { describe, expect, it } from 'vitest';
import { parsePack, validatePack } from '../../src/rules';

const rule = (over: Record<string, unknown> = {}) => ({
  id: 'ticket-speak',
  phrases: ['per my last email'],
  message: 'Say it plainly.',
  ...over,
});
const pack = (rules: unknown[], over: Record<string, unknown> = {}) => ({
  name: 'acme',
  version: '1.0.0',
  rules,
  ...over,
});

describe('validatePack', () => {
  it('accepts a well-formed team pack', () => {
    const result = validatePack(
      pack([rule({ suggestions: ['as I said', { label: 'Plain', replacement: 'to recap' }], severity: 'hint' })], {
        disable: ['default/synergy'],
      }),
      'team.json',
    );
    expect(result.errors).toEqual([]);
    expect(result.pack?.rules).toHaveLength(1);
  });

  describe('learned weights', () => {
    const model = (over: Record<string, unknown> = {}) => ({
      bias: -2,
      threshold: 0.45,
      weights: { 'first:claim': 2.5, 'first:connects': -3 },
      ...over,
    });
    const builtin = (models: unknown) => validatePack(pack([], { models }), 'default.json', { allowDetectors: true });

    it('accepts a model of known features in the built-in pack', () => {
      expect(builtin({ 'pitch-first/opening': model() }).errors).toEqual([]);
    });

    it('accepts weights for the words of an opening: a word, a pair, an amount, a question mark', () => {
      const weights = { 'word:we': 0.4, 'word:we_help': 0.9, "word:we're": 0.2, 'word:<pct>_off': 0.5, 'word:?': 0.3 };
      expect(builtin({ 'pitch-first/opening': model({ weights }) }).errors).toEqual([]);
    });

    it('refuses weights in a team pack', () => {
      expect(validatePack(pack([], { models: { 'pitch-first/opening': model() } }), 'team.json').errors).toEqual([
        'team.json: models: only the built-in pack can carry learned weights',
      ]);
    });

    it.each([
      [
        { 'pitch-first/closing': model() },
        /models\["pitch-first\/closing"\]: is not a model \(known: pitch-first\/opening\)/,
      ],
      [
        { 'pitch-first/opening': model({ weights: { 'first:vibes': 1 } }) },
        /weights\["first:vibes"\]: is not a feature/,
      ],
      // Three words are no feature the detector computes; nor is an empty word or one that starts with a digit.
      [
        { 'pitch-first/opening': model({ weights: { 'word:we_help_teams': 1 } }) },
        /weights\["word:we_help_teams"\]: is not a feature/,
      ],
      [{ 'pitch-first/opening': model({ weights: { 'word:': 1 } }) }, /weights\["word:"\]: is not a feature/],
      [{ 'pitch-first/opening': model({ weights: { 'word:20': 1 } }) }, /weights\["word:20"\]: is not a feature/],
      [
        { 'pitch-first/opening': model({ weights: { 'first:claim': 'high' } }) },
        /weights\["first:claim"\]: must be a number/,
      ],
      [{ 'pitch-first/opening': model({ threshold: 1.5 }) }, /threshold: must be a number between 0 and 1/],
      [{ 'pitch-first/opening': model({ bias: null }) }, /bias: must be a number/],
    ])('refuses %j', (models, problem) => {
      const { errors } = builtin(models);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(problem);
    });
  });

  it('names the cue lists a pack may extend when it gets one wrong', () => {
    const result = validatePack(pack([], { cues: { 'pitch-first/product-names': ['Widgetly'] } }), 'team.json');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^team\.json: cues\["pitch-first\/product-names"\]: is not a cue list \(known: non-apology\/apology-words, /,
    );
  });

  it('locates a bad cue word', () => {
    const result = validatePack(
      pack([], { cues: { 'non-apology/vague-harms': ['mess', 'sorry|regret'] } }),
      'team.json',
    );
    expect(result.errors).toEqual([
      'team.json: cues["non-apology/vague-harms"][1]: may hold only words, spaces, hyphens, apostrophes and % # & .',
    ]);
  });

  it.each([
    ['wrong types', pack([rule({ phrases: 'per my last email' })]), ['team.json: rules[0].phrases: must be a list']],
    [
      'an empty phrase',
      pack([rule(), rule({ id: 'b', phrases: ['ok', ''] })]),
      ['team.json: rules[1].phrases[1]: must be a non-empty string'],
    ],
    [
      'a phrase of spaces',
      pack([rule({ phrases: ['   '] })]),
      ['team.json: rules[0].phrases[0]: must be a non-empty string'],
    ],
    [
      'an unknown field',
      pack([rule({ colour: 'red' })]),
      [expect.stringMatching(/^team\.json: rules\[0\]\.colour: unknown field/)],
    ],
    [
      'an unknown top-level field',
      { ...pack([rule()]), author: 'me' },
      [expect.stringMatching(/^team\.json: author: unknown field/)],
    ],
    ['duplicate ids', pack([rule(), rule()]), ['team.json: rules[1].id: "ticket-speak" is already used by rules[0]']],
    [
      'a missing message',
      pack([{ id: 'x', phrases: ['a b'] }]),
      ['team.json: rules[0].message: must be a non-empty string'],
    ],
    [
      'a bad severity',
      pack([rule({ severity: 'error' })]),
      ['team.json: rules[0].severity: must be "warning" or "hint"'],
    ],
    [
      'a regular expression',
      pack([rule({ phrases: ['/sorry.*/'] })]),
      ['team.json: rules[0].phrases[0]: regular expressions are not supported; write the words themselves'],
    ],
    [
      'a compromise regex token',
      pack([rule({ flagIf: [{ after: ['/^a+$/'] }] })]),
      ['team.json: rules[0].flagIf[0].after[0]: regular expressions are not supported; write the words themselves'],
    ],
    [
      'too many wildcards',
      pack([rule({ phrases: ['* * * centric'] })]),
      ['team.json: rules[0].phrases[0]: has 3 wildcards (at most 2)'],
    ],
    [
      'only wildcards',
      pack([rule({ phrases: ['* *'] })]),
      ['team.json: rules[0].phrases[0]: needs at least one real word'],
    ],
    [
      'a 10,000-character phrase',
      pack([rule({ phrases: ['a'.repeat(10_000)] })]),
      ['team.json: rules[0].phrases[0]: is 10000 characters long (at most 100)'],
    ],
    [
      'a phrase of too many words',
      pack([rule({ phrases: ['one two three four five six seven eight nine'] })]),
      ['team.json: rules[0].phrases[0]: has 9 words (at most 8)'],
    ],
    [
      '10,000 rules',
      pack(Array.from({ length: 10_000 }, (_, i) => rule({ id: `r${i}` }))),
      ['team.json: rules: has 10000 entries (at most 2000)'],
    ],
    [
      'a bad condition',
      pack([rule({ skipIf: [{ before: ['the'], after: ['of'] }] })]),
      [
        'team.json: rules[0].skipIf[0]: must be an object with exactly one of "before", "after", "tag", "tagBefore", "tagAfter", "hyphenated", "inSentence", "inParagraph" or "soonAfter"',
      ],
    ],
    [
      'a topic word that is not one word',
      pack([rule({ skipIf: [{ inSentence: ['boat', 'fibre line', 'wi-fi'] }] })]),
      [
        'team.json: rules[0].skipIf[0].inSentence[1]: must be one word, letters and digits only ("broadband", not "wi-fi" or "fibre line")',
        'team.json: rules[0].skipIf[0].inSentence[2]: must be one word, letters and digits only ("broadband", not "wi-fi" or "fibre line")',
      ],
    ],
    [
      'a paragraph topic word that is not one word',
      pack([rule({ skipIf: [{ inParagraph: ['router', 'fibre line'] }] })]),
      [
        'team.json: rules[0].skipIf[0].inParagraph[1]: must be one word, letters and digits only ("broadband", not "wi-fi" or "fibre line")',
      ],
    ],
    [
      'a bad tagBefore',
      pack([rule({ flagIf: [{ tagBefore: 'Nouns' }] })]),
      [
        'team.json: rules[0].flagIf[0].tagBefore: must be one of Verb, Noun, Adjective, Adverb, Gerund, PastTense, Infinitive, Plural, Singular, ProperNoun, Money',
      ],
    ],
    [
      'an unknown tag',
      pack([rule({ flagIf: [{ tag: 'Regex' }] })]),
      [expect.stringMatching(/^team\.json: rules\[0\]\.flagIf\[0\]\.tag: must be one of Verb, Noun/)],
    ],
    [
      'a detector in a team pack',
      pack([{ id: 'x', kind: 'non-apology', detector: 'non-apology/feelings', message: 'm' }]),
      ['team.json: rules[0].detector: only the built-in pack can use grammar detectors'],
    ],
    [
      'a bad disable id',
      pack([], { disable: ['synergy'] }),
      ['team.json: disable[0]: must be a full rule id like "default/synergy"'],
    ],
    [
      'a bad pack name',
      pack([], { name: 'Acme Sales' }),
      ['team.json: name: must be lower-case letters, digits and hyphens (it prefixes every rule id)'],
    ],
    ['not an object', [1, 2], ['team.json: (top level): must be a JSON object with "name", "version" and "rules"']],
  ])('reports %s with its location', (_, value, expected) => {
    const result = validatePack(value, 'team.json');
    expect(result.pack).toBeUndefined();
    expect(result.errors).toEqual(expected);
  });

  it('reports every problem, not just the first', () => {
    const result = validatePack(pack([rule({ phrases: [''] }), rule({ id: 'Bad Id', message: 3 })]), 'team.json');
    expect(result.errors).toEqual([
      'team.json: rules[0].phrases[0]: must be a non-empty string',
      'team.json: rules[1].id: must be lower-case letters, digits and hyphens, starting with a letter or digit',
      'team.json: rules[1].message: must be a non-empty string',
    ]);
  });

  it('does not trip over prototype names used as ids and fields', () => {
    const result = validatePack(
      pack([rule({ id: 'constructor' }), rule({ id: 'tostring', phrases: ['toString and constructor'] })]),
      'team.json',
    );
    expect(result.errors).toEqual([]);
    expect(validatePack(JSON.parse('{"name":"a","version":"1","__proto__":{"x":1}}'), 'p.json').errors).toEqual([
      expect.stringMatching(/^p\.json: __proto__: unknown field/),
    ]);
  });
});

describe('parsePack', () => {
  it('reads JSON with a byte-order mark', () => {
    expect(parsePack(`\uFEFF${JSON.stringify(pack([rule()]))}`, 'team.json').errors).toEqual([]);
  });

  it('reports malformed JSON without a stack trace', () => {
    const { pack: parsed, errors } = parsePack('{\n  "name": "acme",\n  "rules": [}\n', 'team.json');
    expect(parsed).toBeUndefined();
    expect(errors).toEqual(['team.json: line 3, column 13: is not valid JSON (expected a value but found "}")']);
  });

  it.each([
    ['{"name": "acme",}', 'line 1, column 17: is not valid JSON (expected a quoted field name but found "}")'],
    ['{"name": "acme"', 'line 1, column 16: is not valid JSON (expected "}" but found the end of the file)'],
    ['{"name": "ac\nme"}', 'line 1, column 13: is not valid JSON (line break or control character inside a string)'],
    ['{"a": 1} x', 'line 1, column 10: is not valid JSON (unexpected "x" after the end of the JSON value)'],
    ["{'a': 1}", 'line 1, column 2: is not valid JSON (expected a quoted field name but found "\'")'],
  ])('locates the JSON error in %j', (content, expected) => {
    expect(parsePack(content, 'p.json').errors).toEqual([`p.json: ${expected}`]);
  });

  it('reads a plain list with replacements, comments and CRLF', () => {
    const { pack: parsed, errors } = parsePack(
      '# sales voice\r\nper my last email => as I mentioned\r\n\r\nsynergize\r\nPer my last email\r\n',
      'Sales Team.txt',
    );
    expect(errors).toEqual([]);
    expect(parsed).toEqual({
      name: 'sales-team',
      version: '1',
      rules: [
        {
          id: 'per-my-last-email',
          phrases: ['per my last email'],
          message: 'Your team chose to avoid "per my last email" in customer mail.',
          suggestions: ['as I mentioned'],
        },
        { id: 'synergize', phrases: ['synergize'], message: 'Your team chose to avoid "synergize" in customer mail.' },
        {
          id: 'per-my-last-email-2',
          phrases: ['Per my last email'],
          message: 'Your team chose to avoid "Per my last email" in customer mail.',
        },
      ],
    });
  });

  it('reports bad lines of a plain list by line number', () => {
    expect(parsePack('fine phrase\n/regex+/\na => b => c\nx =>\n', 'list.txt').errors).toEqual([
      'list.txt: line 2: regular expressions are not supported; write the words themselves',
      'list.txt: line 3, column 8: use "=>" once: phrase => replacement',
      'list.txt: line 4: the replacement after "=>" must be 1 to 200 characters',
    ]);
  });

  it('refuses a pack over 1 MB', () => {
    expect(parsePack(`{"name":"a","version":"1","description":"${'x'.repeat(1_100_000)}"}`, 'big.json').errors).toEqual(
      ['big.json: is 1.1 MB (at most 1 MB)'],
    );
  });
});
