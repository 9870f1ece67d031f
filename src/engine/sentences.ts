export interface Span {
  start: number;
  end: number;
}

// Words whose full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'pvt',
  'pte',
  'pty',
  'llc',
  'plc',
  'dept',
  'approx',
  // Rupees: "Rs. 499".
  'rs',
  'no',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'u.s',
  'a.m',
  'p.m',
]);

function endsAbbreviation(text: string, dot: number): boolean {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

/**
 * Sentences of text[from, to), trimmed of surrounding space. A line break ends a sentence unless the
 * line looks hard-wrapped (long, and the next line carries on in lower case): plain-text mail wraps
 * at about 72 characters.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  let lineStart = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n') {
      const lineLength = i - lineStart;
      const next = /\S/.exec(text.slice(i + 1, Math.min(to, i + 40)));
      const carriesOn = lineLength >= 60 && next !== null && next.index === 0 && /\p{Ll}/u.test(next[0]);
      lineStart = i + 1;
      if (!carriesOn) {
        push(i);
        start = i + 1;
      }
    } else if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < to && /[.!?"'”’)\]]/.test(text[j]!)) j++;
      if (j < to && !/\s/.test(text[j]!)) continue;
      if (c === '.' && j === i + 1 && endsAbbreviation(text, i)) continue;
      // "1. Zulip works best when…": a list item's number starts its sentence rather than being one.
      if (c === '.' && /^[ \t]*\d{1,3}$/.test(text.slice(lineStart, i))) continue;
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(to);
  return spans;
}
