import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { buildRuleset, loadBuiltinPack, parsePack, type RulePack } from '../../src/rules';

const team: RulePack = {
  name: 'acme-sales',
  version: '2',
  rules: [
    {
      id: 'per-my-last-email',
      phrases: ['per my last email'],
      message: 'Sounds curt; restate the point kindly.',
      suggestions: ['as I mentioned'],
    },
  ],
  disable: ['default/circle-back'],
  overrides: { 'default/synergy': { message: 'Acme says: name the joint work.', severity: 'hint' } },
};

const ids = (text: string, packs: RulePack[]) =>
  analyze(text, buildRuleset(packs)).map((f) => [f.ruleId, f.text, f.severity, f.message]);
const text = 'Per my last email, let us circle back on the synergy.';

describe('buildRuleset merges packs in order', () => {
  it('runs the built-in pack alone', () => {
    expect(ids(text, [loadBuiltinPack()]).map(([id]) => id)).toEqual(['default/circle-back', 'default/synergy']);
  });

  it('lets a team pack add rules, switch built-in rules off and override messages', () => {
    expect(ids(text, [loadBuiltinPack(), team])).toEqual([
      ['acme-sales/per-my-last-email', 'Per my last email', 'warning', 'Sounds curt; restate the point kindly.'],
      ['default/synergy', 'synergy', 'hint', 'Acme says: name the joint work.'],
    ]);
  });

  it('lets a later personal pack switch off and override team rules', () => {
    const personal: RulePack = {
      name: 'personal',
      version: '1',
      disable: ['acme-sales/per-my-last-email'],
      overrides: { 'default/synergy': { severity: 'warning' }, 'default/circle-back': { message: 'gone already' } },
    };
    expect(ids(text, [loadBuiltinPack(), team, personal])).toEqual([
      ['default/synergy', 'synergy', 'warning', 'Acme says: name the joint work.'],
    ]);
  });

  it('replaces a rule that a later pack defines again under the same full id', () => {
    const again: RulePack = {
      ...team,
      rules: [{ id: 'per-my-last-email', phrases: ['as per my last email'], message: 'v3' }],
    };
    expect(ids('As per my last email, thanks.', [loadBuiltinPack(), team, again])).toEqual([
      ['acme-sales/per-my-last-email', 'As per my last email', 'warning', 'v3'],
    ]);
  });

  it('prefers the later pack when two rules match the same words', () => {
    const { pack } = parsePack('circle back => call you on Friday', 'sales.txt');
    const findings = analyze('Let me circle back.', buildRuleset([loadBuiltinPack(), pack!]));
    expect(findings.map((f) => [f.ruleId, f.suggestions[0]?.replacement])).toEqual([
      ['sales/circle-back', 'call you on Friday'],
    ]);
  });

  it('applies a plain-text list with its replacement', () => {
    const { pack } = parsePack('per my last email => as I mentioned', 'sales.txt');
    const [finding] = analyze('per my last email, the price holds.', buildRuleset([loadBuiltinPack(), pack!]));
    expect(finding).toMatchObject({
      ruleId: 'sales/per-my-last-email',
      text: 'per my last email',
      suggestions: [{ replacement: 'as I mentioned' }],
    });
  });

  it('does not hang on a pack at the limits', { timeout: 60_000 }, () => {
    const words = Array.from({ length: 8 }, (_, i) => `w${i}`);
    const big: RulePack = {
      name: 'big',
      version: '1',
      rules: Array.from({ length: 2000 }, (_, i) => ({
        id: `r${i}`,
        phrases: Array.from({ length: 50 }, (_, j) => [`x${i}y${j}`, '*', '*', ...words.slice(3)].join(' ')),
        message: 'm',
      })),
    };
    const ruleset = buildRuleset([loadBuiltinPack(), big]);
    const draft = `${'w0 w1 w2 w3 w4 w5 w6 w7 x1y1 '.repeat(2000)}`;
    const started = performance.now();
    analyze(draft, ruleset);
    // Generous bound: it must finish, not be fast here (speed is measured by npm run bench).
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
