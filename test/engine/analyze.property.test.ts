import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeEmail } from '../../src/engine';
import { builtinRuleset } from '../../src/rules';

// Words that trigger every detector, mixed with noise, so random texts actually produce findings.
const WORDS = [
  'synergy',
  'leveraging',
  'our',
  'platform',
  'circle',
  'back',
  'customer-facing',
  'client',
  'centricity',
  'sorry',
  'you',
  'feel',
  'that',
  'way',
  'I’m',
  "we're",
  'if',
  'anyone',
  'was',
  'upset',
  'for',
  'any',
  'inconvenience',
  'but',
  'mistakes',
  'were',
  'made',
  'Hi',
  'Sam,',
  "I'm",
  'Dana',
  'from',
  'Acme.',
  'demo',
  '20%',
  'off',
  'solutions',
  'end-to-end',
  'bandwidth',
  'the',
  '😀',
  'é',
  'naïve',
  '—',
  '.',
  '?',
  '!',
  ',',
  '\n',
  '\n\n',
  '\r\n',
  '> quoted',
  'On',
  'wrote:',
];
const draft = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string(), fc.string({ unit: 'binary', maxLength: 4 })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(' '));

// Paragraphs past the unit size (2,000 characters) are cut into pieces where an edit may move the cuts.
const longParagraph = fc
  .array(draft, { minLength: 15, maxLength: 40 })
  .map((parts) => parts.join(' ').replace(/\n/g, ' '));

describe('analyze on arbitrary text', () => {
  const ruleset = builtinRuleset();

  it('never throws, keeps the slice identity and sorts findings', () => {
    fc.assert(
      fc.property(fc.oneof(draft, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        for (const findings of [analyze(text, ruleset), analyzeEmail(text, ruleset)]) {
          for (const f of findings) {
            expect(text.slice(f.start, f.end)).toBe(f.text);
            expect(f.end).toBeGreaterThan(f.start);
          }
          for (let i = 1; i < findings.length; i++)
            expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.start);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same findings warm as cold', () => {
    fc.assert(
      fc.property(draft, draft, (a, b) => {
        const edited = `${a}\n\n${b}`;
        const warm = analyze(edited, ruleset);
        const cold = analyze(edited, structuredClone(ruleset));
        expect(warm).toEqual(cold);
      }),
      { numRuns: 100 },
    );
    // Each cold run prepares every detector afresh: about a second in all on a quiet machine, so the
    // limit leaves room for a busy one.
  }, 30_000);

  it('gives the same findings after any edit as a fresh analysis of the edited draft', () => {
    // The engine reuses the last draft's paragraphs around an edit (draft-memo.ts): typing, pasting,
    // deleting a blank line between paragraphs, editing the sign-off must all end where a cold run does.
    const signOffs = ['', '\n\nBest,\nDana Reyes\nAcme Solutions', '\n\nThanks,\nDana'];
    const edit = fc.record({
      at: fc.nat(),
      removed: fc.nat({ max: 12 }),
      inserted: fc.oneof(fc.constantFrom('\n\n', '\n', ' synergy ', 'x', '', 'Best,\nDana', '.'), draft),
    });
    fc.assert(
      fc.property(
        fc.oneof(draft, longParagraph),
        fc.constantFrom(...signOffs),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (body, end, edits) => {
          const warmRules = structuredClone(ruleset);
          let text = body + end;
          analyze(text, warmRules);
          for (const { at, removed, inserted } of edits) {
            const from = at % (text.length + 1);
            text = text.slice(0, from) + inserted + text.slice(Math.min(text.length, from + removed));
            expect(analyze(text, warmRules)).toEqual(analyze(text, structuredClone(ruleset)));
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
