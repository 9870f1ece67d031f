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
});
