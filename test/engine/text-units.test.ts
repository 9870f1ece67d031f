import { describe, expect, it } from 'vitest';
import { blankQuotedHistory, isReply, signOffBlock } from '../../src/engine/quoted-history';
import { splitSentences } from '../../src/engine/sentences';
import { splitParagraphs, splitUnits, UNIT_CHARS } from '../../src/engine/units';
import { tokenize } from '../../src/engine/tokens';
import { SHAPES } from '../bench/pathological';

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
    // A company's legal suffix is no sentence end.
    [
      'Greetings from Infotrek Solutions Pvt. Ltd.! We build apps.',
      ['Greetings from Infotrek Solutions Pvt. Ltd.!', 'We build apps.'],
    ],
    // A numbered list item's number belongs to its sentence; a number ending a sentence still ends it.
    [
      'Two tips:\n1. Keep it open.\n 2. Share files. We have 3.\nDone.',
      ['Two tips:', '1. Keep it open.', '2. Share files.', 'We have 3.', 'Done.'],
    ],
  ])('%j', (text, expected) => {
    expect(texts(text, splitSentences(text))).toEqual(expected);
  });
});

describe('splitParagraphs', () => {
  it('splits at blank lines, including lines of spaces and CRLF', () => {
    const text = 'One.\r\n\r\nTwo\nstill two.\n  \t\nThree.';
    expect(texts(text, splitParagraphs(text))).toEqual(['One.\r', 'Two\nstill two.', 'Three.']);
  });
});

describe('splitUnits', () => {
  const units = (text: string) => texts(text, splitUnits(text, { start: 0, end: text.length }));

  it('keeps a paragraph up to the unit size whole', () => {
    const text = 'a'.repeat(UNIT_CHARS);
    expect(units(text)).toEqual([text]);
  });

  it('cuts a long paragraph after a line that ends a sentence, before any other cut', () => {
    const line = 'Our team will send the revised plan on Friday, and we will review it together.';
    const text = Array.from({ length: 120 }, () => line).join('\n');
    const parts = units(text);
    expect(parts.join('')).toBe(text);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(UNIT_CHARS);
      expect(part.length).toBeGreaterThanOrEqual(UNIT_CHARS / 4);
      expect(part.endsWith('together.\n') || part === parts.at(-1)).toBe(true);
    }
  });

  it('cuts one line of sentences after a sentence, not inside one', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Order ${i} shipped.`).join(' ');
    const parts = units(text);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts.slice(0, -1)) expect(part).toMatch(/shipped\. $/);
  });

  it('cuts text without spaces where its own characters say, so an edit moves no later cut', () => {
    const blob = SHAPES['no spaces'](20_000);
    const ends = (text: string) => splitUnits(text, { start: 0, end: text.length }).map((u) => u.end);
    const before = ends(blob);
    const after = ends(`x${blob}`);
    expect(before.length).toBeGreaterThan(10);
    for (const [i, end] of before.entries()) expect(end - (before[i - 1] ?? 0)).toBeLessThanOrEqual(UNIT_CHARS);
    // After the first unit or two, the edited text is cut at the very same places (one further on).
    expect(after.slice(2).map((end) => end - 1)).toEqual(before.slice(before.length - after.length + 2));
    expect(after.length).toBeGreaterThanOrEqual(before.length - 1);
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(5000);
    for (const part of units(text)) expect(part).toMatch(/^(?:😀)+$/u);
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
    // A message passed on: Gmail's forward marker, Apple Mail's, and a short header under the writer's note.
    [
      'Worth a look?\n\n---------- Forwarded message ---------\nFrom: Kara\nNimbusCore delivers synergy.',
      'Worth a look?',
    ],
    ['FYI.\n\nBegin forwarded message:\n\nFrom: Kara\nSynergy!', 'FYI.'],
    // Lotus Notes' marker, with the forwarder and the date inside the dashes.
    [
      'Worth a look.\n\n------------ Forwarded by Karen Holt/HOU/WES on 04/22/2001 09:14 AM ------------\n\n' +
        '"Lisa Grady" <lg@vantage.example> on 04/20/2001\nTo: Karen Holt\nSubject: Analytics\n\nBest-in-class synergy.',
      'Worth a look.',
    ],
    // A sentence about what was forwarded is no marker.
    [
      'Forwarded by Karen to the whole team, the memo caused a stir.',
      'Forwarded by Karen to the whole team, the memo caused a stir.',
    ],
    [
      'Can you use this?\nJan\n\nFrom: Strategy Office\nSubject: Q2\n\nOur North Star remains synergy.',
      'Can you use this? Jan',
    ],
    // The same short header at the very top is the writer's own memo heading, and is read.
    [
      'From: Facilities\nSubject: Lifts\n\nThe lifts are serviced on Friday.',
      'From: Facilities Subject: Lifts The lifts are serviced on Friday.',
    ],
    // A message saved as text (Outlook's tabs and CRLF; Thunderbird's Date): its own header is no
    // history, the body under it is read, and history under the body is still history.
    [
      'From:\tDana Reyes <dana@example.com>\r\nSent:\tMonday, December 7, 2026 9:12 AM\r\nTo:\tSam Lee\r\n' +
        'Subject:\tYour renewal\r\n\r\nHi Sam,\r\n\r\nThe renewal is attached.\r\n\r\nFrom: Sam Lee\r\n' +
        'Sent: Friday\r\nSubject: Renewal\r\n\r\nOld synergy.',
      'Hi Sam, The renewal is attached.',
    ],
    [
      '\nSubject: Re: Lifts\nFrom: Kim Park <kim@example.com>\nDate: 7 Dec 2026, 09:12\nTo: Facilities <fm@example.com>,\n' +
        '  Dana Reyes <dana@example.com>\n\nThe lifts are fine now.\n> Are the lifts working?',
      'The lifts are fine now.',
    ],
    // A reply in English above a thread in the language of the writer's mail client: Outlook's header
    // and marker, and Gmail's attribution line, in German, French, Spanish, Dutch, Italian, Portuguese, Swedish.
    [
      'Sounds good.\n\nVon: Sam Lee <sam@example.com>\nGesendet: Montag, 7. Dezember 2026 09:12\nBetreff: Synergy',
      'Sounds good.',
    ],
    ['Sounds good.\n\nDe : Sam Lee\nEnvoyé : lundi 7 décembre 2026 09:12\nObjet : Synergy', 'Sounds good.'],
    ['Sounds good.\n\nDe: Sam Lee\nEnviado el: lunes, 7 de diciembre de 2026 9:12\nAsunto: Synergy', 'Sounds good.'],
    ['Sounds good.\n\nVan: Sam Lee\nVerzonden: maandag 7 december 2026 09:12\nOnderwerp: Synergy', 'Sounds good.'],
    ['Sounds good.\n\nDa: Sam Lee\nInviato: lunedì 7 dicembre 2026 09:12\nOggetto: Synergy', 'Sounds good.'],
    [
      'Sounds good.\n\nDe: Sam Lee\nEnviada em: segunda-feira, 7 de dezembro de 2026 09:12\nAssunto: Synergy',
      'Sounds good.',
    ],
    ['Sounds good.\n\nFrån: Sam Lee\nSkickat: den 7 december 2026 09:12\nÄmne: Synergy', 'Sounds good.'],
    ['Sounds good.\n-----Ursprüngliche Nachricht-----\nSynergy', 'Sounds good.'],
    ["Sounds good.\n-----Message d'origine-----\nSynergy", 'Sounds good.'],
    ['Sounds good.\n\nAm Mo., 7. Dez. 2026 um 09:12 Uhr schrieb Sam Lee <sam@example.com>:\n> Synergy', 'Sounds good.'],
    ['Sounds good.\n\nLe lun. 7 déc. 2026 à 09:12, Sam Lee <sam@example.com> a écrit :\n> Synergy', 'Sounds good.'],
    ['Sounds good.\n\nEl lun, 7 dic 2026 a las 9:12, Sam Lee (<sam@example.com>) escribió:\nSynergy', 'Sounds good.'],
    ['Sounds good.\n\nOp ma 7 dec. 2026 om 09:12 schreef Sam Lee <sam@example.com>:\nSynergy', 'Sounds good.'],
    [
      'Sounds good.\n\nIl giorno lun 7 dic 2026 alle ore 09:12 Sam Lee <sam@example.com> ha scritto:\nSynergy',
      'Sounds good.',
    ],
    [
      'Sounds good.\n\nEm seg., 7 de dez. de 2026 às 09:12, Sam Lee <sam@example.com>\nescreveu:\nSynergy',
      'Sounds good.',
    ],
    ['Sounds good.\n\nDen 7 dec. 2026 kl. 09:12 skrev Sam Lee <sam@example.com>:\nSynergy', 'Sounds good.'],
    // English that opens the same way is the writer's: no header follows, nothing wrote.
    [
      'Am I right that the data arrived?\nDe facto: it did.\nData: attached.\nEl Paso is next. Le Mans too: soon.',
      'Am I right that the data arrived? De facto: it did. Data: attached. El Paso is next. Le Mans too: soon.',
    ],
    // A phone's or a mail app's signing line; a sentence that starts the same way is the writer's.
    ['Sounds good, see you at ten.\n\nSent from my iPhone', 'Sounds good, see you at ten.'],
    ['Sounds good.\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n\nOn Mon, Sam wrote:\n> Ten?', 'Sounds good.'],
    [
      'Sent from my laptop at the airport, so the figures are rough.',
      'Sent from my laptop at the airport, so the figures are rough.',
    ],
    // A legal notice at the foot, from its first line on, however it opens; history under it is cut too.
    [
      'Thanks, the quote is fine.\n\nBest,\nDana\n\nCONFIDENTIALITY NOTICE: This email is for the intended recipient only. ' +
        'We apologise for any inconvenience.',
      'Thanks, the quote is fine. Best, Dana',
    ],
    [
      'Redline attached.\n\nMichael J. Torres\nHale Whitman LLP\nThis message may contain privileged and confidential ' +
        'information. If you are not the intended recipient, please delete it.\n\nOn Mon, Sam wrote:\n> Old.',
      'Redline attached. Michael J. Torres Hale Whitman LLP',
    ],
    [
      'See you at ten.\n\n________________\nThe information contained in this e-mail is confidential and may be ' +
        'legally privileged.\nIt is intended solely for the addressee.',
      'See you at ten. ________________',
    ],
    ['See you at ten.\nIf you have received this email in error, please notify us.', 'See you at ten.'],
    ['See you at ten.\n\n*** Disclaimer: ***\nViews are my own.', 'See you at ten.'],
    // The writer's own word on secrecy, with the message going on to a closing, is the writer's.
    [
      'Hi all,\n\nThis email is confidential until Friday: we are moving to Leeds.\n\nMore soon.\n\nBest,\nDana',
      'Hi all, This email is confidential until Friday: we are moving to Leeds. More soon. Best, Dana',
    ],
    // Near misses: a notice that is the message, and an email meant for a team.
    [
      'Hi all,\n\nThe lifts are out.\nImportant notice: the car park closes at six.\nThis email is for the whole Leeds team.',
      'Hi all, The lifts are out. Important notice: the car park closes at six. This email is for the whole Leeds team.',
    ],
    // A notice with nothing above it is all there is to read.
    ['Confidentiality notice: the figures below are draft.', 'Confidentiality notice: the figures below are draft.'],
    // Saved by a client in another language: its own header is known by the same words as history's.
    [
      'Von:\tDana Reyes <dana@example.com>\r\nGesendet:\tMontag, 7. Dezember 2026 09:12\r\nAn:\tSam Lee\r\n' +
        'Betreff:\tRenewal\r\n\r\nHi Sam,\r\n\r\nThe renewal is attached.',
      'Hi Sam, The renewal is attached.',
    ],
    [
      'De : Dana Reyes\nEnvoyé : lundi 7 décembre 2026 09:12\nÀ : Sam Lee\nObjet : Renouvellement\n\nHi Sam, see attached.',
      'Hi Sam, see attached.',
    ],
    // A header that runs straight into words, without the blank line a saved message has, is not one.
    ['From: Sam Lee\nSent: Monday\nSynergy as promised.', ''],
  ])('%j', (text, expected) => {
    expect(own(text)).toBe(expected);
  });

  it('a saved message is a reply by what it quotes, not by its own header', () => {
    const header = 'From: Kim Park\nDate: 7 Dec 2026\nTo: Dana\n\n';
    expect(isReply(`${header}The lifts are fine now.`)).toBe(false);
    expect(isReply(`${header}The lifts are fine now.\n> Are the lifts working?`)).toBe(true);
    expect(isReply('See below.\n\nFrom: Sam Lee\nSent: Monday\nTo: Kim\n\nOld news.')).toBe(true);
  });
});

describe('signOffBlock', () => {
  const outside = (text: string) => {
    const block = signOffBlock(text);
    return (block ? text.slice(0, block.start) + text.slice(block.end) : text).replace(/\s+/g, ' ').trim();
  };
  const own = outside;

  it('finds the lines under a closing', () => {
    const text = 'Let me know.\n\nBest,\nDana Reyes\nHead of Growth | Acme Solutions Ltd\n+44 20 7946 0000';
    expect(signOffBlock(text)).toEqual({ start: text.indexOf('Dana'), end: text.length });
    expect(own(text)).toBe('Let me know. Best,');
  });

  it.each([
    ['Kind regards, Dana\nAcme Solutions', 'Kind regards, Dana'],
    ['Thanks!\nKim\n\nP.S. Our synergy webinar is on Friday.', 'Thanks! P.S. Our synergy webinar is on Friday.'],
    ['Cheers\nKim\nPS: bring the solutions deck', 'Cheers PS: bring the solutions deck'],
    // A newsletter's closing and the tagline under the founder's name.
    ['Onwards,\nJess Mowbray\nFounder, Brightloop\nCreative that moves the needle', 'Onwards,'],
    ['Speak soon\nKim', 'Speak soon'],
  ])('%j', (text, expected) => {
    expect(own(text)).toBe(expected);
  });

  it.each([
    // What follows is a message, not a signature.
    "Thanks!\nLet's circle back next week.",
    'Thanks for the call.\nOur solutions team will write.',
    'Best,',
    // A line that starts like a closing but goes on is the message.
    'Love,\nthe new dashboard is live, have a look.',
    // Too long to be a signature.
    `Regards,\n${Array.from({ length: 10 }, (_, i) => `Line ${i}`).join('\n')}`,
  ])('leaves %j alone', (text) => {
    expect(signOffBlock(text)).toBeUndefined();
  });

  it('looks at the last lines only, however long the draft and its lines', () => {
    const text = `${'x'.repeat(2_000_000)}\n\nBest,\nDana`;
    expect(signOffBlock(text)).toEqual({ start: text.length - 4, end: text.length });
  });
});
