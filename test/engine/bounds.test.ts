/**
 * The engine's bounds on hostile shapes of input, generated here (test/bench/pathological.ts), never
 * stored. Work is asserted by counting units analysed, which no machine load can change; times are
 * asserted only with wide slack (ten times the bench's limits), so a busy machine passes and a
 * super-linear regression (seconds per keystroke) still fails. `npm run bench` measures the real
 * numbers against the real limits.
 */
import { describe, expect, it } from 'vitest';
import { analyze, COACHING_KINDS } from '../../src/engine';
import { type Paragraph, type UnitResult, updateParagraphs } from '../../src/engine/draft-memo';
import { builtinRuleset, buildRuleset, loadBuiltinPack } from '../../src/rules';
import { editAt, HOSTILE_PACKS, SHAPES, type Shape, ZORP_DRAFT } from '../bench/pathological';

const MB = 1_000_000;
const SHAPE_NAMES = Object.keys(SHAPES) as Shape[];

const elapsed = (run: () => unknown) => {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
};

/**
 * Runs `updateParagraphs` on `draft` after `before`, and counts the distinct unit texts it had to
 * look up: what the engine analyses at most (the same text twice is one cache entry).
 */
function unitsAnalysed(before: string, draft: string): number {
  const texts = new Set<string>();
  const findingsOf = (text: string): UnitResult => {
    texts.add(text);
    return { findings: [], facts: [] };
  };
  const paragraphs: Paragraph[] = updateParagraphs(undefined, before, undefined, findingsOf);
  texts.clear();
  updateParagraphs({ draft: before, block: undefined, paragraphs }, draft, undefined, findingsOf);
  return texts.size;
}

describe('an edit analyses only the units around it', () => {
  it.each(SHAPE_NAMES)('1 MB %s: at most three units per one-character edit', (shape) => {
    const text = SHAPES[shape](MB);
    for (const k of [1, 2, 3]) expect(unitsAnalysed(text, editAt(text, k))).toBeLessThanOrEqual(3);
  });

  it('a new blank line splits one paragraph into two, and nothing else is analysed', () => {
    const text = SHAPES['dense findings'](200_000);
    const at = text.indexOf('\n\n', 100_000);
    const split = `${text.slice(0, at - 20)}\n\n${text.slice(at - 20)}`;
    expect(unitsAnalysed(text, split)).toBe(2);
  });

  it('two edits far apart analyse two units: what lies between comes back from the paragraphs replaced', () => {
    const text = SHAPES['dense findings'](200_000);
    const twice = `x${text.slice(0, 150_000)}y${text.slice(150_000)}`;
    expect(unitsAnalysed(text, twice)).toBeLessThanOrEqual(2);
  });
});

describe('analysis time grows linearly with any shape of input', () => {
  // Ten times the bench's limits: 1 s cold and 20 ms per edit for 1 MB.
  it.each(SHAPE_NAMES)(
    '1 MB %s: cold under 10 s, an edit under 200 ms',
    (shape) => {
      const text = SHAPES[shape](MB);
      const ruleset = buildRuleset([loadBuiltinPack()]);
      expect(elapsed(() => analyze(text, ruleset))).toBeLessThan(10_000);
      const edited = editAt(text, 1);
      expect(elapsed(() => analyze(edited, ruleset, { maxFindings: 1001 }))).toBeLessThan(200);
    },
    30_000,
  );

  it('a 5 MB line without spaces: under 50 s cold, and every unit at most 2,000 characters', () => {
    const text = SHAPES['no spaces'](5 * MB);
    expect(elapsed(() => analyze(text, builtinRuleset()))).toBeLessThan(50_000);
  }, 60_000);
});

describe('hostile packs', () => {
  it.each(Object.keys(HOSTILE_PACKS) as (keyof typeof HOSTILE_PACKS)[])(
    '%s: the "zorp" draft and ordinary prose analyse in under 5 s each',
    (name) => {
      const ruleset = buildRuleset([loadBuiltinPack(), HOSTILE_PACKS[name]()]);
      const prose = SHAPES['dense findings'](20_000);
      expect(elapsed(() => analyze(ZORP_DRAFT, ruleset))).toBeLessThan(5_000);
      expect(elapsed(() => analyze(prose, ruleset))).toBeLessThan(5_000);
    },
    30_000,
  );

  it('the overlap bomb finds each "zorp" run once, the longest, not once per rule', () => {
    const ruleset = buildRuleset([loadBuiltinPack(), HOSTILE_PACKS['overlap bomb']()]);
    // The pack's matches (320 words without a full stop are also one long sentence to the coach).
    const findings = analyze(ZORP_DRAFT, ruleset).filter((f) => !COACHING_KINDS.includes(f.kind));
    // Matches never overlap, and each is at most eight words long.
    for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    // The longest match is chosen at each start, and the walk resumes after it: 320 words, 40 runs of 8.
    expect(findings.map((f) => f.text.split(' ').length)).toEqual(Array.from({ length: 40 }, () => 8));
    expect(findings.map((f) => f.text).join(' ')).toBe(ZORP_DRAFT.trim());
  }, 30_000);

  it('maxFindings caps what is returned, the first in the draft', () => {
    const text = SHAPES['buzzword chain'](50_000);
    const all = analyze(text, builtinRuleset());
    expect(all.length).toBeGreaterThan(1000);
    expect(analyze(text, builtinRuleset(), { maxFindings: 1001 })).toEqual(all.slice(0, 1001));
  });
});
