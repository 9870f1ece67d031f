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

  it('blanks a line that is only an address, a site or a number to call, and keeps one that says something', () => {
    for (const contact of [
      '1-866-237-7397',
      '+44 (0)20 7946 0018',
      'Tel: 020 7946 0018',
      'jm@neteze.com',
      'E-mail: <orders@gt-toner.example>',
      'www.gt-toner.example',
      'https://gt-toner.example/deals',
    ]) {
      expect(kept(`Laser printer and computer supplies\n\n${contact}\n\nSave up to 40% on toner.`)).toEqual([
        'Laser printer and computer supplies',
        'Save up to 40% on toner.',
      ]);
    }
    for (const said of [
      'Call 1-866-237-7397 today',
      'Email jm@neteze.com for a quote',
      'Visit www.gt-toner.example',
      'Order line open 24/7',
      'Since 1998',
    ]) {
      expect(kept(`Laser printer and computer supplies\n\n${said}\n\nSave up to 40% on toner.`)).toEqual([
        'Laser printer and computer supplies',
        said,
        'Save up to 40% on toner.',
      ]);
    }
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

  it("blanks a periodical's dateline and issue line, and keeps a headline with a date in it", () => {
    for (const dateline of [
      '07.10.2002 GnomeREPORT',
      'WORLD WIDE WORDS         ISSUE 303          Saturday 17 August 2002',
      'Volume 6, Number 2',
      'EFFector       Vol. 15, No. 35       November 8, 2002     editor@example.org',
      'Issue 14 - February 2001',
      'August 12, 2002',
    ]) {
      expect(kept(`${dateline}\n\nThe pool reopens on Monday.`)).toEqual(['The pool reopens on Monday.']);
    }
    for (const headline of [
      'Sale ends March 14, 2024',
      'We moved on 3 March 2024',
      'Summer Sale 2024 — 40% off',
      'Edition 2 is here!',
      'Meeting on 12/03/2024 at the hall',
    ]) {
      expect(kept(`${headline}\n\nThe pool reopens on Monday.`)).toEqual([headline, 'The pool reopens on Monday.']);
    }
  });

  it("blanks a letter's heading above its greeting: name, firm, address, date, reference", () => {
    const letters = [
      'Acme Plumbing Ltd\n12 High Street,\nLeeds LS1 4AB\n\n3 March 2024\n\nDear Mr Patel,\n\nThe engineer comes on Tuesday.',
      'Mr. Vincent Okafor,\nStandard Trust Bank Ltd,\nLagos, Nigeria.\n\nDear Sir,\n\nI write about your account.',
      'Harbour Legal LLP\nRef: HL/2291/KM\nTel: 020 7946 0321\n\nDEAR MS KHAN,\n\nWe enclose the signed lease.',
      'J. Moreno\njmoreno@example.org\n\nHello Priya,\n\nThe minutes are attached.',
    ];
    for (const letter of letters) {
      const [greeting, body] = letter.split('\n\n').slice(-2);
      expect(kept(letter)).toEqual([greeting, body]);
    }
  });

  it('keeps short lines above a greeting that no address block would have, and a one-line title', () => {
    // A headline and its subtitle: no comma at a line's end, no field, address or number.
    expect(
      kept('The boots you liked are back\nUp to 40% off all boots\n\nDear customer,\n\nThe sale ends Sunday.'),
    ).toEqual(['The boots you liked are back', 'Up to 40% off all boots', 'Dear customer,', 'The sale ends Sunday.']);
    // A line that shouts or asks is not part of a letter's heading.
    expect(kept('Call us: 0800 123 4567\nWant to save money?\n\nDear friend,\n\nRead on.')).toEqual([
      'Call us: 0800 123 4567',
      'Want to save money?',
      'Dear friend,',
      'Read on.',
    ]);
    // One line above the greeting is a title, not a heading.
    expect(kept('Standard Trust Bank Ltd,\n\nDear Sir,\n\nI write about your account.')).toEqual([
      'Standard Trust Bank Ltd,',
      'Dear Sir,',
      'I write about your account.',
    ]);
  });
});
