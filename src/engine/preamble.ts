/**
 * The clutter a newsletter, receipt or notice carries above its first line of prose once a mail
 * client has stripped its HTML: "View in browser", the masthead ("CLANN NA MÓNA GAA", "Ashcombe CC —
 * Pre-Season Newsletter"), a row of links ("News | Fixtures | Shop"), an image's alt text. None of
 * it is the writer speaking to the reader, so the opening is read from below it.
 */

/** The cue-built tests `blankPreamble` needs from the ruleset. */
export interface PreamblePatterns {
  /** A greeting at the start of a line ("Hi Sam,"): the preamble ends there. */
  salutation: RegExp;
  /** "View in browser", "Having trouble viewing this email?": a line about the mail, not in it. */
  viewOnline: RegExp;
  /**
   * One part of a title that names a document or an issue of a publication: "March Newsletter",
   * "Friday Bulletin, 7 March", "Your receipt from Copper Kettle Coffee", "Appointment Reminder".
   */
  documentTitle: RegExp;
}

// Longer lines, or lines that end with a full stop, are prose: the preamble is over. A subject line
// may end with "?" or "!" ("How did we do on case #00392817?") and still stand above a masthead.
const MAX_TITLE_WORDS = 14;
const ENDS_SENTENCE = /[.…]["'”’)\]]*\s*$/u;
// "News | Fixtures | Lotto | Shop": three or more short items between bars or bullets.
const LINK_ROW = /^\s*[^|•·\n]{1,40}(?:\s[|•·]\s[^|•·\n]{1,40}){2,}\s*$/u;
// "[Image: Lane swimmer in a bright indoor pool]", "[Logo]": alt text standing in for a picture.
const ALT_TEXT = /^\s*\[[^\]\n]{1,200}\]\s*$/u;
// "HELIX HOME INSURANCE", "ST AIDAN'S C of E PRIMARY SCHOOL": a name in capitals, small words
// aside. Not a shouted offer: no figure, price, "!" or "?".
const MASTHEAD_WORD = /^(?:[^\p{Ll}\d$£€¥%!?]*\p{Lu}[^\p{Ll}\d$£€¥%!?]*|\p{Ll}{1,3}|&)$/u;
const MASTHEAD_WORDS = 8;
const isMasthead = (words: string[]) =>
  words.length <= MASTHEAD_WORDS &&
  words.every((w) => MASTHEAD_WORD.test(w)) &&
  words.some((w) => /\p{Lu}{2}/u.test(w));
// The parts of a masthead title: "St Aidan's Primary — Friday Bulletin", "Tax invoice / receipt". Not a
// colon: "Product update: smart folders are here" announces, as a headline does.
const TITLE_PARTS = /\s+[—–|/-]\s+|\s*[—–|]\s*/u;

const wordCount = (line: string) => line.split(/\s+/).filter(Boolean).length;

// A periodical's dateline and issue line: "07.10.2002 GnomeREPORT", "Saturday 17 August 2002",
// "EFFector Vol. 15, No. 28  ren@eff.org", "Issue 14 - February 2001". A date with its year, or an
// issue's number, and little else: an editor's address and at most three more words, each capitalised
// (a name, not "Sale ends …"), and no price, per cent, "!" or "?".
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?`;
const DATE_WITH_YEAR = new RegExp(
  String.raw`\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{1,2}-\d{1,2}` +
    String.raw`|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|${MONTH}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4})\b`,
  'giu',
);
const ISSUE_NUMBER = /\b(?:issue|vol(?:ume)?|no|number|edition)\.?\s*[:#]?\s*\d+\b/giu;
const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:\p{L}*day)?\b\.?/giu;
const DATELINE_REST_WORDS = 3;

function isDateline(line: string): boolean {
  if (/[!?%$£€¥]/u.test(line)) return false;
  const rest = line
    .replace(DATE_WITH_YEAR, ' ')
    .replace(ISSUE_NUMBER, ' ')
    .replace(/[^\s@]+@[^\s@]+/gu, ' ');
  if (rest.length === line.length) return false;
  const words = rest.replace(WEEKDAY, ' ').match(/\p{L}[\p{L}\p{N}'’.&-]*/gu) ?? [];
  return words.length <= DATELINE_REST_WORDS && words.every((w) => /\p{Lu}/u.test(w));
}

// "jm@neteze.com", "www.example.com", "1-866-237-7397", "Tel: 020 7946 0018": a line that is only where
// to reach someone, as a letterhead or a footer copied above the text carries it. Said to no one. Tried
// only on a line of CONTACT_CHARS at most: on a long word the address's parts could be split many ways.
const CONTACT_CHARS = 100;
// An email address, and a phone number: digits with spaces, brackets, dots or dashes between.
const EMAIL_ADDRESS = String.raw`[^\s@<>]+@[^\s@<>]+\.\p{L}{2,}`;
const PHONE_NUMBER = String.raw`\+?\d[\d ().-]{6,}\d`;
const CONTACT_ONLY = new RegExp(
  String.raw`^(?:(?:e-?mail|tel|telephone|phone|fax|web|website)\s*:?\s*)?` +
    String.raw`(?:<?${EMAIL_ADDRESS}>?|(?:https?://|www\.)\S+|${PHONE_NUMBER})$`,
  'iu',
);

function isClutter(line: string, patterns: PreamblePatterns): boolean {
  const text = line.trim();
  if (LINK_ROW.test(text) || ALT_TEXT.test(text) || patterns.viewOnline.test(text)) return true;
  if (text.length <= CONTACT_CHARS && CONTACT_ONLY.test(text)) return true;
  if (isMasthead(text.split(/\s+/)) || isDateline(text)) return true;
  return text.split(TITLE_PARTS).some((part) => patterns.documentTitle.test(part.trim()));
}

// A letter's heading above its greeting: the sender's name, firm and address, a date, a reference,
// a line or two each ("Standard Trust Bank Ltd,\nLagos, Nigeria.\n\nDear Sir,"). Short lines only, and
// at least one that only an address block has: a line ending in a comma, a labelled field ("Tel:",
// "Ref:", "Attn:"), an email address or a phone number. A headline and subtitle above a greeting have none.
const LETTERHEAD_LINES = 8;
const LETTERHEAD_LINE_WORDS = 8;
const LETTERHEAD_LINE_CHARS = 70;
const ADDRESS_LINE = new RegExp(
  String.raw`,$|^(?:from|tel|telephone|phone|fax|e-?mail|attn|attention|ref|office\s+of|p\.?\s?o\.?\s+box)\b` +
    `|${EMAIL_ADDRESS}|${PHONE_NUMBER}`,
  'iu',
);

/** Each line of `text`: where it starts, where the next begins, and its words trimmed. */
function* linesOf(text: string): Generator<{ start: number; end: number; body: string }> {
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline + 1;
    yield { start: at, end, body: text.slice(at, end).trim() };
    at = end;
  }
}

/** Where a letter's heading ends and its greeting starts, when the head opens with one (else 0). */
function letterheadEnd(head: string, patterns: PreamblePatterns): number {
  let lines = 0;
  let address = false;
  for (const { start, body } of linesOf(head)) {
    if (!body) continue;
    if (patterns.salutation.test(head.slice(start))) return lines >= 2 && address ? start : 0;
    const short = wordCount(body) <= LETTERHEAD_LINE_WORDS && body.length <= LETTERHEAD_LINE_CHARS;
    if (lines === LETTERHEAD_LINES || !short || /[!?]$/.test(body)) return 0;
    address ||= ADDRESS_LINE.test(body);
    lines++;
  }
  return 0;
}

const blanked = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * `head` with the clutter lines at its top turned to spaces, so that offsets still point into
 * `head`. The preamble is a letter's heading, or every line above the greeting or the first line of
 * prose; a title in it that is not clutter ("We've missed you at the pool, Ciara") stays, and is read
 * as a headline.
 */
export function blankPreamble(head: string, patterns: PreamblePatterns): string {
  const letterhead = letterheadEnd(head, patterns);
  if (letterhead) return blanked(head.slice(0, letterhead)) + head.slice(letterhead);
  let out = '';
  for (const { start, end, body } of linesOf(head)) {
    const prose = ENDS_SENTENCE.test(body) || wordCount(body) > MAX_TITLE_WORDS;
    if (body && (prose || patterns.salutation.test(body))) return out + head.slice(start);
    const line = head.slice(start, end);
    out += body && isClutter(body, patterns) ? blanked(line) : line;
  }
  return out;
}
