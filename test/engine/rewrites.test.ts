/**
 * A finding's rewrites are worked out the first time they are read (a card opened, a report
 * written), not while the draft is checked: some read the sentence's grammar, and a keystroke that
 * re-checks a paragraph should not pay for rewrites nobody looks at.
 */
import { describe, expect, it, vi } from 'vitest';

const clauses = vi.hoisted(() => ({ read: [] as string[] }));
vi.mock('../../src/engine/clause', async (original) => {
  const clause = await original<typeof import('../../src/engine/clause')>();
  return {
    ...clause,
    readClause: (sentence: string) => {
      clauses.read.push(sentence);
      return clause.readClause(sentence);
    },
  };
});

const { analyze, analyzeEmailMessage, analyzeMessage, findingData } = await import('../../src/engine');
const { makeFinding } = await import('../../src/engine/finding');
const { builtinRuleset } = await import('../../src/rules');

const ruleset = builtinRuleset();
const FEELINGS = "Thanks for the call about the renewal.\n\nI'm sorry you feel the new fee was not explained.";
/** The times the clause after "you feel" was read, to see whether it can stand after "sorry". */
const restRead = () => clauses.read.filter((s) => s.startsWith('the new fee was not explained')).length;

describe("a finding's rewrites", () => {
  it('are not worked out while the draft is checked, and are once they are read', () => {
    clauses.read.length = 0;
    const [finding] = analyze(FEELINGS, ruleset).filter((f) => f.kind === 'non-apology');
    expect(finding?.text).toBe("I'm sorry you feel the new fee was not explained");
    expect(restRead()).toBe(0);
    expect(finding!.suggestions.map((s) => s.replacement)).toEqual([
      "I'm sorry the new fee was not explained. I want to make this right",
      "I'm sorry that I [what I did]. I want to make this right",
    ]);
    expect(restRead()).toBe(1);
  });

  it('are worked out once, and a finding moved to draft offsets shares them', () => {
    // Not FEELINGS: its unit, and its rewrites, are already known from the test above.
    const apology = "I'm sorry you feel the new fee was not explained at the time.";
    const first = analyzeMessage(`Hi Sam,\n\n${apology}`, ruleset).findings.find((f) => f.kind === 'non-apology')!;
    // The same paragraph, now further down the draft: its unit is reused and its findings moved.
    const again = analyzeMessage(`Hi Sam,\n\nOne more thing.\n\n${apology}`, ruleset).findings.find(
      (f) => f.kind === 'non-apology',
    )!;
    expect(again.start).toBe(first.start + 'One more thing.\n\n'.length);
    clauses.read.length = 0;
    const rewrites = first.suggestions;
    expect(again.suggestions).toBe(rewrites);
    expect(first.suggestions).toBe(rewrites);
    expect(restRead()).toBe(1);
  });

  it("are not worked out for mail either, whose findings are read off the mail's own text", () => {
    const apology = "I'm sorry you feel the new fee was not explained on the call.";
    const mail = `Hi Sam,\n\n${apology}\n\nOn Mon, Ana wrote:\n> Why the fee?`;
    clauses.read.length = 0;
    const [finding] = analyzeEmailMessage(mail, ruleset).findings.filter((f) => f.kind === 'non-apology');
    expect(finding?.text).toBe("I'm sorry you feel the new fee was not explained on the call");
    expect(mail.slice(finding!.start, finding!.end)).toBe(finding!.text);
    const read = () => clauses.read.filter((s) => s.startsWith('the new fee was not explained on the call')).length;
    expect(read()).toBe(0);
    // Every field, in the one order reports list them, rewrites worked out.
    expect(Object.keys(findingData(finding!))).toEqual([
      'ruleId',
      'kind',
      'start',
      'end',
      'text',
      'message',
      'suggestions',
      'severity',
    ]);
    expect(findingData(finding!).suggestions[0]?.replacement).toBe(
      "I'm sorry the new fee was not explained on the call. I want to make this right",
    );
    expect(read()).toBe(1);
  });

  it('a rule given as data keeps its rewrites as given, work or list alike', () => {
    const rule = ruleset.rules.find((r) => r.id === 'default/synergy')!;
    const work = vi.fn(() => [{ replacement: 'working together' }]);
    const lazy = makeFinding(rule, 'Our synergy is real.', 4, 11, work);
    const listed = makeFinding(rule, 'Our synergy is real.', 4, 11, [{ replacement: 'teamwork' }]);
    expect(work).not.toHaveBeenCalled();
    expect(JSON.parse(JSON.stringify(lazy)).suggestions).toEqual([{ replacement: 'working together' }]);
    expect(lazy.suggestions).toEqual([{ replacement: 'working together' }]);
    expect(work).toHaveBeenCalledTimes(1);
    expect(listed.suggestions).toEqual([{ replacement: 'teamwork' }]);
  });
});
