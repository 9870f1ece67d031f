import type { Span } from './sentences';

/**
 * The units the engine analyses and caches: paragraphs (runs of text between blank lines), and
 * pieces of at most `UNIT_CHARS` characters where a paragraph is longer. Every detector's work on a
 * unit is bounded by the unit's size, so analysing a draft costs time linear in its length whatever
 * its shape (a 1 MB line without spaces, a proposal pasted without blank lines), and an edit
 * re-analyses one or two small units, not a whole paragraph.
 */
export const UNIT_CHARS = 2000;
// A piece shorter than this is never cut off: a unit keeps enough text around its sentences.
const MIN_UNIT = UNIT_CHARS / 4;

const BLANK_LINES = /\n[ \t\r\u00a0]*\n\s*/g;

/** Paragraphs of text[from, to): runs of text separated by blank lines (lines of spaces included). */
export function splitParagraphs(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  // Searched in a slice: a search of the whole text would run on past `to` to the next blank line.
  let start = 0;
  for (const m of text.slice(from, to).matchAll(BLANK_LINES)) {
    if (m.index > start) spans.push({ start: from + start, end: from + m.index });
    start = m.index + m[0].length;
  }
  if (from + start < to) spans.push({ start: from + start, end: to });
  return spans;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
const endsSentence = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?

/**
 * How good a cut before `i` is, best first: 4 after a line break that ends a sentence, 3 after a
 * sentence's end and a space, 2 after any space, 1 after a sign between words ("synergy-synergy",
 * "a/b,c"), 0 where the characters around choose it (see below), -1 nowhere.
 */
function cutStrength(text: string, i: number): number {
  const a = text.charCodeAt(i - 1);
  if (isSpace(a)) {
    const b = text.charCodeAt(i - 2);
    if (a === 10 && endsSentence(text.charCodeAt(i - 2 - (b === 13 ? 1 : 0)))) return 4;
    return endsSentence(b) ? 3 : 2;
  }
  if (isSign(a)) return 1;
  return contentCut(a, text.charCodeAt(i - 2), text.charCodeAt(i - 3)) ? 0 : -1;
}

// ASCII punctuation: - / , ; : . ! ? ( ) and the like.
const isSign = (c: number) =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

/**
 * A cut chosen by the characters before it, not by its distance from the paragraph's start: where
 * nothing better exists (no spaces at all), an edit shifts the text after it, and cuts that depend
 * only on nearby characters fall on the same text again, so the units after the edit are found in
 * the cache instead of being analysed anew. About one position in 64 qualifies.
 */
function contentCut(a: number, b: number, c: number): boolean {
  // Never between the halves of a surrogate pair.
  if (a >= 0xd800 && a <= 0xdbff) return false;
  return ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) & 0x3f) === 0;
}

/**
 * The end of the unit that starts at `from` in a paragraph ending at `end`: the latest of the best
 * cuts within a unit's reach.
 */
export function unitEnd(text: string, from: number, end: number): number {
  if (end - from <= UNIT_CHARS) return end;
  let best = -1;
  let at = 0;
  for (let i = from + UNIT_CHARS; i > from + MIN_UNIT && best < 4; i--) {
    const strength = cutStrength(text, i);
    if (strength > best) {
      best = strength;
      at = i;
    }
  }
  if (best >= 0) return at;
  // A run of one letter ("aaaa…") offers no cut of its own: it is cut by length, and an edit moves
  // every later cut, but its pieces are all alike, so the cache holds them as one.
  const hi = from + UNIT_CHARS;
  const c = text.charCodeAt(hi - 1);
  return c >= 0xd800 && c <= 0xdbff ? hi - 1 : hi;
}

/** The units of one paragraph: the paragraph itself, or pieces of it when it is long. */
export function splitUnits(text: string, paragraph: Span): Span[] {
  const units: Span[] = [];
  let from = paragraph.start;
  while (from < paragraph.end) {
    const end = unitEnd(text, from, paragraph.end);
    units.push({ start: from, end });
    from = end;
  }
  return units;
}
