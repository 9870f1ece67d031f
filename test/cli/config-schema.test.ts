import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import configSchema from '../../rules/config.schema.json';
import packSchema from '../../rules/rule-pack.schema.json';
import { parseConfig } from '../../src/cli/config/config';

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(packSchema, 'rule-pack.schema.json');
const matchesSchema = ajv.compile(configSchema);

// Editors check a config against the schema and the command line runs parseConfig: both must say
// yes and no to the same settings.
describe('rules/config.schema.json agrees with the command line', () => {
  it.each([
    {},
    { $schema: './node_modules/connection-first/rules/config.schema.json' },
    { packs: ['voice/team.txt'], disable: ['default/synergy', 'too-long', 'buzzword'] },
    { coaching: false },
    { coaching: { first: { words: { max: 200 } }, reply: { questions: { min: 0, max: 2 } } } },
    { files: ['templates/**/*.md'], ignore: ['templates/archive/**'] },
  ])('accepts %j', (config) => {
    expect(matchesSchema(config), JSON.stringify(matchesSchema.errors)).toBe(true);
    expect(parseConfig(config, 'c.json')).toHaveProperty('config');
  });

  it.each([
    [{ colour: 'teal' }, 'c.json: "colour" is not a setting (known: packs, disable, coaching, files, ignore)'],
    [{ disable: ['synergy'] }, 'c.json: disable[0]: must be a full rule id like "default/synergy"'],
    [{ disable: 'default/synergy' }, 'c.json: disable: must be a list of at most 2000 non-empty strings'],
    [{ packs: [''] }, 'c.json: packs: must be a list of at most 2000 non-empty strings'],
    [{ files: [3] }, 'c.json: files: must be a list of at most 2000 non-empty strings'],
    [{ coaching: true }, 'c.json: coaching: must be an object with "first" and/or "reply" targets'],
    [{ coaching: { first: { grade: 99 } } }, expect.stringMatching(/^c\.json: coaching\.first\.grade: /)],
    [['default/synergy'], 'c.json: must be a JSON object (see rules/config.schema.json)'],
  ])('refuses %j, saying where', (config, problem) => {
    expect(matchesSchema(config)).toBe(false);
    expect(parseConfig(config, 'c.json')).toEqual({ errors: [problem] });
  });

  it('applies its globs from its own folder', () => {
    const result = parseConfig(
      { files: ['templates/**'], ignore: ['templates/old/**'] },
      '/repo/.connection-first.json',
    );
    if (!('config' in result)) throw new Error(result.errors.join('\n'));
    const { covers } = result.config;
    expect(
      ['/repo/templates/a.md', '/repo/templates/old/b.md', '/repo/notes.md', '/elsewhere/templates/c.md'].map(covers),
    ).toEqual([true, false, false, false]);
  });
});
