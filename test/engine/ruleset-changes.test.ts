/**
 * The engine caches per ruleset: a new ruleset — a team's override, a new cue word — must change
 * what the same draft gets at once, never leave an earlier ruleset's results in place.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { buildRuleset, loadBuiltinPack, type RulePack } from '../../src/rules';

const builtin = loadBuiltinPack();
const team = (over: Partial<RulePack>): RulePack => ({ name: 'acme', version: '1', ...over });
const summary = (text: string, packs: RulePack[]) =>
  analyze(text, buildRuleset(packs)).map((f) => [f.ruleId, f.text, f.severity, f.message]);

const PITCH = "Hi Sam,\n\nI'm Dana from Acme, and we help teams like yours cut reporting time in half.\n\nBest,\nDana";
const APOLOGY = "Hi Sam,\n\nThanks for the note. We're sorry for the kerfuffle with the invoices.\n";

describe('a changed ruleset changes the findings of the same draft', () => {
  it('takes a team override of the pitch-first rule while the draft stays the same', () => {
    // The regression: the opening's results were once cached by rule id, message and text only, so
    // a severity-only override left the open draft at "warning" until its opening changed.
    const opening = "I'm Dana from Acme, and we help teams like yours cut reporting time in half.";
    const before = summary(PITCH, [builtin]);
    expect(before).toEqual([['default/pitch-first-opening', opening, 'warning', expect.any(String)]]);
    const hinted = summary(PITCH, [
      builtin,
      team({ overrides: { 'default/pitch-first-opening': { severity: 'hint' } } }),
    ]);
    expect(hinted).toEqual([['default/pitch-first-opening', opening, 'hint', before[0]![3]]]);
    const reworded = summary(PITCH, [
      builtin,
      team({ overrides: { 'default/pitch-first-opening': { message: 'Acme: lead with them.' } } }),
    ]);
    expect(reworded).toEqual([
      [
        'default/pitch-first-opening',
        opening,
        'warning',
        // The model's reason for this draft, then the team's own words.
        'Your opening introduces you and makes a claim about your company, before a word about Sam. Acme: lead with them.',
      ],
    ]);
    // And back: the first ruleset's results were not overwritten by the others'.
    expect(summary(PITCH, [builtin])).toEqual(before);
  });

  it('takes a team override of a paragraph rule in the same draft', () => {
    const text = 'Hi,\n\nWe can leverage the new API.\n';
    expect(summary(text, [builtin]).map(([, , severity]) => severity)).toEqual(['warning']);
    const hinted = summary(text, [builtin, team({ overrides: { 'default/leverage': { severity: 'hint' } } })]);
    expect(hinted.map(([, , severity]) => severity)).toEqual(['hint']);
  });

  it("takes a team's own cue words: a stock apology noun of theirs", () => {
    expect(summary(APOLOGY, [builtin])).toEqual([]);
    // A near miss: the list of nouns after "any" does not reach "sorry for the …".
    expect(summary(APOLOGY, [builtin, team({ cues: { 'non-apology/vague-harms': ['mess'] } })])).toEqual([]);
    const withThe = summary(APOLOGY, [builtin, team({ cues: { 'non-apology/vague-harms-after-the': ['kerfuffle'] } })]);
    expect(withThe).toEqual([
      [
        'default/sorry-for-any-inconvenience',
        "We're sorry for the kerfuffle with the invoices",
        'warning',
        expect.any(String),
      ],
    ]);
  });

  it('keeps cue words of earlier packs and adds only new ones', () => {
    const ruleset = buildRuleset([
      builtin,
      team({ cues: { 'non-apology/vague-harms-after-the': ['Confusion', 'mess'] } }),
    ]);
    const builtinWords = builtin.cues!['non-apology/vague-harms-after-the']!;
    expect(builtinWords).toContain('confusion');
    expect(ruleset.cues.get('non-apology/vague-harms-after-the')).toEqual([...builtinWords, 'mess']);
  });
});

describe('a locked rule', () => {
  const personal: RulePack = {
    name: 'personal',
    version: '1',
    rules: [{ id: 'leverage-the', phrases: ['leverage the new'], message: 'Mine.' }],
  };
  const text = 'Hi,\n\nWe can leverage the new API.\n';

  it('loses to a longer phrase of a later pack when not locked', () => {
    expect(summary(text, [builtin, personal]).map(([id, found]) => [id, found])).toEqual([
      ['personal/leverage-the', 'leverage the new'],
    ]);
  });

  it('keeps its finding where a later pack matches the same words with a longer phrase', () => {
    const locked = buildRuleset([builtin, personal], { locked: new Set(['default/leverage']) });
    expect(analyze(text, locked).map((f) => [f.ruleId, f.text])).toEqual([['default/leverage', 'leverage']]);
  });
});

describe('references to rules that do not exist', () => {
  it('are reported, one per entry, with the pack that made them', () => {
    const seen: unknown[] = [];
    buildRuleset(
      [
        builtin,
        team({
          disable: ['default/leverage', 'default/leverag'],
          overrides: { 'default/synergyy': { severity: 'hint' } },
        }),
        team({ name: 'later', disable: ['default/leverage'] }),
      ],
      { onUnknown: (r) => seen.push(r) },
    );
    // Switching off a rule an earlier pack already switched off is not a typo.
    expect(seen).toEqual([
      { pack: 'acme', ruleId: 'default/leverag', change: 'disable' },
      { pack: 'acme', ruleId: 'default/synergyy', change: 'override' },
    ]);
  });
});

describe("a team pack's part-of-speech conditions", () => {
  const pack = team({
    rules: [{ id: 'kit', phrases: ['kits'], message: 'Say what is in it.', flagIf: [{ tagBefore: 'Noun' }] }],
  });
  const found = (text: string) => analyze(text, buildRuleset([builtin, pack])).map((f) => f.text);

  it('read the word before from the dictionary and its ending', () => {
    expect(found('We ship payroll kits on Monday.')).toEqual(['kits']);
    expect(found('We ship starter kits on Monday.')).toEqual(['kits']);
  });

  it('leave the match alone where the word before is no noun', () => {
    expect(found('We ship kits on Monday.')).toEqual([]);
    expect(found('We ship quickly assembled kits.')).toEqual([]);
  });
});
