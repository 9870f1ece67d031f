import { describe, expect, it } from 'vitest';
import { pitchFirst } from '../../src/engine/detectors/pitch-first';
import { blankPreamble, type PreamblePatterns } from '../../src/engine/preamble';
import { builtinRuleset } from '../../src/rules';

const patterns = pitchFirst.prepare(builtinRuleset()) as PreamblePatterns;
/** The lines of `head` that are still there once its preamble is blanked. */
const kept = (head: string) => {
  const blanked = blankPreamble(head, patterns);
  expect(blanked).toHaveLength(head.length);
  return blanked
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
};

describe("a stripped mail's preamble", () => {
  it('blanks a masthead, a link row, "View in browser" and alt text, and keeps the subject line', () => {
    const head = [
      "We've missed you at the pool, Ciara",
      'View this email in your browser',
      '',
      'ANNER LEISURE CENTRE',
      'Swim | Gym | Classes | Kids | Membership',
      '[Image: Lane swimmer in a bright indoor pool]',
      '',
      'Hi Ciara,',
      '',
      'VIEW OUR TIMETABLE below.',
    ].join('\n');
    expect(kept(head)).toEqual(["We've missed you at the pool, Ciara", 'Hi Ciara,', 'VIEW OUR TIMETABLE below.']);
  });

  it('blanks titles that name a document or an issue, and keeps headlines that announce or offer', () => {
    for (const title of [
      'Clann na Móna GAA — March Newsletter',
      "St Aidan's Primary — Friday Bulletin, 7 March",
      'Tax invoice / receipt — Raffles Family Clinic (Bishan)',
      'Your receipt from Copper Kettle Coffee',
      'News from the Hollow Tree — March',
      'Weekly Family Update — March 14',
      "ST AIDAN'S C of E PRIMARY SCHOOL",
      'Changelog — March 2025\nView on the web',
      'Release notes — v4.2',
    ]) {
      expect(kept(`${title}\n\nThe pool reopens on Monday.`)).toEqual(['The pool reopens on Monday.']);
    }
    for (const headline of [
      'Product update: smart folders are here',
      'SPRING SALE — 40% off everything until Sunday',
      'FREE SHIPPING ON ORDERS OVER $50',
      'News from Acme: 50% off everything',
      'Bulk invoice export is live',
      'NEW IN: The Autumn Edit',
      'Changelog: scheduled exports are here',
    ]) {
      expect(kept(`${headline}\n\nThe pool reopens on Monday.`)).toEqual([headline, 'The pool reopens on Monday.']);
    }
  });

  it('ends at the greeting or the first sentence: nothing below them is blanked', () => {
    expect(kept('Hi Sam,\n\nMONTHLY UPDATE\nNews | Events | Shop')).toEqual([
      'Hi Sam,',
      'MONTHLY UPDATE',
      'News | Events | Shop',
    ]);
    expect(kept('The boiler is fixed.\nBOILER SERVICE NOTES\nThanks, Jo')).toEqual([
      'The boiler is fixed.',
      'BOILER SERVICE NOTES',
      'Thanks, Jo',
    ]);
  });
});
