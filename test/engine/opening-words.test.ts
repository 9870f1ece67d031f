import { describe, expect, it } from 'vitest';
import { WORD_FEATURE, wordFeatures, wordsOf } from '../../src/engine/opening-words';

describe('the words of an opening as model features', () => {
  it('gives each word and each pair of neighbours once, lowercased, within a sentence', () => {
    expect([...wordFeatures(['We help teams.', "We're here!"])]).toEqual([
      'word:we',
      'word:we_help',
      'word:help',
      'word:help_teams',
      'word:teams',
      "word:we're",
      "word:we're_here",
      'word:here',
      'word:here_!',
      'word:!',
    ]);
    // Two sentences make no pair across their boundary ("teams_we're" above), one does.
    expect(wordFeatures(["We help teams. We're here!"]).has("word:teams_we're")).toBe(true);
  });

  it('reads amounts as what they are, so any price or share weighs the same', () => {
    expect([...wordFeatures(['Save 30% now, from £1,200 for 3 seats'])]).toEqual([
      'word:save',
      'word:save_<pct>',
      'word:<pct>',
      'word:<pct>_now',
      'word:now',
      'word:now_from',
      'word:from_<money>',
      'word:<money>',
      'word:<money>_for',
      'word:for_<num>',
      'word:<num>',
      'word:<num>_seats',
      'word:seats',
    ]);
  });

  it('reads a price in rupees, naira or a currency code as it reads one in pounds', () => {
    expect([...wordFeatures(['Flat ₹150 off above Rs. 799 or INR 2,000'])]).toEqual([
      'word:flat',
      'word:flat_<money>',
      'word:<money>',
      'word:<money>_off',
      'word:off',
      'word:off_above',
      'word:above',
      'word:above_<money>',
      'word:<money>_or',
      'word:or_<money>',
    ]);
    // A road or a part number is no price.
    expect(wordFeatures(['Take the R2 to Kingsway']).has('word:<money>')).toBe(false);
  });

  it('counts the commonest words only in pairs, and pronouns always', () => {
    const features = wordFeatures(['The plan is for our team and your team']);
    expect(features.has('word:the')).toBe(false);
    expect(features.has('word:is')).toBe(false);
    expect(features.has('word:the_plan')).toBe(true);
    expect(features.has('word:our')).toBe(true);
    expect(features.has('word:your')).toBe(true);
  });

  it('reads curly apostrophes as straight ones and letters beyond English', () => {
    expect(wordFeatures(['We’re in Zürich']).has("word:we're_in")).toBe(true);
    expect(wordFeatures(['We’re in Zürich']).has('word:zürich')).toBe(true);
  });

  it('reads at most the first 600 characters of a sentence, however long the line', () => {
    const line = `${'word '.repeat(120)}tail ${'x'.repeat(100_000)}`;
    expect(wordFeatures([line]).has('word:tail')).toBe(false);
    // "word" and the pair "word word", whatever follows the cut.
    expect(wordFeatures([line]).size).toBe(2);
  });

  it('names every feature it gives in the form a model file may weigh', () => {
    for (const feature of wordFeatures(["Hi! We've cut costs by 40% for £9 — 24/7, naïve?"])) {
      expect(feature).toMatch(WORD_FEATURE);
    }
    expect('word:we_help_teams').not.toMatch(WORD_FEATURE);
    expect(wordsOf('word:we_help')).toBe('we help');
  });
});
