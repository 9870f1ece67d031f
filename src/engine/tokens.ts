/** A word in the text: its UTF-16 span and its normalised form (lower case, straight apostrophes). */
export interface Token {
  start: number;
  end: number;
  norm: string;
}

// Letters and digits, inner apostrophes ("don't", "team's"), inner underscores (a template's
// "[PROPOSED_SOLUTION]" is a name, not prose), and a trailing % so "100%" stays one word.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+|_[\p{L}\p{N}\p{M}]+)*%?/gu;
// Web and mail addresses are names, not prose: "synergy.io" must not read as "synergy". An address
// runs to the next space, so each run of non-space characters is searched for the earliest start of
// one: every pattern below is anchored or ends at a fixed character, so a run of any length costs
// time linear in its length (an unanchored `[\w-]+\.com` retried at every position of an
// 80,000-character run without a dot took seconds).
const NON_SPACE_RUN = /\S+/uy;
const ADDRESS_MARK = /@|\.\w/g;
const SPACE = /\s/;
const URL_START = /\b(?:https?:\/\/|www\.)/giu;
const DOMAIN_END = /\.(?:com|net|org|io|co|ai|app|dev)\b/giu;
const MAIL_DOMAIN = /[\w-]+(?:\.[\w-]+)+/uy;
const isWordChar = (c: string) => /[\w-]/u.test(c);

/** Where the first address in a run of non-space characters starts, or -1. */
function addressStart(run: string): number {
  let first = -1;
  URL_START.lastIndex = 0;
  const url = URL_START.exec(run);
  if (url) first = url.index;
  const earlier = (at: number) => first < 0 || at < first;
  // A mail address: a local part, "@", a domain with a dot.
  for (let at = run.indexOf('@'); at >= 0 && earlier(at); at = run.indexOf('@', at + 1)) {
    MAIL_DOMAIN.lastIndex = at + 1;
    if (at === 0 || !/[\w.+-]/u.test(run[at - 1]!) || !MAIL_DOMAIN.test(run)) continue;
    let start = at;
    while (start > 0 && /[\w.+-]/u.test(run[start - 1]!)) start--;
    first = start;
    break;
  }
  // A bare domain: word characters (dots between them) ending in a known top-level domain.
  for (const domain of run.matchAll(DOMAIN_END)) {
    if (!earlier(domain.index)) break;
    if (domain.index === 0 || !isWordChar(run[domain.index - 1]!)) continue;
    let start = domain.index;
    while (start > 0 && /[\w.-]/u.test(run[start - 1]!)) start--;
    while (!/\w/u.test(run[start]!)) start++;
    return earlier(start) ? start : first;
  }
  return first;
}

/**
 * Spans of `text` taken by web and mail addresses, in order. Only a run of non-space characters
 * with an "@" or a dot before a letter can hold one: those marks are searched for, and each run
 * holding one is read once (most text has none, and reading every word as a run cost more than
 * the rest of tokenising).
 */
function addressSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  ADDRESS_MARK.lastIndex = 0;
  for (let mark = ADDRESS_MARK.exec(text); mark; mark = ADDRESS_MARK.exec(text)) {
    let start = mark.index;
    while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
    NON_SPACE_RUN.lastIndex = start;
    const run = NON_SPACE_RUN.exec(text)![0];
    const at = addressStart(run);
    if (at >= 0) spans.push([start + at, start + run.length]);
    ADDRESS_MARK.lastIndex = start + run.length;
  }
  return spans;
}

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Tokens of `text` between `from` and `to`, skipping anything inside a web or mail address. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const slice = text.slice(from, to);
  const masked = addressSpans(slice);
  const tokens: Token[] = [];
  let maskIndex = 0;
  for (const m of slice.matchAll(WORD)) {
    const s = m.index;
    while (maskIndex < masked.length && masked[maskIndex]![1] <= s) maskIndex++;
    if (maskIndex < masked.length && masked[maskIndex]![0] <= s) continue;
    tokens.push({ start: from + s, end: from + s + m[0].length, norm: normalizeWord(m[0]) });
  }
  return tokens;
}

/** Words of a phrase as a rule author wrote it ("customer-facing" → customer, facing). */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

/**
 * Two words belong to one phrase only when nothing but spaces, line breaks or hyphens stands
 * between them: "customer-facing", "customer facing" and "customer⏎facing" are the same phrase,
 * "customer. Facing" is not.
 */
export function joinsPhrase(text: string, left: Token, right: Token): boolean {
  for (let i = left.end; i < right.start; i++) {
    const c = text.charCodeAt(i);
    // space, tab, CR, LF, NBSP, hyphen, non-breaking hyphen, en dash between compounds
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160 && c !== 45 && c !== 0x2011 && c !== 0x2010)
      return false;
  }
  return true;
}
