/**
 * Someone else's words, quoted back: 'It says you are "leveraging a new digital-first platform"',
 * 'their manager said they were "sorry for any inconvenience"', "their account team keeps pitching a
 * 'holistic platform play'". The writer reports the words, and is on the reader's side about them; a
 * coach flags what the writer says, not what they report. A single quote counts only as a quote: after
 * no letter when it opens, before none when it closes, so "they'll" and "client's" hold none.
 */
const REPORTED =
  String.raw`\b(?:says|said|writes|wrote|reads|read|claims|claimed|promises|promised|states|stated` +
  String.raw`|told\s+(?:me|us)|pitch(?:es|ed|ing)|describes|described|calls?\s+(?:it|this|that|them)` +
  String.raw`|called\s+(?:it|this|that|them)|keeps?\s+(?:saying|calling\s+it)` +
  // "Vendor B's pitch is 'an AI-powered, best-in-class platform'": someone's line, quoted by what it is.
  // ("Our tagline is…" quotes the writer's own words, which are theirs to rewrite.)
  String.raw`|(?<!\b(?:our|my)\s+)(?:pitch|tagline|slogan|strapline|blurb)\s+(?:is|was|reads))\b`;
const QUOTED_BACK = new RegExp(
  // Inside the quote, an apostrophe before a letter ("we're") is no closing quote.
  String.raw`${REPORTED}[^.!?\n"“”]{0,24}(?:["“]|(?<![\p{L}\p{N}])['‘])(?:[^"“”'’\n]|['’](?=\p{L})){0,200}$`,
  'iu',
);
const QUOTE_CLOSES = /^[^"“”\n]{0,200}?(?:["”]|['’](?!\p{L}))/u;

/** Whether `text[start, end)` lies inside a quotation that a reporting verb introduces. */
export function isQuotedBack(text: string, start: number, end: number): boolean {
  // The closing quote first: an anchored scan, and most text has none, so the search back is seldom run.
  return QUOTE_CLOSES.test(text.slice(end, end + 200)) && QUOTED_BACK.test(text.slice(Math.max(0, start - 260), start));
}

// An opening double quote with no letter before it, then the match: 'don't open with "we apologise for…"'.
const OPENS_QUOTE = /(?:^|[^\p{L}\p{N}])["“]\s*$/u;
const CLOSES_QUOTE = /^[^"“”\n]{0,120}["”]/;

/**
 * Whether `text[start, end)` opens a quotation of its own: a stock line quoted as an example
 * ('please don't open a complaint reply with "we apologise for any inconvenience"') or as what someone
 * else wrote. Either way the words are shown, not said to the reader.
 */
export function isQuotedLine(text: string, start: number, end: number): boolean {
  return OPENS_QUOTE.test(text.slice(Math.max(0, start - 3), start)) && CLOSES_QUOTE.test(text.slice(end, end + 121));
}
