/**
 * Telling a rule list from what a server sends when something went wrong but it answered 200
 * anyway: a sign-in portal's page, a proxy's "Service temporarily unavailable", an empty body. A
 * plain list accepts almost any words, so without these checks such a body would parse as a list
 * of one phrase and replace the last good copy.
 */

/**
 * A document that opens with markup: HTML (a portal, a repository's page instead of its raw file)
 * or XML (object storage's `<Error>`). No line of a list starts with "<": phrases may not hold it.
 */
const MARKUP = /^\s*</;
const HTML_TYPE = /^\s*text\/html/i;

/** Whether the answer is a web page or another markup document rather than a list. */
export const isMarkup = (text: string, contentType: string) => HTML_TYPE.test(contentType) || MARKUP.test(text);

/**
 * Signs that a body was written as a list: a comment, a replacement, a wildcard. A status message
 * never has them, so a list holding them is never taken for one.
 */
const AUTHORED = /#|=>|\*/;

/** Wording of the status pages servers, proxies and gateways send. */
const STATUS_WORDS = new RegExp(
  `\\b(?:${[
    'unavailable',
    'forbidden',
    'unauthori[sz]ed',
    '(?:access|permission) denied',
    'not found',
    'bad (?:gateway|request)',
    'gateway time-?out',
    'timed out',
    '(?:internal )?server error',
    'too many requests',
    'rate limit(?:ed)?',
    'try again later',
    'maintenance',
  ].join('|')})\\b`,
  'i',
);

/** A line that opens with an error status ("503 Service Unavailable") or "Error" alone or before a code or colon. */
const STATUS_START = /^(?:[45]\d\d\b|error\s*(?:[:\d]|$))/i;

/** Short enough to be a status message: a real list this short names one or two phrases. */
const STATUS_MESSAGE = { lines: 3, chars: 200 } as const;

/**
 * Whether a plain-text body reads as a server's error message rather than a list: at most three
 * short lines, none written as a list line (see AUTHORED), and one of them in a status page's
 * words. The price: a list of only "temporarily unavailable" must add a `#` comment line to load.
 */
export function looksLikeErrorText(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0 || lines.length > STATUS_MESSAGE.lines) return false;
  if (lines.join(' ').length > STATUS_MESSAGE.chars || lines.some((line) => AUTHORED.test(line))) return false;
  return lines.some((line) => STATUS_START.test(line) || STATUS_WORDS.test(line));
}
