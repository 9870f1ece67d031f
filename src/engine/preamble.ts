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

function isClutter(line: string, patterns: PreamblePatterns): boolean {
  const text = line.trim();
  if (LINK_ROW.test(text) || ALT_TEXT.test(text) || patterns.viewOnline.test(text)) return true;
  if (isMasthead(text.split(/\s+/))) return true;
  return text.split(TITLE_PARTS).some((part) => patterns.documentTitle.test(part.trim()));
}

/**
 * `head` with the clutter lines at its top turned to spaces, so that offsets still point into
 * `head`. The preamble is every line above the greeting or the first line of prose; a title in it
 * that is not clutter ("We've missed you at the pool, Ciara") stays, and is read as a headline.
 */
export function blankPreamble(head: string, patterns: PreamblePatterns): string {
  let out = '';
  let at = 0;
  while (at < head.length) {
    const newline = head.indexOf('\n', at);
    const end = newline < 0 ? head.length : newline + 1;
    const line = head.slice(at, end);
    const body = line.trim();
    if (body) {
      const prose = ENDS_SENTENCE.test(body) || wordCount(body) > MAX_TITLE_WORDS;
      if (prose || patterns.salutation.test(body)) break;
      if (isClutter(body, patterns)) {
        out += line.replace(/[^\n]/g, ' ');
        at = end;
        continue;
      }
    }
    out += line;
    at = end;
  }
  return out + head.slice(at);
}
