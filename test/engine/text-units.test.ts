import { describe, expect, it } from 'vitest';
import { blankQuotedHistory, blankSignOff } from '../../src/engine/quoted-history';
import { splitParagraphs, splitSentences } from '../../src/engine/sentences';
import { tokenize } from '../../src/engine/tokens';

const texts = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Hi Sam. Thanks for the note! Can we talk?', ['Hi Sam.', 'Thanks for the note!', 'Can we talk?']],
    ['Mr. Lee asked, e.g. for the U.S. numbers. Done.', ['Mr. Lee asked, e.g. for the U.S. numbers.', 'Done.']],
    ['Line one\nLine two', ['Line one', 'Line two']],
    [
      'This plain-text mail was wrapped by the sender at about seventy-two\ncharacters, so the sentence carries on here.',
      [
        'This plain-text mail was wrapped by the sender at about seventy-two\ncharacters, so the sentence carries on here.',
      ],
    ],
    ['"Great," she said. (Really.) Next', ['"Great," she said.', '(Really.)', 'Next']],
    ['The price is 3.5 per cent.', ['The price is 3.5 per cent.']],
  ])('%j', (text, expected) => {
    expect(texts(text, splitSentences(text))).toEqual(expected);
  });
});

describe('splitParagraphs', () => {
  it('splits at blank lines, including lines of spaces and CRLF', () => {
    const text = 'One.\r\n\r\nTwo\nstill two.\n  \t\nThree.';
    expect(texts(text, splitParagraphs(text))).toEqual(['One.\r', 'Two\nstill two.', 'Three.']);
  });

  it('cuts a very long block at sentence-ending line breaks only', () => {
    const line = 'Our team will send the revised plan on Friday and we will review it together.';
    const text = Array.from({ length: 120 }, () => line).join('\n');
    const parts = texts(text, splitParagraphs(text));
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2000);
    expect(parts.join('\n')).toBe(text);
  });
});

describe('tokenize', () => {
  it('keeps apostrophes and %, splits at hyphens, skips addresses', () => {
    const words = tokenize('We’re 100% customer-facing: see www.synergy.io or ask sam@leverage.net, naïve 😀 ok').map(
      (t) => t.norm,
    );
    expect(words).toEqual(["we're", '100%', 'customer', 'facing', 'see', 'or', 'ask', 'naïve', 'ok']);
  });

  it('gives UTF-16 offsets that survive characters outside the BMP', () => {
    const text = '😀 synergy';
    const [token] = tokenize(text);
    expect(text.slice(token!.start, token!.end)).toBe('synergy');
  });
});

describe('blankQuotedHistory', () => {
  const own = (text: string) => blankQuotedHistory(text).replace(/\s+/g, ' ').trim();

  it('keeps the length and line breaks, so offsets still point into the original', () => {
    const text = 'Thanks!\n> old synergy\nOn Mon, Sam wrote:\n> more';
    const blanked = blankQuotedHistory(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked.split('\n').length).toBe(text.split('\n').length);
  });

  it.each([
    [
      'Sounds good.\n\nOn Tue, 3 Jun 2025 at 10:02, Sam Lee <sam@example.com> wrote:\n> Can we leverage it?',
      'Sounds good.',
    ],
    ['Sounds good.\n\nOn Tue, 3 Jun 2025 at 10:02, Sam Lee <\nsam@example.com> wrote:\nold text', 'Sounds good.'],
    ['Yes.\n> quoted line\nMy answer.\n> another', 'Yes. My answer.'],
    ['See below.\n-----Original Message-----\nFrom: Sam\nSynergy', 'See below.'],
    ['See below.\n\nFrom: Sam Lee\nSent: Monday\nTo: Kim\nSubject: synergy', 'See below.'],
    ['Cheers,\nKim\n-- \nKim Park | Solutions Architect', 'Cheers, Kim'],
    [
      'From: the desk of Kim, a note about synergy.\nNo header follows.',
      'From: the desk of Kim, a note about synergy. No header follows.',
    ],
  ])('%j', (text, expected) => {
    expect(own(text)).toBe(expected);
  });
});

describe('blankSignOff', () => {
  const own = (text: string) => blankSignOff(text).replace(/\s+/g, ' ').trim();

  it('blanks the lines under a closing, keeping length and line breaks', () => {
    const text = 'Let me know.\n\nBest,\nDana Reyes\nHead of Growth | Acme Solutions Ltd\n+44 20 7946 0000';
    const blanked = blankSignOff(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked.split('\n').length).toBe(text.split('\n').length);
    expect(own(text)).toBe('Let me know. Best,');
  });

  it.each([
    ['Kind regards, Dana\nAcme Solutions', 'Kind regards, Dana'],
    ['Thanks!\nKim\n\nP.S. Our synergy webinar is on Friday.', 'Thanks! P.S. Our synergy webinar is on Friday.'],
    ['Cheers\nKim\nPS: bring the solutions deck', 'Cheers PS: bring the solutions deck'],
  ])('%j', (text, expected) => {
    expect(own(text)).toBe(expected);
  });

  it.each([
    // What follows is a message, not a signature.
    "Thanks!\nLet's circle back next week.",
    'Thanks for the call.\nOur solutions team will write.',
    'Best,',
    // Too long to be a signature.
    `Regards,\n${Array.from({ length: 10 }, (_, i) => `Line ${i}`).join('\n')}`,
  ])('leaves %j alone', (text) => {
    expect(blankSignOff(text)).toBe(text);
  });
});
