import { describe, expect, it } from 'vitest';
import { narrowEdit } from '../../src/editor/narrow-edit';

const OPENING = 'We are the leading platform for payroll.\nThanks for your note about the rollout.';

describe('narrowEdit: only the words a rewrite changes', () => {
  it('words put before an opening of two lines: an insertion at its start, inside the first line', () => {
    const lead = 'You mentioned [what they told you], so I thought of you. ';
    expect(narrowEdit(OPENING, lead + OPENING)).toEqual({ from: 0, to: 0, text: lead });
  });

  it('words put after: an insertion at the end', () => {
    expect(narrowEdit('Sorry for the delay.', 'Sorry for the delay. We missed the handover.')).toEqual({
      from: 20,
      to: 20,
      text: ' We missed the handover.',
    });
  });

  it('one word changed between shared words: that word alone', () => {
    expect(narrowEdit('we leverage our data', 'we use our data')).toEqual({ from: 3, to: 11, text: 'use' });
  });

  it('never splits a word: "leveraging" → "using" replaces the whole word', () => {
    expect(narrowEdit('leveraging data', 'using data')).toEqual({ from: 0, to: 10, text: 'using' });
    expect(narrowEdit('synergy', 'joint benefit')).toEqual({ from: 0, to: 7, text: 'joint benefit' });
  });

  it('lines swapped: nothing shared at a word edge, so the whole span', () => {
    const swapped = 'Thanks for your note about the rollout. We are the leading platform for payroll.';
    expect(narrowEdit(OPENING, swapped)).toEqual({ from: 0, to: OPENING.length, text: swapped });
  });

  it('a shared end that starts inside a word in either string is not shared', () => {
    // "…ing data" is shared, but "using" and "leveraging" differ before it.
    expect(narrowEdit('start leveraging data', 'start using data')).toEqual({ from: 6, to: 16, text: 'using' });
    // "cat" ends both, but in "scat" it starts inside the word.
    expect(narrowEdit('a cat', 'a scat')).toEqual({ from: 2, to: 5, text: 'scat' });
    // The shared "ment." ends "statement." and "comment.": both words are in the edit.
    expect(narrowEdit('the statement.', 'the comment.')).toEqual({ from: 4, to: 14, text: 'comment.' });
  });

  it('a rewrite that only deletes: an edit with no text', () => {
    expect(narrowEdit('Sorry, but the courier was late.', 'Sorry.')).toEqual({ from: 0, to: 32, text: 'Sorry.' });
    expect(narrowEdit('Thanks so much for this.', 'Thanks for this.')).toEqual({ from: 7, to: 15, text: '' });
  });

  it('applying the edit always gives the rewrite', () => {
    const pairs: [string, string][] = [
      [OPENING, `Congratulations on [their news]. ${OPENING}`],
      ['a b c d', 'a x c d'],
      ['a b c d', 'a b c d e'],
      ['  spaced  out  ', ' spaced out '],
      ['same', 'same'],
      ['', 'new words'],
      ['old words', ''],
      ['é😀 b', 'é😀 c'],
    ];
    for (const [before, after] of pairs) {
      const { from, to, text } = narrowEdit(before, after);
      expect(before.slice(0, from) + text + before.slice(to)).toBe(after);
    }
  });
});
